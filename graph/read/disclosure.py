"""A page that is one document, described by a labelled header block (a government disclosure page:
索引号, 发文机关, 成文日期, 标题, 发文字号, 发布日期; a law database's entry: its title, then 制定机关,
公布日期, 施行日期, 文号, 时效性 …): one policy, its fields from the block, its text the document's
own, the documents that text names ones it cites. Two more items may stand in its text: a document
it publishes (关于印发X的通知 … X's own heading, then X's text) and the session that adopted it
(《X》已于…由…会议通过). A page of several blocks (a compilation's entries, the notices a disclosure
page lists under 相关文件) gives one item a block, a notice read whole with what it publishes."""

from __future__ import annotations

import re

from graph.patterns.dates import DATE_RE
from graph.patterns.markers import ADOPTED_RE
from graph.read.detect import noise, titles
from graph.read.detect.labels import Block
from graph.read.items import RawItem, Source
from graph.read.marks import quoted_titles
from graph.read.records import date_cell, record_item
from graph.text import normalize

AGENCY_SPLIT = re.compile(r"\s*(?:[、，,；;/]|\s)\s*")
_SENTENCE = re.compile(r"[^。；;]*(?:[。；;]|$)")
_LINE_TITLE_MAX = 60
_OFFICE = re.compile(r"办公[室厅]|辦公[室廳]")
_ORDINAL = re.compile(r"\s*(?:[一二三四五六七八九十百]{1,4}|\d{1,3})\s*[、.．]?\s*")
_TITLE_LIST = re.compile(r"\s*(?:《[^《》]+》\s*[、，,和及与]?\s*)+")  # 《A》, 《A》《B》, 《A》、《B》


def read_disclosure(source: Source, found: Block, start: int = 0) -> None:
    """The page's items: the document of the block (from offset ``start``, its title line or the
    top of the text, to the end or to the heading of a document it publishes), that document, and
    the session that adopted it."""
    text = source.text
    own = found.fields["title"].strip().strip("《》")
    spans = _lines(text, start)
    published = _published(spans, text, own)
    end = published[0] if published else len(text)
    item = _document(source, found.fields, own, start, end)
    if item is None:
        return
    if session := _session(source, spans, end, item.line):
        source.items.append(session)
    if published:
        at, title = published
        fields = {**{k: v for k, v in found.fields.items() if k in {"agency", "date", "published"}}, "title": title}
        if inner := _document(source, fields, title, at, len(text)):
            inner.line = text.count("\n", 0, at) + 1


def read_entries(source: Source, found: list[Block], bounds: list[tuple[int, int]]) -> None:
    """A compilation of labelled entries (时间：/发布机构：/文件：/文号：/要点： a document), or the notices
    a disclosure page lists, each under its header block: one item per block, its text the block's
    lines and the notice's under them, up to the next block, a rule or the page's chrome; a 文件 value
    that is no 《title》 list (甲关于印发《乙》的通知) is the entry's own title, the titles inside it what
    it publishes. A notice with no heading is known by its header and its text alone."""
    for n, b in enumerate(found):
        start = bounds[b.first][0]
        end = _entry_end(source.text, bounds, b.last, found[n + 1].first if n + 1 < len(found) else len(bounds))
        line = source.text.count("\n", 0, start) + 1
        fields = {k: b.fields[k] for k in ("title", "agency", "number") if b.fields.get(k)}
        title = fields.get("title")
        if "agency" in fields:
            fields["agency"] = _office(title or "", "、".join(a for a in AGENCY_SPLIT.split(fields["agency"]) if a))
        item = RawItem(file=source.name, line=line, start=start, end=end, text=source.text[start:end], fields=fields,
                       document=title is not None and not _TITLE_LIST.fullmatch(quoted_titles(normalize(title))))
        item.date = date_cell(b.fields.get("date") or b.fields.get("published"), source, line)
        source.items.append(item)


def _entry_end(text: str, bounds: list[tuple[int, int]], last: int, next_first: int) -> int:
    """Where an entry whose block ends on line ``last`` ends: before the next block (line
    ``next_first``), or before a rule (────) or the page's chrome (【打印本页】) closing it first; a
    line that only numbers the next entry (二) is not its own."""
    end = bounds[last][1]
    for a, b in bounds[last + 1:next_first]:
        norm = normalize(text[a:b])
        if noise.separator(norm) or noise.chrome(norm):
            break
        if norm.strip() and not _ORDINAL.fullmatch(norm):
            end = b
    return end


def _document(source: Source, block: dict[str, str], title: str, start: int, end: int) -> RawItem | None:
    text = source.text
    while end > start and text[end - 1].isspace():
        end -= 1
    fields = {"title": title, "number": block.get("number", ""), "text": text[start:end].strip(),
              "agency": _office(title, "、".join(a for a in AGENCY_SPLIT.split(block.get("agency", "")) if a)),
              "in_force": block.get("in_force", ""), "status": block.get("status", "")}
    line = text.count("\n", 0, start) + 1
    item = record_item(source, line, start, end, {k: v for k, v in fields.items() if v})
    if item is None:
        return None
    item.document = True
    published = date_cell(block.get("published"), source, line)
    item.date = date_cell(block.get("date"), source, line) or published
    if published:
        item.fields["published"] = published
        source.date = source.date or published
    if item.fields.get("in_force"):
        item.fields["in_force"] = date_cell(item.fields["in_force"], source, line) or ""
    source.items.append(item)
    return item


def _office(title: str, agency: str) -> str:
    """A header naming the government (发布机构 白水县人民政府) of a title its general office opens
    (白水县人民政府办公室转发…): the office issues it."""
    m = _OFFICE.match(title[len(agency):]) if agency and title.startswith(agency) else None
    return agency + m.group() if m else agency


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of ``text`` from ``start`` on."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:]):
        a, b = start + m.start(), start + m.end()
        if text[a:b].strip():
            out.append((a, b))
    return out


def _published(spans: list[tuple[int, int]], text: str, own: str) -> tuple[int, str] | None:
    """Where the text of a document the page's document publishes begins: a line that is only the
    title of a document its text named before in 《》 (关于印发X的通知 … 现将《X》印发给你们 … X)."""
    named: set[str] = set()
    for a, b in spans:
        norm = quoted_titles(normalize(text[a:b]))
        line = norm.strip().strip("《》")
        if line in named and line != own and len(line) <= _LINE_TITLE_MAX:
            return a + len(text[a:b]) - len(text[a:b].lstrip()), text[a:b].strip().strip("《》")
        named.update(t for t in titles.named(norm) if t != normalize(own))
    return None


def _session(source: Source, spans: list[tuple[int, int]], end: int, line: int) -> RawItem | None:
    """The first sentence of the document's text saying that a session adopted it on a day
    (已于2021年5月18日由…会议通过, 已由…会议于…通过): a meeting; later ones repeat it."""
    text = source.text
    for a, b in spans:
        if a >= end:
            break
        norm = normalize(text[a:b])
        for s in _SENTENCE.finditer(norm):
            m = ADOPTED_RE.search(norm, s.start(), s.end())
            day = DATE_RE.search(norm, m.start(), m.end()) if m else None
            if day is None:
                continue
            lo, hi = a + s.start(), a + s.end()
            while lo < hi and text[lo].isspace():
                lo += 1
            date = date_cell(day.group(), source, line)
            return RawItem(file=source.name, line=text.count("\n", 0, a) + 1, start=lo, end=hi,
                           text=text[lo:hi], date=date)
    return None
