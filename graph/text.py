"""Text normalization for matching: Simplified characters and half-width forms, same length.

Matching runs on a normalized copy whose offsets equal the original's, so every span found
can be cut from the verbatim source text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

import opencc

_FOLD = {
    "（": "(", "）": ")", "［": "[", "］": "]", "｛": "{", "｝": "}",
    "〔": "[", "〕": "]", "【": "[", "】": "]",
    "，": "，", "﹐": "，", "､": "、",
    "〈": "〈", "〉": "〉", "＜": "〈", "＞": "〉", "<": "〈", ">": "〉", "⟨": "〈", "⟩": "〉",
    "﹝": "[", "﹞": "]",
    "—": "-", "－": "-", "–": "-", "―": "-", "~": "-", "～": "-", "〜": "-",
    "\u3000": " ", "\xa0": " ",
    "*": " ", "＊": " ",  # Markdown emphasis (**1月6日**) must not hide a date or a name
}


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _fold_table() -> dict[str, str]:
    """Full-width ASCII to half-width (but not the Chinese sentence punctuation), plus _FOLD."""
    table = {}
    for code in range(ord("！"), ord("～") + 1):
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and chr(code) not in "，；：！？":
            table[chr(code)] = folded
    table.update(_FOLD)
    return table


_FOLDED = _fold_table()
# str.translate looks every character up in a dict; a regex finds the few foldable ones in C.
_FOLDABLE = re.compile("[" + "".join(map(re.escape, sorted(_FOLDED))) + "]")


def _fold(match: re.Match[str]) -> str:
    return _FOLDED[match.group()]


def normalize(text: str) -> str:
    """Simplified, width-folded copy of ``text`` with exactly the same length, its titles in 《》
    whichever angle marks the page used (``title_marks``)."""
    simplified = _converter().convert(text)
    if len(simplified) != len(text):
        simplified = "".join(
            s if len(s := _converter().convert(ch)) == 1 else ch for ch in text
        )
    return title_marks(_FOLDABLE.sub(_fold, simplified))


_MARKS = re.compile("[《》〈〉\n]")


def title_marks(folded: str) -> str:
    """Title marks matched the way a reader pairs them, on each line, at the same offsets: ``〈X〉``
    outside any 《》 (the outer title mark of many pages, ``<X>`` typed without 《) is ``《X》``, inside
    one a nested title; a title opened with one mark and closed with the other (``《X〉``, ``〈X》``) is
    ``《X》``. Marks that pair with nothing are left as written."""
    if "〈" not in folded and "〉" not in folded:
        return folded
    out: list[str] | None = None
    stack: list[tuple[str, int]] = []
    for m in _MARKS.finditer(folded):
        mark, at = m.group(), m.start()
        if mark == "\n":
            stack.clear()
        elif mark in "《〈":
            stack.append((mark, at))
        else:
            if mark == "》":  # a 〈 left open inside a title closes with it
                while len(stack) > 1 and stack[-1][0] == "〈" and any(o == "《" for o, _ in stack):
                    stack.pop()
            if not stack:
                continue
            opened, start = stack.pop()
            if opened + mark != "《》" and not (opened + mark == "〈〉" and stack):
                out = out or list(folded)
                out[start], out[at] = "《", "》"
    return "".join(out) if out else folded


@lru_cache(maxsize=4096)
def normalize_name(name: str) -> str:
    """``normalize`` for short strings read again and again (a record's agency, region or title):
    OpenCC is the costly part, and the same names come back item after item."""
    return normalize(name)


def lengths_by_first_char(words: Iterable[str]) -> dict[str, list[int]]:
    """First character → lengths of the words starting with it, longest first: a dictionary
    lookup then tries only the lengths that can match at a position."""
    lengths: dict[str, set[int]] = {}
    for word in words:
        if word:
            lengths.setdefault(word[0], set()).add(len(word))
    return {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}


def prefixes(text: str, pos: int, lengths: dict[str, list[int]]) -> Iterator[tuple[int, str]]:
    """(length, word) for every candidate word at ``text[pos:]``, longest first."""
    for size in lengths.get(text[pos:pos + 1], ()):
        if pos + size <= len(text):
            yield size, text[pos:pos + size]


_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
"""Zero-width spaces and joiners, word joiner, a byte-order mark inside the text, soft hyphen: pages
carry them between any two characters (``20\u200b21年``, ``电子\u200b签名``), where they hide dates
and names from every pattern, and they show nothing."""
_DOUBLED = re.compile("(?<![<＜〈])[<＜〈]{2}(?![<＜〈])|(?<![>＞〉])[>＞〉]{2}(?![>＞〉])")
"""``<<`` and ``>>`` (or their full-width forms): the 《 and 》 of a keyboard without them."""


def as_read(text: str) -> str:
    """``text`` as the reader keeps it: without the characters that show nothing, its line ends LF
    (a CRLF file's paragraphs are then ``\n\n`` as everywhere), and with ``<<X>>`` written ``《X》``.
    Read text goes through it once, so that every offset after it indexes the text kept."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if _DOUBLED.search(text):
        text = _DOUBLED.sub(lambda m: "《" if m.group()[0] in "<＜〈" else "》", text)
    return text


_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")
_WORD = re.compile(r"[A-Za-z0-9]")


def one_line(text: str) -> str:
    """``text`` with its line breaks (and the spaces around them) joined: a title copied from a PDF
    breaks where the printed line ended. Chinese joins without a gap, two Latin words with a space."""
    if "\n" not in text and "\r" not in text:
        return text
    return _BREAK.sub(lambda m: " " if _WORD.match(text[m.start() - 1:m.start()]) and _WORD.match(text[m.end():m.end() + 1]) else "", text)


# A line break ends a sentence, unless the next line is indented to go on with it (a list entry's
# second line, as Markdown continues one), not to open a nested entry (  - …, 1. …).
_SENTENCE_END = re.compile(r"[。；;！!？?：]|\n(?![ \t\u3000]+[^\s\-*+•·\d])|(?<!\d):(?!\d)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text`` (end punctuation included); a colon ends one too."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans
