"""A social-media feed copied as text (a Weibo account's page): a profile header and its counts,
then posts, each ``#话题# 【headline】 text`` (emoji, a ``//@user:`` repost chain before the original,
``…展开全文``), a time-and-client line (``发布于 2022-06-07 09:30 来自 微博 weibo.com``) and a line of
interaction counts (``转发 12  评论 3  赞 20``). The chrome is no item; a post's text is read from
where its original words start, its days without a year taking the year of its time line."""

from __future__ import annotations

import re
from typing import NamedTuple

# 发布于 2022-06-07 09:30 来自 微博 weibo.com, 3月2日 10:15 来自 iPhone客户端, 今天 08:00 来自…: when and from where.
_STAMP_RE = re.compile(r"(?:发布于|发表于)?\s*(?:(?P<y>(?:19|20)\d{2})[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}日|\d{1,2}-\d{1,2}"
                       r"|今天|昨天|前天|刚刚|\d{1,2}\s*(?:分钟|小时)前)?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*来自\s*\S.{0,30}")
_COUNT = r"(?:转发|评论|赞|点赞|收藏|分享|阅读|浏览|在看|喜欢|微博|粉丝|关注)\s*(?:\d[\d.,]*\s*[万亿wWkK]?\+?)?"
_COUNTS_RE = re.compile(rf"(?:{_COUNT}[\s|·]*){{2,}}")  # 转发 7  评论 1  赞 15; 微博 2.1万  粉丝 8.6万
# 全部微博（1265）  原创  图片; 置顶; 正在加载中，请稍候...; 展开全文: the page's tabs, marks and loader.
_PAGE_RE = re.compile(r"全部(?:微博|动态|帖子)\s*(?:\(\s*\d+\s*\))?(?:\s+\S{1,4})*|置顶|正在加载中?.{0,12}|加载更多|(?:\.{3}|…)?\s*(?:展开全文|收起全文)")
_COUNT_FIRST = frozenset("转评赞点收分阅浏在喜微粉关")
# //@法治日报: a reposter's handle; the original post is the part after the last one.
_REPOST_RE = re.compile(r"//\s*@[^:：\s]{1,30}\s*[:：]")
_TOPIC_RE = re.compile(r"#[^#\n]{1,30}#")  # #电子劳动合同#
_HEADLINE_RE = re.compile(r"\[([^\[\]]{1,60})\]")  # 【…】, normalized to [ ]
_EMOJI = "\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff"
_PAD_RE = re.compile(rf"[\s{_EMOJI}]*")
_POINTERS = "👇👉⬇➡"  # 背景依据👇 …: a label pointing at what follows
_POINTING = str.maketrans(dict.fromkeys(_POINTERS, "："))

# 抽奖, 关注+转发, 抽3位粉丝送…, 开奖: a giveaway, the account's own promotion.
_GIVEAWAY_RE = re.compile(r"抽奖|开奖|转发抽|抽取?\s*\d+\s*(?:位|名)|粉丝福利")


class Stamp(NamedTuple):
    """A post's time line: the year it writes, if any."""

    year: int | None


class Post(NamedTuple):
    """A post's text on its line: where its original words start, after its topics and headline,
    and the headline (宁夏：电子劳动合同实现掌上签), which may name the place it tells of."""

    start: int
    headline: str | None


def stamp(norm: str) -> Stamp | None:
    """A post's time-and-client line, or None: it names its client (来自), as an article's date line
    (2022-06-07 09:30) never does."""
    if "来自" not in norm or (m := _STAMP_RE.fullmatch(norm)) is None:
        return None
    return Stamp(int(m.group("y")) if m.group("y") else None)


def chrome(norm: str) -> bool:
    """A feed's line (stripped, as the reader gives it) that is no content: a post's time line or
    counts, the profile's counts, the page's tabs, its 置顶 mark or its loader."""
    if not norm:
        return False
    if norm[0] in _COUNT_FIRST and _COUNTS_RE.fullmatch(norm):
        return True
    if norm[0] in "全置正加展收.…" and _PAGE_RE.fullmatch(norm):
        return True
    return stamp(norm) is not None


def post(norm: str) -> Post:
    """Where a post's original words start: after a repost chain (the reposters' comments, up to the
    last ``//@user:``), its #topics#, its 【headline】 and the emoji around them."""
    start, headline = 0, None
    if "//" in norm:
        for handle in _REPOST_RE.finditer(norm):
            start = handle.end()
    while True:
        start = _PAD_RE.match(norm, start).end()  # type: ignore[union-attr]
        if (topic := _TOPIC_RE.match(norm, start)) is not None:
            start = topic.end()
        elif headline is None and (lead := _HEADLINE_RE.match(norm, start)) is not None:
            start, headline = lead.end(), lead.group(1)
        else:
            return Post(start, headline)


def pointed(norm: str) -> str:
    """The post's text with its pointing emoji (背景依据👇 自2016年…) read as the colons they stand for,
    so that the clause after one may open an item; one character for one, so offsets stay."""
    return norm.translate(_POINTING) if any(ch in norm for ch in _POINTERS) else norm


def giveaway(norm: str) -> bool:
    """A post promoting the account (抽奖, 抽3位粉丝送…): no item, whatever day it names."""
    return _GIVEAWAY_RE.search(norm) is not None
