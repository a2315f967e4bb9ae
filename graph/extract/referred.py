"""Sentences about one of several documents an item issues, picked out by 其中 and a short form of its
title (印发《甲市电子印章管理办法》和《甲市电子证照管理办法》。其中电子印章办法根据《乙法》制定…): what they
say and the titles they cite are that document's, not the others'."""

from __future__ import annotations

import re

from graph.patterns.markers import strip_trailing_brackets

_SENTENCE_START = re.compile(r"(?:^|(?<=[。；;!！?？]))\s*(?P<at>其中)\s*《?(?P<ref>[\u4e00-\u9fff]{1,12}?)"
                             r"(?P<form>办法|规定|意见|方案|条例|细则|指引|规范|标准|通知|决定)》?")
_SENTENCE_END = re.compile(r"[。；;!！?？]")


def about_one(norm: str, titles: list[str]) -> list[tuple[int, int, int]]:
    """The sentences of ``norm`` that 其中 opens with a short form of exactly one of ``titles`` (their
    normalized names): (start, end, index of that title)."""
    if len(titles) < 2 or "其中" not in norm:
        return []
    out = []
    for m in _SENTENCE_START.finditer(norm):
        fits = [i for i, t in enumerate(titles) if _short_form(m.group("ref"), m.group("form"), t)]
        if len(fits) == 1:
            end = _SENTENCE_END.search(norm, m.end())
            out.append((m.start("at"), end.end() if end else len(norm), fits[0]))
    return out


def _short_form(ref: str, form: str, title: str) -> bool:
    """电子印章办法 of 甲市政务电子印章管理办法（试行）: the title ends with the form, and the words before it
    stand in the title in their order."""
    name = strip_trailing_brackets(title)
    if not name.endswith(form):
        return False
    pos = 0
    for ch in ref:
        pos = name.find(ch, pos) + 1
        if pos == 0:
            return False
    return True
