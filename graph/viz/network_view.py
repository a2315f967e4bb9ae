"""Full-graph and focus views: every node kind, a legend that filters by kind, and search."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Set as AbstractSet

from graph.records.data import KINDS, Item, Link, NodeRecord, PolicyGraph
from graph.viz.layout import spring
from graph.pagekit.style import KIND_COLOURS, KIND_NAMES, KIND_SHAPES, RELATION_WORDS, STRUCTURAL
from graph.viz.spec import MAX_EDGES, MAX_NODES, View
from graph.viz.tooltip import tip

LABEL_CHARS = 18


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS] + "…"


def _cap(kg: PolicyGraph, candidates: set[str], pinned: set[str]) -> set[str]:
    """Keep ``pinned`` and then the nodes with most links among ``candidates``, up to MAX_NODES."""
    if len(candidates) <= MAX_NODES:
        return candidates
    if candidates.issuperset(kg.nodes):
        degree = kg.network.degree
    else:
        degree = Counter(end for link in kg.network.among(candidates) for end in (link.source, link.target))
    return pinned | set(_top(candidates - pinned, degree, MAX_NODES - len(pinned)))


def _top(nodes: set[str], degree: Mapping[str, int], count: int) -> list[str]:
    """The ``count`` nodes of highest degree, ties by IRI: only those at or above the cut-off degree
    are sorted (the full view ranks every node of the graph, 280k at 100k items)."""
    if count <= 0 or not nodes:
        return []
    degrees = sorted((degree.get(n, 0) for n in nodes), reverse=True)
    floor = degrees[min(count, len(degrees)) - 1]
    return sorted((n for n in nodes if degree.get(n, 0) >= floor), key=lambda n: (-degree.get(n, 0), n))[:count]


def _cap_links(links: list[Link], pinned: set[str]) -> list[Link]:
    """Keep links touching ``pinned`` and then those whose ends have most links, up to MAX_EDGES, in their order."""
    if len(links) <= MAX_EDGES:
        return links
    degree = Counter(end for link in links for end in (link.source, link.target))
    ranked = sorted(range(len(links)), key=lambda i: (links[i].source not in pinned and links[i].target not in pinned,
                                                      -degree[links[i].source] - degree[links[i].target]))
    return [links[i] for i in sorted(ranked[:MAX_EDGES])]


def _note(kept: int, candidates: int, drawn: int, links: int) -> str | None:
    """What the page leaves out, in Chinese and English; None when it draws everything."""
    parts = []
    if kept < candidates:
        parts.append(f"显示 {kept} / {candidates} 个节点（按连接数） showing {kept} of {candidates} nodes, by degree")
    if drawn < links:
        parts.append(f"显示 {drawn} / {links} 条边（按两端连接数） showing {drawn} of {links} edges, by the degree of their ends")
    return " · ".join(parts) or None


def _node_tip(kg: PolicyGraph, items: dict[str, Item], node: NodeRecord, neighbours: list[str]) -> dict:
    """A document's own card; for any other node, its facts and the documents linked to it."""
    if node.iri in items:
        return tip(KIND_NAMES[node.kind], [], [items[node.iri]], kg)
    names = [n for n in node.names if n != node.label]
    lines = [KIND_NAMES[node.kind]] + ([f"别名 also: {'、'.join(names)}"] if names else [])
    return tip(node.label, lines, [items[n] for n in neighbours if n in items], kg)


def graph_view(kg: PolicyGraph, candidates: set[str], slug: str, title: str, pinned: AbstractSet[str] = frozenset()) -> View:
    """Draw ``candidates`` and the links among them, nodes and links capped by degree with a visible note."""
    kept = _cap(kg, candidates, set(pinned))
    among = kg.network.among(kept)
    links = _cap_links(among, set(pinned))
    if len(links) < len(among):  # a node whose every link was cut would float alone: it goes too
        linked = {end for link in links for end in (link.source, link.target)}
        had = {end for link in among for end in (link.source, link.target)}
        kept = {n for n in kept if n in linked or n in pinned or n not in had}
    note = _note(len(kept), len(candidates), len(links), len(among))
    order = sorted(kept)
    positions = spring(order, [(l.source, l.target) for l in links])
    items = {**kg.policies, **kg.activities}
    neighbours: dict[str, list[str]] = {n: [] for n in order}
    for link in links:
        neighbours[link.source].append(link.target)
        neighbours[link.target].append(link.source)
    nodes = [
        {
            "id": iri, "label": _short(kg.nodes[iri].label), "kind": kg.nodes[iri].kind,
            "search": " ".join((kg.nodes[iri].label, *kg.nodes[iri].names)),
            "shape": KIND_SHAPES.get(kg.nodes[iri].kind, "dot"), "color": KIND_COLOURS[kg.nodes[iri].kind],
            "size": 22 if iri in pinned else 12, "x": positions[iri][0], "y": positions[iri][1],
            "hidden": kg.nodes[iri].kind in STRUCTURAL,
            "tip": _node_tip(kg, items, kg.nodes[iri], sorted(set(neighbours[iri]))),
        }
        for iri in order
    ]
    edges = [
        {
            "id": f"e{i}", "from": l.source, "to": l.target, "arrows": "to",
            "tip": tip(RELATION_WORDS.get(l.relation, l.relation), [f"{_short(kg.name(l.source))} → {_short(kg.name(l.target))}"],
                       [items[e] for e in (l.source, l.target) if e in items], kg),
        }
        for i, l in enumerate(links)
    ]
    kinds = [k for k in KINDS if any(kg.nodes[n].kind == k for n in kept)]
    legend = [(KIND_NAMES[k], KIND_COLOURS[k]) for k in kinds]
    hidden = [k for k in kinds if k in STRUCTURAL]
    return View(slug, title, nodes, edges, legend, note, filters=kinds, hidden=hidden, directed=True)


def full_view(kg: PolicyGraph) -> View:
    return graph_view(kg, set(kg.nodes), "full-graph", "全图 Full graph")


def find_node(kg: PolicyGraph, query: str) -> NodeRecord:
    """The node whose label, other name or IRI is ``query``; label matches win, then kind order, then IRI."""
    wanted = query.strip()
    matches = [n for n in kg.nodes.values() if wanted in (n.label, n.iri, *n.names)]
    if not matches:
        near = sorted(n.label for n in kg.nodes.values() if wanted and wanted in n.label)[:5]
        hint = f"; did you mean: {', '.join(near)}" if near else ""
        raise LookupError(f"no node is labelled {query!r}{hint}")
    return min(matches, key=lambda n: (n.label != wanted, KINDS.index(n.kind), n.iri))


def focus_view(kg: PolicyGraph, query: str) -> View:
    """The node named ``query`` and its direct neighbours."""
    centre = find_node(kg, query)
    around = {centre.iri} | kg.network.touching(centre.iri)
    slug = "focus-" + "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in centre.iri.rsplit("/", 1)[-1])
    return graph_view(kg, around, slug, f"焦点 Focus: {centre.label}", pinned={centre.iri})
