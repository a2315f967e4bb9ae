"""Issuing-body anchors: a clause that opens with a body and its action (``商务部印发《…》``,
``该局发布``), and the actor an earlier clause named, carried into one that refers back to it."""

from __future__ import annotations

import re

from graph.patterns.markers import ACTION_RE, ACTIVITY_RE, BARE_LEVEL_RE, CARRIED_RE, DOER_RE, ISSUER_LEAD_RE, PASSED_RE, SETTING_RE

_CLAUSE_END = re.compile(r"[。；;!！?？]")
_PASSES = re.compile(r"(?:审议|表决)?通过")
_TAKES_EFFECT = re.compile(r"》\s*(?:正式|开始)?(?:施行|实施|生效)\s*(?:[。；;]|$)")


def issuer_lead(body: str) -> str | None:
    """The text before the first 《 when it is an issuer and its action (or nothing at all):
    ``商务部办公厅``, ``某某局联合印发``; None when the title is named in passing."""
    pos = body.find("《")
    if pos < 0:
        return None
    head = body[:pos]
    return head if pos == 0 or ISSUER_LEAD_RE.match(head) else None


# 依据《A》等文件，结合实际，: a basis opening a sentence before its own issuer; 为优化营商环境，: a
# purpose naming no title.
_BASIS = re.compile(r"^(?:为了?|根据|依据|依照|按照|参照|贯彻落实|落实)(?:[^。；;]*?》[^，,。；;《]*|[^。；;《》]*)[，,]")


def after_basis(sentence: str) -> str:
    """The clause that names the sentence's own title once a basis or purpose opening it is cut off
    (依据《A》等文件，结合该市实际，该局制定了《B》 → 该局制定了《B》; 为优化营商环境，经批准，甲局印发了《B》
    → 甲局印发了《B》; 立法过程中，乙厅曾公布《C》 → 乙厅曾公布《C》); the sentence itself when none opens it."""
    m = _BASIS.match(sentence) or SETTING_RE.match(sentence)
    if m is None:
        return sentence
    rest = sentence[m.end():]
    pos = rest.find("《")
    return rest[max(rest.rfind("，", 0, pos), rest.rfind(",", 0, pos)) + 1:] if pos >= 0 else rest


def acts(clause: str) -> bool:
    """The clause (up to its end) states an issuing action: 印发, 发布, 召开, 表决通过 …"""
    end = _CLAUSE_END.search(clause)
    return ACTION_RE.search(clause, 0, end.end() if end else len(clause)) is not None or PASSED_RE.match(clause) is not None


def does(clause: str) -> bool:
    """The clause (up to its end) states an activity: 上线, 启动, 部署, 对外披露, 被…确认为."""
    end = _CLAUSE_END.search(clause)
    return ACTIVITY_RE.search(clause, 0, end.end() if end else len(clause)) is not None


def doer(body: str) -> str | None:
    """The body an untitled sentence opens with as its actor (原甲局便开始推进… → 原甲局); None when it
    opens with none, or is passive (甲市被乙厅确认为…: the place is its subject)."""
    m = DOER_RE.match(body)
    return m.group() if m and "被" not in m.group() else None


def subjectless(clause: str) -> bool:
    """An activity whose words before its verb name no body (2017年，部署各地…, 平台正式启动上线) and
    are no passive: its actor is the one an earlier sentence named."""
    end = _CLAUSE_END.search(clause)
    verb = ACTIVITY_RE.search(clause, 0, end.end() if end else len(clause))
    return verb is not None and "被" not in clause[:verb.start()] and DOER_RE.match(clause[:verb.start()]) is None


def passer(body: str) -> str | None:
    """The body a clause says passes something (``全国人大常委会通过…`` → 全国人大常委会), "" when
    it names none (``2004年8月通过…``, the actor of the clause before), None when nothing is passed."""
    if PASSED_RE.match(body) is None:
        return None
    m = _PASSES.search(body)
    return body[:m.start()].strip(" ，,、") if m else None


def takes_effect(clause: str) -> bool:
    """``…《甲办法》正式施行。``: the clause says only that a document takes effect (its date is
    then the day of entry into force, not the document's)."""
    end = _CLAUSE_END.search(clause)
    sentence = clause[:end.end()] if end else clause
    return _TAKES_EFFECT.search(sentence) is not None and ACTION_RE.search(sentence) is None


def actor(lead: str) -> str | None:
    """The body written in an issuer lead, without its action or its day (``深圳市人社局印发``,
    ``深圳市人社局3月5日印发``, ``深圳市人社局(2020)印发`` → ``深圳市人社局``)."""
    m = ISSUER_LEAD_RE.match(lead)
    cut = next((m.start(g) for g in ("issued", "cited") if m and m.group(g)), len(lead))
    name = ACTION_RE.split(lead[:cut], maxsplit=1)[0].strip(" ，,、:：").removesuffix("于").rstrip()
    for word in ("对", "联合", "近日", "日前", "正式", "同时", "同日", "当日", "随后", "再次"):
        name = name.removesuffix(word)
    return name or None


def refers_back(lead: str) -> bool:
    """The lead names its body by reference (该局) or without its region (市人社局)."""
    return CARRIED_RE.match(lead) is not None or BARE_LEVEL_RE.match(lead) is not None


def carried(lead: str, earlier_lead: str | None) -> str | None:
    """The body ``lead`` refers back to, given the issuer lead of an earlier clause: 该局 → the
    earlier actor; 市人社局 → the earlier actor's region with this body (深圳市… + 市人社局 →
    深圳市人社局). None when the lead names its own body."""
    if earlier_lead is None or not refers_back(lead):
        return None
    earlier = actor(earlier_lead)
    if earlier is None or CARRIED_RE.match(lead):
        return earlier
    bare = BARE_LEVEL_RE.match(lead)
    body = actor(lead)
    if bare is None or body is None:
        return None
    level = bare.group("level")
    at = next((i for i in range(1, len(earlier)) if earlier[i] == level and earlier[i + 1:i + 2] != "场"), None)
    return earlier[:at] + body if at is not None else None

