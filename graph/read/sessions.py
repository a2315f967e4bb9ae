"""The session that passed an item's document, told inside the item (某院发布《甲规则》，规则已于2021年
12月27日由某院审判委员会第N次会议通过; 某部令第N号：《乙办法》已经2005年1月28日某部部务会议审议通过，
现予发布): a meeting item of its own, as a law database's session is. Its passage is the clause
inside the item's, its date the session's day, and it approves the document the clause names:
the 《title》 it opens with, or the title named before it that its subject (规则, 该办法) is the end of."""

from __future__ import annotations

import re

from graph.patterns.dates import iso
from graph.patterns.markers import ADOPTED_RE, body_start
from graph.read.detect.titles import TITLE_RE
from graph.read.detect.dates import DateMark, within
from graph.read.items import RawItem, Source
from graph.read.marks import quoted_titles
from graph.text import normalize

_CLAUSE_BREAKS = "，,。；;:："
_REFERS = ("该", "本", "上述", "此")  # 该办法: the subject names the document by its form


def add_sessions(source: Source) -> None:
    """Each item of ``source`` followed by the session its text says passed its document, if any."""
    out: list[RawItem] = []
    for item in source.items:
        out.append(item)
        verbatim = source.text[item.start:item.end] == item.text  # not a table row composed from its cells
        if verbatim and not item.document and ("会议" in item.text or "會議" in item.text) \
                and (session := _session(source, item)) is not None:  # most items name no session: no normalizing
            out.append(session)
    source.items[:] = out


# 《甲条例》 — 甲市第N届人民代表大会常务委员会第M次会议通过: a list entry's particulars naming the session
# that passed it, on the entry's day.
_AFTER_DASH = re.compile(r"(?<=》)\s*-{1,2}\s*(?P<session>[^，,。；;\-]{2,40}?会议(?:审议|表决)?通过)\s*$")


def _session(source: Source, item: RawItem) -> RawItem | None:
    """The first dated session clause of ``item`` that does not open it (an item that opens with one
    is that session's own), or the session its particulars name after a dash, dated as the item."""
    norm = quoted_titles(normalize(item.text))
    opens = body_start(norm)
    if item.date and (dashed := _AFTER_DASH.search(norm)) and (title := _referent_before(norm, dashed.start())):
        a, b = item.start + dashed.start("session"), item.start + dashed.end("session")
        return RawItem(file=item.file, line=item.line + item.text.count("\n", 0, dashed.start("session")), start=a, end=b,
                       text=source.text[a:b], date=item.date, section=item.section,
                       fields={"title": item.text[title[0]:title[1]]})
    for m in ADOPTED_RE.finditer(norm):
        date = _session_day(within(norm, m.start(), m.end()), item.date)
        start = max(norm.rfind(mark, 0, m.start()) for mark in _CLAUSE_BREAKS) + 1
        while start < m.start() and norm[start].isspace():
            start += 1
        if date is None or start <= opens:
            continue
        subject = norm[start:m.start()]
        fields: dict[str, str] = {}
        if "《" not in subject:
            title = _referent(subject, norm[:start])
            if title is None:
                continue
            fields["title"] = item.text[title[0]:title[1]]
        a, b = item.start + start, item.start + m.end()
        return RawItem(file=item.file, line=item.line + item.text.count("\n", 0, start), start=a, end=b,
                       text=source.text[a:b], date=date, section=item.section, fields=fields)
    return None


def _session_day(mark: DateMark | None, published: str | None) -> str | None:
    """The session's day; one written without its year (已于5月18日由…会议通过) is of the year of the
    document it passed, or the year before when its month comes later (a session precedes publication)."""
    if mark is None or mark.day is None:
        return None
    year = mark.year
    if year is None:
        if published is None or len(published) < 7:
            return None
        year = int(published[:4]) - (mark.month > int(published[5:7]))
    return iso(year, mark.month, mark.day)


def _referent_before(norm: str, end: int) -> tuple[int, int] | None:
    """The span of the 《title》 that ends right at ``end``."""
    start = norm.rfind("《", 0, end)
    return (start + 1, end - 1) if start >= 0 and norm[end - 1] == "》" else None


def _referent(subject: str, before: str) -> tuple[int, int] | None:
    """The span of the title named in ``before`` that ``subject`` (规则已, 该办法) names by its end,
    the last one first."""
    word = subject.strip().removesuffix("已").strip()
    for refer in _REFERS:
        word = word.removeprefix(refer)
    if len(word) < 2:
        return None
    named = [m.span(1) for m in TITLE_RE.finditer(before)]
    return next(((a, b) for a, b in reversed(named) if before[a:b].rstrip(")").endswith(word)), None)
