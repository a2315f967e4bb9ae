"""Turtle written straight from the model: one block per subject, in the N-Triples file's order.

Made through pyoxigraph from the sorted N-Triples, Turtle had to wait for that file and then
parse it back into Python objects, which cost as much as writing it. Written from the model it
needs nothing else, and is written node by node beside the other exports (graph/readwrite/exports.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat

from graph.namespaces import PREFIXES, split
from graph.readwrite._convert import LANGUAGES, NOT_TRIPLES, datatype_of, lexical, predicates_as, unknown_key
from graph.readwrite._document import OBJECTS_CACHED, Document
from graph.readwrite.ntriples import quoted

_LOCAL = re.compile(r"[A-Za-z0-9_/](?:[A-Za-z0-9_./-]*[A-Za-z0-9_/-])?\Z")
"""Local names written after a prefix: a subset of Turtle's PN_LOCAL, with ``/`` escaped."""
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")


def iri_term(iri: str) -> str:
    """``id:policy\\/…`` or ``eli:passed_by`` where a prefix fits, else ``<iri>``."""
    found = split(iri)
    if found is not None and _LOCAL.match(found[1]):
        return found[0] + ":" + found[1].replace("/", "\\/")
    return f"<{iri}>"


_PREDICATES = predicates_as(iri_term)
_object_term = lru_cache(maxsize=OBJECTS_CACHED)(iri_term)
"""``iri_term`` for objects: the same agencies, regions, concepts and classes come back node after node."""


def literal_term(value: object, kind: str) -> str:
    """Integers and booleans bare, dates typed, text quoted with its language tag."""
    text = lexical(value, kind)
    if kind in LANGUAGES:
        return quoted(text) + "@" + kind
    if kind == "bool" or (kind == "int" and _INTEGER.match(text)):
        return text
    datatype = datatype_of(value, kind)
    return quoted(text) + ("^^" + _object_term(datatype) if datatype else "")


def node_turtle(iri: str, data: dict) -> str:
    """One node's triples as a Turtle block: ``a`` first, then predicates and objects sorted."""
    keys = _PREDICATES
    objects: dict[str, set[str]] = {}
    for name, values in data.items():
        found = keys.get(name)
        if found is not None:
            predicate, kind = found
            terms = objects.setdefault(predicate, set())
            if kind == "iri":
                terms.update(map(_object_term, values))
            else:
                terms.update(map(literal_term, values, repeat(kind, len(values))))
        elif name not in NOT_TRIPLES:
            raise unknown_key(iri, name)
    parts = [f"{p} {' , '.join(sorted(objects[p]))}" for p in sorted(objects) if objects[p]]
    classes = data.get("classes")
    if classes:
        parts.insert(0, "a " + " , ".join(sorted(set(map(_object_term, classes)))))
    if not parts:
        return ""
    return iri_term(iri) + " " + " ;\n    ".join(parts) + " .\n\n"


def header() -> str:
    return "".join(f"@prefix {prefix}: <{iri}> .\n" for prefix, iri in PREFIXES.items()) + "\n"


DOCUMENT = Document(header, lambda iri, data, first: node_turtle(iri, data))

