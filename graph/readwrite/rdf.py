"""networkx model ↔ rdflib Graph, losing nothing either way."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import networkx as nx
import rdflib
from rdflib import Literal, URIRef

from graph.model.schema import PREDICATE_ATTRS, PREDICATE_RELATIONS
from graph.model.store import Model
from graph.namespaces import ID, PREFIXES, RDF
from graph.readwrite._convert import DATATYPES, Lit, triples

_KINDS = {datatype: kind for kind, datatype in DATATYPES.items()}


RdflibTriple = tuple[URIRef, URIRef, "URIRef | Literal"]


def rdflib_triples(g: Model | nx.MultiDiGraph) -> Iterator[RdflibTriple]:
    """The model's triples as rdflib terms, without filling a store (which costs more than making them).

    Each distinct term is made once: making rdflib terms is most of the cost of this conversion.
    """
    terms: dict[str | Lit, URIRef | Literal] = {}
    for s, p, o in triples(g):
        obj = terms.get(o)
        if obj is None:
            if isinstance(o, Lit):
                obj = Literal(o.value, lang=o.lang, datatype=URIRef(o.datatype) if o.datatype else None)
            else:
                obj = URIRef(o)
            terms[o] = obj
        subject = terms.get(s) or terms.setdefault(s, URIRef(s))
        yield subject, terms.get(p) or terms.setdefault(p, URIRef(p)), obj


def to_rdflib(g: Model | nx.MultiDiGraph, graph: rdflib.Graph | None = None) -> rdflib.Graph:
    out = graph if graph is not None else rdflib.Graph()
    for prefix, iri in PREFIXES.items():
        out.bind(prefix, iri, override=True)
    out.addN((s, p, o, out) for s, p, o in rdflib_triples(g))
    return out


def from_rdflib(graph: rdflib.Graph) -> nx.MultiDiGraph:
    """The model back from RDF: nodes are the subjects under the instance base."""
    g = nx.MultiDiGraph()
    for s, p, o in graph:
        s, p = str(s), str(p)
        if not s.startswith(ID):
            continue
        data = _node(g, s)
        if p == RDF + "type":
            data["classes"].append(str(o))
        elif isinstance(o, Literal):
            kind = o.language or _KINDS.get(str(o.datatype), "str")
            data.setdefault(PREDICATE_ATTRS[(p, kind)], []).append(_python(o, kind))
        elif p in PREDICATE_RELATIONS:
            _node(g, str(o))
            g.add_edge(s, str(o), key=PREDICATE_RELATIONS[p])
        else:
            data.setdefault(PREDICATE_ATTRS[(p, "iri")], []).append(str(o))
    for _, data in g.nodes(data=True):
        for key, value in data.items():
            if isinstance(value, list):
                value.sort(key=str)
    return g


def _node(g: nx.MultiDiGraph, iri: str) -> dict:
    if iri not in g:
        g.add_node(iri, type=iri[len(ID):].split("/", 1)[0], classes=[])
    return g.nodes[iri]


def _python(lit: Literal, kind: str) -> object:
    value = lit.toPython()
    if kind == "date" and isinstance(value, datetime.date):
        return value.isoformat()
    if kind == "str":
        return str(lit)
    return value
