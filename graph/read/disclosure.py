"""A government information disclosure page (政府信息公开) is one policy: its header table (索引号,
主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期) says what the document is, the full text below it
is the document, and the documents that text names are ones it cites."""

from __future__ import annotations

import re

from graph.read.items import Source
from graph.read.records import date_cell, record_item

LABELS = {"索引号": "index", "主题分类": "topic", "发文机关": "agency", "成文日期": "date", "标题": "title",
          "发文字号": "number", "发布日期": "published"}
LABEL = re.compile(r"^(" + "|".join(r"\s*".join(label) for label in LABELS) + r")\s*(?:[:：]\s*(.*))?$")
AGENCY_SPLIT = re.compile(r"\s*(?:[、，,；;/]|\s)\s*")
IDENTIFYING = {"agency", "date", "number", "published", "index"}


def header(lines: tuple[str, ...] | list[str]) -> dict[str, str] | None:
    """The header fields of a disclosure page (a value on the label's line or the next one), or None
    when the page has no such header: a title and at least two of the fields that identify a document."""
    found: dict[str, str] = {}
    for i, line in enumerate(lines):
        m = LABEL.match(line)
        if m is None:
            continue
        key = LABELS[re.sub(r"\s", "", m.group(1))]
        value = (m.group(2) or "").strip()
        if not value and i + 1 < len(lines) and not LABEL.match(lines[i + 1]):
            value = lines[i + 1].strip()
        if value and key not in found:
            found[key] = value
    if "title" in found and len(IDENTIFYING & found.keys()) >= 2:
        return found
    return None


def read_disclosure(source: Source, found: dict[str, str]) -> None:
    """One item for the page: the header's fields (joint issuers written apart are split) and the
    extracted text as the document's own, its span the whole text."""
    fields = {"title": found["title"], "number": found.get("number", ""), "text": source.text.strip(),
              "agency": "、".join(a for a in AGENCY_SPLIT.split(found.get("agency", "")) if a)}
    item = record_item(source, 1, 0, len(source.text), {k: v for k, v in fields.items() if v})
    if item is None:
        return
    item.document = True
    item.date = date_cell(found.get("date"), source, 1)
    if published := date_cell(found.get("published"), source, 1):
        item.fields["published"] = published
        source.date = published
    source.items.append(item)
