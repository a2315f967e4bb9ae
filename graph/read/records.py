"""Structured sources (CSV, TSV, JSON, JSON Lines) to items that read like roundup entries, so
that a record and the equivalent roundup line give the same graph."""

from __future__ import annotations

import csv
import io
import json

from graph.read.items import RawItem, Source

ALIASES = {
    "date": ("date", "日期", "发布日期", "发文日期", "时间", "issued"),
    "title": ("title", "标题", "名称", "文件名称", "政策名称", "name"),
    "agency": ("agency", "issuer", "发文机关", "发布机构", "机构", "部门", "publisher", "agencies"),
    "region": ("region", "地区", "区域", "省份", "jurisdiction"),
    "text": ("text", "内容", "摘要", "正文", "description", "summary", "content"),
}


def read_records(source: Source, suffix: str) -> None:
    """Fill ``source.items`` from rows; a row with neither title nor text is reported."""
    if suffix in {".csv", ".tsv"}:
        rows = _table(source.text, "\t" if suffix == ".tsv" else ",")
    else:
        try:
            rows = _json(source.text, suffix)
        except ValueError as err:
            source.problems.append((getattr(err, "lineno", 1), f"not valid JSON: {err}"))
            return
    for line, row in rows:
        if not isinstance(row, dict):
            source.problems.append((line, "record is not an object: skipped"))
            continue
        fields = _fields(row)
        if not fields.get("title") and not fields.get("text"):
            source.problems.append((line, "record has no title and no text: nothing to read"))
            continue
        source.items.append(RawItem(file=source.name, line=line, start=0, end=0, text=_compose(fields),
                                    date=None, fields=fields))


def _table(text: str, delimiter: str) -> list[tuple[int, dict]]:
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    out = []
    for row in reader:
        out.append((reader.line_num, row))
    return out


def _json(text: str, suffix: str) -> list[tuple[int, object]]:
    if suffix == ".jsonl":
        return [(n, json.loads(line)) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    data = json.loads(text)
    if isinstance(data, dict):
        data = next((v for v in data.values() if isinstance(v, list)), [data])
    return list(enumerate(data, 1)) if isinstance(data, list) else [(1, data)]


def _fields(row: dict) -> dict[str, str]:
    lowered = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    out = {}
    for field, names in ALIASES.items():
        for name in names:
            value = lowered.get(name)
            if isinstance(value, list):
                value = "、".join(map(str, value))
            if value not in (None, ""):
                out[field] = str(value).strip()
                break
    return out


def _compose(fields: dict[str, str]) -> str:
    """``{agency}发布《{title}》{text}``: the roundup sentence the record stands for."""
    text = fields.get("text", "")
    title = fields.get("title", "").strip("《》")
    if not title or f"《{title}》" in text:
        return text
    agency = fields.get("agency", "")
    return f"{agency}{'发布' if agency else ''}《{title}》{text}"
