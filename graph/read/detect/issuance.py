"""The particulars sentence under a title line (2019年4月23日，甲省人大常委会第三次会议修正; 甲部令第1号，
2009年2月18日公布): the date, the body that issued, passed or amended the title, the session, the number it
was issued under and the day a later clause publishes it."""

from __future__ import annotations

import re
from typing import NamedTuple

from graph.patterns.dates import DATE
from graph.patterns.markers import AMENDED_BY_RE, DOC_NUMBER
from graph.read.detect import actions, clauses
from graph.read.detect import dates as dating

# …会议审议通过，2024年9月4日公布: the day a later clause of a title's particulars says it was published.
_PUBLISHED = re.compile(rf"[，,]\s*({DATE})\s*(?:公布|发布|印发)")
_SESSION_END = re.compile(r"会议$")
# 以甲办发〔2025〕3号文印发, 签署某令第N号; …会议通过（某人大常委会公告第N号）, a legislature's promulgation.
_ISSUED_UNDER = re.compile(rf"(?:以|签署)\s*({DOC_NUMBER.pattern})|\(\s*([\u4e00-\u9fff]{{2,40}}?公告\s*第\s*\d{{1,5}}\s*号)\s*\)")


class Issuance(NamedTuple):
    """A title's particulars sentence: its date, the body that issued, passed or amended the title,
    where that clause ends, whether the body is a session, and the day a later clause publishes it."""

    mark: dating.DateMark
    body: str
    end: int
    session: bool
    published: dating.DateMark | None
    number: tuple[int, int] | None  # 以甲办发〔2025〕3号文印发, 签署国务院令第N号: the number it was issued under


# A rule's headnote (题注) under its title: 甲部令第1号，2009年2月18日公布.
_ORDER_ISSUANCE = re.compile(rf"^\s*\(?\s*(?P<number>(?P<body>[\u4e00-\u9fff]{{2,20}}?)令\s*第\s*\d{{1,5}}\s*号)\s*[，,]?\s*"
                             rf"(?P<date>{DATE})\s*(?:公布|发布|颁布)")


def issuance(norm: str) -> Issuance | None:
    """The sentence under a title line that opens with a date and names no title, its first clause
    stating who issued it (2019年4月23日，甲省人大常委会第三次会议修正; 2025年9月27日，甲办以甲办发〔2025〕3号文
    印发; 2024年8月26日甲局局务会议审议通过，2024年9月4日公布); None for any other line."""
    if (order := _ORDER_ISSUANCE.match(norm)) and (day := dating.within(norm, order.start("date"), order.end("date"))):
        return Issuance(day, order.group("body"), order.end(), False, None, order.span("number"))  # 甲部令第1号，…公布
    if (mark := dating.leading(norm)) is None or mark.same is not None:
        return None
    start = mark.end + len(norm[mark.end:]) - len(norm[mark.end:].lstrip("，, "))
    clause = clauses.CLAUSE.match(norm, start)
    if clause is None or not actions.acts(clause.group()) or ("《" in norm and not AMENDED_BY_RE.search(norm, clause.end())):
        return None  # a line naming titles is a headnote only when they are the ones that amended it
    body = actions.passer(clause.group()) or actions.actor(clause.group())
    if not body or actions.refers_back(body):
        return None
    published = _PUBLISHED.search(norm, clause.end())
    number = _ISSUED_UNDER.search(norm, start, clause.end())
    if number is not None and number.group(1) and norm.startswith(body, start):
        body = body[:number.start() - start] or body  # 甲办以甲办发〔2025〕3号文印发: the body is 甲办
    return Issuance(mark, body, clause.end(), _SESSION_END.search(body) is not None,
                     dating.of_date(published) if published else None,
                     number.span(1 if number.group(1) else 2) if number else None)
