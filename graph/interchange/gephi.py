"""The graph as Gephi opens it: the knowledge graph with node kinds, labels and the dates its timeline
plays, and the co-issuance network of agencies weighted by the documents they issued together."""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from pathlib import Path

import networkx as nx

from graph.interchange.facts import Facts
from graph.model.schema import RELATIONS
from graph.model.store import Model
from graph.readwrite.exports import atomic

KINDS = ("policy", "activity", "agency", "region", "concept")
"""The nodes drawn: documents, the bodies issuing them, where they apply and what they are about
(passages, sources, schemes and the SKOS terms of forms and levels would crowd the picture)."""
COLORS = {"policy": (31, 119, 180), "activity": (148, 103, 189), "agency": (214, 39, 40),
          "region": (44, 160, 44), "concept": (255, 127, 14)}
WRITERS = {"gexf": nx.write_gexf, "graphml": nx.write_graphml}


def knowledge_graph(model: Model) -> nx.MultiDiGraph:
    """Nodes with ``label``, ``kind``, ``date`` and ``start`` (when it enters the timeline); each relation
    between them an edge with ``relation`` and ``start``, the later of its ends' (an edge exists once both do)."""
    facts = Facts(model)
    entered = facts.entered
    g = nx.MultiDiGraph()
    for iri in sorted(model):
        kind = model[iri]["type"]
        if kind in KINDS:
            g.add_node(iri, **_present(label=facts.label(iri), kind=kind, date=facts.date(iri), start=entered.get(iri)))
    for s in g:
        for relation in RELATIONS:
            for o in model[s].get(relation, ()):
                if o in g:
                    starts = [entered[n] for n in (s, o) if n in entered]
                    g.add_edge(s, o, key=relation, **_present(relation=relation, start=max(starts, default=None)))
    return g


def co_issuance(model: Model) -> nx.Graph:
    """Agencies that issued a document, linked with ``weight`` = the documents they issued together and
    ``start`` = the first of them; each agency with its ``policies``, ``level`` and first date."""
    facts = Facts(model)
    g = nx.Graph()
    issued: Counter[str] = Counter()
    first: dict[tuple[str, str], str] = {}
    for p in facts.of_kind("policy"):
        issuers = sorted(facts.targets(p, "passed_by"))
        when = facts.date(p)
        issued.update(issuers)
        for pair in combinations(issuers, 2):
            if g.has_edge(*pair):
                g.edges[pair]["weight"] += 1
            else:
                g.add_edge(*pair, weight=1)
            if when and (pair not in first or when < first[pair]):
                first[pair] = when
    for agency, n in issued.items():
        g.add_node(agency, **_present(label=facts.label(agency), kind="agency", policies=n,
                                      level=next(iter(facts.labels(agency, "classification")), None),
                                      start=facts.entered.get(agency)))
    for pair, since in first.items():
        g.edges[pair]["start"] = since
    return g


def for_gexf(g: nx.Graph) -> nx.Graph:
    """A copy with Gephi's colours by kind (GEXF's viz attributes, which GraphML has no place for)."""
    out = g.copy()
    for _, data in out.nodes(data=True):
        r, green, b = COLORS[data["kind"]]
        data["viz"] = {"color": {"r": r, "g": green, "b": b, "a": 1.0}}
    return out


def write(model: Model, folder: Path, fmt: str) -> list[Path]:
    """``graph.FMT`` and ``co-issuance.FMT`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, g in (("graph", knowledge_graph(model)), ("co-issuance", co_issuance(model))):
        path = folder / f"{name}.{fmt}"
        with atomic(path) as fh:
            WRITERS[fmt](for_gexf(g) if fmt == "gexf" else g, fh)
        paths.append(path)
    return paths


def _present(**attrs: object) -> dict[str, object]:
    """The attributes that have a value: GEXF and GraphML have no null."""
    return {k: v for k, v in attrs.items() if v is not None}
