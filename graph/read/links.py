"""Markdown links read as a reader sees them: the link text is text, the address is not (``[甲办法](http://…)``
shows 甲办法). A link text that reads as a document's title (as ``marks.is_title`` tells a quoted one)
is that title, its brackets written ``《X》`` (a 《》 inside it nested as 〈〉); an image (a badge) and a
link within the page (``[目录项](#目录项)``, navigation) show no text."""

from __future__ import annotations

import re
from collections.abc import Callable

_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\s]*\)")
_LINK = re.compile(r"\[(?P<text>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\((?P<url>[^()\s]*)\)")
_NESTED = {"《": "〈", "》": "〉"}


def linked_titles(norm: str, is_title: Callable[[str, str], bool]) -> str:
    """``norm`` (a normalized text) with each Markdown link's marks and address blanked at the same
    offsets, its text kept, and bracketed ``《X》`` when ``is_title(text, text before)`` says it names
    a document."""
    if "](" not in norm:  # most texts hold no link: nothing is copied
        return norm
    out = list(norm)
    for m in _IMAGE.finditer(norm):
        out[m.start():m.end()] = " " * (m.end() - m.start())
    for m in _LINK.finditer("".join(out)):
        text, (a, b) = m.group("text"), m.span("text")
        if m.group("url").startswith("#") or not text.strip():
            out[m.start():m.end()] = " " * (m.end() - m.start())
            continue
        out[b:m.end()] = " " * (m.end() - b)
        out[m.start()] = " "
        if not text.startswith("《") and text == text.strip() and is_title(text, norm[:m.start()]):
            out[m.start()], out[b] = "《", "》"
            out[a:b] = [_NESTED.get(ch, ch) for ch in out[a:b]]
    return "".join(out)


_SPACES = re.compile(r"\s{2,}")


def shown(text: str) -> str:
    """``text`` as it shows, not at the same offsets: each link its text, images and links within the
    page nothing (a heading ``# 清单 [![徽章](…)](…)`` is ``# 清单``)."""
    if "](" not in text:
        return text
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: "" if m.group("url").startswith("#") else m.group("text"), text)
    return _SPACES.sub(" ", text).strip()

