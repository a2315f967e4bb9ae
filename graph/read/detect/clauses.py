"""What a clause of prose says, read before the segmenter cuts an item there: that it stands inside a
《title》, leads in the items after it (电子印章方面，, …得到推广：), dates the title before it, opens with
its issuer's purpose, states an action as a bulleted entry, tells a report's result, or says the text's
own document is made by it (制定本办法). Pure functions of the text, for ``graph.read.segment``."""

from __future__ import annotations

import re

from graph.patterns.dates import DATE_RE
from graph.patterns.markers import ACTION_RE, DOC_NUMBER, body_start
from graph.read.detect import actions, titles
from graph.read.detect import dates as dating
from graph.read.marks import quoted_titles
from graph.text import normalize, normalize_name

_ASIDE = re.compile(r"\s*\([^()]*\)\s*")
_COLON = re.compile(r"[:：]")
SENTENCE_END = re.compile(r"[。；;!！?？]")  # where a sentence (or a clause of a list) ends


_TITLE_OR_STOP = re.compile(r"[《》。；;!！?？]")


def in_title(text: str, start: int, at: int) -> bool:
    """The clause mark at ``at`` stands inside a 《title》 opened since ``start``. A 》 too many closes
    nothing, and a 《 left unclosed ends at the end of its sentence (《甲办法》》；…, 《乙办法。…): typos
    do not hide the items after them."""
    depth = 0
    for m in _TITLE_OR_STOP.finditer(text, start, at + 1):
        if m.group() == "《":
            depth += 1
        elif m.group() == "》":
            depth = max(depth - 1, 0)
        else:  # a sentence end, the one at ``at`` included
            depth = 0
    return depth > 0


# 为落实…，制定本办法。: a sentence saying that the text's own document is made by it.
_MAKES_OWN = re.compile(r"^[^。；;!！?？]*?(?:制定|出台|印发)了?本(?P<form>[\u4e00-\u9fff]{2,4})\s*[。；;]?\s*$")
_OWN_FORM = re.compile(r"^\s*本(?P<form>[\u4e00-\u9fff]{2,4})")


def _form_of(word: str, title: str) -> bool:
    """``word`` opens with the form ``title`` ends with (办法 of 本办法所指 and 甲市电子证照管理办法)."""
    return any(title.endswith(word[:n]) for n in range(len(word), 1, -1))


def makes(sentence: str, title: str) -> bool:
    """The sentence says the document titled ``title`` is made by the text (…，制定本办法。)."""
    m = _MAKES_OWN.match(sentence)
    return m is not None and _form_of(m.group("form"), normalize_name(title))


def names(body: str, title: str | None) -> bool:
    """The paragraph opens by naming the document ``title`` by its form (本办法所指…, 本办法适用于…)."""
    m = _OWN_FORM.match(body)
    return m is not None and title is not None and _form_of(m.group("form"), normalize_name(title))


def first_title(text: str) -> str | None:
    """The first 《title》 of an item's text, as written (a Markdown link's text included)."""
    m = titles.TITLE_RE.search(quoted_titles(normalize(text)))
    return text[m.start(1):m.end(1)] if m else None


CLAUSE = re.compile(r"[^，,。；;!！?？]*")


def acting_bullet(body: str, marker: re.Match[str]) -> bool:
    """A bulleted paragraph whose first clause states an action (📌 甲区召开推介会，…), or a bulleted line
    ending with its own date (- 甲区召开推介会 2022-01-20, as list pages give their entries): an entry
    of the list, as a numbered one, though it names no title or body."""
    if marker.group("bullet") is None:
        return False
    clause = CLAUSE.match(body)
    dated = dating.trailing(body)
    return (clause is not None and actions.acts(clause.group())) or (dated is not None and dated.end == len(body.rstrip()))


# 3. 升级政务服务。增设窗口…: a report's numbered result, its head a short phrase of what the writer improved.
_RESULT_HEAD = re.compile(r"^[^，,。；;《“]{2,12}。")
_ACTIVITY_HEAD = re.compile(r"^(?:开展|举办|举行|召开|组织|启动|上线|开通)")  # 开展…活动: an event, an item


def achievement(body: str) -> bool:
    """A report's numbered paragraph under a head phrase that names no document and no activity (升级政务服务。
    增设窗口…, 优化线上服务。平台覆盖四级…): what its writer achieved, told in figures, is no item."""
    return "《" not in body and _RESULT_HEAD.match(body) is not None and _ACTIVITY_HEAD.match(body) is None


def aside(body: str) -> bool:
    """A line that is one remark in brackets with no number or date ((以上文件全文见正文)): the
    document's note, not the entry above's; (国办发〔2022〕3号) under a title is that entry's."""
    return bool(_ASIDE.fullmatch(body)) and DOC_NUMBER.search(body) is None and DATE_RE.search(body) is None


def dates_the_piece(piece: str, clause: str) -> bool:
    """《甲办法》，2021年1月由乙局发布: a dated clause naming no title after a title that has no date
    of its own is that title's date and issuer, not a new item."""
    if "《" not in piece or "《" in clause or dating.leading(piece) is not None or dating.trailing(piece) is not None:
        return False
    body = clause[body_start(clause):]
    return body.startswith("由") or ACTION_RE.match(body) is not None


def lead_in(piece: str) -> bool:
    """A paragraph's opening fragment before its first dated item (电子印章方面，, 地方层面：): a topic
    that introduces the items after it, not a sentence continuing the item above; a dated one
    (从2014年起，甲局开始…，2017年，…) is an item."""
    return SENTENCE_END.search(piece) is None and "《" not in piece and dating.leading(piece) is None


def lead_in_start(text: str, floor: int, colon: int) -> int | None:
    """…具有同等法律效力。新冠疫情暴发以来，电子劳动合同得到推广：甲部印发《B》: a sentence that leads in
    with a colon opens the item after it, not the one before; where it starts, if it is only a lead-in."""
    if text[colon] not in ":：":
        return None
    stops = list(SENTENCE_END.finditer(text, floor, colon))
    start = stops[-1].end() if stops else floor
    while start < colon and text[start].isspace():
        start += 1
    return start if start > floor and colon_lead(text[start:]) == colon + 1 - start else None


def colon_lead(piece: str) -> int:
    """The length of the lead-in a piece opens with up to its colon (新冠疫情暴发以来，…得到推广：), 0 if none:
    the item's own words, and its date, come after it."""
    colon = _COLON.search(piece)
    if colon is None:
        return 0
    lead = piece[:colon.start()]
    return colon.end() if lead.strip() and lead_in(lead) and not actions.acts(lead) else 0


# 《甲法》颁布, 《乙办法》正式印发: a sentence opening with the title its passive action is of.
TITLE_ACTS = re.compile(r"《[^《》]{2,60}》\s*(?:正式)?(?:颁布|发布|印发|出台|公布)")


def purpose_lead(opening: str) -> bool:
    """为优化营商环境，甲局印发了《B》: a sentence whose purpose (or basis) comes before its issuer and action."""
    lead = actions.issuer_lead(actions.after_basis(opening))
    return lead is not None and actions.acts(lead)


def lead(norm: str) -> str | None:
    """The issuer lead of an item's text (its body up to the first 《, when that is an issuer)."""
    return actions.issuer_lead(norm[body_start(norm):])
