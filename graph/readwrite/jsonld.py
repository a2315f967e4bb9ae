"""Compacted JSON-LD written straight from the model, with the context inline.

rdflib's serializer needs the graph in its store first and takes minutes on a large graph; the
model already groups triples by subject, which is all a compacted JSON-LD node object needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from typing import BinaryIO

import networkx as nx

from graph.model.store import Model, as_model
from graph.namespaces import PREFIXES, split
from graph.readwrite._convert import DATATYPES, LANGUAGES, lexical, predicates_as
from graph.readwrite._document import Document, pieces, write_pieces
from graph.resources import ONTOLOGY_DIR

_json = json.encoder.encode_basestring  # a JSON string with non-ASCII text kept, as ensure_ascii=False


@lru_cache(maxsize=1)
def context() -> dict[str, str]:
    return json.loads((ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))["@context"]


@lru_cache(maxsize=1)
def _declared() -> frozenset[str]:
    """The prefixes the context declares, with the namespace PREFIXES gives them."""
    return frozenset(p for p, iri in PREFIXES.items() if context().get(p) == iri)


def compact(iri: str) -> str:
    """``id:policy/…`` for instances, ``eli:passed_by`` for terms; unknown namespaces stay full."""
    found = split(iri)
    if found is None or found[0] not in _declared():
        return iri
    return f"{found[0]}:{found[1]}"


@lru_cache(maxsize=1)
def _keys() -> dict[str, tuple[str, str]]:
    """Model key → (compacted predicate, kind of its values)."""
    return predicates_as(compact)


def _value(value: object, kind: str) -> tuple[tuple[str, str], str]:
    """(sort key, JSON text) of one value: the text json.dumps would give, made without dicts."""
    if kind == "iri":
        iri = compact(str(value))
        return (iri, ""), '{"@id": ' + _json(iri) + "}"
    text = lexical(value, kind)
    if kind in LANGUAGES:
        return (text, kind), '{"@language": "' + kind + '", "@value": ' + _json(text) + "}"
    datatype = DATATYPES.get(kind)
    if datatype is None:
        return (text, ""), _json(text)
    curie = compact(datatype)
    return (text, curie), '{"@type": ' + _json(curie) + ', "@value": ' + _json(text) + "}"


def node_json(node: str, data: dict) -> str:
    """One node as a compacted JSON-LD object, keys and values sorted, on one line."""
    keys = _keys()
    values: dict[str, list[tuple[tuple[str, str], str]]] = {}
    for name, items in data.items():
        found = keys.get(name)
        if found is not None:
            key, kind = found
            values.setdefault(key, []).extend(_value(v, kind) for v in items)
    types = ", ".join(_json(t) for t in sorted(compact(c) for c in data.get("classes", ())))
    parts = ['{"@id": ' + _json(compact(node)), '"@type": [' + types + "]"]
    for key in sorted(values):
        found = values[key]
        if len(found) == 1:
            parts.append(_json(key) + ": " + found[0][1])
        else:
            found.sort()
            parts.append(_json(key) + ": [" + ", ".join(text for _, text in found) + "]")
    return ", ".join(parts) + "}"


def _head() -> str:
    return '{\n "@context": ' + json.dumps(context(), ensure_ascii=False, sort_keys=True) + ',\n "@graph": [\n'


DOCUMENT = Document(_head, lambda node, data, first: ("  " if first else ",\n  ") + node_json(node, data), "\n ]\n}\n")


def chunks(g: Model | nx.MultiDiGraph) -> Iterator[str]:
    """The document in pieces, one node per piece, so a large graph is never one string."""
    return pieces(DOCUMENT, as_model(g))


def write_jsonld(g: Model | nx.MultiDiGraph, fh: BinaryIO) -> None:
    write_pieces(chunks(g), fh)
