"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK or Big5, never failing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.text import as_read

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
    """Decode ``data``; undecodable bytes become U+FFFD and their lines are reported; characters that
    show nothing (zero-width spaces, a BOM inside the text) are dropped, CRLF reads LF and ``<<X>>`` reads ``《X》``
    (``graph.text.as_read``)."""
    found = _decoded(data)
    text = as_read(found.text)
    return found if text is found.text else Decoded(text, found.encoding, found.bad_lines)


def _decoded(data: bytes) -> Decoded:
    if data.startswith(b"\xef\xbb\xbf"):
        return _lenient(data[3:], "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _lenient(data, "utf-16")
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
    """GB18030 or Big5, whichever decodes cleanly; when both do, the one that reads as common text."""
    clean = []
    for codec in ("gb18030", "big5"):
        try:
            clean.append((codec, data.decode(codec)))
        except UnicodeDecodeError:
            continue
    if not clean:
        return None
    return max(clean, key=lambda found: _common_share(*found))[0]


# Lead bytes of the punctuation and the frequent characters: GB2312 level 1, Big5 常用字.
_COMMON_LEADS = {"gb18030": set(range(0xA1, 0xA4)) | set(range(0xB0, 0xD8)), "big5": set(range(0xA1, 0xC7))}
_LOWEST_TRAIL = {"gb18030": 0xA1, "big5": 0x40}  # GB2312 trail bytes are A1-FE; GBK extensions are lower


def _common_share(codec: str, text: str) -> float:
    """Share of non-ASCII characters in the codec's frequent block: a wrong codec lands in rare ones."""
    coded = [ch.encode(codec, "replace") for ch in text if ord(ch) > 0x7F]
    common = sum(len(b) == 2 and b[0] in _COMMON_LEADS[codec] and b[1] >= _LOWEST_TRAIL[codec] for b in coded)
    return common / len(coded) if coded else 0.0


def _lenient(data: bytes, codec: str) -> Decoded:
    text = data.decode(codec, errors="replace")
    bad = tuple(i for i, (start, end) in enumerate(line_spans(text), 1) if "\ufffd" in text[start:end])
    return Decoded(text, codec, bad)
