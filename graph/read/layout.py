"""The text layer of a Chinese PDF made readable: radical code points back to the characters they
stand for, no spaces between characters, and lines broken only where the paragraph ends.

PDF fonts map ordinary characters to Kangxi radicals (⼦ ⽉ ⼈ for 子 月 人, which NFKC undoes) and to
CJK Radicals Supplement forms (⺠ ⻅ ⻓ for 民 见 长, which NFKC leaves: the table below, from the
names Unicode gives them); extractors put spaces between glyphs (``1 ⽉ 5 ⽇``) and a line break at
the end of every printed line.
"""

from __future__ import annotations

import re
import unicodedata

from graph.patterns.markers import MARKER_RE
from graph.read.detect.labels import pairs
from graph.text import normalize

SUPPLEMENT = {
    "⺁": "厂", "⺌": "小", "⺝": "月", "⺟": "母", "⺠": "民", "⺧": "牛", "⺩": "王", "⺬": "示", "⺷": "羊",
    "⺼": "肉", "⻁": "虎", "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车", "⻑": "長", "⻓": "长",
    "⻔": "门", "⻗": "雨", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食", "⻢": "马",
    "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻬": "齐",
    "⻮": "齿", "⻰": "龙", "⻳": "龟",
}
"""CJK Radicals Supplement (U+2E80–U+2EFF) forms that stand for a whole character (their Unicode names:
CJK RADICAL CIVILIAN 民, C-SIMPLIFIED SEE 见 …); components such as ⺡ (氵) are left alone."""
_NFKC = [*range(0x2F00, 0x2FE0), 0x2329, 0x232A, *range(0xF900, 0xFB00)]
"""Kangxi radicals, the angle brackets that are one with 〈〉, and the CJK compatibility ideographs: NFKC
gives each the character it stands for."""
_RADICALS = {chr(c): n for c in _NFKC if len(n := unicodedata.normalize("NFKC", chr(c))) == 1 and n != chr(c)} | SUPPLEMENT
_SIMPLIFIED = {r: normalize(c) for r, c in _RADICALS.items()}
"""The same for a Simplified text: a Kangxi radical is the traditional form (⼾ 戶), where the font meant 户."""
_RADICAL = re.compile("[" + "".join(_RADICALS) + "]")
_HAN = r"\u3400-\u9fff\uf900-\ufaff"
_HAN_RE = re.compile(f"[{_HAN}]")
TRADITIONAL_SHARE = 0.02
"""A text with fewer of its characters changed by OpenCC's t2s than this is Simplified."""
_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2018-\u201d"
_GAP = re.compile(rf"(?<=[{_HAN}{_PUNCT}\d])[ \t\u00a0\u3000]+(?=[{_HAN}{_PUNCT}])"
                  rf"|(?<=[{_HAN}{_PUNCT}])[ \t\u00a0\u3000]+(?=\d)")
_ENDS = tuple("。！？；!?;")
"""What ends a sentence; a line ending in a closing quote or bracket may go on (“十四五”\n规划)."""
FULL = 0.8
"""A line at least this share of the page's full width was wrapped, unless it ends a sentence."""


def radicals(text: str) -> str:
    """Radical code points as the characters they stand for (⼈⺠ → 人民; ⼾ → 户 in a Simplified text,
    戶 in a Traditional one)."""
    han = "".join(_HAN_RE.findall(text))
    changed = sum(a != b for a, b in zip(han, normalize(han)))
    table = _SIMPLIFIED if changed <= TRADITIONAL_SHARE * len(han) else _RADICALS
    return _RADICAL.sub(lambda m: table[m.group()], text)


def close_gaps(line: str) -> str:
    """No spaces between Chinese characters, punctuation and digits (``1 月 5 日`` → ``1月5日``)."""
    return _GAP.sub("", line)


def rejoin(lines: list[str]) -> list[str]:
    """Lines wrapped by the printed width joined back: a line nearly as wide as the widest lines that
    does not end a sentence continues on the next one, unless that one opens an entry."""
    return [line for _, line in _rejoined(lines)]


def _rejoined(lines: list[str]) -> list[tuple[int, str]]:
    """(index of its first line in ``lines``, line) for each line rejoined."""
    full = _full(lines)
    out: list[tuple[int, str]] = []
    carry = False
    for i, line in enumerate(lines):
        if line and out and out[-1][1] and (line.startswith(_NO_LINE_START) or (carry and not _opens_entry(line))):
            out[-1] = out[-1][0], out[-1][1] + line
        else:
            out.append((i, line))
        carry = bool(line) and not _cells(line) and (
            (_width(line) >= full and not line.endswith(_ENDS)) or _WANTS_MORE.search(line) is not None)
    return out


_NO_LINE_START = tuple("。，、；：？！）)》」』”’")
"""Marks typesetting never puts at the start of a line: a line opening with one goes on the one above."""
_WANTS_MORE = re.compile(r"(?:印发|发布|出台|公布|转发|按照|根据|依据|落实|对照|参照|关于|的|和|及|与|、|，|,)$")
"""A line ending with a verb still missing its object, a preposition, or a comma: its sentence goes on,
however short the line (发布⏎《…》)."""


def _opens_entry(line: str) -> bool:
    """A line that starts anew even after a full one: a list entry (1. …, ● …) or a label (发文字号：…)."""
    return MARKER_RE.match(line) is not None or pairs(line) is not None


def unwrapped(text: str) -> tuple[str, list[int]] | None:
    """A hard-wrapped text (``hard_wrapped``) with its paragraphs rejoined, and the file's line number
    each of its lines starts on (problems are reported at the file's lines); None for any other text."""
    lines = [line.strip() for line in text.split("\n")]
    if not hard_wrapped(lines):
        return None
    joined = _rejoined(lines)
    return "\n".join(line for _, line in joined), [i + 1 for i, _ in joined]


WRAPPED_SHARE = 0.5
WRAPPED_MIN = 4
WRAP_SPREAD = 0.9
"""A wrapped line is at least this share of the widest one, in columns or in characters (a line holding
digits or Latin letters is narrower in columns; one holding full-width ones has fewer characters)."""
_CLOSED = tuple("》)]）」”")


def hard_wrapped(lines: list[str]) -> bool:
    """Text copied from a PDF or a mail, broken at a fixed width: most of its wide lines stop
    mid-sentence at about one width, which a text whose lines are its paragraphs, list entries, titles
    or table rows does not show."""
    full = _full(lines)
    wide = [line for line in lines if _width(line) >= full and not _cells(line)]
    open_ = [line for line in wide if not line.endswith(_ENDS + _CLOSED)]
    if len(open_) < WRAPPED_MIN:
        return False
    columns, chars = max(map(_width, open_)), max(map(len, open_))
    at_width = sum(1 for line in open_ if _width(line) >= WRAP_SPREAD * columns or len(line) >= WRAP_SPREAD * chars)
    return at_width >= WRAPPED_MIN and at_width >= WRAPPED_SHARE * len(wide)


def _full(lines: list[str]) -> float:
    """The width from which a line is as wide as the printed line: a share of the widest lines'."""
    widths = sorted(w for w in map(_width, lines) if w)
    return widths[min(len(widths) - 1, int(len(widths) * 0.9))] * FULL if widths else 0.0


_CELLS = re.compile(r"\||\t|\S {2,}\S")


def _cells(line: str) -> bool:
    """A table row pasted as text (cells between pipes, tabs or runs of spaces): never wrapped text."""
    return _CELLS.search(line) is not None


def _width(line: str) -> int:
    """Columns the line takes: a CJK character two, an ASCII one one. Counted from its UTF-8 length
    (three bytes a CJK character, one an ASCII one), which is C-fast, where wcwidth looks every
    character up in Python: every line of every text file is measured once."""
    return (len(line) + len(line.encode("utf-8", "surrogatepass"))) // 2


def readable(text: str) -> str:
    """A PDF page's extracted text, normalized and rejoined."""
    lines = [close_gaps(line.strip()) for line in radicals(text).splitlines()]
    return "\n".join(rejoin(lines))
