"""Bytes to text: UTF-8 (with or without BOM), GB18030/GBK or Big5, never failing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from charset_normalizer import from_bytes


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, ends excluded: the one line numbering all readers share."""
    spans = []
    start = 0
    for m in _LINE_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bad_lines: tuple[int, ...]  # 1-based lines where bytes had to be replaced


def decode(data: bytes) -> Decoded:
    """Decode ``data``; undecodable bytes become U+FFFD and their lines are reported."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _lenient(data[3:], "utf-8-sig")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", ())
    except UnicodeDecodeError:
        pass
    chinese = _chinese_codec(data)
    if chinese:
        return Decoded(data.decode(chinese), chinese, ())
    candidates = [_lenient(data, codec) for codec in ("utf-8", "gb18030")]
    return min(candidates, key=lambda d: d.text.count("\ufffd"))


def _chinese_codec(data: bytes) -> str | None:
    """GB18030 or Big5 when the bytes decode cleanly as one of them (detector decides ties)."""
    clean = []
    for codec in ("gb18030", "big5"):
        try:
            data.decode(codec)
            clean.append(codec)
        except UnicodeDecodeError:
            continue
    if len(clean) == 2:
        best = from_bytes(data, cp_isolation=clean).best()
        return "big5" if best is not None and best.encoding.startswith("big5") else "gb18030"
    return clean[0] if clean else None


def _lenient(data: bytes, codec: str) -> Decoded:
    text = data.decode(codec.replace("-sig", ""), errors="replace")
    bad = tuple(i for i, (start, end) in enumerate(line_spans(text), 1) if "\ufffd" in text[start:end])
    return Decoded(text, codec, bad)
