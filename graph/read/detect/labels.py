"""Labelled header blocks: the lines on top of a disclosure page or a law database's entry that say
what the document is (标题, 发文机关/制定机关, 成文日期, 公布日期, 施行日期, 文号, 索引号, 时效性 …),
a value on its label's line (``标题：…``, several pairs a line) or on the next line. The labels are
the column names of ``graph.read.columns``: one table for tables, records and header blocks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from graph.patterns.dates import DATE
from graph.patterns.markers import BODY_END, DOC_NUMBER, MARKER_RE
from graph.read.columns import ALIASES, no_value
from graph.read.detect import noise, notices, titles
from graph.read.detect.dates import DATE_LINE_RE
from graph.read.marks import quoted_titles
from graph.text import normalize

HEADER_FIELDS = ("title", "agency", "date", "published", "in_force", "number", "index", "topic", "level", "status", "text")
IDENTIFYING = frozenset({"agency", "date", "published", "in_force", "number", "index"})
"""A block says which document it is with at least two of these (a title and 作者 alone are a byline)."""
_CJK = re.compile(r"[\u4e00-\u9fff]")
# What else a disclosure page's header says about its page, not its document (来    源：甲市政府网, 归档时间：…):
# labels of the block, their values kept apart from the document's fields.
PAGE_LABELS = ("来源", "信息来源", "归档时间", "归档日期", "生成日期", "公开方式", "公开范围", "公开时限", "组配分类", "体裁分类",
               "服务对象", "关键词")
_FIELD_OF = {name: field for field in HEADER_FIELDS for name in ALIASES[field] if _CJK.search(name)} | {
    name: "page" for name in PAGE_LABELS}
_NAMES = "|".join(r"\s*".join(map(re.escape, name)) for name in sorted(_FIELD_OF, key=len, reverse=True))
_LABEL_ALONE = re.compile(rf"^\s*[\[【]?\s*(?P<label>{_NAMES})\s*[\]】]?\s*[:：]?\s*$")
_PAIR = re.compile(rf"(?:^|(?<=[\s|]))[\[【]?\s*(?P<label>{_NAMES})\s*[\]】]?\s*(?:[:：]|\s(?=\s*\S))")
_TITLE_MAX = 80
_SENTENCE = re.compile(r"[。；;！!？?]|[，,].*[，,]")
_APART = " \t|｜\u3000"  # what stands between two pairs of a line (文号：…｜成文日期：…), no part of a value


class Block(NamedTuple):
    """The fields a header block gives, and the indexes of its first and last lines."""

    fields: dict[str, str]
    first: int
    last: int


def field_of(label: str) -> str:
    return _FIELD_OF[re.sub(r"\s", "", label)]


def pairs(line: str) -> list[tuple[str, str]] | None:
    """``发文机关：国务院办公厅  成文日期：2022年01月20日`` (or without the colons, a label and its
    value apart by a space) → [(agency, 国务院办公厅), (date, …)]; ``制定机关`` alone → [(agency, "")],
    its value on the next line; None for a line that is no label.
    Labels are matched in any script (發文機關), values kept as written."""
    norm = normalize(line)
    if m := _LABEL_ALONE.match(norm):
        return [(field_of(m.group("label")), "")]
    found = list(_PAIR.finditer(norm))
    if not found or found[0].start() != len(norm) - len(norm.lstrip()):
        return None
    ends = [m.start() for m in found[1:]] + [len(norm)]
    return [(field_of(m.group("label")), line[m.end():end].strip(_APART)) for m, end in zip(found, ends)]


def block(lines: Sequence[str], title_above: bool = False, start: int = 0, untitled: bool = False) -> Block | None:
    """The first header block of ``lines[start:]`` (blank lines skipped) that names a document:
    a title (its 标题 label, with ``title_above`` the short line right above the block, else the
    document's own heading right under it) and two identifying fields; with ``untitled`` the two
    fields are enough (a notice the page gives no heading). None when there is none."""
    i = start
    while i < len(lines):
        if pairs(lines[i]) is None:
            i += 1
            continue
        fields, last = _read(lines, i)
        if "title" not in fields and title_above and (above := _title_above(lines, i, start)) is not None:
            fields["title"] = lines[above].strip()
            i = above
        elif "title" not in fields and (below := _heading_below(lines, last)) is not None:
            fields["title"] = lines[below].strip()
            last = below
        if ("title" in fields or untitled) and len(IDENTIFYING & fields.keys()) >= 2:
            return Block(fields, i, last)
        i = last + 1
    return None


def blocks(lines: Sequence[str], start: int = 0) -> list[Block]:
    """Every header block of ``lines[start:]``: the entries of a compilation (时间：/发布机构：/文件：/文号：
    a document), or the notices a disclosure page lists (索引号：/发布机构：/文号： over each notice's
    heading, or over its text when it has none)."""
    out: list[Block] = []
    while (found := block(lines, False, out[-1].last + 1 if out else start, untitled=True)) is not None:
        out.append(found)
    return out


def _read(lines: Sequence[str], start: int) -> tuple[dict[str, str], int]:
    """The fields of the block opening at ``start`` (the first value of a field wins), and its last line."""
    fields: dict[str, str] = {}
    last = start
    i = start
    while i < len(lines):
        found = pairs(lines[i])
        if found is None:
            if lines[i].strip():
                break
            i += 1
            continue
        last = i
        if len(found) == 1 and not found[0][1]:  # the value on the next line that is no label
            following = _next_filled(lines, i + 1)
            if following is not None and pairs(lines[following]) is None and not _ends_block(lines[following]):
                found = [(found[0][0], lines[following].strip())]
                last = i = following
        for field, value in found:
            if field != "page" and not no_value(value) and field not in fields:
                fields[field] = value
        i += 1
    return fields, last


def _next_filled(lines: Sequence[str], i: int) -> int | None:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i if i < len(lines) else None


def _ends_block(line: str) -> bool:
    """A rule line (-----) or page chrome is no value."""
    return bool(re.fullmatch(r"\s*[-=_*—]{3,}\s*", line)) or noise.chrome(normalize(line))


def _title_above(lines: Sequence[str], first: int, start: int) -> int | None:
    """The line right above a block (not before ``start``) when it reads as a document's title:
    short, no sentence, no date."""
    i = first - 1
    while i >= start and not lines[i].strip():
        i -= 1
    if i < start:
        return None
    line = normalize(lines[i].strip())
    if (len(line) > _TITLE_MAX or _numbered(line) or _SENTENCE.search(line) or noise.chrome(line) or noise.footer(line)
            or DATE_LINE_RE.match(line) or not _CJK.search(line)):
        return None
    return i


_BREAK = re.compile(r"\s*\n\s*")


def _heading_below(lines: Sequence[str], last: int) -> int | None:
    """The line right under a block when it is a document's own title written out (甲局关于印发乙办法的
    通知, 甲办印发《乙》的通知): the notice the block describes, as a disclosure page sets it. A numbered
    title (二、甲关于…的通知) is the next entry of a directory, over its own labels."""
    below = _next_filled(lines, last + 1)
    if below is None:
        return None
    # 甲办印发「乙」的通知 read as 甲办印发《乙》的通知; a break inside it (a title a PDF's line broke) no part of it
    line = quoted_titles(normalize(_BREAK.sub("", lines[below].strip())))
    return below if (titles.listed(line) or notices.title_line(line)) and not _numbered(line) else None


def _numbered(line: str) -> bool:
    """一、甲关于…的通知 over a block is an entry of a numbered directory, not the page's own title."""
    marker = MARKER_RE.match(line)
    return marker is not None and marker.group("num") is not None


_PARTS = re.compile(r"\S+")
_BODY = re.compile(rf"[\u4e00-\u9fff]{{2,40}}{BODY_END}")  # a body's name: its words, then how bodies' names end
_DAY = re.compile(rf"{DATE}|(?:19|20)\d{{2}}\s*年")


class Particulars(NamedTuple):
    """An unlabelled line of a document's particulars: where its issuer, number and date stand."""

    agency: tuple[int, int] | None
    number: tuple[int, int] | None
    date: tuple[int, int] | None


def particulars(norm: str) -> Particulars | None:
    """``河南省人民政府办公厅　豫政办〔2018〕52号　2018年8月31日`` under a title in a compilation: parts
    apart by spaces, each a body, a document number or a date (a year alone included), a number or a
    date among them; None for any other line."""
    if _SENTENCE.search(norm):
        return None
    agency = number = date = None
    for m in _PARTS.finditer(norm):
        part = m.group()
        if date is None and _DAY.fullmatch(part):
            date = m.span()
        elif number is None and DOC_NUMBER.fullmatch(part):
            number = m.span()
        elif agency is None and _BODY.fullmatch(part):
            agency = m.span()
        else:
            return None
    return Particulars(agency, number, date) if number or date else None


# 《甲办法》 — 甲厅，2020-05-27（甲发〔2020〕1号）: an entry's particulars after a dash, as a list of links
# describes each (a Markdown list's ``[《X》](url) — 发文机关，日期``).
_DASHED = re.compile(r"(?P<title>《[^《》]+》)\s*-{1,2}\s*(?P<rest>.+?)\s*$")
_DASH_PART = re.compile(r"\([^()]*\)|[^\s，,、()]+")
# 甲市第十五届人民代表大会常务委员会第六十二次会议通过: the session that passed it, whose body is its issuer.
_SESSION_PART = re.compile(rf"(?P<body>[\u4e00-\u9fff]{{2,40}}?{BODY_END})第[一二三四五六七八九十百零〇\d]{{1,5}}次"
                           r"(?:全体|常务)?会议(?:审议|表决)?通过")


def dashed(norm: str) -> Particulars | None:
    """Where the issuer, number and date stand in the particulars a 《title》 ends with after a dash
    (``《甲办法》 - 甲厅，2020-05-27(甲发[2020]1号)``, ``《乙决定》 - 乙部(部分节选)``): parts apart by
    commas or spaces, each a body (or the session of a body that passed it, ``甲市第N届人民代表大会
    常务委员会第M次会议通过``), a number or a date (in brackets or not) or a remark in brackets, a body
    or a date among them; None for any other line (a description after the dash)."""
    if "-" not in norm or (m := _DASHED.search(norm)) is None:
        return None
    agency = number = date = None
    for part in _DASH_PART.finditer(norm, m.start("rest"), m.end("rest")):
        inner = part.group().strip("()").strip()
        a = part.start() + part.group().find(inner) if inner else part.start()
        span = (a, a + len(inner))
        if date is None and _DAY.fullmatch(inner):
            date = span
        elif number is None and DOC_NUMBER.fullmatch(inner):
            number = span
        elif agency is None and not part.group().startswith("(") and _BODY.fullmatch(inner):
            agency = span
        elif agency is None and (session := _SESSION_PART.fullmatch(inner)):
            agency = (a, a + session.end("body"))
        elif not part.group().startswith("("):
            return None
    return Particulars(agency, number, date) if agency or date else None
