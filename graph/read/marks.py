"""Titles a page writes in quotation marks: 「X」, “X” or 『X』 instead of 《X》 (Hong Kong and
Taiwan pages quote with 「」, some mainland pages put a title in “”). A quotation is a title when it
reads as one: words only, no sentence, ending with a document form (…管理办法, …的通知); so does the
text of a Markdown link (``graph.read.links``). The reader and the extractor both read the text
through ``quoted_titles``, at the same offsets."""

from __future__ import annotations

import re

from graph.gazetteer.schemes import doctypes, ending_form
from graph.patterns.markers import strip_trailing_brackets
from graph.read.links import linked_titles

_PAIRS = {"「": "」", "“": "”", "『": "』", "‘": "’"}
_MARKS = re.compile("[「“『‘」”』’《》\n]")
_SENTENCE = re.compile(r"[。，,；;！!？?:：]")
_ALIAS = re.compile(r"(?:简称|称为|称)\s*$")  # (以下简称“意见”): a short name, read as one elsewhere
_INNER = {"『": "〈", "』": "〉", "‘": "〈", "’": "〉"}
TITLE_MIN = 6
TITLE_MAX = 100


def quoted_titles(norm: str) -> str:
    """``norm`` (a normalized text) with each quotation that is a title outside any 《》 written
    ``《X》``, and the titles nested in it (『Y』, ‘Y’) ``〈Y〉``; a Markdown link read as its text
    (``links.linked_titles``); everything else as written."""
    norm = linked_titles(norm, is_title)
    if not any(mark in norm for mark in "「“『"):
        return norm
    spans = _title_quotes(norm)
    if not spans:
        return norm
    out = list(norm)
    for start, end in spans:
        out[start], out[end] = "《", "》"
        for i in range(start + 1, end):
            if (inner := _INNER.get(norm[i])) and _nested_title(norm, i):
                out[i] = inner
    return "".join(out)


def _title_quotes(norm: str) -> list[tuple[int, int]]:
    """(offset of the opening mark, offset of the closing one) of each outermost title quotation."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    angle = 0  # how many 《 are open: a quotation inside a title is part of it
    for m in _MARKS.finditer(norm):
        mark, at = m.group(), m.start()
        if mark == "\n":
            stack, angle = [], 0
        elif mark == "《":
            angle += 1
        elif mark == "》":
            angle = max(angle - 1, 0)
        elif mark in _PAIRS:
            stack.append((mark, at))
        elif stack and _PAIRS[stack[-1][0]] == mark:
            opened, start = stack.pop()
            if not stack and not angle and opened in "「“『" and is_title(norm[start + 1:at], norm[:start]):
                spans.append((start, at))
    return spans


def _nested_title(norm: str, at: int) -> bool:
    """The 『 or ‘ at ``at`` opens (or its closer closes) a quotation inside a title that is a title too."""
    opener = norm[at] if norm[at] in _PAIRS else next(o for o, c in _PAIRS.items() if c == norm[at])
    closer = _PAIRS[opener]
    if norm[at] == opener:
        end = norm.find(closer, at + 1)
        return end > 0 and is_title(norm[at + 1:end], "")
    start = norm.rfind(opener, 0, at)
    return start >= 0 and is_title(norm[start + 1:at], "")


def is_title(words: str, before: str) -> bool:
    """``words``, quoted after ``before``, name a document: title-long, no sentence in them, ending
    with a document form (after a (试行) or (征求意见稿)), and not a short name being given."""
    return (TITLE_MIN <= len(words) <= TITLE_MAX and _SENTENCE.search(words) is None
            and _ALIAS.search(before[-6:]) is None
            and ending_form(strip_trailing_brackets(words), doctypes()) is not None)
