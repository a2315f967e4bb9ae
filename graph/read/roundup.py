"""Roundup text to items: the source's headline and own date, then every other line handed to the
segmenter (``graph.read.segment``), which cuts items around the anchors the detectors mark.
Matching runs on the Simplified, width-folded copy (same offsets); items keep the verbatim text."""

from __future__ import annotations

import re

from graph.patterns.dates import DATE_RE, YEAR_RE, iso, parts
from graph.patterns.markers import INTERPRETS_RE, MARKER_RE
from graph.read.calendar import Calendar
from graph.read import footnotes
from graph.read.decode import line_spans
from graph.read.detect import dates as dating
from graph.read.detect import labels, noise, notices, sections, tables, titles, writer
from graph.read.disclosure import read_disclosure, read_entries
from graph.read.items import RawItem, Source
from graph.read.marks import quoted_titles
from graph.read.segment import Line, Segmenter
from graph.read.sessions import add_sessions
from graph.text import normalize

_BREAK_RE = re.compile(r"[\r\n]")
HEAD_LINES = 40
"""A header block that makes the text one document stands among its first lines."""


def read_roundup(source: Source) -> None:
    """Fill ``source.items`` (and title, date, description, problems) from ``source.text``."""
    lines = _lines(source.text, quoted_titles(normalize(source.text)))
    raw = [line.raw for line in lines]
    if (found := labels.block(raw[:HEAD_LINES], title_above=True)) is not None:
        if more := labels.blocks(raw, found.last + 1):  # a compilation of labelled entries, a page of notices
            source.title = sections.plain(next(line.raw for line in lines if line.norm))
            read_entries(source, [found, *more], [(line.start, line.end) for line in lines])
        else:
            source.title = found.fields["title"]
            read_disclosure(source, found, lines[found.first].start)
        return
    year = _context_year(lines)
    segmenter = Segmenter(source, Calendar(year=year, page=year), home=writer.portal_place(source.site) if source.site else None)
    headline = next((line for line in lines if line.norm and not noise.chrome(line.norm)), None)
    previous = ""
    byline: Line | None = None
    below = [""] * len(lines)  # the next line with text after each blank one's run
    for i in range(len(lines) - 2, -1, -1):
        below[i] = lines[i + 1].norm or below[i + 1]
    for i, line in enumerate(lines):
        if not line.norm or line is byline:
            previous = ""
            continue
        if line is headline and not _opens_item(line.norm):
            source.title = sections.plain(line.raw)
            segmenter.home = segmenter.home or sections.heading_place(source.title)
            segmenter.about = _interpreted(line)
            under = next((b for b in lines[i + 1:] if b.norm), None)
            # 甲市某局 over 2022年度工作报告: a heading in two lines names its writer as one does
            segmenter.writer = writer.writer(line.norm) or (writer.writer(line.norm + under.norm) if under else None)
            byline = _interpretation(source, line, under)
        elif not source.items and source.date is None and _article_date(line.norm):
            source.date = _article_date(line.norm)
        else:
            segmenter.line(line, previous, lines[i + 1].norm if i + 1 < len(lines) else "", below[i])
        previous = line.norm
    footnotes.cite(source.items, footnotes.notes((line.raw, line.norm) for line in lines), year)
    add_sessions(source)
    if not source.items and source.text.strip():
        source.problems.append((1, "no item found: no dated entry, numbered entry, table row or 《title》"))


_JOINED_MAX = 3  # a title or a number broken over more printed lines than this is not one


def _lines(raw: str, norm: str) -> list[Line]:
    """The lines to read; a line that leaves a 《 or a bracket open takes the next ones up to the mark
    that closes it, and one that breaks a date takes its end (a title, number or date broken where a
    PDF's printed line ended), its breaks read as spaces."""
    out: list[Line] = []
    joined = 0
    for number, (start, end) in enumerate(line_spans(raw), 1):
        line = raw[start:end]
        start += len(line) - len(line.lstrip())
        end = start + len(line.strip())
        text = norm[start:end]
        if out and joined < _JOINED_MAX and text and titles.goes_on(out[-1].norm, text):
            first = out.pop()
            out.append(Line(first.number, first.start, end, raw[first.start:end],
                            _BREAK_RE.sub(" ", norm[first.start:end])))
            joined += 1
            continue
        out.append(Line(number, start, end, raw[start:end], text))
        joined = 0
    return _headings_joined(out, raw, norm)


def _headings_joined(lines: list[Line], raw: str, norm: str) -> list[Line]:
    """A document's heading printed over two or three lines (甲省人民政府办公厅 / 关于印发乙方案的通知), as
    a compilation of full documents sets it, read as its one line."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        k = _heading_run(lines, i)
        if k:
            first, last = lines[i], lines[i + k - 1]
            out.append(Line(first.number, first.start, last.end, raw[first.start:last.end],
                            _BREAK_RE.sub(" ", norm[first.start:last.end])))
        else:
            out.append(lines[i])
        i += k or 1
    return out


def _heading_run(lines: list[Line], i: int) -> int:
    """How many lines from ``i`` (three or two) are one heading broken over them; 0 for most lines,
    which open no paragraph or are too long to be a heading's first part."""
    if (i and lines[i - 1].norm) or not 0 < len(lines[i].norm) <= titles.HEADING_PART_MAX:
        return 0
    return next((k for k in (3, 2) if i + k <= len(lines) and titles.broken_heading([line.norm for line in lines[i:i + k]])), 0)


def _interpreted(headline: Line) -> str | None:
    """The title of the document a page's headline interprets (X of 关于《X》的政策解读), as written."""
    if not noise.headline(headline.norm) or INTERPRETS_RE.match(headline.norm) is None:
        return None
    m = titles.TITLE_RE.search(headline.norm)
    return headline.raw[m.start(1):m.end(1)] if m else None


def _interpretation(source: Source, headline: Line, under: Line | None) -> Line | None:
    """A page's headline that interprets a document (关于《X》的政策解读), over its byline (the body
    publishing it and its day): that interpretation is an item, a statement of the byline's body on
    its day, its passage the two lines. The byline, when read so, is given back."""
    if _interpreted(headline) is None or under is None:
        return None
    if (found := dating.byline(under.norm)) is None:
        return None
    (a, b), day = found
    date = iso(day.year, day.month, day.day) if day.year and day.day else None
    source.date = source.date or date
    source.items.append(RawItem(file=source.name, line=headline.number, start=headline.start, end=under.end,
                                text=source.text[headline.start:under.end], date=date,
                                fields={"agency": under.raw[a:b]}))
    return under


def _context_year(lines: list[Line]) -> int | None:
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
    """A first line that is already content, so the source has no headline (a notice's own title
    line opens the notice)."""
    marker = MARKER_RE.match(text)
    body = text[marker.end():] if marker else text
    return bool(dating.date_line(text) or dating.month_line(text) or dating.leading(body)
                or (marker and marker.group("num")) or tables.header(text) or notices.title_line(text))


def _article_date(text: str) -> str | None:
    """The article's own date: a line of an ISO date (2021-12-31) or 发布时间：2024年1月5日."""
    if dating.DATE_LINE_RE.match(text) and (m := DATE_RE.search(text)) and m.group("iy"):
        return iso(*parts(m))  # type: ignore[arg-type]
    return dating.article_date(text)
