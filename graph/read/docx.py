"""Word documents (.docx) to text: paragraphs one a line, and each table as Markdown rows, which the
roundup reader maps by its header like a record (日期 | 发文机关 | 文件名称 …)."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.document import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from graph.read.items import Unreadable
from graph.read.rows import markdown_row


def docx_text(data: bytes) -> tuple[str, str | None]:
    """The document's text in reading order, and its title from the document's properties."""
    try:
        document: Document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as err:
        raise Unreadable(f"not a readable Word document ({err})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_rows(block))
            lines.append("")
    return "\n".join(lines), document.core_properties.title or None


def _rows(table: Table) -> list[str]:
    """``| a | b |`` per row, with a rule under the first, so the table reads as Markdown; a merged cell once."""
    rows = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if previous is not None and cell._tc is previous:  # a cell spanning columns is listed once per column
                continue
            previous = cell._tc
            cells.append(cell.text)
        rows.append(markdown_row(cells))
    if rows:
        rows.insert(1, "|" + "---|" * rows[0].count(" | ") + "---|")
    return rows
