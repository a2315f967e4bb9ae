"""A whole notice written out: its salutation (各市人民政府：) and the clause that speaks to its
recipients (现将《X》转发给你们). Its lines belong to it, up to what follows it (its signature, its
date, the document it forwards or publishes reproduced below it)."""

from __future__ import annotations

import re

# 现将《X》转发给你们, 现印发给你们: a notice's body speaking to its recipients
_TO_RECIPIENTS = re.compile(r"(?:转发|印发|下发|发)(?:给)?你们")
# 各镇人民政府、县政府有关工作部门：: the bodies a notice is sent to, one line ending in a colon
_SALUTATION = re.compile(r"^[^。；;！!？?《》:：]{0,80}各[^。；;！!？?《》:：]{1,80}[:：]$")


def addresses(clause: str) -> bool:
    """The clause speaks to a notice's recipients: the text is a whole notice."""
    return _TO_RECIPIENTS.search(clause) is not None


def salutation(line: str) -> bool:
    """The line names the recipients of a notice (各市、县人民政府，省政府各部门：), not a section."""
    return _SALUTATION.match(line.strip()) is not None
