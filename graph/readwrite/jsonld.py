"""Compacted JSON-LD written straight from the model, with the context inline (graph.namespaces.PREFIXES,
as ontology/context.jsonld publishes it).

rdflib's serializer needs the graph in its store first and takes minutes on a large graph; the
model already groups triples by subject, which is all a compacted JSON-LD node object needs.
"""

from __future__ import annotations

import json
from functools import lru_cache

from graph.namespaces import PREFIXES, curie
from graph.readwrite._convert import (DATATYPES, LANGUAGES, NOT_TRIPLES, date_datatype, lexical, predicates_as,
                                      unknown_key)
from graph.readwrite._document import OBJECTS_CACHED, Document

_json = json.encoder.encode_basestring  # a JSON string with non-ASCII text kept, as ensure_ascii=False


@lru_cache(maxsize=1)
def _keys() -> dict[str, tuple[str, str]]:
    """Model key → (compacted predicate, kind of its values)."""
    return predicates_as(curie)


@lru_cache(maxsize=OBJECTS_CACHED)
def _reference(iri: str) -> tuple[tuple[str, str], str]:
    """(sort key, JSON text) of an IRI value: the same agencies, regions and concepts come back node
    after node."""
    short = curie(iri)
    return (short, ""), '{"@id": ' + _json(short) + "}"


@lru_cache(maxsize=None)
def _typed(datatype: str) -> tuple[str, str]:
    """(compacted datatype, the JSON text before the value) of a typed literal's datatype."""
    short = curie(datatype)
    return short, '{"@type": ' + _json(short) + ', "@value": '


def _value(value: object, kind: str) -> tuple[tuple[str, str], str]:
    """(sort key, JSON text) of one literal: the text json.dumps would give, made without dicts."""
    text = lexical(value, kind)
    if kind in LANGUAGES:
        return (text, kind), '{"@language": "' + kind + '", "@value": ' + _json(text) + "}"
    if kind not in DATATYPES:
        return (text, ""), _json(text)
    short, head = _typed(date_datatype(value) if kind == "date" else DATATYPES[kind])
    return (text, short), head + _json(text) + "}"


@lru_cache(maxsize=1024)
def _types(classes: tuple[str, ...]) -> str:
    """The ``@type`` member: the nodes of a kind share their classes."""
    return '"@type": [' + ", ".join(_json(t) for t in sorted(curie(c) for c in classes)) + "]"


@lru_cache(maxsize=1024)
def _member(key: str) -> str:
    return _json(key) + ": "


def node_json(node: str, data: dict) -> str:
    """One node as a compacted JSON-LD object, keys and values sorted, on one line."""
    keys = _keys()
    values: dict[str, list[tuple[tuple[str, str], str]]] = {}
    for name, items in data.items():
        found = keys.get(name)
        if found is not None:
            key, kind = found
            values.setdefault(key, []).extend(map(_reference, items) if kind == "iri" else
                                              (_value(v, kind) for v in items))
        elif name not in NOT_TRIPLES:
            raise unknown_key(node, name)
    parts = ['{"@id": ' + _json(curie(node)), _types(tuple(data.get("classes", ())))]
    for key in sorted(values):
        written = values[key]
        if len(written) == 1:
            parts.append(_member(key) + written[0][1])
        else:
            written.sort()
            parts.append(_member(key) + "[" + ", ".join(text for _, text in written) + "]")
    return ", ".join(parts) + "}"


def _head() -> str:
    return '{\n "@context": ' + json.dumps(PREFIXES, ensure_ascii=False, sort_keys=True) + ',\n "@graph": [\n'


DOCUMENT = Document(_head, lambda node, data, first: ("  " if first else ",\n  ") + node_json(node, data), "\n ]\n}\n")

