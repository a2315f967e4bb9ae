"""A whole notice written out: its salutation (各市人民政府：) and the clause that speaks to its
recipients (现将《X》转发给你们). Its lines belong to it, up to what follows it (its signature, its
date, the document it forwards or publishes reproduced below it)."""

from __future__ import annotations

import re
from typing import Literal

from graph.patterns.markers import BODY_END, DOC_NUMBER

Addressed = Literal["forwards", "publishes"]

_FORMS = ("通知", "通告", "公告", "决定", "函", "意见", "批复")  # what a notice's title ends with
_TITLE_MAX = 200
# 现将《X》转发给你们, 现印发给你们: a notice's body speaking to its recipients
_TO_RECIPIENTS = re.compile(r"(?:转发|印发|下发|发)(?:给)?你们")
# 某局关于印发《甲指引》的通知, 某县转发《甲》《乙》的通知: a notice's own title, on its line, without outer 《》
_TITLE_LINE = re.compile(r"^[\u4e00-\u9fff]{2,40}?(?:印发|转发|发布|公布|下发)《.+》[^，,。；;:：《》]{0,20}?"
                         rf"的(?:{'|'.join(_FORMS)})$")
_ISSUER = re.compile(r"^([\u4e00-\u9fff]{2,40}?)(?:关于)?(?:印发|转发|发布|公布|下发)《")
# 各镇人民政府、县政府有关工作部门：: the bodies a notice is sent to, one line ending in a colon
_SALUTATION = re.compile(r"^[^。；;！!？?《》:：]{0,80}各[^。；;！!？?《》:：]{1,80}[:：]$")


def addresses(clause: str) -> Addressed | None:
    """How the clause speaks to a notice's recipients (the text is then a whole notice): it hands
    them a document it forwards (转发给你们) or one it publishes (印发给你们)."""
    m = _TO_RECIPIENTS.search(clause)
    if m is None:
        return None
    return "forwards" if m.group().startswith("转发") else "publishes"


# 《甲规定》已于…会议通过，现予公布: a document announcing itself, signed by its body and day below it.
_ANNOUNCES = re.compile(r"现予(?:公布|发布|公告|印发)")
_SIGNER = re.compile(rf"^[\u4e00-\u9fff]{{2,30}}{BODY_END}$")


def announces(clause: str) -> bool:
    """The clause is a document's own announcement (现予公布): its signature follows it."""
    return "现予" in clause and _ANNOUNCES.search(clause) is not None


def signer(line: str) -> bool:
    """A line that is a body's name alone (甲省人民政府), as a signature writes it."""
    return len(line) <= 32 and _SIGNER.match(line.strip()) is not None


def salutation(line: str) -> bool:
    """The line names the recipients of a notice (各市、县人民政府，省政府各部门：), not a section."""
    line = line.strip()  # most lines do not end with a colon: the regex is skipped for them
    return line.endswith((":", "：")) and _SALUTATION.match(line) is not None


def title_line(line: str) -> bool:
    """The line is a notice's own title written without outer 《》 (it opens the notice)."""
    line = line.strip()
    return len(line) <= _TITLE_MAX and line.endswith(_FORMS) and _TITLE_LINE.match(line) is not None


def issuer(title: str) -> str | None:
    """The body a notice's title opens with (某局 of 某局关于印发《甲》的通知)."""
    m = _ISSUER.match(title.strip())
    return m.group(1) if m else None


# 保政函〔2018〕99号, 甲“放管服”组办〔2020〕10号 (a reform's name quoted in it): a notice's number alone on its
# line, under its heading.
_NUMBER_LINE = re.compile(rf"\s*\(?\s*({DOC_NUMBER.pattern}|[\u4e00-\u9fff“”\"]{{1,16}}\s*\[\s*(?:19|20)\d{{2}}\s*\]\s*第?\s*\d{{1,5}}\s*号)\s*\)?\s*")


def number_line(line: str) -> tuple[int, int] | None:
    """The span of the document number a line is, alone (a notice's, under its heading); None for any other line."""
    if not line.endswith(("号", "号)")):
        return None
    m = _NUMBER_LINE.fullmatch(line)
    return m.span(1) if m else None
