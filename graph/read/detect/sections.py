"""Section headers: short lines with no sentence in them that group the items under them, by
level (国家层面, 一、地方政策, （一）), by period (一季度, 2022年), by topic (电子劳动合同) or, numbered,
by place and what it did (一、甲市：搭建平台、免费使用); and labels in brackets naming a body or a place
(【最高人民法院】, 【西安市】), each over one item."""

from __future__ import annotations

import re

from graph.gazetteer.agencies import central
from graph.gazetteer.regions import region_index
from graph.patterns.dates import DATE_RE
from graph.patterns.markers import ACTION_RE, BODY_END, MARKER_RE
from graph.read.links import shown
from graph.text import normalize_name

_SENTENCE_PUNCT = re.compile(r"[。，,；;！!？?《]|[:：].")
_HEADER_MAX = 16
_WORD_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_VERB_RE = re.compile(r"印发|发布|出台|公布|召开|转发|通过|实施|施行")
# 一、甲市：搭建平台、免费使用 / 二、电子证照与电子签章的跨区域互认: a header numbered 一、 may be longer
# than a bare one and name its place or topic before a colon; a sentence still has its punctuation.
_NUMBERED_PUNCT = re.compile(r"[。，,；;！!？?《]")
_ALONE_PUNCT = re.compile(r"[。；;！!？?《]")
_CN_MARKER = re.compile(r"[一二三四五六七八九十]")
_TOPIC = re.compile(r"^[^:：]{1,8}[:：](?=[^:：]+$)")
_LABEL_RE = re.compile(r"^\s*\[\s*([\u4e00-\u9fff]{2,24})\s*\]\s*$")  # 【X】 as normalize writes it
_BODY_NAME_END = re.compile(rf"{BODY_END}$")
_PLACE_LABEL = re.compile(r"([\u4e00-\u9fff]{2,12})\s*[:：]\s*(?=\S)")


_TRANSLATION = re.compile(r"\s*[|｜]\s*[A-Za-z(][^\u4e00-\u9fff]*$")  # the header's own words translated after a bar
# ### 1.2 / #### 1.2.1 after a Markdown heading's marks: an outline's number, no part of its name.
_OUTLINE = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s+|\d{1,2}\.\s+")
# 专题(2018年): the year of the items under a header, given aside; not counted against its length.
_YEAR_ASIDE = re.compile(r"\s*\(\s*(?:19|20)\d{2}\s*年?\s*\)$")


def header(norm: str, alone: bool = False) -> str | None:
    """The header's name (``国家层面`` of ``一、国家层面：``), or None when the line is content
    (a note in brackets, ``(部分节选)``, is not a header). A numbered header standing ``alone`` as its
    paragraph may hold a comma (一、聚焦平台建设，电子合同推广取得突破), as a report's section heads do."""
    if "|" in norm or "｜" in norm:
        norm = _TRANSLATION.sub("", norm)  # 一、电子劳动合同 ｜ II. Electronic Labour Contracts: a bilingual header
    if len(norm) > 2 * _HEADER_MAX:
        return None
    marker = MARKER_RE.match(norm)
    body = norm[marker.end() if marker else 0:].strip().rstrip(":：")
    if body[:1].isdigit() and marker and "#" in marker.group() and (outline := _OUTLINE.match(body)):
        body = body[outline.end():]
    if body.endswith(")"):
        body = _YEAR_ASIDE.sub("", body) or body
    if not _WORD_RE.search(body) or (body.startswith("(") and body.endswith(")")) or DATE_RE.search(body):
        return None
    if marker and _CN_MARKER.search(marker.group()) and not _plain_header(body):
        if (_ALONE_PUNCT if alone else _NUMBERED_PUNCT).search(_TOPIC.sub("", body)):
            return None
    elif not _plain_header(body):
        return None
    acts = body.replace("发布会", "")  # 会议与发布会: the noun names events, no issuing
    if _VERB_RE.search(acts) or ACTION_RE.search(acts):
        return None
    return body


def _plain_header(body: str) -> bool:
    """Short enough for a header of any kind, and no sentence in it."""
    return len(body) <= _HEADER_MAX and _SENTENCE_PUNCT.search(body) is None


def place(name: str) -> str | None:
    """The place a header names first, before its colon (淄博 of 淄博：搭建平台, 浙江省 of 浙江省), where
    its items are; None when that is no region's name (起草背景, 国家层面)."""
    m = _TOPIC.match(name)
    word = (m.group()[:-1] if m else name).strip().strip("【】[]")  # 【浙江】: a label's place
    return word if region_index().named(normalize_name(word)) is not None else None


_MORE_PLACES = re.compile(r"\s*(?:[、,，/和与及暨]|等地)")
_COUNTRY = "100000"


def heading_place(heading: str) -> str | None:
    """The region a document's heading opens with (上海 of 上海“一网通办”大事记, 甲市 of 甲市电子证照政策汇编):
    the place its text is about, of the bodies it names without their region (市政府办公厅); None for a
    heading that opens with no region, with the country, or with several places (甲省、乙省…)."""
    name = normalize_name(heading).strip()
    at = region_index().match_at(name, 0)  # a city's short name (中山, 大连) may open an institution's name
    if at is None or at[0] == _COUNTRY or _MORE_PLACES.match(name, at[1]):
        return None
    return name[:at[1]]


def place_label(norm: str) -> tuple[str, int] | None:
    """A region's name and a colon opening an entry's line (江苏：4月9日起，…, ▶ 西安市：2022年8月…): the
    place of the entry (and of those after it, up to the next header), and where the entry's own words
    start; None when the words before the colon name no region (答：, 负责人：, 要点：)."""
    marker = MARKER_RE.match(norm)
    m = _PLACE_LABEL.match(norm, marker.end() if marker else 0)
    if m is None or region_index().named(normalize_name(m.group(1))) is None:
        return None
    return m.group(1), m.end()


def label(norm: str) -> bool:
    """A line that is one bracketed label naming a body or a place (【最高人民法院】, 【深圳市】,
    【甲市数据局】): a digest's heading over the one item that follows, unlike 【编者按】 or
    【打印本页】. A place is a region's whole name; a body a central one's name, or a name that opens
    with a region and ends as a body's does."""
    m = _LABEL_RE.match(norm)
    if m is None:
        return False
    name, regions = m.group(1), region_index()
    at = regions.match_at(name)
    if at is not None and at[1] == len(name):
        return True
    return _BODY_NAME_END.search(name) is not None and (name in central()[1] or at is not None)


def plain(text: str) -> str:
    """A heading without its Markdown marks (## 一季度, **国家层面**, a badge or a link's address) or the
    translation after its bar (电子劳动合同 ｜ Electronic Labour Contracts)."""
    text = shown(text)
    return (_TRANSLATION.sub("", text) if "|" in text or "｜" in text else text).strip("#*_ \u3000")


_NUMERALS = re.compile(r"[一二三四五六七八九十百]+|\d+")


def outline_style(norm: str) -> str | None:
    """How a line's number is written, the numerals left out (``、`` of 二、, ``()`` of (三), ``.`` of 4.): a
    line numbered as a header already read was is its sibling, a header too, even when its words end as a
    title's do (二、规则与司法解释 after 一、裁判文书节选); None for a line with no number."""
    marker = MARKER_RE.match(norm)
    if marker is None or marker.group("num") is None:
        return None
    style = _NUMERALS.sub("", marker.group().strip())
    return ("一" if _CN_MARKER.search(marker.group()) else "1") + style


# 下一步工作, 2023年工作计划, 存在的问题, 困难和不足: a report's own plans and problems, told in its voice.
_OUTLOOK = re.compile(r"^(?:\d{4}年)?(?:下一步|工作计划|工作打算|下步|今后|未来)|存在的(?:主要)?问题|问题(?:和|与)不足|困难(?:和|与)问题"
                      r"|(?:工作|下一步)(?:计划|打算|安排|思路)$")


def outlook(name: str) -> bool:
    """A section of a report's own plans or problems (三、下一步工作计划, 二、存在的问题): what its lines
    say the writer will do or lacks is no item, unless a line issues a document."""
    return _OUTLOOK.search(name) is not None
