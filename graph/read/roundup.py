"""Roundup text to items.

Layouts met in the wild: date lines (``1月5日``) with paragraphs under them; month, quarter, level
and year headers; inline dates (``2023年3月15日，…``, ``据新华社2月27日消息，``, ``同日，``);
numbered lists (``1.``, ``（一）``, ``一、``) dated inline or in a trailing bracket; items that span
a new year. Matching runs on the Simplified, width-folded copy (same offsets); items keep the
verbatim text. A date inside a sentence is not an item's date: only a date that opens a paragraph
(after a list marker) and is not read in passing (``8月18日印发的…``) starts an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from graph.extract.dates import DATE, DATE_RE, YEAR_RE, cn_number, make_date, parts
from graph.read.decode import line_spans
from graph.read.items import RawItem, Source
from graph.read.records import fields_of, record_item
from graph.text import normalize

_NUMBERED = r"(?:\d{1,3}\s*[.、．)]|\(\d{1,3}\)|\([一二三四五六七八九十百]{1,4}\)|[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十\d]{1,4}[条项])"
_BULLET = r"(?:[①-⑳]|[•·●▪■◆◇○►▶*]|-(?!\d)|#{1,6})"
MARKER_RE = re.compile(rf"^\s*(?:(?P<num>{_NUMBERED})|(?P<bullet>{_BULLET}))\s*")
DATE_LINE_RE = re.compile(rf"^\s*[\[(]?{DATE}[\])]?\s*(?:\([^)]{{1,6}}\))?\s*[:：]?\s*$")
MONTH_RE = re.compile(r"^\s*(?:(?P<y>\d{4})\s*年\s*)?(?P<m>[一二三四五六七八九十]{1,3}|\d{1,2})\s*月份?\s*[:：]?\s*$")
_IN_PASSING = r"(?:印发|发布|出台|公布|下发|施行|实施|起|前|后|以来|以前|以后|之前|之后|至|到|-)"
LEADING_DATE_RE = re.compile(
    rf"^\s*(?:据[^，,。:：]{{1,15}}?)?\[?{DATE}(?:\s*[至到-]\s*(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*日)?\]?"
    rf"(?:消息|报道|讯|电)?\s*(?:[，,、:：]|\s|(?=\S)(?!{_IN_PASSING}))")
SAME_DAY_RE = re.compile(r"^\s*(?:同日|当日|同一天|当天)\s*[，,、:：]?")
SAME_DAY_SPLIT_RE = re.compile(r"(?<=[；;。])\s*(?=(?:同日|当日|同一天)[，,])")
LEADING_MONTH_RE = re.compile(
    r"^\s*(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月(?:份|初|上旬|中旬|下旬|底|末)?\s*[，,、:：]\s*\S")
TABLE_ROW_RE = re.compile(r"^\|.*\|$")
TABLE_RULE_RE = re.compile(r"^\|[\s:|-]+\|$")
RECENT_RE = re.compile(r"^\s*(?:近日|日前|近期|最近)\s*[，,]")
TRAILING_DATE_RE = re.compile(rf"\(\s*(?:[^()]{{0,30}}[，,;；\s])?{DATE}\s*(?:印发|发布|公布|施行)?\s*\)")
FOOTER_RE = re.compile(r"^\s*(?:来源|责任编辑|编辑|声明|免责声明|原标题|版权|本文|作者|审核)\s*[:：]")
SENTENCE_PUNCT = re.compile(r"[。，,；;！!？?《]|[:：].")
# What comes before a 《title》 when a paragraph opens with its own issuer: 商务部办公厅, 某某局发布.
_ISSUER_LEAD_RE = re.compile(
    r"^[^，,。；;:：]{0,40}(?:[局厅部委办府院会署行司处组馆室议]|中心)(?:等[^，,。；;:：]{1,6})?"
    r"(?:联合|近日|日前|正式)?(?:印发|发布|出台|公布|下发|颁布|转发|制定|审议通过|通过|发出)?了?$")
_UNFINISHED = tuple("，,、:：(“《")  # a line ending so continues on the next line


class _Line(NamedTuple):
    """One line of the source; a tuple, as one is built for every line (cheaper than a frozen dataclass)."""

    number: int
    start: int  # offsets of the stripped content in the source text
    end: int
    raw: str
    norm: str


@dataclass
class _State:
    year: int | None = None
    block_date: str | None = None  # date of the last date line
    in_block: bool = False  # under a date line, even one whose date could not be resolved
    section: str | None = None
    last_month: int | None = None
    last_year: int | None = None
    current: RawItem | None = None
    current_norm: str = ""
    columns: list[str] | None = None  # header of the Markdown table being read


def read_roundup(source: Source) -> None:
    """Fill ``source.items`` (and title, date, description, problems) from ``source.text``."""
    lines = _lines(source.text, normalize(source.text))
    state = _State(year=_context_year(lines))
    headline = next((line for line in lines if line.norm), None)
    previous = ""
    for line in lines:
        if not line.norm:
            previous = ""
            continue
        if line is headline and not _opens_item(line.norm):
            source.title = _plain(line.raw)
        elif not source.items and source.date is None and _article_date(line.norm):
            source.date = _article_date(line.norm)
        else:
            for part in _split_same_day(line):
                _read_line(source, state, part, previous)
        previous = line.norm
    if not source.items and source.text.strip():
        source.problems.append((1, "no item found: no dated entry, numbered entry or 《title》"))


def _lines(raw: str, norm: str) -> list[_Line]:
    out = []
    for number, (start, end) in enumerate(line_spans(raw), 1):
        line = raw[start:end]
        start += len(line) - len(line.lstrip())
        end = start + len(line.strip())
        out.append(_Line(number, start, end, raw[start:end], norm[start:end]))
    return out


def _split_same_day(line: _Line) -> list[_Line]:
    """``…印发《A》；同日，B发布《B》`` is two items on one line."""
    cuts = [m.start() for m in SAME_DAY_SPLIT_RE.finditer(line.norm)]
    if not cuts and line.norm == line.norm.rstrip():
        return [line]  # what the loop below would build again: the raw text is stripped already
    bounds = [0, *cuts, len(line.norm)]
    return [_Line(line.number, line.start + a, line.start + b, line.raw[a:b].rstrip(), line.norm[a:b].rstrip())
            for a, b in zip(bounds, bounds[1:]) if line.norm[a:b].strip()]


def _context_year(lines: list[_Line]) -> int | None:
    """The year of the headline (or of the article date) for dates written without a year."""
    head = [line.norm for line in lines if line.norm][:3]
    for text in head:
        if m := YEAR_RE.search(text):
            return int(m.group(1))
    for text in head:
        if (m := DATE_RE.search(text)) and parts(m)[0]:
            return parts(m)[0]
    return None


def _opens_item(text: str) -> bool:
    """A first line that is already content, so the source has no headline."""
    marker = MARKER_RE.match(text)
    body = text[marker.end():] if marker else text
    return bool(DATE_LINE_RE.match(text) or _month(text) or LEADING_DATE_RE.match(body)
                or (marker and marker.group("num")))


ARTICLE_DATE_RE = re.compile(rf"^\s*(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*{DATE}")


def _article_date(text: str) -> str | None:
    """The article's own date: a line of an ISO date (2021-12-31) or 发布时间：2024年1月5日."""
    if DATE_LINE_RE.match(text) and (m := DATE_RE.search(text)) and m.group("iy"):
        return _iso(*parts(m))
    if (m := ARTICLE_DATE_RE.match(text)) and parts(m)[0]:
        return _iso(*parts(m))
    return None


def _read_line(source: Source, state: _State, line: _Line, previous: str) -> None:
    text = line.norm
    if TABLE_ROW_RE.match(text):
        if _table_row(source, state, line):
            return
    else:
        state.columns = None
    if date_line := DATE_LINE_RE.match(text):
        state.block_date = _resolve(date_line, state, source, line.number)
        state.in_block, state.current = True, None
        return
    if (month := _month(text)) is not None:
        if month[0]:
            state.year = month[0]
        state.block_date = state.current = None
        state.in_block = False
        return
    if FOOTER_RE.match(text):
        source.description.append(line.raw)
        state.current = None
        return
    awaiting = state.in_block and state.current is None  # a date line wants its paragraph
    if not awaiting and _is_header(text):
        _header(state, line)
        return
    marker = MARKER_RE.match(text)
    body = text[marker.end():] if marker else text
    continued = state.current is not None and previous.endswith(_UNFINISHED)
    if (lead := LEADING_DATE_RE.match(body)) and not continued:
        date = _resolve(lead, state, source, line.number)
        state.block_date, state.in_block = None, False
    elif SAME_DAY_RE.match(body) and source.items and not continued:
        date = source.items[-1].date
    elif RECENT_RE.match(body) and state.current is not None and not continued:
        date = None  # 近日: not the date of the entry above
    elif (month := LEADING_MONTH_RE.match(body)) and not continued:
        date = None
        year = month.group("y") or state.year
        source.problems.append((line.number, f"only the month is given ({year or '?'}年{month.group('m')}月): kept undated"))
    elif (marker and marker.group("num")) or _starts_item(body, state):
        trailing = TRAILING_DATE_RE.search(body)
        date = _resolve(trailing, state, source, line.number) if trailing else state.block_date
    elif state.current is not None:
        state.current.end = line.end
        state.current.text = source.text[state.current.start:line.end]
        state.current_norm += text
        return
    else:
        source.description.append(line.raw)
        return
    state.current = RawItem(file=source.name, line=line.number, start=line.start, end=line.end,
                            text=line.raw, date=date, section=state.section)
    state.current_norm = text
    source.items.append(state.current)


def _table_row(source: Source, state: _State, line: _Line) -> bool:
    """A row of a Markdown table whose header names the fields (日期 | 发文机关 | 文件名称 …): one item
    a row, read like a record. False when the table is not one of those."""
    if TABLE_RULE_RE.match(line.norm):
        return state.columns is not None
    bars = [i for i, ch in enumerate(line.norm) if ch == "|"]
    cells = [line.raw[a + 1:b].strip() for a, b in zip(bars, bars[1:])]
    if state.columns is None:
        header = fields_of({cell: cell for cell in cells})
        if "title" in header or "date" in header:
            state.columns = cells
            return True
        return False
    fields = fields_of(dict(zip(state.columns, cells)))
    item = record_item(source, line.number, line.start, line.end, fields)
    if item is not None:
        when = DATE_RE.search(normalize(fields.get("date", "")))
        item.date = _resolve(when, state, source, line.number) if when else None
        item.section = state.section
        source.items.append(item)
    state.current = None
    return True


def _month(text: str) -> tuple[int | None, int] | None:
    """(year or None, month) of a month header (一月, 2024年1月, 3月份)."""
    m = MONTH_RE.match(text)
    month = cn_number(m.group("m")) if m else None
    if month is None or not 1 <= month <= 12:
        return None
    return (int(m.group("y")) if m.group("y") else None), month


def _is_header(text: str) -> bool:
    """Short lines with no sentence in them: 一季度, 国家层面, 二、地方政策, 2022年."""
    body = MARKER_RE.sub("", text, count=1).rstrip(":：")
    if len(body) > 16 or SENTENCE_PUNCT.search(body) or DATE_RE.search(body):
        return False
    return not re.search(r"(印发|发布|出台|公布|召开|转发|通过|实施|施行)", body)


def _header(state: _State, line: _Line) -> None:
    """A new section: its months start afresh, so they never roll the year over."""
    if year := YEAR_RE.search(line.norm):
        state.year = int(year.group(1))
    marker = MARKER_RE.match(line.norm)
    state.section = _plain(line.raw[marker.end() if marker else 0:]).rstrip(":：")
    state.block_date = state.current = state.last_month = None
    state.in_block = False


def _plain(text: str) -> str:
    """A heading without its Markdown marks (## 一季度, **国家层面**)."""
    return text.strip("#*_ \u3000")


def _titles(text: str) -> list[str]:
    return re.findall(r"《([^《》]*)》", text)


def _starts_item(body: str, state: _State) -> bool:
    """A paragraph under a date line, or one whose own issuer names a document not yet named."""
    if state.current is None and state.in_block:
        return True
    pos = body.find("《")
    if pos < 0 or not (pos == 0 or _ISSUER_LEAD_RE.match(body[:pos])):
        return False
    if state.current is None:
        return True
    named = _titles(state.current_norm)  # 《通知》 refers back to 《关于…的通知》
    return not all(any(title in known for known in named) for title in _titles(body))


def _resolve(m: re.Match[str], state: _State, source: Source, lineno: int) -> str | None:
    """ISO date of a match, taking the year from context and rolling over a new year."""
    year, month, day = parts(m)
    if year is None:
        year = state.year
        if year is None:
            source.problems.append((lineno, f"date {month}月{day}日 has no year and none is given by the headline"))
            return None
        if state.last_month is not None and state.last_year == year and state.last_month - month > 6:
            year += 1
            source.problems.append((lineno, f"year not written: taken as {year} (the months turned over)"))
    found = make_date(year, month, day)
    if found is None:
        source.problems.append((lineno, f"impossible date {year}-{month}-{day}"))
        return None
    state.year, state.last_month, state.last_year = year, month, year
    return found.isoformat()


def _iso(year: int | None, month: int, day: int) -> str | None:
    found = make_date(year, month, day) if year else None
    return found.isoformat() if found else None
