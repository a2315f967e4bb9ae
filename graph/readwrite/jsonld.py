"""Compacted JSON-LD written straight from the model, with the context inline.

rdflib's serializer needs the graph in its store first and takes minutes on a large graph; the
model already groups triples by subject, which is all a compacted JSON-LD node object needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache

import networkx as nx

from graph.model.schema import ATTRS, RELATIONS
from graph.namespaces import ID, PREFIXES
from graph.readwrite._convert import literal
from graph.resources import ONTOLOGY_DIR


@lru_cache(maxsize=1)
def context() -> dict[str, str]:
    return json.loads((ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))["@context"]


@lru_cache(maxsize=1)
def _namespaces() -> list[tuple[str, str]]:
    """(namespace, prefix), longest namespace first, for the prefixes the context declares."""
    declared = context()
    return sorted(((iri, p) for p, iri in PREFIXES.items() if declared.get(p) == iri), key=lambda x: -len(x[0]))


@lru_cache(maxsize=4096)
def _compact_vocab(iri: str) -> str:
    for namespace, prefix in _namespaces():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def compact(iri: str) -> str:
    """``id:policy/…`` for instances, ``eli:passed_by`` for terms; unknown namespaces stay full."""
    if iri.startswith(ID):
        return "id:" + iri[len(ID):]
    return _compact_vocab(iri)


def _value(value: object, kind: str) -> object:
    if kind == "iri":
        return {"@id": compact(str(value))}
    lit = literal(value, kind)
    if lit.lang:
        return {"@language": lit.lang, "@value": lit.value}
    if lit.datatype:
        return {"@type": compact(lit.datatype), "@value": lit.value}
    return lit.value


def _order(value: object) -> tuple[str, str]:
    if isinstance(value, dict):
        return value.get("@id") or value["@value"], value.get("@language") or value.get("@type", "")
    return str(value), ""


def node_object(g: nx.MultiDiGraph, node: str, data: dict) -> dict:
    """One node as a compacted JSON-LD object with sorted keys and values."""
    values: dict[str, list] = {}
    for name, items in data.items():
        attr = ATTRS.get(name)
        if attr is not None:
            values.setdefault(compact(attr.predicate), []).extend(_value(v, attr.kind) for v in items)
    for target, keyed in g.succ[node].items():
        for relation in keyed:
            values.setdefault(compact(RELATIONS[relation]), []).append({"@id": compact(target)})
    obj: dict[str, object] = {"@id": compact(node), "@type": sorted(compact(c) for c in data.get("classes", ()))}
    for key in sorted(values):
        items = sorted(values[key], key=_order)
        obj[key] = items[0] if len(items) == 1 else items
    return obj


def chunks(g: nx.MultiDiGraph) -> Iterator[str]:
    """The document in pieces, one node per piece, so a large graph is never one string."""
    yield '{\n "@context": ' + json.dumps(context(), ensure_ascii=False, sort_keys=True) + ',\n "@graph": [\n'
    for i, node in enumerate(sorted(g)):
        sep = "" if i == 0 else ",\n"
        yield sep + "  " + json.dumps(node_object(g, node, g.nodes[node]), ensure_ascii=False, sort_keys=True)
    yield "\n ]\n}\n"
