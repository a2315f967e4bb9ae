"""The 34 provincial-level divisions, read from the ssdlab-region-parser reference table.

Stand-in until graph.gazetteer.regions offers ``provinces()``; swap the import then.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import openpyxl

TABLE = "data/CN_Region_Reference_Library.xlsx"


@cache
def provinces() -> tuple[tuple[str, str], ...]:
    """(six-digit code, official name) of every provincial-level division, by code."""
    with files("ssdlab_region_parser").joinpath(TABLE).open("rb") as handle:
        book = openpyxl.load_workbook(handle, read_only=True)
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = next(rows)
        name_at, code_at = header.index("省级名称"), header.index("省份代码")
        found = {str(row[code_at]): str(row[name_at]) for row in rows if row[code_at]}
        book.close()
    return tuple(sorted(found.items()))
