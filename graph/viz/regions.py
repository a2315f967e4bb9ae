"""Regions view: the administrative tree from 中国 down to every region with a policy."""

from __future__ import annotations

import math
from collections import defaultdict

from graph.records.data import Item, PolicyGraph
from graph.viz.layout import tree
from graph.pagekit.style import KIND_COLOURS
from graph.viz.spec import MAX_NODES, View
from graph.viz.tooltip import tip

MARK_COLOUR = "#edc948"


def _ancestors(kg: PolicyGraph, iri: str) -> list[str]:
    """``iri`` and the regions containing it, stopping at a cycle or an unknown parent."""
    chain: list[str] = []
    while iri in kg.regions and iri not in chain:
        chain.append(iri)
        iri = kg.regions[iri].parent or ""
    return chain


def _subtree_items(kg: PolicyGraph) -> dict[str, dict[str, Item]]:
    """Policies per region, counting each policy in its region and in every region above it."""
    found: dict[str, dict[str, Item]] = defaultdict(dict)
    for policy in kg.policies.values():
        for region in policy.regions:
            for above in _ancestors(kg, region):
                found[above][policy.iri] = policy
    return found


def _keep(kg: PolicyGraph, totals: dict[str, int]) -> list[str]:
    """Regions with the most policies, each with its ancestors, up to MAX_NODES."""
    kept: dict[str, None] = {}
    for iri in sorted(totals, key=lambda r: (-totals[r], r)):
        chain = [r for r in _ancestors(kg, iri) if r not in kept]
        if len(kept) + len(chain) > MAX_NODES:
            break
        kept.update(dict.fromkeys(chain))
    return sorted(kept)


def regions_view(kg: PolicyGraph) -> View:
    """Each region sized by its policies (its own and those below it), starred where its own policies assert legal equivalence."""
    items = _subtree_items(kg)
    kept = _keep(kg, {r: len(v) for r, v in items.items()})
    note = None
    if len(kept) < len(items):
        note = f"显示 {len(kept)} / {len(items)} 个地区（按政策数） showing {len(kept)} of {len(items)} regions, by policy count"
    parents = {r: kg.regions[r].parent for r in kept}
    positions = tree(parents, key=lambda r: (kg.regions[r].code or "", r))
    most = max((len(v) for v in items.values()), default=1)
    nodes = []
    for iri in kept:
        region, policies = kg.regions[iri], list(items[iri].values())
        own = [p for p in policies if iri in p.regions]
        assertions = sorted({a for p in own for a in p.assertions})
        marked = bool(assertions)
        lines = [f"代码 code: {region.code or '—'}", f"本级政策 own policies: {len(own)}", f"含下级 with subregions: {len(policies)}"]
        if marked:
            lines.append(f"同等法律效力表述 legal-equivalence assertions: {len(assertions)}")
        nodes.append({
            "id": iri, "label": region.label + (" ⚖" if marked else ""), "kind": "region",
            "shape": "star" if marked else "dot",
            "color": {"background": MARK_COLOUR if marked else KIND_COLOURS["region"], "border": "#333333"},
            "borderWidth": 3 if marked else 1,
            "size": round(10 + 30 * math.sqrt(len(policies) / most), 1),
            "x": positions[iri][0], "y": positions[iri][1],
            "tip": tip(region.label, lines, policies, kg),
        })
    edges = [
        {"id": f"e{i}", "from": parents[r], "to": r}
        for i, r in enumerate(r for r in kept if parents[r] in parents)
    ]
    legend = [("地区 region", KIND_COLOURS["region"]), ("★ ⚖ 有同等法律效力表述 legal equivalence asserted", MARK_COLOUR)]
    return View("regions", "地区 Regions", nodes, edges, legend, note)
