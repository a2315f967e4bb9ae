"""The legal life of a document as its text states it: when it takes effect, whether it is a draft or
still in force, and which documents it amends or repeals."""

from __future__ import annotations

import re
from typing import Literal

from graph.patterns.dates import DATE, make_date, parts
from graph.patterns.markers import ACTION_RE
from graph.extract.titles import TitleSpan, unnest

Change = Literal["amends", "repeals"]
IN_FORCE_FROM = re.compile(rf"自\s*{DATE}\s*起\s*(?:施行|实施|生效|执行|正式施行)")
IN_FORCE_ON_ISSUE = re.compile(r"自(?:印发|发布|公布|颁布|下发)之日起(?:施行|实施|生效|执行)")
# 《X》(号)正式施行 right after the title, with no issuing verb before it: the day is when X takes effect.
TAKES_EFFECT = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*(?:正式|开始|起)?(?:施行|实施|生效)")
DRAFT = re.compile(r"征求意见稿|草案|送审稿")
STATUS_LABEL = re.compile(r"(?:时效性|效力状态|时效)\s*[:：]\s*(?P<status>现行有效|已废止|已失效|失效|尚未生效|已被修改|部分失效)")
STATUS_AFTER_TITLE = re.compile(r"\s*[(\[]\s*(?P<status>已废止|已失效|失效|现行有效)\s*[)\]]")
STATUSES = {"现行有效": "in-force", "已被修改": "in-force", "部分失效": "in-force", "尚未生效": "not-yet-in-force",
            "已废止": "repealed", "已失效": "expired", "失效": "expired", "有效": "in-force"}  # 有效: an export's 有效性
CHANGE_TITLE = re.compile(r"^关于(?P<verb>修改|修订|废止)(?P<inner>[〈《].+?[〉》])(?:等[一二三四五六七八九十\d]+(?:部|件|个)[^的]{0,8})?的决定$")
# 关于公开征求《X》意见的公告, 关于X公开征求意见的通知, 某局关于对《X》征集修改意见建议的通告: a notice opening X for comment.
CONSULTATION = re.compile(r"^(?:[^《〈》〉]*?)关于(?:对|就)?(?P<pre>(?:公开)?(?:征求|征集))?\s*(?P<inner>.+?)\s*(?P<post>(?:向社会)?(?:公开)?(?:征求|征集))?"
                          r"(?:社会各界|社会公众|公众)?(?:修改)?意见(?:和建议|建议)?的(?:公告|通告|通知|函)$")
REPEALED_IN_TEXT = re.compile(r"(?:同时|予以|宣布)?废止\s*$")
REPEALED_AFTER = re.compile(r"\s*(?:同时|予以)?废止")


def entry_into_force(norm: str, year: int | None, issued: str | None) -> str | None:
    """``自2022年1月1日起施行`` (the year from the item when left out); ``自印发之日起施行``: the
    day of issue, when that is known to the day."""
    if m := IN_FORCE_FROM.search(norm):
        y, month, day = parts(m)
        found = make_date(y or year or 0, month, day) if (y or year) else None
        return found.isoformat() if found else None
    if IN_FORCE_ON_ISSUE.search(norm) and issued and len(issued) == 10:
        return issued
    return None


def takes_effect(norm: str, body_start: int, title_end: int) -> bool:
    """2024年11月1日国家档案局第22号令《X》正式施行: the entry says X takes effect on its date."""
    return TAKES_EFFECT.match(norm, title_end + 1) is not None and ACTION_RE.search(norm, body_start, title_end) is None


def status(title: str, norm: str, span: TitleSpan | None) -> str | None:
    """draft-for-comment (征求意见稿, 草案 in the title), else the status a law database writes
    (时效性：现行有效) or one put in brackets right after the title (（已废止）)."""
    if DRAFT.search(title):
        return "draft-for-comment"
    after = STATUS_AFTER_TITLE.match(norm, span.end + 1) if span and span.end else None
    m = after or STATUS_LABEL.search(norm)
    return STATUSES[m.group("status")] if m else None


def consulted(title: str) -> str | None:
    """The draft a consultation notice opens for comment (关于公开征求《X》意见的公告 → X): the notice
    stands for the draft, a policy of its own with draft status, as a roundup reports it."""
    m = CONSULTATION.match(title)
    if m is None or not (m.group("pre") or m.group("post")):
        return None
    return unnest(m.group("inner"))


def status_of(label: str | None) -> str | None:
    """The status a header's 时效性 field gives (现行有效 → in-force), or None."""
    m = re.search("|".join(STATUSES), label) if label else None
    return STATUSES[m.group()] if m else None


def changed_by_title(title: str) -> tuple[Change, str] | None:
    """关于修改〈X〉的决定, 关于修改〈X〉等N部法律的决定, 关于废止〈X〉的决定: ("amends" or "repeals", X)."""
    m = CHANGE_TITLE.match(title)
    if m is None:
        return None
    change: Change = "repeals" if m.group("verb") == "废止" else "amends"
    return change, unnest(m.group("inner"))


def repealed_in_text(before: str, norm: str, end: int) -> bool:
    """废止《X》 or 《X》同时废止: the item's document repeals X."""
    return bool(REPEALED_IN_TEXT.search(before) or REPEALED_AFTER.match(norm, end + 1))
