"""How the model's keys and values become RDF terms: the tables and forms every writer shares."""

from __future__ import annotations

from collections.abc import Callable

from graph.model.schema import ATTRS, RELATIONS, SchemaError
from graph.namespaces import RDF, XSD

DATATYPES = {"date": XSD + "date", "int": XSD + "integer", "bool": XSD + "boolean"}
DATE_PRECISIONS = {10: XSD + "date", 7: XSD + "gYearMonth", 4: XSD + "gYear"}
"""A date value's datatype by the length of its ISO form: a date given to the month only is an
``xsd:gYearMonth`` ("2020-05"), to the year only an ``xsd:gYear``, never padded to a day."""
LANGUAGES = {"zh", "en"}
"""Kinds of values that are language-tagged strings; the others are typed by DATATYPES or plain."""
TYPE = RDF + "type"

PREDICATES: dict[str, tuple[str, str]] = {
    **{name: (attr.predicate, attr.kind) for name, attr in ATTRS.items()},
    **{name: (relation.predicate, "iri") for name, relation in RELATIONS.items()},
}
"""Every model key that becomes triples → (predicate IRI, kind of its values); relations are IRIs."""
NOT_TRIPLES = frozenset({"type", "classes"})
"""The model keys that are no predicate: the kind, and the classes written as rdf:type."""


def unknown_key(iri: str, name: str) -> SchemaError:
    """What a writer raises for a key that is neither a predicate nor one of NOT_TRIPLES, rather than
    leave the node without its triples."""
    return SchemaError(f"{iri}: no predicate for the model key {name!r} (graph/model/schema.py)")


def predicates_as(term: Callable[[str], str]) -> dict[str, tuple[str, str]]:
    """Every model key that becomes triples → (its predicate as a format writes it, kind of its values)."""
    return {name: (term(predicate), kind) for name, (predicate, kind) in PREDICATES.items()}


def date_datatype(value: object) -> str:
    """The datatype IRI of a date value at its precision (2021-03-05, 2021-03, 2021)."""
    return DATE_PRECISIONS.get(len(str(value)), DATATYPES["date"])


def datatype_of(value: object, kind: str) -> str | None:
    """The datatype IRI of one literal of ``kind`` (None for plain and language-tagged strings)."""
    return date_datatype(value) if kind == "date" else DATATYPES.get(kind)


def lexical(value: object, kind: str) -> str:
    """A literal's lexical form: booleans as the XSD spells them."""
    if kind == "bool":
        return "true" if value else "false"
    return str(value)
