"""Read an RDF graph in the public vocabulary into plain records.

This is the only module of the views and the report that touches RDF: everything downstream
works on the frozen records below, so a change of vocabulary is fixed in one place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from graph.namespaces import DCTERMS, ELI, ID, ORG, PKG, PREFIXES, PROV, SCHEMA, SKOS

KINDS = (
    "policy", "activity", "agency", "region", "concept", "equivalence", "form", "doctype",
    "level", "sector", "effect", "source", "passage",
)
"""Node kinds, in the order legends list them."""

_CLASS_KIND = {
    ELI + "LegalResource": "policy",
    SCHEMA + "Legislation": "policy",
    PROV + "Activity": "activity",
    PKG + "NewsItem": "activity",
    PKG + "Event": "activity",
    PKG + "Statement": "activity",
    PKG + "Meeting": "activity",
    ORG + "Organization": "agency",
    SCHEMA + "GovernmentOrganization": "agency",
    SCHEMA + "AdministrativeArea": "region",
    PKG + "LegalEquivalenceAssertion": "equivalence",
}
_ROLE_KIND = {
    ELI + "passed_by": "agency",
    PROV + "wasAssociatedWith": "agency",
    ELI + "jurisdiction": "region",
    DCTERMS + "spatial": "region",
    SCHEMA + "containedInPlace": "region",
    ELI + "is_about": "concept",
    DCTERMS + "subject": "concept",
    PKG + "assertsEquivalence": "equivalence",
    PROV + "wasDerivedFrom": "passage",
}
_LABEL_PREDICATES = (
    SKOS + "prefLabel", DCTERMS + "title", PKG + "statement", PROV + "value",
    SKOS + "altLabel", SKOS + "notation",
)
_SEARCH_PREDICATES = (SKOS + "prefLabel", SKOS + "altLabel", DCTERMS + "title", SKOS + "notation")
LEVELS = ("national", "provincial", "municipal", "county")


@dataclass(frozen=True)
class Item:
    """A policy or an activity: what every tooltip about a document shows."""

    iri: str
    kind: str
    title: str
    date: str | None
    issuers: tuple[str, ...]
    regions: tuple[str, ...]
    concepts: tuple[str, ...]
    passages: tuple[str, ...]
    assertions: tuple[str, ...]


@dataclass(frozen=True)
class Agency:
    iri: str
    label: str
    level: str | None


@dataclass(frozen=True)
class Region:
    iri: str
    label: str
    code: str | None
    parent: str | None


@dataclass(frozen=True)
class Node:
    """Any resource of a known kind, for the full and focus views."""

    iri: str
    kind: str
    label: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Link:
    source: str
    target: str
    relation: str


@dataclass(frozen=True)
class PolicyGraph:
    policies: dict[str, Item]
    activities: dict[str, Item]
    agencies: dict[str, Agency]
    regions: dict[str, Region]
    concepts: dict[str, Node]
    nodes: dict[str, Node]
    links: tuple[Link, ...]

    def name(self, iri: str) -> str:
        """The display label of any node, falling back to the IRI's last segment."""
        node = self.nodes.get(iri)
        return node.label if node else iri.rsplit("/", 1)[-1]


def _is_zh(literal: Literal) -> bool:
    return (literal.language or "").lower().startswith("zh")


def _best(literals: Iterable[Literal]) -> str | None:
    """Prefer a Chinese literal, then an untagged one, then any; ties broken by text."""
    ranked = sorted(literals, key=lambda lit: (not _is_zh(lit), bool(lit.language), str(lit)))
    return str(ranked[0]) if ranked else None


def _literals(g: Graph, subject: URIRef, predicate: str) -> list[Literal]:
    return [o for o in g.objects(subject, URIRef(predicate)) if isinstance(o, Literal)]


def _iris(g: Graph, subject: URIRef, predicate: str) -> tuple[str, ...]:
    return tuple(sorted(str(o) for o in g.objects(subject, URIRef(predicate)) if isinstance(o, URIRef)))


def _label(g: Graph, subject: URIRef) -> str:
    for predicate in _LABEL_PREDICATES:
        text = _best(_literals(g, subject, predicate))
        if text:
            return text
    return str(subject).rsplit("/", 1)[-1]


def _kinds(g: Graph) -> dict[str, str]:
    """Each resource's kind: from rdf:type first, then from the property pointing at it, then
    from the design's IRI scheme (id/{kind}/…), so graphs with foreign IRIs still draw."""
    kinds: dict[str, str] = {}
    for term in set(g.subjects()) | set(g.objects()):
        text = str(term)
        segment = text[len(ID):].split("/", 1)[0]
        if isinstance(term, URIRef) and text.startswith(ID) and segment in KINDS:
            kinds[text] = segment
    for predicate, kind in _ROLE_KIND.items():
        for o in g.objects(None, URIRef(predicate)):
            if isinstance(o, URIRef):
                kinds[str(o)] = kind
    for cls, kind in sorted(_CLASS_KIND.items(), key=lambda pair: pair[1], reverse=True):
        for s in g.subjects(RDF.type, URIRef(cls)):
            if isinstance(s, URIRef):
                kinds[str(s)] = kind
    return kinds


def _nodes(g: Graph) -> dict[str, Node]:
    nodes = {}
    for iri, kind in _kinds(g).items():
        subject = URIRef(iri)
        names = {str(o) for p in _SEARCH_PREDICATES for o in _literals(g, subject, p)}
        nodes[iri] = Node(iri, kind, _label(g, subject), tuple(sorted(names)))
    return nodes


def curie(iri: str) -> str:
    """``eli:passed_by`` for a predicate in a known namespace, else the IRI itself."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and prefix != "id":
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _links(g: Graph, nodes: dict[str, Node]) -> tuple[Link, ...]:
    links = {
        Link(str(s), str(o), curie(str(p)))
        for s, p, o in g
        if p != RDF.type and str(s) in nodes and str(o) in nodes and isinstance(o, URIRef)
    }
    return tuple(sorted(links, key=lambda link: (link.source, link.relation, link.target)))


def _date(g: Graph, subject: URIRef, predicate: str) -> str | None:
    values = sorted(str(o)[:10] for o in _literals(g, subject, predicate))
    return values[0] if values else None


def _passages(g: Graph, subject: URIRef) -> tuple[str, ...]:
    texts = (_best(_literals(g, p, PROV + "value")) for p in g.objects(subject, URIRef(PROV + "wasDerivedFrom")))
    return tuple(sorted(t for t in texts if t))


def _item(g: Graph, node: Node) -> Item:
    s = URIRef(node.iri)
    if node.kind == "policy":
        title = _best(_literals(g, s, DCTERMS + "title")) or node.label
        return Item(
            node.iri, "policy", title, _date(g, s, ELI + "date_document"), _iris(g, s, ELI + "passed_by"),
            _iris(g, s, ELI + "jurisdiction"), _iris(g, s, ELI + "is_about"), _passages(g, s),
            _iris(g, s, PKG + "assertsEquivalence"),
        )
    return Item(
        node.iri, "activity", node.label, _date(g, s, DCTERMS + "date"), _iris(g, s, PROV + "wasAssociatedWith"),
        _iris(g, s, DCTERMS + "spatial"), _iris(g, s, DCTERMS + "subject"), _passages(g, s),
        _iris(g, s, PKG + "assertsEquivalence"),
    )


def _level(g: Graph, subject: URIRef) -> str | None:
    for iri in _iris(g, subject, ORG + "classification"):
        slug = iri.rstrip("/").rsplit("/", 1)[-1]
        if slug in LEVELS:
            return slug
    return None


def _region(g: Graph, node: Node) -> Region:
    s = URIRef(node.iri)
    code = _best(_literals(g, s, SKOS + "notation"))
    parents = [p for p in _iris(g, s, SCHEMA + "containedInPlace") if p != node.iri]
    return Region(node.iri, node.label, code, parents[0] if parents else None)


def read_graph(g: Graph) -> PolicyGraph:
    """Turn an RDF graph in the public vocabulary into records the views and report use."""
    nodes = _nodes(g)
    by_kind: dict[str, list[Node]] = defaultdict(list)
    for node in nodes.values():
        by_kind[node.kind].append(node)
    items = {n.iri: _item(g, n) for n in by_kind["policy"] + by_kind["activity"]}
    topics = {c for item in items.values() if item.kind == "policy" for c in item.concepts}
    return PolicyGraph(
        policies={k: v for k, v in items.items() if v.kind == "policy"},
        activities={k: v for k, v in items.items() if v.kind == "activity"},
        agencies={n.iri: Agency(n.iri, n.label, _level(g, URIRef(n.iri))) for n in by_kind["agency"]},
        regions={n.iri: _region(g, n) for n in by_kind["region"]},
        concepts={iri: nodes[iri] for iri in topics if iri in nodes},
        nodes=nodes,
        links=_links(g, nodes),
    )
