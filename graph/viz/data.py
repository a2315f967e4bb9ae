"""Read an RDF graph in the public vocabulary into plain records.

This is the only module of the views and the report that touches RDF: everything downstream
works on the frozen records below, so a change of vocabulary is fixed in one place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from types import MappingProxyType
from typing import Iterable, Mapping

from rdflib import Literal, URIRef
from rdflib.term import Identifier
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
_ROLE_RANK = {p: rank for rank, p in enumerate(_ROLE_KIND)}
_ROLE_KINDS = tuple(_ROLE_KIND.values())
"""A resource pointed at by several roles takes the kind of the last one in _ROLE_KIND."""
_CLASS_ORDER = sorted(_CLASS_KIND.items(), key=lambda pair: pair[1], reverse=True)
_CLASS_RANK = {URIRef(cls): rank for rank, (cls, _) in enumerate(_CLASS_ORDER)}
_CLASS_KINDS = tuple(kind for _, kind in _CLASS_ORDER)
"""A resource of several classes takes the kind of the last one in _CLASS_ORDER."""
_LABEL_PREDICATES = (
    SKOS + "prefLabel", DCTERMS + "title", PKG + "statement", PROV + "value",
    SKOS + "altLabel", SKOS + "notation",
)
_SEARCH_PREDICATES = (SKOS + "prefLabel", SKOS + "altLabel", DCTERMS + "title", SKOS + "notation")
_ITEM_FIELDS = {
    "policy": (ELI + "date_document", ELI + "passed_by", ELI + "jurisdiction", ELI + "is_about"),
    "activity": (DCTERMS + "date", PROV + "wasAssociatedWith", DCTERMS + "spatial", DCTERMS + "subject"),
}
"""(date, issuers, regions, concepts) predicates of each item kind."""
_TYPE = str(RDF.type)
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


Facts = Mapping[str, list[Identifier]]
"""One subject's objects by predicate IRI (plain str keys: rdflib terms compare in Python, slowly)."""
Index = dict[Identifier, Facts]
"""Every subject's facts: the whole graph bucketed in one pass over its triples."""
_NONE: Facts = MappingProxyType({})


Triple = tuple[Identifier, Identifier, Identifier]


def _index(g: Iterable[Triple]) -> Index:
    """Bucket every triple once: per-node store lookups (g.objects) took 44 s of a profiled build at 10k items."""
    index: Index = defaultdict(lambda: defaultdict(list))
    for s, p, o in g:
        index[s][str(p)].append(o)
    return index


def _is_zh(literal: Literal) -> bool:
    return (literal.language or "").lower().startswith("zh")


def _best(literals: Iterable[Literal]) -> str | None:
    """Prefer a Chinese literal, then an untagged one, then any; ties broken by text."""
    ranked = sorted(literals, key=lambda lit: (not _is_zh(lit), bool(lit.language), str(lit)))
    return str(ranked[0]) if ranked else None


def _literals(facts: Facts, predicate: str) -> list[Literal]:
    return [o for o in facts.get(predicate, ()) if isinstance(o, Literal)]


def _iris(facts: Facts, predicate: str) -> tuple[str, ...]:
    return tuple(sorted(str(o) for o in facts.get(predicate, ()) if isinstance(o, URIRef)))


def _label(facts: Facts, iri: str) -> str:
    for predicate in _LABEL_PREDICATES:
        text = _best(_literals(facts, predicate))
        if text:
            return text
    return iri.rsplit("/", 1)[-1]


def _kinds(index: Index) -> dict[URIRef, str]:
    """Each resource's kind: from rdf:type first, then from the property pointing at it, then
    from the design's IRI scheme (id/{kind}/…), so graphs with foreign IRIs still draw."""
    objects = {o for facts in index.values() for values in facts.values() for o in values if isinstance(o, URIRef)}
    kinds: dict[URIRef, str] = {}
    for term in (*index, *objects):
        if isinstance(term, URIRef) and term.startswith(ID):
            segment = term[len(ID):].split("/", 1)[0]
            if segment in KINDS:
                kinds[term] = segment
    roles: dict[URIRef, int] = {}
    classes: dict[URIRef, int] = {}
    for s, facts in index.items():
        for predicate, values in facts.items():
            rank = _ROLE_RANK.get(predicate)
            if rank is not None:
                for o in values:
                    if isinstance(o, URIRef) and roles.get(o, -1) < rank:
                        roles[o] = rank
        if isinstance(s, URIRef):
            ranks = [_CLASS_RANK[c] for c in facts.get(_TYPE, ()) if c in _CLASS_RANK]
            if ranks:
                classes[s] = max(ranks)
    kinds.update((o, _ROLE_KINDS[rank]) for o, rank in roles.items())
    kinds.update((s, _CLASS_KINDS[rank]) for s, rank in classes.items())
    return kinds


def _nodes(index: Index, kinds: dict[URIRef, str]) -> dict[str, Node]:
    nodes = {}
    for term, kind in kinds.items():
        facts = index.get(term, _NONE)
        iri = str(term)
        names = {str(o) for p in _SEARCH_PREDICATES for o in _literals(facts, p)}
        nodes[iri] = Node(iri, kind, _label(facts, iri), tuple(sorted(names)))
    return nodes


def curie(iri: str) -> str:
    """``eli:passed_by`` for a predicate in a known namespace, else the IRI itself."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and prefix != "id":
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _links(index: Index, nodes: dict[str, Node]) -> tuple[Link, ...]:
    relations = {p: curie(p) for p in {p for facts in index.values() for p in facts} if p != _TYPE}
    found: set[tuple[str, str, str]] = set()
    for s, facts in index.items():
        source = str(s)
        if source not in nodes:
            continue
        for predicate, values in facts.items():
            if predicate != _TYPE:
                relation = relations[predicate]
                found.update((source, relation, target) for o in values if isinstance(o, URIRef) and (target := str(o)) in nodes)
    return tuple(Link(source, target, relation) for source, relation, target in sorted(found))


def _date(facts: Facts, predicate: str) -> str | None:
    values = sorted(str(o)[:10] for o in _literals(facts, predicate))
    return values[0] if values else None


def _passages(index: Index, facts: Facts) -> tuple[str, ...]:
    texts = (_best(_literals(index.get(p, _NONE), PROV + "value")) for p in facts.get(PROV + "wasDerivedFrom", ()))
    return tuple(sorted(t for t in texts if t))


def _item(index: Index, node: Node) -> Item:
    facts = index.get(URIRef(node.iri), _NONE)
    date, issuers, regions, concepts = _ITEM_FIELDS[node.kind]
    title = _best(_literals(facts, DCTERMS + "title")) if node.kind == "policy" else None
    return Item(
        node.iri, node.kind, title or node.label, _date(facts, date), _iris(facts, issuers),
        _iris(facts, regions), _iris(facts, concepts), _passages(index, facts), _iris(facts, PKG + "assertsEquivalence"),
    )


def _level(facts: Facts) -> str | None:
    for iri in _iris(facts, ORG + "classification"):
        slug = iri.rstrip("/").rsplit("/", 1)[-1]
        if slug in LEVELS:
            return slug
    return None


def _region(index: Index, node: Node) -> Region:
    facts = index.get(URIRef(node.iri), _NONE)
    code = _best(_literals(facts, SKOS + "notation"))
    parents = [p for p in _iris(facts, SCHEMA + "containedInPlace") if p != node.iri]
    return Region(node.iri, node.label, code, parents[0] if parents else None)


def read_graph(g: Iterable[Triple]) -> PolicyGraph:
    """Turn an RDF graph in the public vocabulary (a Graph, or any iterable of its triples) into
    records the views and report use."""
    index = _index(g)
    nodes = _nodes(index, _kinds(index))
    by_kind: dict[str, list[Node]] = defaultdict(list)
    for node in nodes.values():
        by_kind[node.kind].append(node)
    items = {n.iri: _item(index, n) for n in by_kind["policy"] + by_kind["activity"]}
    topics = {c for item in items.values() if item.kind == "policy" for c in item.concepts}
    return PolicyGraph(
        policies={k: v for k, v in items.items() if v.kind == "policy"},
        activities={k: v for k, v in items.items() if v.kind == "activity"},
        agencies={n.iri: Agency(n.iri, n.label, _level(index.get(URIRef(n.iri), _NONE))) for n in by_kind["agency"]},
        regions={n.iri: _region(index, n) for n in by_kind["region"]},
        concepts={iri: nodes[iri] for iri in topics if iri in nodes},
        nodes=nodes,
        links=_links(index, nodes),
    )
