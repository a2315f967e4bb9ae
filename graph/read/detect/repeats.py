"""同上 ("same as above"): a directory entry's remark, or a table's cell, that repeats what the entry
above wrote instead of writing it again."""

from __future__ import annotations

import re

from graph.patterns.dates import DATE_RE
from graph.patterns.markers import DOC_NUMBER

_SAME = re.compile(r"\s*同(?:上|前)\s*[。.]?\s*")  # a cell or a remark's part that is only 同上
# （同上）, （同上，2022年9月1日）: a remark closing the entry whose bodies are the entry above's.
_SAME_REMARK = re.compile(r"\(\s*同(?:上|前)\s*(?:[，,;；][^()]*)?\)\s*[。.]?\s*$")
_REMARK = re.compile(r"\(([^()]*)\)\s*[。.]?\s*$")  # the remark in brackets an entry closes with
_PART_END = re.compile(r"[，,;；]")
# What the part ends with when it names bodies: a body's name (甲市数据局), perhaps its order's number (乙局令第5号).
_BODIES_END = re.compile(r"[\u4e00-\u9fff]{2,}(?:[局厅部委办府院会署行司处室]|中心)(?:令\s*第\s*\d+\s*号)?$")


def same_remark(norm: str) -> bool:
    """The entry closes with a remark that says 同上: its bodies, and its date unless the remark
    writes one, are the entry above's."""
    return "同" in norm and _SAME_REMARK.search(norm) is not None


def remark_bodies(norm: str) -> str | None:
    """The bodies the remark closing an entry opens with (甲市人民政府办公厅 of （甲市人民政府办公厅，
    2022年8月23日）), or None when its first part is a date, a number or no body (（试行）)."""
    m = _REMARK.search(norm)
    if m is None:
        return None
    part = _PART_END.split(m.group(1), maxsplit=1)[0].strip()
    if DATE_RE.match(part) or DOC_NUMBER.match(part) or not _BODIES_END.search(part):
        return None
    return part


REPEATED = ("date", "published", "agency", "region", "in_force")  # the cells a row may repeat from the row above


def repeated(fields: dict[str, str], above: dict[str, str] | None) -> dict[str, str]:
    """A record whose issuer, date or region cell says 同上 takes the value of the record above it;
    a cell with nothing above to repeat is left empty."""
    for name in REPEATED:
        if name in fields and _SAME.fullmatch(fields[name]):
            if above and name in above:
                fields[name] = above[name]
            else:
                del fields[name]
    return fields
