"""What an item is: a document, or news, an event, a statement or a meeting."""

from __future__ import annotations

import re

from graph.patterns.dates import DATE_RE
from graph.patterns.markers import INTERPRETS_RE, REPORT_RE

OFFICIAL = r"(?:总理|副总理|部长|副部长|局长|副局长|主任|副主任|司长|副司长|省长|副省长|市长|副市长|书记|发言人|负责人|主席|院长|副院长|专员|处长)"
PERSON = re.compile(rf"^(?:[\u4e00-\u9fff]{{0,6}}?){OFFICIAL}")
SAYS = r"(?:答记者问|回答[^，。；]{0,10}?提问|表示|指出|介绍|强调|提出|接受[^，。；]{0,6}采访|解读|回应|讲话|致辞)"
STATEMENT = re.compile(SAYS)
# 国家密码管理局负责人就《办法》相关问题回答了记者提问: a body's official speaking, in a clause of its own.
SPEAKER = re.compile(rf"(?:^|[，。；,;])\s*(?P<body>[^，。；,;、《》]{{2,30}}?)(?:有关|主要)?{OFFICIAL}[^，。；,;]{{0,30}}?{SAYS}")
# 国务院常务会议审议通过《X》, 某会议修正 (a session amending a law), 主持召开…会议, 总理在全国…电视电话会议上要求… (an official speaking at a meeting
# reports the meeting; at a 发布会 or in a report it is a statement).
# 某省政府工作例会要求…: a working meeting charging a body with a task.
MEETING = re.compile(r"(?:常务会议|全体会议|专题会议|会议|例会)[^。]{0,20}?(?:审议通过|审议|通过|研究|部署|批准|修正|修订)|主持召开[^。]{0,20}?会议"
                     r"|会议上\s*(?:要求|强调|指出|提出|表示)|(?:会议|例会)(?:要求|决定)")
# An activity the body does, after where and its adverbs (在两市率先启动…, 便开始研究推进…, 部署各地…, 被…确认为试点).
EVENT = re.compile(r"^(?:在[^，。；,;]{1,40}?)?(?:正式|近日|日前|便|即|开始|着手|首先|率先|全面|积极|研究)*"
                   r"(?:召开|举行|举办|启动|上线|开通|发起|开展|组织|部署|推进|(?:确认|认定|确定)为)")
# 深圳市电子印章平台正式上线运行: a launch, whoever is named first.
LAUNCH = re.compile(r"[^，。；,;]{0,40}?(?:正式|率先|全面)?(?:上线|开通|启用|投入使用|投入运行)(?:运行|试运行)?$")
# 2021中国电子政务论坛在广州举行: a gathering named as the subject of its own holding.
HELD = re.compile(r"(?:论坛|峰会|大会|研讨会|座谈会|博览会|展览会|交流会|推进会|年会)(?:\s*\([^()]{0,20}\))?\s*(?:在[^，。；,;]{1,20}?)?"
                  r"(?:隆重|正式|顺利)?(?:举行|举办|召开|开幕|闭幕)")
# 召开互联网法院工作座谈会: the body holding a symposium or a work conference of its own sits in a meeting, no event.
SITS = re.compile(r"^(?:在[^，。；,;]{1,40}?)?(?:召开|举行)了?[^，。；,;]{0,20}?(?:座谈会|工作会议)$")
AT_MEETING = re.compile(r"\s*[\u4e00-\u9fff]{0,10}?会上\s*[，,]")  # 座谈会上，甲部副部长表示: a speech at the meeting told before
CLAUSE_END = re.compile(r"[，。；,;]")
ISSUES = re.compile(r"(?:印发|发布|出台|公布|下发|颁布|转发)\s*(?:了)?\s*$")  # 某院公布《X》: a body issuing the first title
APPROVES = re.compile(r"(?:审议通过|审议并通过|通过|审议)\s*(?:了)?\s*$")
# 某部令第35号：《X》已经…部务会议审议通过，现予发布: a body's order, right after the body, promulgates X.
ORDER = re.compile(r"^\s*令\s*(?:\(\s*)?第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号")


def classify(norm: str, after_issuers: str, has_main_title: bool, lead: str = "") -> str:
    """``after_issuers`` is the text right after the issuer clause, ``lead`` what comes before the
    item's body (its date, 据…报道). A statement: an official speaking right after the body, an
    interpretation of a document (关于《X》的政策解读), or a report whose news is an official's answers."""
    if _meeting(norm) and not ORDER.match(after_issuers):  # an order telling its session is the document
        return "meeting"
    if PERSON.match(after_issuers) and STATEMENT.search(norm):
        return "statement"
    if INTERPRETS_RE.match(norm) or ((REPORT_RE.search(lead) or AT_MEETING.match(norm, len(lead))) and SPEAKER.search(norm)):
        return "statement"
    if has_main_title:
        return "document"
    first_clause = CLAUSE_END.split(after_issuers, 1)[0]
    if SITS.match(first_clause.strip()):
        return "meeting"
    if EVENT.match(after_issuers) or LAUNCH.match(first_clause) or HELD.search(first_clause):
        return "event"
    return "news"


def _meeting(norm: str) -> bool:
    """A meeting that approves, named before the first title (国务院常务会议审议通过《X》), or after it
    with the session's own date (《X》已于2021年5月18日由…会议通过). Named after it undated (该草案已经…
    会议讨论通过), it approved the document the item is about and is no item of its own; after a body
    issuing the title (某院公布《X》，该规则已于…由…会议通过), the item is X's and the session one beside
    it (read.sessions)."""
    m = MEETING.search(norm, 0, 80)
    if m is None:
        return False
    first = norm.find("《")
    if first < 0 or m.start() < first:
        return True
    return DATE_RE.search(norm, first, m.start()) is not None and not ISSUES.search(norm, 0, first)


def speaker(norm: str) -> str | None:
    """The body whose official speaks (国家密码管理局 of 国家密码管理局负责人…回答了记者提问)."""
    m = SPEAKER.search(norm)
    return m.group("body") if m else None


def approved(before_title: str) -> bool:
    """Is a title right after 审议通过 (a meeting approving a document)?"""
    return bool(APPROVES.search(before_title))
