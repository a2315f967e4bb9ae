"""networkx model ↔ rdflib Graph, losing nothing either way."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import repeat
from typing import Any

import networkx as nx
import rdflib
from rdflib import Literal, URIRef
from rdflib.term import Identifier, Node

from graph.model.schema import PREDICATE_ATTRS, PREDICATE_RELATIONS
from graph.model.store import Model, as_model, to_networkx
from graph.namespaces import ID, PREFIXES, RDF
from graph.readwrite._convert import (DATATYPES, DATE_PRECISIONS, LANGUAGES, NOT_TRIPLES, PREDICATES, TYPE, date_datatype,
                                      lexical, unknown_key)

_KINDS = {datatype: kind for kind, datatype in DATATYPES.items()} | {d: "date" for d in DATE_PRECISIONS.values()}


RdflibTriple = tuple[URIRef, URIRef, "URIRef | Literal"]
Columns = dict[str, tuple[list[Identifier], list[Identifier]]]
"""Predicate IRI → (subjects, objects) of its triples, row by row: URIRefs, and Literals among the objects."""


class Terms(dict):
    """Each distinct value's rdflib term, made on first use: making rdflib terms is most of the cost of
    converting to them, and ``map(terms.__getitem__, values)`` finds those already made in C."""

    def __init__(self, make: Callable[[Any], Node]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, value: Any) -> Node:
        term = self[value] = self.make(value)
        return term


def _literals(kind: str) -> Terms:
    lang = kind if kind in LANGUAGES else None
    if kind == "date":
        return Terms(lambda value: Literal(lexical(value, kind), datatype=URIRef(date_datatype(value))))
    datatype = URIRef(DATATYPES[kind]) if kind in DATATYPES else None
    return Terms(lambda value: Literal(lexical(value, kind), lang=lang, datatype=datatype))


def rdflib_columns(g: Model | nx.MultiDiGraph) -> tuple[list[Identifier], Columns]:
    """The model's triples as rdflib terms in one column pair per predicate, and the subjects in order.

    What the views read, made without a tuple per triple: the model already groups a node's values by
    predicate, so each group is appended at once. Rows keep the model's order (node by node, types first).
    """
    iris = Terms(URIRef)
    made = {kind: iris if kind == "iri" else _literals(kind) for _, kind in PREDICATES.values()}
    keys = {name: (predicate, made[kind]) for name, (predicate, kind) in PREDICATES.items()}
    subjects: list[Identifier] = []
    columns: Columns = {}

    def add(predicate: str, subject: URIRef, terms: Terms, values: list) -> None:
        column = columns.get(predicate)
        if column is None:
            column = columns[predicate] = ([], [])
        column[0].extend(repeat(subject, len(values)))
        column[1].extend(map(terms.__getitem__, values))

    for node, data in as_model(g).items():
        subject = iris[node]
        found = False
        if data.get("classes"):
            add(TYPE, subject, iris, data["classes"])
            found = True
        for name, values in data.items():
            key = keys.get(name)
            if key is None:
                if name not in NOT_TRIPLES:
                    raise unknown_key(node, name)
            elif values:
                add(key[0], subject, key[1], values)
                found = True
        if found:
            subjects.append(subject)
    return subjects, columns


def rdflib_triples(g: Model | nx.MultiDiGraph) -> Iterator[RdflibTriple]:
    """The model's triples as rdflib terms, predicate by predicate."""
    for predicate, (subjects, objects) in rdflib_columns(g)[1].items():
        yield from zip(subjects, repeat(URIRef(predicate)), objects)


def to_rdflib(g: Model | nx.MultiDiGraph, graph: rdflib.Graph | None = None) -> rdflib.Graph:
    out = graph if graph is not None else rdflib.Graph()
    for prefix, iri in PREFIXES.items():
        out.bind(prefix, iri, override=True)
    out.addN((s, p, o, out) for s, p, o in rdflib_triples(g))
    return out


Row = tuple[str, str, str, "str | None"]
"""A triple as text: subject, predicate, object IRI or lexical form, and a literal's kind (None for an IRI)."""


def from_rdflib(graph: rdflib.Graph) -> nx.MultiDiGraph:
    """The model back from RDF: nodes are the subjects under the instance base."""
    return to_networkx(model_from_rows(
        (str(s), str(p), str(o), literal_kind(o.language, str(o.datatype)) if isinstance(o, Literal) else None)
        for s, p, o in graph))


def literal_kind(language: str | None, datatype: str) -> str:
    """The model's kind of a literal (zh, en, date, int, bool or str) from its language tag or datatype."""
    return language or _KINDS.get(datatype, "str")


def model_from_rows(rows: Iterable[Row]) -> Model:
    """The model of triples given as text, whichever parser read them."""
    model: Model = {}
    for s, p, o, kind in rows:
        if not s.startswith(ID):
            continue
        data = _node(model, s)
        if p == RDF + "type":
            data["classes"].append(o)
        elif kind is not None:
            data.setdefault(PREDICATE_ATTRS[(p, kind)], []).append(_python(o, kind))
        elif p in PREDICATE_RELATIONS:
            _node(model, o)
            data.setdefault(PREDICATE_RELATIONS[p], []).append(o)
        else:
            data.setdefault(PREDICATE_ATTRS[(p, "iri")], []).append(o)
    for data in model.values():
        for key, value in data.items():
            if isinstance(value, list):
                value.sort(key=str)
    return model


def _node(model: Model, iri: str) -> dict:
    data = model.get(iri)
    if data is None:
        data = model[iri] = {"type": iri[len(ID):].split("/", 1)[0], "classes": []}
    return data


def _python(lexical: str, kind: str) -> object:
    """A literal's value as the model holds it: integers and booleans typed, every other kind its text."""
    if kind == "int":
        return int(lexical)
    if kind == "bool":
        return lexical in ("true", "1")
    return lexical
