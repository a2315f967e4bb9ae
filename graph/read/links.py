"""Markdown links read as a reader sees them: the link text is text, the address is not (``[甲办法](http://…)``
shows 甲办法). A link text that reads as a document's title (as ``marks.is_title`` tells a quoted one)
is that title, its brackets written ``《X》`` (a 《》 inside it nested as 〈〉); an image (a badge) and a
link within the page (``[目录项](#目录项)``, navigation) show no text."""

from __future__ import annotations

import re
from collections.abc import Callable

_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\s]*\)")
_LINK = re.compile(r"\[(?P<text>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\((?P<url>[^()\s]*)\)")
_NESTED = str.maketrans("《》", "〈〉")
_BEFORE = 8  # what is_title reads before a text (简称 giving a short name): a few characters, not the whole text


def linked_titles(norm: str, is_title: Callable[[str, str], bool]) -> str:
    """``norm`` (a normalized text) with each Markdown link's marks and address blanked at the same
    offsets, its text kept, and bracketed ``《X》`` when ``is_title(text, text before)`` says it names
    a document."""
    if "](" not in norm:  # most texts hold no link: nothing is copied
        return norm
    if "![" in norm:
        norm = _IMAGE.sub(_blank, norm)

    def read(m: re.Match[str]) -> str:
        text = m.group("text")
        if m.group("url").startswith("#") or not text.strip():
            return _blank(m)
        tail = " " * (m.end() - m.end("text") - 1)
        if not text.startswith("《") and text == text.strip() and is_title(text, norm[max(m.start() - _BEFORE, 0):m.start()]):
            return "《" + text.translate(_NESTED) + "》" + tail
        return " " + text + " " + tail

    return _LINK.sub(read, norm)


def unlinked(text: str) -> str:
    """``text`` (verbatim) with each Markdown link's marks and address blanked at the same offsets, its
    text as written: a table cell's value ``[甲办法](http://…)`` is 甲办法."""
    return linked_titles(text, _never)


def _never(text: str, before: str) -> bool:
    return False


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


_SPACES = re.compile(r"\s{2,}")


def shown(text: str) -> str:
    """``text`` as it shows, not at the same offsets: each link its text, images and links within the
    page nothing (a heading ``# 清单 [![徽章](…)](…)`` is ``# 清单``)."""
    if "](" not in text:
        return text
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: "" if m.group("url").startswith("#") else m.group("text"), text)
    return _SPACES.sub(" ", text).strip()
