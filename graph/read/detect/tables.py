"""Tables pasted as text: cells split by ``|`` (outer pipes optional), tabs, or runs of two or more
spaces, or by single spaces under a header that is column names only; a header whose column names say which field each column holds (序号, 文件名称, 发文机关,
日期 …, see ``graph.read.columns``); an optional separator line (``|---|``, ``----  ----``)."""

from __future__ import annotations

import re
from typing import NamedTuple

from graph.read.columns import DATES, UNREAD, as_day, column_field, dated, no_value, numbered
from graph.read.detect.sections import header as section_header

Span = tuple[int, int]
_SPLITTERS = {
    "pipe": re.compile(r"\|"),
    "tab": re.compile(r"\t"),
    "spaces": re.compile(r"\t+|[ \t]{2,}"),
    "space": re.compile(r" "),
}
_SPACED_MIN = 3  # a line of this many column names apart by single spaces is a header, never prose
_RULE_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:[|\s]\s*:?-{2,}:?\s*)*\|?\s*$|^\s*[=\-]{3,}(?:\s+[=\-]{3,})+\s*$")
_GAP_RE = re.compile(r"\S(?:\t| {2,})\S")
_BODIES_SPLIT = re.compile(r"\s+|[/／;；,，]")


class Table(NamedTuple):
    """A table's separator kind and the field of each column (None for a column not known)."""

    kind: str
    columns: tuple[str | None, ...]


def cells(norm: str, kind: str) -> list[Span]:
    """Spans of the cells of a line split the ``kind`` way (stripped; outer pipes dropped)."""
    spans: list[Span] = []
    start = 0
    for m in _SPLITTERS[kind].finditer(norm):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(norm)))
    spans = [_strip(norm, a, b) for a, b in spans]
    if kind == "pipe":
        if spans and spans[0][0] == spans[0][1] and norm.lstrip().startswith("|"):
            spans = spans[1:]
        if spans and spans[-1][0] == spans[-1][1] and norm.rstrip().endswith("|"):
            spans = spans[:-1]
    return spans


def _strip(norm: str, a: int, b: int) -> Span:
    while a < b and norm[a].isspace():
        a += 1
    while b > a and norm[b - 1].isspace():
        b -= 1
    return a, b


def kinds_of(norm: str) -> list[str]:
    """The ways the line could be split into two or more cells."""
    out: list[str] = []
    if "|" not in norm and "\t" not in norm and "  " not in norm:
        return out
    if "|" in norm and len(cells(norm, "pipe")) >= 2:
        out.append("pipe")
    if "\t" in norm.strip():
        out.append("tab")
    if _GAP_RE.search(norm):
        out.append("spaces")
    return out


def header(norm: str) -> Table | None:
    """The table a header line opens: two or more of its cells name known fields, one of them the
    title or the date."""
    for kind in kinds_of(norm):
        columns = tuple(column_field(norm[a:b]) for a, b in cells(norm, kind))
        known = [c for c in columns if c is not None]
        if len(known) >= 2 and ("title" in known or "date" in known or "published" in known):
            return Table(kind, columns)
    return _spaced_header(norm)


def _spaced_header(norm: str) -> Table | None:
    """``序号 文件名称 发文机关 成文日期``: a header whose cells are apart by single spaces, read as one only
    when every word of the line is a known column name and one is the title (prose never is)."""
    words = norm.split(" ")
    if len(words) < _SPACED_MIN:
        return None
    columns = tuple(column_field(word) for word in words)
    return Table("space", columns) if "title" in columns and None not in columns else None


_EVENT_FIELDS = frozenset({"date", "published", "text"})


def timeline(table: Table) -> bool:
    """A table of dates and events only (| 时间 | 事件 |, a chronicle's): each row's event cell is
    prose, which may tell more than one item."""
    known = {c for c in table.columns if c is not None} - UNREAD
    return "text" in known and known <= _EVENT_FIELDS


def rule(norm: str) -> bool:
    """A separator line under a header: ``|---|:---:|``, ``----  -----``."""
    return _RULE_RE.match(norm) is not None


def row(norm: str, table: Table) -> list[Span] | None:
    """The cell spans of a row of ``table``, or None when the line is not one (fewer than two cells)."""
    if table.kind == "space":
        return _spaced_row(norm, table)
    if table.kind not in kinds_of(norm):
        return None
    spans = cells(norm, table.kind)
    if table.kind == "tab" and len(spans) != len(table.columns):
        spans = [s for s in spans if s[0] < s[1]]  # tabs doubled for alignment
    return spans if len(spans) >= 2 else None


def _spaced_row(norm: str, table: Table) -> list[Span] | None:
    """A row under a single-spaced header: exactly one cell per column, none empty (an empty cell is
    written ``/`` or ``-``); a line that splits otherwise ends the table."""
    spans = cells(norm.strip(), "space")
    offset = len(norm) - len(norm.lstrip())
    if len(spans) != len(table.columns) or any(a == b for a, b in spans):
        return None
    return [(a + offset, b + offset) for a, b in spans]


def row_fields(raw: str, spans: list[Span], table: Table) -> dict[str, str]:
    """Field → cell text of a row; several bodies in one cell (``人社部 商务部``, ``A/B``) are
    joined with 、 as a roundup writes them, a spreadsheet's serial date (44098) is its day."""
    out: dict[str, str] = {}
    for field, (a, b) in zip(table.columns, spans):
        value = raw[a:b].strip()
        if field is None or field in UNREAD or no_value(value) or field in out:
            continue
        if field == "agency":
            value = "、".join(part for part in _BODIES_SPLIT.split(value) if part)
        elif field in DATES:
            value = as_day(value)
        out[field] = value
    return dated(numbered(out))


def section_row(norm: str, table: Table) -> Span | None:
    """The span of the section a row of a pipe table opens when it is one merged cell (``| 一、国家层面 |``), or
    has one filled cell outside the title and text columns, naming a section (国家层面, 二、省级层面):
    the table goes on under it. A row with its title alone filled is a row."""
    if table.kind != "pipe" or "|" not in norm:
        return None
    spans = cells(norm, "pipe")
    filled = [(column, span) for column, span in enumerate(spans) if span[0] < span[1]]
    if len(filled) != 1:
        return None
    column, (a, b) = filled[0]
    if len(spans) > 1 and column < len(table.columns) and table.columns[column] in {"title", "text"}:
        return None
    return (a, b) if section_header(norm[a:b]) is not None else None
