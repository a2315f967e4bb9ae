"""Text normalization for matching: Simplified characters and half-width forms, same length.

Matching runs on a normalized copy whose offsets equal the original's, so every span found
can be cut from the verbatim source text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

_FOLD = {
    "（": "(", "）": ")", "［": "[", "］": "]", "｛": "{", "｝": "}",
    "〔": "[", "〕": "]", "【": "[", "】": "]",
    "，": "，", "﹐": "，", "､": "、",
    "〈": "〈", "〉": "〉", "＜": "〈", "＞": "〉",
    "﹝": "[", "﹞": "]",
    "—": "-", "－": "-", "–": "-", "―": "-", "~": "-", "～": "-", "〜": "-",
    "\u3000": " ", "\xa0": " ",
}


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _fold_char(ch: str) -> str:
    if ch in _FOLD:
        return _FOLD[ch]
    if "！" <= ch <= "～" and ch not in "，；：！？":
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) == 1:
            return folded
    return ch


def normalize(text: str) -> str:
    """Simplified, width-folded copy of ``text`` with exactly the same length."""
    simplified = _converter().convert(text)
    if len(simplified) != len(text):
        simplified = "".join(
            s if len(s := _converter().convert(ch)) == 1 else ch for ch in text
        )
    return "".join(map(_fold_char, simplified))


_SENTENCE_END = re.compile(r"[。；;！!？?：\n]|(?<!\d):(?!\d)")


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
