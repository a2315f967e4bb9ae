"""The one table of column names: what a table header, a CSV/TSV column or a JSON key is called
(日期, 发文机关, 文件名称 …) → the field it holds. Tables pasted as text and structured records
both read their fields through it."""

from __future__ import annotations

import re

from graph.text import normalize_name

# field → the names a source gives it (matched on the Simplified, lower-cased, space-free name).
# ``published`` (发布日期, 公布日期) is the publication date: a record without a ``date`` of its own
# (成文日期, 印发日期 …) is dated by it (``dated``). The last six fields are the labels of a page's
# header block (索引号, 施行日期, 时效性 …, ``graph.read.detect.labels``); a table keeps them too.
ALIASES: dict[str, tuple[str, ...]] = {
    "date": ("date", "日期", "成文日期", "发文日期", "印发日期", "出台日期", "时间", "印发时间", "出台时间", "issued"),
    "published": ("发布日期", "公布日期", "发布时间", "公布时间", "published"),
    "title": ("title", "标题", "名称", "文件名称", "政策名称", "文件标题", "政策标题", "文件", "政策", "法规名称", "name"),
    "agency": ("agency", "issuer", "发文机关", "发布机构", "发布单位", "发文单位", "印发单位", "印发机关", "发布机关", "制定机关",
               "发文部门", "发布部门", "机构", "部门", "单位", "publisher", "agencies"),
    "region": ("region", "地区", "区域", "省份", "jurisdiction"),
    "number": ("number", "文号", "发文字号", "发文文号", "document_number"),
    "text": ("text", "内容", "摘要", "摘录", "条文摘录", "内容摘录", "条款摘录", "要点", "主要内容", "简介", "正文", "备注", "说明", "核心内容", "description", "summary",
             "content"),
    "ordinal": ("序号", "编号", "no", "no.", "#"),
    "in_force": ("施行日期", "实施日期", "生效日期", "施行时间", "实施时间"),
    "index": ("索引号",),
    "topic": ("主题分类", "分类", "主题类别", "法规类别", "主题词", "类别"),
    "level": ("效力级别", "效力等级", "法律效力位阶"),
    "status": ("时效性", "效力状态", "时效"),
}
FIELD_OF: dict[str, str] = {name: field for field, names in ALIASES.items() for name in names}


def column_field(name: object) -> str | None:
    """The field a column name stands for, or None (an unknown column)."""
    key = "".join(normalize_name(str(name)).split()).lower().strip(":：")
    return FIELD_OF.get(key)


_NO_VALUE = re.compile(r"\s*(?:[-—–―─/／\\]+|无|暂无|空|n/?a|none|null)?\s*", re.I)


def no_value(value: str) -> bool:
    """A cell that says it is empty (—, -, /, 无, 暂无, N/A) or is: no value, never a 文号 of ``—``."""
    return _NO_VALUE.fullmatch(value) is not None


def fields_of(row: dict) -> dict[str, str]:
    """The known fields of a record, whatever its keys are called (date/日期, agency/发文机关 …);
    the first non-empty column wins when two map to one field. ``ordinal`` is dropped."""
    out: dict[str, str] = {}
    for key, value in row.items():
        field = column_field(key) if key is not None else None
        if field is None or field == "ordinal" or field in out:
            continue
        if isinstance(value, list):
            value = "、".join(map(str, value))
        if value is not None and not no_value(str(value)):
            out[field] = str(value).strip()
    return dated(out)


def dated(fields: dict[str, str]) -> dict[str, str]:
    """A record with a publication date (发布日期) and no date of its own is dated by it: the
    publication date is then no date apart from the document's, and is not kept twice."""
    if "date" not in fields and "published" in fields:
        fields["date"] = fields.pop("published")
    return fields
