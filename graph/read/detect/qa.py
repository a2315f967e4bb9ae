"""Question-and-answer pages (政策问答, 答记者问): a question (问：…) is no item, only what it asks
about; its answer (答：…) is read like a paragraph of prose, and goes on about the document the item
before it issued only when the pair says so."""

from __future__ import annotations

import re

from graph.patterns.markers import ANSWER_RE, SPEAKER_RE, says
from graph.read.detect.titles import TITLE_RE, all_known, named

_QUESTION_RE = re.compile(r"^\s*(?:问\s*\d{0,2}\s*[:：]|\[问\]\s*[:：]?|记者\s*[:：])")


def question(norm: str) -> bool:
    """问：…？, 问1：, [问], 记者：…: a question of a Q&A page (an interview asks by the reporter's label)."""
    return _QUESTION_RE.match(norm) is not None


def answer(norm: str, asked: bool = False) -> int | None:
    """Where the text of an answer (答：…, [答]; right after a question (``asked``) also an official's
    label, 负责人：…) starts, or None for a line that is no answer."""
    m = ANSWER_RE.match(norm) or (SPEAKER_RE.match(norm) if asked else None)
    return m.end() if m else None


def about(asked: str, answer_text: str, known: list[str]) -> bool:
    """The answer is about a document already named (``known``, its titles): its question names it, in
    full or by its short name (问：《通知》的背景是什么？), or, when the question names no title, the
    answer opens with it and what it says (《方案》明确，…)."""
    if named(asked):
        return all_known(asked, known)
    opening = TITLE_RE.search(answer_text)
    return opening is not None and says(answer_text) and all_known(opening.group(), known)
