"""Excel workbooks (.xlsx) to text: each sheet's name on its own line, then its rows as Markdown
rows, which the roundup reader maps by their header like a record (政策名称 | 发布机构 | 发布时间 …);
the title rows above a header and the notes below it stay lines of their own."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from graph.read.items import Unreadable
from graph.read.rows import markdown_row


def xlsx_text(data: bytes) -> tuple[str, str | None]:
    """The workbook's text, sheet after sheet, and its title from the workbook's properties."""
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as err:
        raise Unreadable(f"not a readable Excel workbook ({err})") from None
    lines: list[str] = []
    for sheet in book.worksheets:
        rows = [cells for row in sheet.iter_rows(values_only=True) if (cells := _cells(row))]
        if rows:
            lines.extend([sheet.title, *(markdown_row(cells) for cells in rows), ""])
    title = book.properties.title or None
    book.close()
    return "\n".join(lines), title


def _cells(row: tuple[object, ...]) -> list[str]:
    """A row's cells as text (a date cell as 2021-06-16, 3.0 as 3), without the empty ones after
    the last filled; an empty row gives none."""
    cells = [_text(value) for value in row]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
