"""A build's items as scorer records, read through the public vocabulary (rdflib), not the model's
internals, so the scorer keeps working while the readers and extractors change.

An item is a policy or an activity derived from a passage of the document (a document only
forwarded, implemented or cited has no passage of its own and is not an item).
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Iterable
from difflib import SequenceMatcher

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from benchmarks.extraction.gold import Record, title_key
from graph.namespaces import COUNTRY_CODE, DCTERMS, ELI, ID, OA, PKG, PROV, SCHEMA, SKOS

CONCEPT_SCHEME = URIRef(ID + "scheme/concepts")
KIND_CLASSES = {PKG + "NewsItem": "news", PKG + "Event": "event", PKG + "Statement": "statement",
                PKG + "Meeting": "meeting"}


def _u(iri: str) -> URIRef:
    return URIRef(iri)


def _one(g: Graph, s: Node, *predicates: str) -> str | None:
    values = sorted(str(o) for p in predicates for o in g.objects(s, _u(p)))
    return values[0] if values else None


def _label(g: Graph, node: Node) -> str:
    labels = sorted(str(o) for o in g.objects(node, _u(SKOS + "prefLabel"))
                    if isinstance(o, Literal) and (o.language or "").startswith("zh"))
    return labels[0] if labels else str(node)


def _titles(g: Graph, nodes: Iterable[Node]) -> frozenset[str]:
    return frozenset(title_key(str(t)) for n in nodes for t in g.objects(n, _u(DCTERMS + "title")))


def _region(g: Graph, nodes: list[Node]) -> str | None:
    if not nodes:
        return None
    node = min(nodes, key=str)
    code = _one(g, node, SKOS + "notation")
    return code or (COUNTRY_CODE if str(node).endswith("/CN") else None)


def _spans(g: Graph, s: Node) -> tuple[tuple[int, int], ...]:
    spans = []
    for passage in g.objects(s, _u(PROV + "wasDerivedFrom")):
        start, end = _one(g, passage, OA + "start"), _one(g, passage, OA + "end")
        if start is not None and end is not None:
            spans.append((int(start), int(end)))
    return tuple(sorted(spans))


def records(g: Graph) -> list[Record]:
    """Every item of the graph, in passage order."""
    policy, activity = _u(ELI + "LegalResource"), _u(PROV + "Activity")
    out = []
    for s in set(g.subjects(RDF.type, policy)) | set(g.subjects(RDF.type, activity)):
        spans = _spans(g, s)
        if spans:
            out.append(_record(g, s, spans, (s, RDF.type, policy) in g))
    return sorted(out, key=lambda r: (r.spans, r.label))


def _record(g: Graph, s: Node, spans: tuple[tuple[int, int], ...], is_policy: bool) -> Record:
    def obj(predicate: str) -> list[Node]:
        return list(g.objects(s, _u(predicate)))

    derived = any(isinstance(o, Literal) and o.toPython() is True for o in obj(PKG + "titleDerived"))
    title = None if derived or not is_policy else _one(g, s, DCTERMS + "title")
    kind = "policy" if is_policy else next(
        (KIND_CLASSES[str(c)] for c in g.objects(s, RDF.type) if str(c) in KIND_CLASSES), "news")
    agencies = obj(ELI + "passed_by") if is_policy else obj(PROV + "wasAssociatedWith")
    regions = obj(ELI + "jurisdiction") if is_policy else obj(DCTERMS + "spatial")
    concepts = [c for c in obj(ELI + "is_about") + obj(DCTERMS + "subject")
                if (c, _u(SKOS + "inScheme"), CONCEPT_SCHEME) in g]
    assertions = obj(PKG + "assertsEquivalence")
    cited = obj(ELI + "cites") + obj(DCTERMS + "references") + obj(PKG + "approves")
    return Record(
        kind=kind,
        date=_one(g, s, ELI + "date_document", DCTERMS + "date"),
        title=title,
        agencies=frozenset(_label(g, a) for a in agencies),
        region=_region(g, regions),
        concepts=frozenset(_label(g, c) for c in concepts),
        equivalence=bool(assertions),
        electronic_forms=frozenset(_label(g, f) for a in assertions for f in g.objects(a, _u(PKG + "electronicForm"))),
        forwards=_titles(g, obj(ELI + "ensures_implementation_of")),
        cites=_titles(g, cited),
        number=_one(g, s, ELI + "id_local", PKG + "documentNumber"),
        spans=spans,
        label=_one(g, s, DCTERMS + "title", SKOS + "prefLabel") or str(s),
    )


def aligned(found: list[Record], kept: str, text: str) -> list[Record]:
    """``found``'s passage spans, which index the text the build kept (``kept``: without the
    characters it drops, or a page's article), moved onto the document's own ``text``."""
    if kept == text:
        return found
    blocks = SequenceMatcher(None, kept, text, autojunk=False).get_matching_blocks()
    starts = [b.a for b in blocks]

    def moved(pos: int) -> int:
        block = blocks[max(0, bisect_right(starts, pos) - 1)]
        return block.b + min(pos - block.a, block.size)

    return [dataclasses.replace(r, spans=tuple((moved(s), moved(e)) for s, e in r.spans)) for r in found]
