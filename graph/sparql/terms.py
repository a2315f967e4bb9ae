"""RDF terms written as SPARQL text safely, and read back as plain Python values.

Binding a parameter into query text (for a remote endpoint) is only safe when the term is
serialized by rules that no value can escape: IRIs are checked against the IRIREF grammar and
literals are escaped character by character.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from . import lexer

_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_VARNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_LANG = re.compile(r"^[a-zA-Z]+(-[a-zA-Z0-9]+)*$")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def check_iri(value: str) -> URIRef:
    """Return the IRI as a term, refusing text that could not be written between < and >."""
    if not value or _IRI_FORBIDDEN.search(value) or ":" not in value:
        raise ValueError(f"not a valid absolute IRI: {value!r}")
    return URIRef(value)


def _escape(text: str) -> str:
    return "".join(
        _ESCAPES.get(ch) or (f"\\u{ord(ch):04X}" if ord(ch) < 0x20 or ord(ch) == 0x7F else ch)
        for ch in text
    )


def sparql_term(term: Node) -> str:
    """Serialize a term for SPARQL or N-Triples text; blank nodes cannot be bound by text."""
    if isinstance(term, URIRef):
        return f"<{check_iri(str(term))}>"
    if isinstance(term, Literal):
        body = f'"{_escape(str(term))}"'
        if term.language:
            if not _LANG.match(term.language):
                raise ValueError(f"not a valid language tag: {term.language!r}")
            return f"{body}@{term.language}"
        if term.datatype and term.datatype != XSD.string:
            return f"{body}^^<{check_iri(str(term.datatype))}>"
        return body
    raise ValueError(f"cannot write {type(term).__name__} {term!r} as a bound value")


def python_value(term: Node | None) -> Any:
    """The plain value of a term: str for text (language tag dropped), int, date …; IRIs stay URIRef."""
    if term is None or isinstance(term, (URIRef, BNode)):
        return term
    if isinstance(term, Literal):
        if term.language or term.datatype in (None, XSD.string):
            return str(term)
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return term


def with_values(text: str, bindings: Mapping[str, Node]) -> str:
    """The query with ``VALUES (?a ?b) { (t1 t2) }`` opening its WHERE group."""
    if not bindings:
        return text
    bad = [name for name in bindings if not _VARNAME.match(name)]
    if bad:
        raise ValueError(f"not a variable name: {bad[0]!r}")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(sparql_term(term) for term in bindings.values())
    at = lexer.where_group_start(text)
    return f"{text[:at]} VALUES ({names}) {{ ({values}) }} {text[at:]}"
