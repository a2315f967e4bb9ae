"""Agency–concept view: who issues policy about what, edge width by the number of policies."""

from __future__ import annotations

import math
from collections import defaultdict
from operator import attrgetter

from graph.records.data import Item, PolicyGraph
from graph.viz.layout import columns
from graph.pagekit.style import KIND_COLOURS, LEVEL_COLOURS, LEVEL_NAMES
from graph.viz.spec import View
from graph.viz.tooltip import tip

MAX_AGENCIES = 300
START_ROWS = 14
"""Rows of the columns the page opens on at full size (labels readable) when there are more; scrolling shows the rest."""
EDGE_CARDS = 2
"""Documents on an edge's tooltip: each is a card written once per page, and at 100k items
6,687 edges showing five each made 8,303 distinct cards, 3.4 of the page's 6.0 MB."""


_IRI = attrgetter("iri")


def _pairs(kg: PolicyGraph) -> dict[tuple[str, str], list[Item]]:
    pairs: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for policy in kg.policies.values():
        for agency in policy.issuers:
            for concept in policy.concepts:
                pairs[(agency, concept)].append(policy)
    return pairs


def _by_end(pairs: dict[tuple[str, str], list[Item]], end: int) -> dict[str, list[Item]]:
    """Distinct policies per agency (end 0) or per concept (end 1), unsorted: only counted, and ranked by tips."""
    found: dict[str, dict[str, Item]] = defaultdict(dict)
    for pair, items in pairs.items():
        found[pair[end]].update(zip(map(_IRI, items), items))
    return {k: list(v.values()) for k, v in found.items()}


def _size(count: int, most: int) -> float:
    """Radius 8–20 px: the columns are 60 px apart, so a node and its label never reach the next one."""
    return round(8 + 12 * math.sqrt(count / most), 1)


def agency_concept_view(kg: PolicyGraph) -> View:
    """Agencies coloured by level and sized by policy count, linked to the concepts of their policies: agencies in
    a column by level and policy count, concepts in a column beside them, so no label covers another."""
    pairs = _pairs(kg)
    agencies = _by_end(pairs, 0)
    ranked = sorted(agencies, key=lambda a: (-len(agencies[a]), a))
    kept = set(ranked[:MAX_AGENCIES])
    pairs = {pair: items for pair, items in pairs.items() if pair[0] in kept}
    concepts = _by_end(pairs, 1)
    note = None
    if len(agencies) > MAX_AGENCIES:
        note = f"显示 {MAX_AGENCIES} / {len(agencies)} 个机构（按政策数） showing {MAX_AGENCIES} of {len(agencies)} agencies, by policy count"
    levels = {level: rank for rank, level in enumerate(LEVEL_COLOURS)}
    left = sorted(kept, key=lambda a: (levels[kg.agencies[a].level if a in kg.agencies else None], -len(agencies[a]), a))
    positions = columns(left, sorted(concepts, key=lambda c: (-len(concepts[c]), c)))
    most = max((len(v) for v in [*agencies.values(), *concepts.values()]), default=1)
    nodes = []
    for iri in sorted(kept):
        level = kg.agencies[iri].level if iri in kg.agencies else None
        count = len(agencies[iri])
        nodes.append({
            "id": iri, "label": kg.name(iri), "kind": "agency", "shape": "dot",
            "color": LEVEL_COLOURS[level], "size": _size(count, most),
            "x": positions[iri][0], "y": positions[iri][1],
            "tip": tip(kg.name(iri), [LEVEL_NAMES[level], f"政策 policies: {count}"], agencies[iri], kg),
        })
    for iri in sorted(concepts):
        count = len(concepts[iri])
        nodes.append({
            "id": iri, "label": kg.name(iri), "kind": "concept", "shape": "diamond",
            "color": KIND_COLOURS["concept"], "size": _size(count, most),
            "x": positions[iri][0], "y": positions[iri][1],
            "tip": tip(kg.name(iri), [f"政策 policies: {count}"], concepts[iri], kg),
        })
    widest = max((len(v) for v in pairs.values()), default=1)
    edges = [
        {
            "id": f"e{i}", "from": a, "to": c, "width": round(1 + 9 * len(items) / widest, 1),
            "tip": tip(f"{kg.name(a)} → {kg.name(c)}", [f"政策 policies: {len(items)}"], items, kg, EDGE_CARDS),
        }
        for i, ((a, c), items) in enumerate(sorted(pairs.items()))
    ]
    legend = [(LEVEL_NAMES[level], colour) for level, colour in LEVEL_COLOURS.items()]
    legend.append(("概念 concept ◆", KIND_COLOURS["concept"]))
    top = min((y for _, y in positions.values()), default=0.0)
    start = {"position": {"x": 0, "y": top + START_ROWS * 30}, "scale": 1} if len(positions) > 2 * START_ROWS else None
    return View("agency-concept", "机构–概念 Agency–concept", nodes, edges, legend, note, start=start)
