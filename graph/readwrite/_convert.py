"""The model as plain triples: (subject IRI, predicate IRI, object), object an IRI or a Lit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

import networkx as nx

from graph.model.schema import ATTRS, RELATIONS
from graph.model.store import Model, as_model
from graph.namespaces import RDF, XSD

DATATYPES = {"date": XSD + "date", "int": XSD + "integer", "bool": XSD + "boolean"}
LANGUAGES = {"zh", "en"}
"""Kinds of values that are language-tagged strings; the others are typed by DATATYPES or plain."""
TYPE = RDF + "type"

PREDICATES: dict[str, tuple[str, str]] = {
    **{name: (attr.predicate, attr.kind) for name, attr in ATTRS.items()},
    **{name: (predicate, "iri") for name, predicate in RELATIONS.items()},
}
"""Every model key that becomes triples → (predicate IRI, kind of its values); relations are IRIs."""


def predicates_as(term: Callable[[str], str]) -> dict[str, tuple[str, str]]:
    """Every model key that becomes triples → (its predicate as a format writes it, kind of its values)."""
    return {name: (term(predicate), kind) for name, (predicate, kind) in PREDICATES.items()}


class Lit(NamedTuple):
    value: str
    lang: str | None = None
    datatype: str | None = None


Triple = tuple[str, str, "str | Lit"]


def lexical(value: object, kind: str) -> str:
    """A literal's lexical form: booleans as the XSD spells them."""
    if kind == "bool":
        return "true" if value else "false"
    return str(value)


def literal(value: object, kind: str) -> Lit:
    if kind in LANGUAGES:
        return Lit(str(value), lang=kind)
    return Lit(lexical(value, kind), datatype=DATATYPES.get(kind))


def triples(g: Model | nx.MultiDiGraph) -> Iterator[Triple]:
    for node, data in as_model(g).items():
        for cls in data.get("classes", ()):
            yield node, TYPE, cls
        for name, values in data.items():
            found = PREDICATES.get(name)
            if found is None:
                continue
            predicate, kind = found
            for value in values:
                yield node, predicate, (str(value) if kind == "iri" else literal(value, kind))
