"""Sorted N-Triples written straight from the model, node by node: byte-identical for the same
graph, and fast, with no RDF store in between and never more than one node's lines in memory.
Nodes come in the order of ``graph.readwrite._document.subjects``, each with its lines sorted.
"""

from __future__ import annotations

import re

import networkx as nx

from graph.model.store import Model
from graph.readwrite._convert import (DATATYPES, DATE_PRECISIONS, LANGUAGES, NOT_TRIPLES, TYPE, lexical, predicates_as,
                                      unknown_key)
from graph.readwrite._document import Document, pieces

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t]')
_SUFFIX = {"str": "", **{k: f"@{k}" for k in LANGUAGES}, **{k: f"^^<{v}>" for k, v in DATATYPES.items()}}
_DATE_SUFFIX = {size: f"^^<{datatype}> .\n" for size, datatype in DATE_PRECISIONS.items()}
_PREDICATES = predicates_as(lambda predicate: f"<{predicate}> ")
_TYPE = f"<{TYPE}> "


def quoted(text: str) -> str:
    """A string literal's quoted form, escaped as N-Triples requires."""
    return '"' + (text.translate(_ESCAPES) if _NEEDS_ESCAPE.search(text) else text) + '"'


def node_lines(iri: str, data: dict) -> list[str]:
    """One node's triples as sorted, distinct N-Triples lines."""
    subject = f"<{iri}> "
    found = {f"{subject}{_TYPE}<{cls}> .\n" for cls in data.get("classes", ())}
    for name, values in data.items():
        predicate = _PREDICATES.get(name)
        if predicate is None:
            if name not in NOT_TRIPLES:
                raise unknown_key(iri, name)
            continue
        head, kind = subject + predicate[0], predicate[1]
        if kind == "iri":
            found.update(f"{head}<{v}> .\n" for v in values)
        elif kind == "date":
            found.update(head + quoted(v) + _DATE_SUFFIX.get(len(v), _SUFFIX["date"] + " .\n") for v in map(str, values))
        else:
            tail = _SUFFIX[kind] + " .\n"
            found.update(head + quoted(lexical(v, kind)) + tail for v in values)
    return sorted(found)


DOCUMENT = Document(str, lambda iri, data, first: "".join(node_lines(iri, data)))


def generate_ntriples(g: Model | nx.MultiDiGraph) -> str:
    return "".join(pieces(DOCUMENT, g))
