"""Numbered entries as WeChat articles set them: a keycap emoji (1️⃣, 🔟) or a circled number (①)
before a title, often in **bold**, in 《》 or bare, and a note in brackets after it giving the
document's number, date and issuer (（国办发〔2022〕34号，2022年9月28日印发）, （2022年5月印发）,
（2023年3月，甲市政府办公厅印发）). The lines under it (👉 要点：…) are the entry's own text."""

from __future__ import annotations

import re
from typing import NamedTuple

from graph.gazetteer.schemes import doctypes, ending_form
from graph.patterns.dates import DATE, MONTH_DATE
from graph.patterns.markers import BODY_END, DOC_NUMBER, strip_trailing_brackets
from graph.read.detect import dates as dating

_KEYCAP = "\u20e3"
_TEN = "\U0001f51f"  # 🔟
_CIRCLED = frozenset(map(chr, range(ord("①"), ord("⑳") + 1)))
_MARK = re.compile(r"^\s*(?:\d{1,2}\ufe0f?\u20e3|\U0001f51f|[①-⑳])\s*")
# After the mark: the title (in 《》 or bare), bold or not, then perhaps one note in brackets.
_ENTRY = re.compile(r"(?P<bold>\*\*|__)?\s*(?:《(?P<quoted>[^《》]{2,150})》|(?P<bare>[^《》*()，,。；;:：!！?？]{4,150}?))\s*(?P=bold)?"
                    r"\s*(?:\((?P<note>[^()]*(?:\([^()]*\)[^()]*)*)\))?\s*[。;；]?\s*$")
_PART = re.compile(r"[，,；;]")
_ISSUING = re.compile(r"(?:印发|发布|公布|出台|颁布|下发|制定)$")
_BY = re.compile(rf"^由?\s*(?P<by>[^，,。；;()]*?)\s*(?:于\s*)?(?:{DATE}|{MONTH_DATE})?\s*(?:正式)?(?:印发|发布|公布|出台|颁布|下发|制定)$")
_APPROVAL = re.compile(r"^经.*同意$")  # 经报请省政府同意: whose consent, not who issued


class Entry(NamedTuple):
    """A numbered entry's parts, as spans of the normalized line: its title (without 《》 and bold
    marks; empty for an entry naming no document), and from its note the number, the date and the issuer."""

    title: tuple[int, int]
    number: tuple[int, int] | None
    date: dating.DateMark | None
    by: tuple[int, int] | None


def marked(norm: str) -> int | None:
    """Where the entry's words start after its keycap or circled number; None for any other line."""
    head = norm[:6]
    if _KEYCAP not in head and _TEN not in head and _CIRCLED.isdisjoint(head):
        return None
    m = _MARK.match(norm)
    return m.end() if m else None


def entry(norm: str) -> Entry | None:
    """The numbered entry a line is (``2️⃣ **《甲办法》**（甲发〔2022〕3号，2022年9月28日印发）``), or None.
    A bare title counts only when it ends as a document's form does (关于…的通知, …实施方案); a
    bare line that is no title and no sentence (``9️⃣ **某平台用户突破1000万**``) is an entry too, with no
    title; a sentence after the mark (``① 1月5日，甲局发布《…》``) is none: it is read as prose."""
    start = marked(norm)
    if start is None:
        return None
    m = _ENTRY.match(norm, start)
    if m is None:
        return None
    if m.group("quoted") is not None:
        title = m.span("quoted")
    else:
        bare = m.group("bare").strip()
        if ending_form(strip_trailing_brackets(bare), doctypes()) is None:
            return Entry((m.start("bare"), m.start("bare")), None, None, None)
        a = m.start("bare") + len(m.group("bare")) - len(m.group("bare").lstrip())
        title = (a, a + len(bare))
    number = date = by = None
    if m.group("note") is not None:
        number, date, by = _note(norm, m.start("note"), m.end("note"))
    return Entry(title, number, date, by)


def _note(norm: str, start: int, end: int) -> tuple[tuple[int, int] | None, dating.DateMark | None, tuple[int, int] | None]:
    """The number, date and issuer an entry's note gives, each part apart by a comma: a document's
    number, a date, and a body before the action (省政府2023年4月26日印发, 由甲委印发); 近日 gives no
    date and 经…同意 no issuer."""
    number = date = by = None
    pos = start
    for part in _PART.split(norm[start:end]):
        a = pos + len(part) - len(part.lstrip())
        b = pos + len(part.rstrip())
        pos += len(part) + 1
        text = norm[a:b]
        if not text or _APPROVAL.match(text):
            continue
        if number is None and (n := DOC_NUMBER.fullmatch(text)):
            number = (a + n.start(), a + n.end())
            continue
        if date is None:
            date = dating.within(norm, a, b)
        if by is None and _ISSUING.search(text) and (m := _BY.match(text)) and m.group("by"):
            by = (a + m.start("by"), a + m.end("by"))
    return number, date, by


# 甲办公厅印发，根据…: a clause naming the body that issued the entry's document, with no object;
# 据甲局介绍，…: the body a news entry's figures come from.
_ISSUED_BY = re.compile(rf"^(?:由)?(?P<by>[\u4e00-\u9fff]{{2,40}}?{BODY_END})\s*(?:联合)?(?:印发|发布|出台|公布|制定)(?=[，,。；;]|$)")
_TOLD_BY = re.compile(rf"^据(?P<by>[\u4e00-\u9fff]{{2,40}}?{BODY_END})(?:介绍|透露|消息|统计|数据显示)")


def issuer(body: str, document: bool) -> tuple[int, int] | None:
    """The span of the body a line under an entry names as the one that issued its ``document``
    (甲办公厅印发，…), or, for an entry naming no document, the one its news comes from (据甲局介绍)."""
    m = (_ISSUED_BY if document else _TOLD_BY).match(body)
    return m.span("by") if m else None
