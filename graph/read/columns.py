"""The one table of column names: what a table header, a CSV/TSV column or a JSON key is called
(日期, 发文机关, 文件名称 …) → the field it holds. Tables pasted as text and structured records
both read their fields through it."""

from __future__ import annotations

import re

from graph.patterns.dates import epoch_day, serial_day
from graph.patterns.markers import DOC_NUMBER
from graph.read.markup import has_markup, markup_text
from graph.text import normalize_name

# field → the names a source gives it (matched on the Simplified, lower-cased, space-free name).
# ``published`` (发布日期, 公布日期) is the publication date: a record without a ``date`` of its own
# (成文日期, 印发日期 …) is dated by it (``dated``). The last six fields are the labels of a page's
# header block (索引号, 施行日期, 时效性 …, ``graph.read.detect.labels``); a table keeps them too.
# An office system's register names its columns as received documents (公文标题, 来文单位, 签发日期, 公文编号);
# its ``access`` column (密级: 公开/内部) is known only so that the header is, and never read. A
# timeline's 事件 cell is the item's text, its 时间 cell the date.
# The Latin names are the pinyin initials government open-data portals key their exports by (wjmc
# 文件名称, fbjg 发布机构, fwzh 发文字号, cwrq 成文日期, fbrq 发布日期, sxrq 生效/施行日期, yxx 有效性, zy 摘要 …).
ALIASES: dict[str, tuple[str, ...]] = {
    "date": ("date", "日期", "成文日期", "发文日期", "印发日期", "出台日期", "时间", "印发时间", "出台时间", "签发日期", "签发时间", "issued",
             "cwrq", "fwrq", "yfrq"),
    "published": ("发布日期", "公布日期", "发布时间", "公布时间", "published", "fbrq", "fbsj", "gbrq", "gbsj"),
    "title": ("title", "标题", "名称", "文件名称", "政策名称", "文件标题", "政策标题", "文件", "政策", "法规名称", "公文标题", "公文名称", "来文标题", "name",
              "wjmc", "wjbt", "zcmc", "fgmc", "bt"),
    "agency": ("agency", "issuer", "发文机关", "发布机构", "发布单位", "发文单位", "印发单位", "印发机关", "发布机关", "制定机关",
               "发文部门", "发布部门", "机构", "部门", "单位", "来文单位", "来文机关", "签发单位", "签发机关", "publisher",
               "agencies",
               "fbjg", "fwjg", "fwdw", "fbdw", "fbbm", "fwbm", "zdjg"),
    "region": ("region", "地区", "区域", "省份", "行政区划", "jurisdiction", "xzqh", "dq"),
    "number": ("number", "文号", "发文字号", "发文文号", "公文编号", "来文字号", "来文文号", "document_number", "fwzh", "fwwh", "wh"),
    "text": ("text", "内容", "摘要", "摘录", "条文摘录", "内容摘录", "条款摘录", "要点", "主要内容", "简介", "正文", "备注", "说明",
             "核心内容", "事件", "description", "summary", "content", "zy", "nr", "zynr", "zw", "jj"),
    "ordinal": ("序号", "编号", "no", "no.", "#", "xh"),
    "access": ("密级", "保密级别", "公开属性", "mj"),
    "in_force": ("施行日期", "实施日期", "生效日期", "施行时间", "实施时间", "sxrq", "ssrq"),
    "index": ("索引号", "信息索引号", "syh", "xxsyh"),
    "topic": ("主题分类", "分类", "主题类别", "法规类别", "主题词", "类别", "ztfl", "fl", "lb"),
    "level": ("效力级别", "效力等级", "法律效力位阶", "xljb"),
    "status": ("时效性", "效力状态", "时效", "有效性", "yxx", "sxx", "xlzt"),
}
FIELD_OF: dict[str, str] = {name: field for field, names in ALIASES.items() for name in names}
UNREAD = frozenset({"ordinal", "access"})  # fields a row names but no item holds


def column_field(name: object) -> str | None:
    """The field a column name stands for, or None (an unknown column)."""
    key = "".join(normalize_name(str(name)).split()).lower().strip(":：")
    return FIELD_OF.get(key)


_NO_VALUE = re.compile(r"\s*(?:[-—–―─/／\\]+|无|暂无|空|n/?a|none|null)?\s*", re.I)


def no_value(value: str) -> bool:
    """A cell that says it is empty (—, -, /, 无, 暂无, N/A) or is: no value, never a 文号 of ``—``."""
    return _NO_VALUE.fullmatch(value) is not None


def fields_of(row: dict) -> dict[str, str]:
    """The known fields of a record, whatever its keys are called (date/日期, agency/发文机关, fbjg …);
    the first non-empty column wins when two map to one field. The ``UNREAD`` ones are dropped. Values are read
    as an export writes them: HTML fragments as their text, epoch timestamps and spreadsheet serial
    numbers as days, several bodies apart by ``;``."""
    out: dict[str, str] = {}
    for key, value in row.items():
        field = column_field(key) if key is not None else None
        if field is None or field in UNREAD or field in out:
            continue
        if isinstance(value, list):
            value = "、".join(map(str, value))
        if value is not None and not no_value(text := str(value)):
            out[field] = _cell(field, text)
    return dated(numbered(out))


DATES = frozenset({"date", "published", "in_force"})  # the fields that hold a day
_BODIES_APART = re.compile(r"\s*[;；]\s*")


def _cell(field: str, text: str) -> str:
    """A record's value as a roundup would write it."""
    if has_markup(text):
        text = markup_text(text)
    text = text.strip()
    if field in DATES:
        return as_day(text)
    if field == "agency":
        return "、".join(part for part in _BODIES_APART.split(text) if part)
    return text


def as_day(text: str) -> str:
    """A date cell as a roundup would write it: an epoch timestamp or a spreadsheet's serial number
    (44098) as its ISO day, anything else as it is."""
    return epoch_day(text) or serial_day(text) or text


# 合计 / 总计：9件 (a totals row), 导出时间：2024/5/6 / 制表人：… (an export's footer): a row's first cell
# so is the table's tally or the export's particulars, never an item.
_CLOSING = re.compile(r"\s*(?:(?:合计|总计|小计|共计|累计)(?:\s*[:：].*)?|(?:导出|打印|制表|生成|统计|填报|下载)(?:时间|日期|人|者|单位)\s*[:：].*)",
                      re.S)


def closing(first: str) -> bool:
    """The first cell of a row that closes a table (合计, 导出时间：…, in any script): the row is no item."""
    return _CLOSING.fullmatch(normalize_name(first)) is not None


_TITLE_NUMBER = re.compile(rf"(?P<title>.+?)(?:\s*\(\s*(?P<inner>{DOC_NUMBER.pattern})\s*\)|\s+(?P<apart>{DOC_NUMBER.pattern}))\s*")


def numbered(fields: dict[str, str]) -> dict[str, str]:
    """A title cell that ends with the document's number (``甲省…办法 甲政办〔2020〕1号``, ``…规定（甲令第5号）``,
    two lines of one cell) gives it to the number field when that is empty."""
    title = fields.get("title")
    if not title or "number" in fields or "号" not in title:
        return fields
    norm = normalize_name(title)
    m = _TITLE_NUMBER.fullmatch(norm)
    if m and len(norm) == len(title):
        number = "inner" if m.group("inner") else "apart"
        fields["title"], fields["number"] = title[:m.end("title")], title[m.start(number):m.end(number)]
    return fields


def dated(fields: dict[str, str]) -> dict[str, str]:
    """A record with a publication date (发布日期) and no date of its own is dated by it: the
    publication date is then no date apart from the document's, and is not kept twice."""
    if "date" not in fields and "published" in fields:
        fields["date"] = fields.pop("published")
    return fields
