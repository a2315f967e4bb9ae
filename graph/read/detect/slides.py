"""A slide deck's outline exported to text: each slide its number and a tab before its title, then
its bullets indented under it (• at one tab, – at two) and perhaps a 备注 line of speaker notes.
A slide's title is a section, never an item; the deck's frame (its cover, the 目录 slide, a closing
slide of takeaways or thanks) and the speaker notes hold no items."""

from __future__ import annotations

import re

from graph.read.detect import noise
from graph.read.detect.dates import leading

_TITLE_RE = re.compile(r"(\d{1,3})\t+(?=\S)")
# 目录, 要点小结, 总结与建议, 谢谢！, Q&A: a slide that lists, sums up or closes, its bullets no entries.
_FRAME_RE = re.compile(r"(?:目\s*录|目\s*次|提\s*纲|议\s*程|内容提要|agenda|contents"
                       r"|(?:要点|内容|工作)?(?:小\s*结|总\s*结)(?:与(?:建议|展望))?|结\s*语|结束语|(?:下一步)?建议|启示|展望"
                       r"|谢\s*谢(?:观看|聆听|大家)?|致\s*谢|感谢(?:观看|聆听|大家)?|q\s*&\s*a|问答|答疑|thanks?(?: you)?|the end)"
                       r"[\s!！。.…]*", re.IGNORECASE)
_NOTES_RE = re.compile(r"备注\s*[:：]")


def title(norm: str) -> int | None:
    """Where a slide's title starts on its line (3 of ``3\\t一、法律层面``), or None for any other line.
    The title is a heading (short, no sentence), not a dated entry, and the line holds no other
    tab (a row of a table pasted as text)."""
    if not norm[:1].isdigit() or "\t" not in norm[:4]:
        return None
    m = _TITLE_RE.match(norm)
    if m is None:
        return None
    rest = norm[m.end():]
    if "\t" in rest or "《" in rest or not noise.headline(rest) or leading(rest) is not None:
        return None
    return m.end()


def number(norm: str) -> int:
    """The slide's number, of a line ``title`` reads."""
    return int(norm[:norm.index("\t")])


def frame(norm: str, start: int) -> bool:
    """The slide is the deck's frame, its bullets no items: the cover (slide 1, its author and date),
    the contents, a summary, takeaways or advice (要点小结, 建议), a closing slide (谢谢)."""
    return number(norm) == 1 or _FRAME_RE.fullmatch(norm, start) is not None


def notes(norm: str) -> bool:
    """备注：…: a slide's speaker notes, said about the slide, no entry."""
    return norm[:2] == "备注" and _NOTES_RE.match(norm) is not None
