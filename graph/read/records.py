"""Structured sources (CSV, TSV, JSON, JSON Lines) to items that read like roundup entries, so
that a record and the equivalent roundup line give the same graph."""

from __future__ import annotations

import csv
import io
import json
import json.scanner
import re
from bisect import bisect_right
from typing import Any, cast

from graph.read.columns import closing, column_field, fields_of
from graph.read.decode import line_spans
from graph.read.detect.dates import value
from graph.read.detect.repeats import repeated
from graph.read.items import RawItem, Source


def read_records(source: Source, suffix: str) -> None:
    """Fill ``source.items`` from rows; every row that cannot be read is reported with its line, a
    totals row or an export's footer (合计, 导出时间：…) is the source's description."""
    if suffix in {".csv", ".tsv"}:
        rows = _table(source, "\t" if suffix == ".tsv" else ",")
    elif suffix == ".jsonl":
        rows = _json_lines(source)
    else:
        rows = _json(source)
    above: dict[str, str] | None = None
    for line, start, end, row in rows:
        if not isinstance(row, dict):
            source.problems.append((line, "record is not an object: skipped"))
            continue
        if isinstance(first := next(iter(row.values()), None), str) and closing(first):
            source.description.append(source.text[start:end])  # 合计, 导出时间：…: no record
            continue
        fields = above = repeated(fields_of(row), above)
        if item := record_item(source, line, start, end, fields):
            item.date = date_cell(fields.get("date"), source, line)
            source.items.append(item)
    if not rows and not source.problems:
        source.problems.append((1, "no records"))


Row = tuple[int, int, int, object]  # first line, start and end offsets in the source, the record


def _table(source: Source, delimiter: str) -> list[Row]:
    reader = csv.DictReader(io.StringIO(source.text, newline=""), delimiter=delimiter)
    spans = line_spans(source.text)
    out: list[Row] = []
    try:
        starts = [start for start, _ in spans]
        for row in reader:
            last = reader.line_num
            first = bisect_right(starts, out[-1][2]) + 1 if out else min(2, last)
            out.append((first, spans[first - 1][0], spans[last - 1][1], row))
    except csv.Error as err:
        source.problems.append((reader.line_num + 1, f"not readable as a table: {err}; rest skipped"))
    return out


def _json_lines(source: Source) -> list[Row]:
    out: list[Row] = []
    for number, (start, end) in enumerate(line_spans(source.text), 1):
        line = source.text[start:end]
        if not line.strip():
            continue
        try:
            out.append((number, start, end, json.loads(line)))
        except (ValueError, RecursionError) as err:
            source.problems.append((number, f"not valid JSON: {err}"))
    return out


def _json(source: Source) -> list[Row]:
    """The records of a JSON array, or of the array of records an envelope holds, with their lines."""
    try:
        data = _loads_with_lines(source.text)
    except (ValueError, RecursionError) as err:
        source.problems.append((getattr(err, "lineno", 1), f"not valid JSON: {err}"))
        return []
    rows = _records_in(data)
    return [(getattr(row, "line", 1), getattr(row, "start", 0), getattr(row, "end", 0), row) for row in rows]


def _records_in(data: object) -> list:
    """The records of a JSON document: the array itself, else the first array of objects found
    level by level inside an envelope (``{"data": {"total": 61, "list": [...]}}``), else the object
    as the one record: an object with a title or a text is one (its lists are a field's values:
    发文机关 ["甲", "乙"], 附件 [{…}])."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict) or any(column_field(key) in {"title", "text"} for key in data):
        return [data]
    level: list[dict] = [data]
    while level:
        values = [v for d in level for v in d.values()]
        found = next((v for v in values if isinstance(v, list) and v and all(isinstance(r, dict) for r in v)), None)
        if found is not None:
            return found
        level = [v for v in values if isinstance(v, dict)]
    return [data]


class _Located(dict):
    """A JSON object that knows the line it opens on."""

    line = 1
    start = 0
    end = 0


def _loads_with_lines(text: str) -> object:
    """``json.loads`` whose objects carry their line, so each record's problems can name it."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    decoder: Any = json.JSONDecoder()  # its parse_object and scan_once hooks are not in the typeshed stubs
    parse_object = decoder.parse_object

    def located(s_and_end, *args):
        obj, end = parse_object(s_and_end, *args)
        row = _Located(obj)
        row.line = bisect_right(starts, s_and_end[1] - 1)
        row.start, row.end = s_and_end[1] - 1, end
        return row, end

    decoder.parse_object = located
    decoder.scan_once = cast(Any, json.scanner).py_make_scanner(decoder)
    return decoder.decode(text)


def record_item(source: Source, line: int, start: int, end: int, fields: dict[str, str]) -> RawItem | None:
    """The item a record stands for (its date left to the caller), or None, reported, when it has no title and no text.
    A titled record whose text does not name it is one whole document: the text is its own (an
    excerpt, a summary), the titles in it are documents it names."""
    if not fields.get("title") and not fields.get("text"):
        source.problems.append((line, "record has no title and no text: nothing to read"))
        return None
    text = _compose(fields)
    return RawItem(file=source.name, line=line, start=start, end=end, text=text, fields=fields,
                   document=bool(fields.get("title")) and text != fields.get("text"))


def date_cell(text: str | None, source: Source, line: int) -> str | None:
    """ISO value of a date cell (2020-06-03, 2020/7/1, 2019年11月5日, 2020年5月); anything else is reported."""
    if not text:
        return None
    found = value(text)
    if found is None:
        source.problems.append((line, f"date {text!r} not understood"))
    return found


def _compose(fields: dict[str, str]) -> str:
    """``{agency}发布《{title}》（{number}）{text}``: the roundup sentence the record stands for."""
    text = fields.get("text", "")
    title = fields.get("title", "").strip("《》")
    if not title or f"《{title}》" in text:
        return text
    agency = fields.get("agency", "")
    number = fields.get("number", "")
    return f"{agency}{'发布' if agency else ''}《{title}》{f'（{number}）' if number else ''}{text}"
