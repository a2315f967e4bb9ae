"""The body a page is written by, named by its heading (甲市某局2021年工作总结): its text calls it 我局
or 本局, and its region 我市, so the items it reports of itself are its own activities in that region.
A government's portal (甲省人民政府门户网站) publishes for its region: a body its pages name without one
(省政府办公厅) is of that region."""

from __future__ import annotations

import re

from graph.gazetteer.regions import region_index
from graph.patterns.markers import BODY_END, OWN_BODY_RE

# 甲市某局2021年工作总结, 甲省某厅上半年工作报告, 甲市某局工作要点: a body's name, then the period and kind of
# the report it writes of its own work.
_WRITER_RE = re.compile(
    rf"^\s*([\u4e00-\u9fff]{{2,30}}?{BODY_END})"
    r"(?=\s*(?:(?:(?:19|20)\d{2}\s*年度?|上半年|下半年)[\u4e00-\u9fff]{0,12}|工作)(?:总结|报告|要点|计划)\s*$)")


def writer(heading: str) -> tuple[str, str] | None:
    """The body a report's heading names as its writer, and its region's name as written (淄博市 of
    淄博市某局2021年工作总结); None for a heading that is no body's report of its own work, or whose body
    names no region."""
    m = _WRITER_RE.match(heading)
    if m is None:
        return None
    body = m.group(1)
    at = region_index().match_at(body, 0)
    return (body, body[:at[1]]) if at is not None and at[1] < len(body) else None


def by_writer(body: str) -> bool:
    """The clause opens with the writer naming itself (我局, 本厅): the writer acts."""
    return OWN_BODY_RE.match(body) is not None


# 甲省人民政府门户网站, 乙市人民政府网, 丙县政府网: a government's own site.
_PORTAL_RE = re.compile(r"^\s*([\u4e00-\u9fff]{2,20}?)(?:人民政府|政府)(?:门户网站|门户网|网站|网|门户)?\s*$")


def portal_place(site: str) -> str | None:
    """The region a government portal's name names (甲省 of 甲省人民政府门户网站); None for any other site
    (a vendor's, a newspaper's, 中国政府网: the country's bodies need no region)."""
    m = _PORTAL_RE.match(site)
    if m is None:
        return None
    at = region_index().match_at(m.group(1), 0)
    return m.group(1) if at is not None and at[1] == len(m.group(1)) else None
