"""Section headers: short lines with no sentence in them that group the items under them, by
level (国家层面, 一、地方政策, （一）), by period (一季度, 2022年) or by topic (电子劳动合同); and
labels in brackets naming a body or a place (【最高人民法院】, 【西安市】), each over one item."""

from __future__ import annotations

import re

from graph.gazetteer.agencies import central
from graph.gazetteer.regions import region_index
from graph.patterns.dates import DATE_RE
from graph.patterns.markers import ACTION_RE, BODY_END, MARKER_RE

_SENTENCE_PUNCT = re.compile(r"[。，,；;！!？?《]|[:：].")
_HEADER_MAX = 16
_WORD_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_VERB_RE = re.compile(r"印发|发布|出台|公布|召开|转发|通过|实施|施行")
_LABEL_RE = re.compile(r"^\s*\[\s*([\u4e00-\u9fff]{2,24})\s*\]\s*$")  # 【X】 as normalize writes it
_BODY_NAME_END = re.compile(rf"{BODY_END}$")


def header(norm: str) -> str | None:
    """The header's name (``国家层面`` of ``一、国家层面：``), or None when the line is content
    (a note in brackets, ``(部分节选)``, is not a header)."""
    if len(norm) > 2 * _HEADER_MAX:
        return None
    body = MARKER_RE.sub("", norm, count=1).strip().rstrip(":：")
    if not _WORD_RE.search(body) or (body.startswith("(") and body.endswith(")")) or len(body) > _HEADER_MAX or _SENTENCE_PUNCT.search(body) or DATE_RE.search(body):
        return None
    if _VERB_RE.search(body) or ACTION_RE.search(body):
        return None
    return body


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
    """A heading without its Markdown marks (## 一季度, **国家层面**)."""
    return text.strip("#*_ \u3000")
