"""Tooltip contents as data: the page builds DOM text nodes from it, so source text never becomes HTML."""

from __future__ import annotations

import heapq

from graph.records.data import Item, PolicyGraph

PASSAGE_CHARS = 240
CARDS_PER_TIP = 5


def card(item: Item, kg: PolicyGraph) -> dict:
    """Title, date, issuers and source passage of one policy or activity."""
    passage = "\n".join(item.passages)
    if len(passage) > PASSAGE_CHARS:
        passage = passage[:PASSAGE_CHARS] + "…"
    return {
        "title": item.title,
        "date": item.date or "日期不详 undated",
        "issuers": "、".join(kg.name(a) for a in item.issuers) or "发布机构不详 issuer unknown",
        "passage": passage,
    }


def tip(heading: str, lines: list[str], items: list[Item], kg: PolicyGraph, cards: int = CARDS_PER_TIP) -> dict:
    """A tooltip: heading, fact lines, then up to ``cards`` documents, newest first (only those are
    ranked: an agency's tooltip at 100k items draws 5 of its thousands of policies)."""
    newest = heapq.nlargest(cards, items, key=lambda i: (i.date or "", i.iri))
    return {
        "heading": heading,
        "lines": lines,
        "cards": [card(i, kg) for i in newest],
        "more": max(0, len(items) - cards),
    }
