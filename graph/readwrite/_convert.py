"""The model as plain triples: (subject IRI, predicate IRI, object), object an IRI or a Lit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import networkx as nx

from graph.model.schema import ATTRS, RELATIONS
from graph.namespaces import RDF, XSD

DATATYPES = {"date": XSD + "date", "int": XSD + "integer", "bool": XSD + "boolean"}


class Lit(NamedTuple):
    value: str
    lang: str | None = None
    datatype: str | None = None


Triple = tuple[str, str, "str | Lit"]


def literal(value: object, kind: str) -> Lit:
    if kind in {"zh", "en"}:
        return Lit(str(value), lang=kind)
    if kind == "bool":
        return Lit("true" if value else "false", datatype=DATATYPES[kind])
    return Lit(str(value), datatype=DATATYPES.get(kind))


def triples(g: nx.MultiDiGraph) -> Iterator[Triple]:
    for node, data in g.nodes(data=True):
        for cls in data.get("classes", ()):
            yield node, RDF + "type", cls
        for name, values in data.items():
            attr = ATTRS.get(name)
            if attr is None:
                continue
            for value in values:
                yield node, attr.predicate, (str(value) if attr.kind == "iri" else literal(value, attr.kind))
    for s, o, key in g.edges(keys=True):
        yield s, RELATIONS[key], o
