"""Footnotes: a digest marks its entries [1] [2] and lists the notes at its end (注释, 参考), where a
note gives the cited document's number and the day it was issued. The list is no item; the note's
day and number are its entry's, when the entry writes none of its own."""

from __future__ import annotations

import re
from collections.abc import Iterable

from graph.patterns.dates import DATE_RE, iso, parts
from graph.patterns.markers import DATELINE_RE, DOC_NUMBER
from graph.read.items import RawItem
from graph.text import normalize

_NOTE_RE = re.compile(r"\s*\[(\d{1,2})\]\s*(?=\S)")  # [3] 国办发[2025]33号，… as normalize writes 〔〕
_MARK_RE = re.compile(r"\[(\d{1,2})\]")
_GLUE = " ，,、;；"  # between a note's number and its day
_NOTES_MIN = 2  # one bracketed number opening a line is a label, not a list of notes


class Note:
    """A note's own day (the one it opens with, after the document's number, or its dateline's:
    新华社北京10月9日电), its year seen anywhere in it, and its document's number, as written."""

    __slots__ = ("day", "year", "number")

    def __init__(self, raw: str, norm: str) -> None:
        at = 0
        self.number: str | None = None
        if (m := DOC_NUMBER.match(norm)) is not None:
            self.number, at = raw[m.start():m.end()].strip(), m.end()
            while at < len(norm) and norm[at] in _GLUE:
                at += 1
        own = DATE_RE.match(norm, at)
        if own is None and (line := DATELINE_RE.match(norm, at)) is not None:
            own = DATE_RE.search(norm, at, line.end())
        self.day = parts(own) if own is not None else None
        self.year = next((y for m in DATE_RE.finditer(norm) if (y := parts(m)[0])), None)


def notes(lines: Iterable[tuple[str, str]]) -> dict[str, Note]:
    """The notes of a list at the text's end, by their mark, from its (raw, normalized) lines; none
    when fewer than two lines open with a mark."""
    found: dict[str, Note] = {}
    for raw, norm in lines:
        if norm.startswith("[") and (m := _NOTE_RE.match(norm)) is not None:
            found[m.group(1)] = Note(raw[m.end():], norm[m.end():])
    return found if len(found) >= _NOTES_MIN else {}


def cite(items: list[RawItem], found: dict[str, Note], year: int | None) -> None:
    """Give each undated item the day of the note it cites: the item's own day written without a
    year (5月26日公布[6]) in the note's year, else the note's own day (in ``year``, the text's, when
    it writes none); an item without its own number, its note's number."""
    if not found:
        return
    for item in items:
        cited = [found[mark] for mark in _MARK_RE.findall(item.text) if mark in found]
        if not cited:
            continue
        if item.date is None:
            item.date = next((d for note in cited if (d := _day(item.text, note, year))), None)
        number = next((note.number for note in cited if note.number), None)
        if number and "number" not in item.fields and not _numbered(normalize(item.text)):
            item.fields["number"] = number


_OWN_NUMBER = re.compile(rf"\s*\(\s*(?:{DOC_NUMBER.pattern})")


def _numbered(norm: str) -> bool:
    """The item writes its first title's number after it (《甲办法》(甲发[2021]1号)); a number after a
    title it cites later is that one's."""
    close = norm.find("》")
    return close >= 0 and _OWN_NUMBER.match(norm, close + 1) is not None


def _day(text: str, note: Note, year: int | None) -> str | None:
    """The day the note dates its item to, or None."""
    if note.year is not None:
        for m in DATE_RE.finditer(normalize(text)):
            y, month, day = parts(m)
            if y is None and month and day:
                return iso(note.year, month, day)
    if note.day is None:
        return None
    y, month, day = note.day
    y = y or year
    return iso(y, month, day or None) if y and month else None
