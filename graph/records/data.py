"""Read an RDF graph in the public vocabulary into plain records.

This module (with table, facts, links and terms, which it reads through) is the only one of the views
and the report that touches RDF: everything downstream works on the frozen records below, so a change
of vocabulary is fixed in one place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import eq, itemgetter, methodcaller
from typing import Any, Callable, Iterable, cast

from rdflib import Literal, URIRef
from rdflib.term import Identifier
from rdflib.namespace import RDF

from graph.gcpause import paused
from graph.namespaces import DCTERMS, ELI, ID, OA, ORG, PKG, PROV, SCHEMA, SKOS, curie
from graph.records import facts
from graph.records.links import Link, Network
from graph.records.table import Table, Triple, iri_only
from graph.records.terms import IS_IRI, IS_LITERAL

KINDS = (
    "policy", "activity", "agency", "region", "concept", "equivalence", "form", "doctype",
    "level", "sector", "effect", "source", "passage",
)
"""Node kinds, in the order legends list them."""
_KIND_SET = frozenset(KINDS)

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
_CLASS_RANK: dict[Identifier, int] = {URIRef(cls): rank for rank, (cls, _) in enumerate(_CLASS_ORDER)}
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
    sources: tuple[str, ...] = ()
    """The IRIs of the passages ``passages`` were read from (see ``PolicyGraph.passages``)."""
    implements: tuple[str, ...] = ()
    """The higher policies this one forwards or implements (eli:ensures_implementation_of)."""
    number: str | None = None
    """The document number (发文字号, eli:id_local) as written, where the input gave one."""


@dataclass(frozen=True)
class AgencyRecord:
    """An issuing body as the pages show it: its level, the region it serves, its sector."""

    iri: str
    label: str
    level: str | None
    region: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class RegionRecord:
    """A region as the pages show it: its code and the region containing it."""

    iri: str
    label: str
    code: str | None
    parent: str | None


@dataclass(frozen=True)
class NodeRecord:
    """Any resource of a known kind, for the full and focus views."""

    iri: str
    kind: str
    label: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class PassageRecord:
    """A source passage: its text, its character span in the source, and the source's file name or URL."""

    text: str
    start: int | None
    end: int | None
    source: str | None


@dataclass(frozen=True)
class PolicyGraph:
    policies: dict[str, Item]
    activities: dict[str, Item]
    agencies: dict[str, AgencyRecord]
    regions: dict[str, RegionRecord]
    concepts: dict[str, NodeRecord]
    nodes: dict[str, NodeRecord]
    network: Network = field(repr=False, compare=False)
    passages: dict[str, PassageRecord] = field(default_factory=dict, repr=False)
    broader: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Each concept's broader concepts (skos:broader)."""
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Each legal-equivalence assertion's electronic forms (pkg:electronicForm)."""

    @property
    def links(self) -> tuple[Link, ...]:
        """Every link, sorted: costly on a large graph, so the views ask ``network`` for the few they draw."""
        return self.network.all()

    def name(self, iri: str) -> str:
        """The display label of any node, falling back to the IRI's last segment."""
        node = self.nodes.get(iri)
        return node.label if node else iri.rsplit("/", 1)[-1]


def _literals(table: Table, term: Identifier, predicate: str) -> list[Literal]:
    return [cast(Literal, o) for o in table.objects(predicate, term) if IS_LITERAL[type(o)]]


def _iris(table: Table, term: Identifier, predicate: str) -> tuple[str, ...]:
    return tuple(sorted([str(o) for o in table.objects(predicate, term) if IS_IRI[type(o)]]))


def _scheme_kinds(terms: Iterable[Identifier]) -> dict[Identifier, str]:
    """The kind each IRI of the design's scheme (id/{kind}/…) names, worked out in C over all of them."""
    iris = iri_only(list(terms))
    ours = list(compress(iris, map(str.startswith, iris, repeat(ID))))
    segments = list(map(itemgetter(0), map(methodcaller("partition", "/"), map(itemgetter(slice(len(ID), None)), ours))))
    known = list(map(_KIND_SET.__contains__, segments))
    return dict(zip(compress(ours, known), compress(segments, known)))


def _kinds(table: Table) -> dict[Identifier, str]:
    """Each resource's kind: from rdf:type first, then from the property pointing at it, then
    from the design's IRI scheme (id/{kind}/…), so graphs with foreign IRIs still draw."""
    kinds = _scheme_kinds(table.subjects)
    kinds.update(_scheme_kinds(table.iri_objects().difference(table.subjects)))
    roles: dict[Identifier, int] = {}
    for predicate, rank in sorted(_ROLE_RANK.items(), key=itemgetter(1)):  # a higher rank overwrites
        roles.update(dict.fromkeys(iri_only(table.columns.get(predicate, ([], []))[1]), rank))
    subjects, types = table.rows(_TYPE, IS_IRI)
    ranks = {c: _CLASS_RANK.get(c) for c in dict.fromkeys(types)}  # once per class: _CLASS_RANK compares terms in Python
    typed = list(map(ranks.__getitem__, types))
    classes: dict[Identifier, int] = {}
    for rank in sorted({r for r in ranks.values() if r is not None}):  # a higher rank overwrites
        classes.update(dict.fromkeys(iri_only(list(compress(subjects, map(eq, typed, repeat(rank))))), rank))
    kinds.update((o, _ROLE_KINDS[rank]) for o, rank in roles.items())
    kinds.update((s, _CLASS_KINDS[rank]) for s, rank in classes.items())
    return kinds


def _items(table: Table, nodes: list[NodeRecord], terms: dict[str, Identifier]) -> dict[str, Item]:
    """The records of policies and activities, each property read for all of them at once."""
    titles = facts.texts(table, DCTERMS + "title")
    passages = facts.texts(table, PROV + "value")
    assertions = facts.iris(table, PKG + "assertsEquivalence")
    sources = facts.iris(table, PROV + "wasDerivedFrom")
    implements = facts.iris(table, ELI + "ensures_implementation_of")
    numbers = facts.texts(table, ELI + "id_local")
    readers: tuple[Callable[[Table, str], dict[Identifier, Any]], ...] = (facts.earliest, facts.iris, facts.iris, facts.iris)
    fields = {kind: [f(table, p) for f, p in zip(readers, predicates)] for kind, predicates in _ITEM_FIELDS.items()}
    items = {}
    for node in nodes:
        term = terms[node.iri]
        dates, issuers, regions, concepts = fields[node.kind]
        title = titles.get(term) if node.kind == "policy" else None
        texts = (passages.get(p) for p in table.objects(PROV + "wasDerivedFrom", term))
        items[node.iri] = Item(
            node.iri, node.kind, title or node.label, dates.get(term), issuers.get(term, ()), regions.get(term, ()),
            concepts.get(term, ()), tuple(sorted(t for t in texts if t)), assertions.get(term, ()),
            sources.get(term, ()), implements.get(term, ()), numbers.get(term),
        )
    return items


def _level(table: Table, term: Identifier) -> str | None:
    for iri in _iris(table, term, ORG + "classification"):
        slug = iri.rstrip("/").rsplit("/", 1)[-1]
        if slug in LEVELS:
            return slug
    return None


def _passages(table: Table, terms: dict[str, Identifier], iris: Iterable[str]) -> dict[str, PassageRecord]:
    """The passages named by ``iris``: text, span and the file name (dcterms:source) of the source they are part of."""
    texts = facts.texts(table, PROV + "value")
    starts, ends = facts.texts(table, OA + "start"), facts.texts(table, OA + "end")
    parts = facts.iris(table, DCTERMS + "isPartOf")
    files = facts.texts(table, DCTERMS + "source")
    found = {}
    for iri in iris:
        term = terms.get(iri)
        if term is None or term not in texts:
            continue
        whole = next((files[t] for t in map(terms.get, parts.get(term, ())) if t in files), None)
        start, end = starts.get(term), ends.get(term)
        found[iri] = PassageRecord(texts[term], int(start) if start else None, int(end) if end else None, whole)
    return found


def _region(table: Table, term: Identifier, node: NodeRecord) -> RegionRecord:
    code = facts.best(_literals(table, term, SKOS + "notation"))
    parents = [p for p in _iris(table, term, SCHEMA + "containedInPlace") if p != node.iri]
    return RegionRecord(node.iri, node.label, code, parents[0] if parents else None)


def read_graph(g: Iterable[Triple] | Table) -> PolicyGraph:
    """Turn an RDF graph in the public vocabulary (a Graph, any iterable of its triples, or their Table)
    into records the views and report use."""
    with paused():
        return _read(g if isinstance(g, Table) else Table.from_triples(g))


def _read(table: Table) -> PolicyGraph:
    """The records, each kind of fact read for every subject at once from the table's columns."""
    kinds = _kinds(table)
    terms = {str(term): term for term in kinds}
    labels = facts.first_texts(table, _LABEL_PREDICATES)
    names = facts.all_texts(table, _SEARCH_PREDICATES)
    nodes = {iri: NodeRecord(iri, kinds[term], labels.get(term) or iri.rsplit("/", 1)[-1], names.get(term, ()))
             for iri, term in terms.items()}
    by_kind: dict[str, list[NodeRecord]] = defaultdict(list)
    for node in nodes.values():
        by_kind[node.kind].append(node)
    items = _items(table, by_kind["policy"] + by_kind["activity"], terms)
    topics = {c for item in items.values() if item.kind == "policy" for c in item.concepts}
    relations = {p: curie(p) for p in table.columns if p != _TYPE}
    served, sectors = facts.iris(table, SCHEMA + "areaServed"), facts.iris(table, PKG + "sector")
    broader = facts.iris(table, SKOS + "broader")
    forms = facts.iris(table, PKG + "electronicForm")
    return PolicyGraph(
        policies={k: v for k, v in items.items() if v.kind == "policy"},
        activities={k: v for k, v in items.items() if v.kind == "activity"},
        agencies={n.iri: AgencyRecord(n.iri, n.label, _level(table, terms[n.iri]), served.get(terms[n.iri], (None,))[0],
                                      sectors.get(terms[n.iri], (None,))[0]) for n in by_kind["agency"]},
        regions={n.iri: _region(table, terms[n.iri], n) for n in by_kind["region"]},
        concepts={iri: nodes[iri] for iri in topics if iri in nodes},
        nodes=nodes,
        network=Network(table, {term: iri for iri, term in terms.items()}, relations),
        passages=_passages(table, terms, {s for item in items.values() for s in item.sources}),
        broader={str(c): b for c, b in broader.items() if str(c) in nodes},
        forms={str(a): f for a, f in forms.items()},
    )
