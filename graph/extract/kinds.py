"""What an item is: a document, or news, an event, a statement or a meeting."""

from __future__ import annotations

import re

PERSON = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}?)(?:总理|副总理|部长|副部长|局长|副局长|主任|副主任|司长|副司长|省长|副省长|市长|副市长|书记|发言人|负责人|主席|院长|专员|处长)")
STATEMENT = re.compile(r"答记者问|表示|指出|介绍|强调|接受[^，。]{0,6}采访|解读|回应")
MEETING = re.compile(r"(?:常务会议|全体会议|专题会议|会议)[^。]{0,20}?(?:审议通过|审议|通过|研究|部署)|主持召开[^。]{0,20}?会议")
EVENT = re.compile(r"^(?:正式|近日|日前)?(?:召开|举行|举办|启动|上线|开通|发起|开展|组织)")
APPROVES = re.compile(r"(?:审议通过|审议并通过|通过|审议)\s*(?:了)?\s*$")


def classify(norm: str, after_issuers: str, has_main_title: bool) -> str:
    """``after_issuers`` is the text right after the issuer clause."""
    if MEETING.search(norm[:80]):
        return "meeting"
    if PERSON.match(after_issuers) and STATEMENT.search(norm):
        return "statement"
    if has_main_title:
        return "document"
    if EVENT.match(after_issuers):
        return "event"
    return "news"


def approved(before_title: str) -> bool:
    """Is a title right after 审议通过 (a meeting approving a document)?"""
    return bool(APPROVES.search(before_title))
