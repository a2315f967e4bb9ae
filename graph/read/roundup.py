"""Roundup text to items.

Layouts met in the wild: date lines (``1月5日``) with paragraphs under them, month, quarter and
level headers, inline dates (``2023年3月15日，…``, ``据新华社2月27日消息，``, ``同日，``), numbered
lists (``1.``, ``（一）``) and items that span a new year. A date inside a sentence is not an
item's date; only a date that opens a line (after a list marker) starts an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.dates import DATE, DATE_RE, YEAR_RE, cn_number, make_date, parts
from graph.read.items import RawItem, Source
from graph.text import normalize

_NUMBERED = r"(?:\d{1,3}\s*[.、．)]|\(\d{1,3}\)|\([一二三四五六七八九十百]{1,4}\)|[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十\d]{1,4}[条项])"
_BULLET = r"(?:[①-⑳]|[•·●▪■◆◇○►▶*]|-(?!\d)|#{1,6})"
MARKER_RE = re.compile(rf"^\s*(?:(?P<num>{_NUMBERED})|(?P<bullet>{_BULLET}))\s*")
DATE_LINE_RE = re.compile(rf"^\s*[\[(]?{DATE}[\])]?\s*(?:\([^)]{{1,6}}\))?\s*[:：]?\s*$")
MONTH_RE = re.compile(r"^\s*(?:(?P<y>\d{4})\s*年\s*)?(?P<m>[一二三四五六七八九十]{1,3}|\d{1,2})\s*月份?\s*[:：]?\s*$")
LEADING_DATE_RE = re.compile(rf"^\s*(?:据[^，,。:：]{{1,15}}?)?{DATE}(?:消息|报道|讯|电)?\s*(?:[，,、:：]|\s|(?=\S))")
SAME_DAY_RE = re.compile(r"^\s*(?:同日|当日|同一天|当天)\s*[，,、:：]?")
TRAILING_DATE_RE = re.compile(rf"[(\[]\s*(?:[^()\[\]]{{0,30}}[，,;；\s])?{DATE}\s*(?:印发|发布|公布|施行)?\s*[)\]]")
FOOTER_RE = re.compile(r"^\s*(?:来源|责任编辑|编辑|声明|免责声明|原标题|版权|本文|作者|审核)\s*[:：]")
SENTENCE_PUNCT = re.compile(r"[。，,；;！!？?《]|[:：].")


@dataclass
class _State:
    year: int | None = None
    month_header: int | None = None
    block_date: str | None = None  # date of the last date line
    section: str | None = None
    last_month: int | None = None
    last_year: int | None = None


def read_roundup(source: Source) -> None:
    """Fill ``source.items`` (and title, date, description, problems) from ``source.text``."""
    raw = source.text
    norm = normalize(raw)
    lines = _lines(raw, norm)
    state = _State(year=_context_year(norm))
    current: RawItem | None = None
    current_norm = ""
    seen_item = False
    for lineno, start, end, line, nline in lines:
        stripped = nline.strip()
        if not stripped:
            continue
        if not seen_item and source.title is None:
            source.title = line.strip()
            continue
        if not seen_item and source.date is None and DATE_LINE_RE.match(stripped) and _is_iso(stripped):
            m = DATE_RE.search(stripped)
            y, mo, d = parts(m)
            source.date = _iso(y, mo, d)
            continue
        kind, payload = _classify(stripped, state)
        if kind == "date-line":
            state.block_date = _resolve(payload, state, source, lineno)
            current = None
            continue
        if kind in {"month", "header", "footer"}:
            current = None
            if kind == "footer":
                source.description.append(line.strip())
            elif kind == "header":
                state.section = stripped
                state.block_date = None
            continue
        marker = MARKER_RE.match(stripped)
        body = stripped[marker.end():] if marker else stripped
        numbered = bool(marker and marker.group("num"))
        lead = LEADING_DATE_RE.match(body)
        if lead:
            date = _resolve(lead, state, source, lineno)
            current = _new(source, lineno, start, end, line, date, state)
            state.block_date = None
        elif SAME_DAY_RE.match(body) and source.items:
            current = _new(source, lineno, start, end, line, source.items[-1].date, state)
        elif numbered or _starts_item(body, current, current_norm, state):
            date = state.block_date
            trailing = TRAILING_DATE_RE.search(body)
            if trailing:
                date = _resolve(trailing, state, source, lineno)
            current = _new(source, lineno, start, end, line, date, state)
        elif current is not None:
            current.end = end
            current.text = raw[current.start:end].strip()
            current_norm += nline
            continue
        else:
            source.description.append(line.strip())
            continue
        seen_item = True
        current_norm = nline
    if not source.items and raw.strip():
        source.problems.append((1, "no item found: no dated entry, numbered entry or 《title》"))


def _lines(raw: str, norm: str) -> list[tuple[int, int, int, str, str]]:
    out = []
    pos = 0
    for lineno, line in enumerate(raw.split("\n"), 1):
        end = pos + len(line)
        out.append((lineno, pos, end, line.rstrip("\r"), norm[pos:end].rstrip("\r")))
        pos = end + 1
    return out


def _context_year(norm: str) -> int | None:
    """The year of the headline (or of the article date) for dates written without a year."""
    head = norm.strip().split("\n", 3)[:3]
    for line in head:
        m = YEAR_RE.search(line)
        if m:
            return int(m.group(1))
    for line in head:
        m = DATE_RE.search(line)
        if m and parts(m)[0]:
            return parts(m)[0]
    return None


def _is_iso(text: str) -> bool:
    m = DATE_RE.search(text)
    return bool(m and m.group("iy"))


def _classify(stripped: str, state: _State) -> tuple[str, object]:
    if DATE_LINE_RE.match(stripped):
        return "date-line", DATE_LINE_RE.match(stripped)
    month = MONTH_RE.match(stripped)
    if month and (m := cn_number(month.group("m"))) and 1 <= m <= 12:
        if month.group("y"):
            state.year = int(month.group("y"))
        state.month_header = m
        state.block_date = None
        return "month", m
    if FOOTER_RE.match(stripped):
        return "footer", None
    if _is_header(stripped):
        year = YEAR_RE.search(stripped)
        if year:
            state.year = int(year.group(1))
        return "header", None
    return "text", None


def _is_header(stripped: str) -> bool:
    """Short lines with no sentence in them: 一季度, 国家层面, 二、地方政策, 热文推荐."""
    body = MARKER_RE.sub("", stripped, count=1).rstrip(":：")
    if len(body) > 16 or SENTENCE_PUNCT.search(body) or DATE_RE.search(body):
        return False
    return not re.search(r"(印发|发布|出台|公布|召开|转发|通过|实施|施行)", body)


def _starts_item(body: str, current: RawItem | None, current_norm: str, state: _State) -> bool:
    """A paragraph with a title opens a new item when the open item already has one."""
    if current is None and state.block_date is not None:
        return True
    if "《" not in body or MARKER_RE.match(body):
        return False
    if current is None:
        return False
    if re.match(r"^(该|其中|此外|同时|另外|文件|上述|这|此|并|且|还|明确|提出|要求)", body):
        return False
    return "《" in current_norm


def _resolve(m: re.Match[str], state: _State, source: Source, lineno: int) -> str | None:
    """ISO date of a match, taking the year from context and rolling over a new year."""
    year, month, day = parts(m)
    if year is None:
        year = state.year
        if year is not None and state.last_month is not None and state.last_year == year:
            if state.last_month - month > 6:
                year += 1
                source.problems.append((lineno, f"year not written: taken as {year} (the months turned over)"))
        if year is None:
            source.problems.append((lineno, f"date {month}月{day}日 has no year and none is given by the headline"))
            return None
    found = make_date(year, month, day)
    if found is None:
        source.problems.append((lineno, f"impossible date {year}-{month}-{day}"))
        return None
    state.year, state.last_month, state.last_year = year, month, year
    return found.isoformat()


def _iso(year: int | None, month: int, day: int) -> str | None:
    found = make_date(year, month, day) if year else None
    return found.isoformat() if found else None


def _new(source: Source, lineno: int, start: int, end: int, line: str, date: str | None, state: _State) -> RawItem:
    item = RawItem(file=source.name, line=lineno, start=start, end=end, text=line.strip(),
                   date=date, section=state.section)
    source.items.append(item)
    return item
