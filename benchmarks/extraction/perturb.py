"""The corpus as text really arrives: every document rewritten by one seeded perturbation that
real pages show, its gold annotation moved along, so the scorer measures what noise costs.

A perturbation is a list of edits (start, end, replacement) on the document's text. Every gold
span (an item's anchor, the written place of each title it names) is mapped through the edits, so
the perturbed gold holds the perturbed text of its own anchor and titles: ``《关于X，Y的通知》``
rewritten with ASCII commas is expected back with them (titles still compare through
``gold.title_key``, which folds widths, Traditional characters and spaces); a title is expected
without the line breaks and zero-width characters put into it, which are layout, not its words.

Each perturbation is seeded by its name and the document's name: the same run twice is the
same text. The perturbations (``PERTURBATIONS``) are the ones met on the web:

- ``ascii-punct``: half-width ``( ) , : ;`` for ``（ ） ， ： ；``;
- ``ascii-titles``: ``<<title>>`` or ``<title>`` for ``《title》`` (inner ``〈〉`` as ``< >``);
- ``outer-marks``: ``〈title〉``, ``「title」`` or ``“title”`` as the outer title marks;
- ``bracket-typos``: per document, one title left unclosed (``《X``), one closed twice (``《X》》``),
  one closed by the wrong mark (``《X〉``);
- ``fullwidth-digits``: ``２０２１年``;
- ``spaces``: spaces between a date's parts (``2021 年 3 月 5 日``) and one inside each title;
- ``title-breaks``: a line break inside each title (text copied from a PDF), table rows aside;
- ``wrapped``: long lines hard-wrapped at 36 characters, as a PDF's text layer copies (table rows aside);
- ``traditional``: the whole text turned Traditional (OpenCC s2t), ``simplified``: turned Simplified;
- ``bom-crlf``: a UTF-8 byte-order mark and CRLF line ends;
- ``gb18030``: the file written in GB18030 instead of UTF-8;
- ``invisible``: zero-width spaces inside titles, names and dates, NBSP for spaces and after commas;
- ``typos``: ``号`` for a date's ``日``, ``2021-1-5`` for ``2021年1月5日``, ``1 2月`` for ``12月``,
  ``於`` for ``于`` and ``關於`` for ``关于`` in Simplified text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import opencc

from benchmarks.extraction.gold import Document, record
from graph.extract.titles import find_titles
from graph.patterns.dates import DATE_RE
from graph.read.formats import kind_of
from graph.text import as_read, normalize, one_line


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    new: str


@dataclass(frozen=True)
class Rewritten:
    """A text after its edits, and where each old offset went."""

    text: str
    edits: tuple[Edit, ...]

    def start(self, pos: int) -> int:
        """Where a span starting at ``pos`` starts now (text inserted at ``pos`` is left before it)."""
        return self._map(pos, lambda e: e.end <= pos, False)

    def end(self, pos: int) -> int:
        """Where a span ending at ``pos`` ends now (text inserted at ``pos`` is left after it)."""
        return self._map(pos, lambda e: e.end < pos or e.start < e.end == pos, True)

    def _map(self, pos: int, before: Callable[[Edit], bool], at_end: bool) -> int:
        shift = 0
        for e in self.edits:
            if e.start < pos < e.end:  # inside a replaced stretch: that stretch's new start or end
                return e.start + shift + (len(e.new) if at_end else 0)
            if before(e):
                shift += len(e.new) - (e.end - e.start)
        return pos + shift

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), max(self.start(start), self.end(end))


def rewrite(text: str, edits: list[Edit]) -> Rewritten:
    """``text`` with ``edits`` applied; overlapping edits after the first are dropped."""
    kept: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if kept and e.start < kept[-1].end:
            continue
        kept.append(e)
    out, pos = [], 0
    for e in kept:
        out.append(text[pos:e.start])
        out.append(e.new)
        pos = e.end
    out.append(text[pos:])
    return Rewritten("".join(out), tuple(kept))


Perturbation = Callable[[str, random.Random], list[Edit]]


def _chars(text: str, table: dict[str, str]) -> list[Edit]:
    return [Edit(i, i + 1, table[ch]) for i, ch in enumerate(text) if ch in table]


def _outer(text: str) -> list[tuple[int, int]]:
    """(offset of 《, offset of 》) of every outer title."""
    return [(s.start - 1, s.end) for s in find_titles(text)[0]]


def _inside(text: str, rng: random.Random, open_: int, close: int) -> int | None:
    """A random offset strictly inside a title, between two of its characters."""
    return rng.randrange(open_ + 2, close) if close - open_ > 2 else None


def ascii_punct(text: str, rng: random.Random) -> list[Edit]:
    return _chars(text, {"（": "(", "）": ")", "，": ",", "：": ":", "；": ";"})


def ascii_titles(text: str, rng: random.Random) -> list[Edit]:
    edits = []
    for open_, close in _outer(text):
        left, right = rng.choice((("<<", ">>"), ("<", ">")))
        edits += [Edit(open_, open_ + 1, left), Edit(close, close + 1, right)]
        edits += _chars_in(text, open_ + 1, close, {"〈": "<", "〉": ">"})
    return edits


def _chars_in(text: str, start: int, end: int, table: dict[str, str]) -> list[Edit]:
    return [Edit(i, i + 1, table[text[i]]) for i in range(start, end) if text[i] in table]


def outer_marks(text: str, rng: random.Random) -> list[Edit]:
    edits = []
    for open_, close in _outer(text):
        nested = any(ch in "〈《" for ch in text[open_ + 1:close])
        left, right, inner = rng.choice(((("「", "」", "『』"), ("“", "”", "‘’")) if nested else
                                         (("〈", "〉", ""), ("「", "」", ""), ("“", "”", ""))))
        edits += [Edit(open_, open_ + 1, left), Edit(close, close + 1, right)]
        if inner:
            edits += _chars_in(text, open_ + 1, close, {"〈": inner[0], "《": inner[0], "〉": inner[1], "》": inner[1]})
    return edits


def bracket_typos(text: str, rng: random.Random) -> list[Edit]:
    closes = [close for _, close in _outer(text)]
    chosen = rng.sample(closes, min(3, len(closes)))
    return [Edit(c, c + 1, new) for c, new in zip(sorted(chosen), rng.sample(["", "》》", "〉"], len(chosen)))]


def fullwidth_digits(text: str, rng: random.Random) -> list[Edit]:
    return _chars(text, {str(d): chr(ord("０") + d) for d in range(10)})


def _dates(text: str) -> list[re.Match[str]]:
    return list(DATE_RE.finditer(normalize(text)))


def spaces(text: str, rng: random.Random) -> list[Edit]:
    edits = [Edit(i, i, " ") for m in _dates(text) for i in range(m.start() + 1, m.end())
             if text[i - 1].isdigit() != text[i].isdigit()]
    for open_, close in _outer(text):
        if (at := _inside(text, rng, open_, close)) is not None:
            edits.append(Edit(at, at, " "))
    return edits


def _in_table(text: str, pos: int) -> bool:
    """A table row's line (a pipe or a tab in it): a break there would split the row, which no copy does."""
    line = text[text.rfind("\n", 0, pos) + 1:text.find("\n", pos) % (len(text) + 1)]
    return "|" in line or "\t" in line


def title_breaks(text: str, rng: random.Random) -> list[Edit]:
    return [Edit(at, at, "\n") for open_, close in _outer(text)
            if (at := _inside(text, rng, open_, close)) is not None and not _in_table(text, at)]


WRAP = 36


def wrapped(text: str, rng: random.Random) -> list[Edit]:
    edits = []
    pos = 0
    for line in text.split("\n"):
        if not _in_table(line, 0):
            edits += [Edit(pos + i, pos + i, "\n") for i in range(WRAP, len(line.rstrip()), WRAP)]
        pos += len(line) + 1
    return edits


@lru_cache(maxsize=2)
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _converted(text: str, config: str) -> list[Edit]:
    """The characters OpenCC changes, one by one (a phrase it rewrites to another length is skipped)."""
    converted = _opencc(config).convert(text)
    if len(converted) != len(text):
        converted = "".join(c if len(c := _opencc(config).convert(ch)) == 1 else ch for ch in text)
    return [Edit(i, i + 1, b) for i, (a, b) in enumerate(zip(text, converted)) if a != b]


def traditional(text: str, rng: random.Random) -> list[Edit]:
    return _converted(text, "s2t")


def simplified(text: str, rng: random.Random) -> list[Edit]:
    return _converted(text, "t2s")


def crlf(text: str, rng: random.Random) -> list[Edit]:
    return [Edit(i, i + 1, "\r\n") for i, ch in enumerate(text) if ch == "\n"]


def invisible(text: str, rng: random.Random) -> list[Edit]:
    edits = [Edit(i, i + 1, "\xa0") for i, ch in enumerate(text) if ch == " "]
    edits += [Edit(i + 1, i + 1, "\xa0") for i, ch in enumerate(text) if ch == "，" and rng.random() < 0.3]
    for open_, close in _outer(text):
        if (at := _inside(text, rng, open_, close)) is not None:
            edits.append(Edit(at, at, "\u200b"))
    for m in _dates(text):
        at = rng.randrange(m.start() + 1, m.end())
        edits.append(Edit(at, at, "\u200b"))
    han = [i for i in range(1, len(text)) if "\u4e00" <= text[i - 1] <= "\u9fff" and "\u4e00" <= text[i] <= "\u9fff"]
    edits += [Edit(i, i, "\u200b") for i in rng.sample(han, len(han) // 50)]
    return edits


_ISO_TYPO = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def typos(text: str, rng: random.Random) -> list[Edit]:
    edits = []
    for m in _ISO_TYPO.finditer(text):
        roll = rng.random()
        if roll < 0.3:
            edits.append(Edit(m.start(), m.end(), f"{m.group(1)}-{int(m.group(2))}-{int(m.group(3))}"))
        elif roll < 0.6:
            edits.append(Edit(m.end() - 1, m.end(), "号"))
        elif len(m.group(2)) == 2:
            edits.append(Edit(m.start(2) + 1, m.start(2) + 1, " "))
    edits += [Edit(m.start(), m.end(), "關於") for m in re.finditer("关于", text) if rng.random() < 0.3]
    edits += [Edit(i, i + 1, "於") for i, ch in enumerate(text) if ch == "于" and rng.random() < 0.5]
    return edits


PERTURBATIONS: dict[str, Perturbation] = {
    "ascii-punct": ascii_punct,
    "ascii-titles": ascii_titles,
    "outer-marks": outer_marks,
    "bracket-typos": bracket_typos,
    "fullwidth-digits": fullwidth_digits,
    "spaces": spaces,
    "title-breaks": title_breaks,
    "wrapped": wrapped,
    "traditional": traditional,
    "simplified": simplified,
    "bom-crlf": crlf,
    "gb18030": lambda text, rng: [],
    "invisible": invisible,
    "typos": typos,
}
RECORDS_SAFE = {"fullwidth-digits", "traditional", "simplified", "bom-crlf", "gb18030", "typos"}
"""What a CSV file may take without its cells changing (a comma or a line break would split them)."""


def encoded(name: str, text: str) -> bytes:
    """The bytes a perturbation writes: a BOM for ``bom-crlf``, GB18030 for ``gb18030``."""
    if name == "bom-crlf":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if name == "gb18030":
        return text.encode("gb18030")
    return text.encode("utf-8")


def perturb(name: str, document: str, text: str) -> Rewritten:
    """``text`` under the perturbation ``name``, seeded by both names."""
    rng = random.Random(f"{name}:{document}")
    if document.endswith(".csv") and name not in RECORDS_SAFE:
        return Rewritten(text, ())
    return rewrite(text, PERTURBATIONS[name](text, rng))


def place(text: str, title: str, near: int) -> tuple[int, int]:
    """The written place of ``title`` in ``text`` closest to ``near`` (one inside 《》 first)."""
    found = [m.start() for m in re.finditer(re.escape(title), text)]
    marked = [s for s in found if text[s - 1:s] == "《"]
    at = min(marked or found, key=lambda s: abs(s - near))
    return at, at + len(title)


def moved(item: dict, text: str, rewritten: Rewritten) -> tuple[dict, int]:
    """A gold item of ``text`` with its anchor and titles as ``rewritten`` writes them, and where its
    anchor starts now."""
    start = text.index(item["text"])
    a, b = rewritten.span(start, start + len(item["text"]))
    out = dict(item, text=rewritten.text[a:b])

    def title(t: str) -> str:
        s, e = rewritten.span(*place(text, t, start))
        return one_line(as_read(rewritten.text[s:e]))  # as a title reads: layout and invisible marks aside

    if item.get("title"):
        out["title"] = title(item["title"])
    for key in ("forwards", "cites"):
        if key in item:
            out[key] = [title(t) for t in item[key]]
    return out, a


def perturbed(doc: Document, name: str, folder: Path) -> Document:
    """``doc`` under the perturbation ``name``, its file written into ``folder``, its gold moved along.
    A page's (or Word or PDF file's) copy is the text the build read from it, so it is written as text."""
    rewritten = perturb(name, doc.name, doc.text)
    copy = doc.name if kind_of(doc.name, b"") is None else Path(doc.name).with_suffix(".txt").name
    (folder / copy).write_bytes(encoded(name, rewritten.text))
    records = []
    for n, item in enumerate(doc.items, 1):
        shifted, start = moved(item, doc.text, rewritten)
        records.append(record(shifted, rewritten.text, f"{doc.name} ({name}) item {n}", start))
    return Document(copy, rewritten.text, records, doc.layout, doc.sources, folder, doc.items)
