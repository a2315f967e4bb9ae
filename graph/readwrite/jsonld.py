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
from graph.namespaces import PREFIXES
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


def compact(iri: str) -> str:
    for namespace, prefix in _namespaces():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def node_object(g: nx.MultiDiGraph, node: str, data: dict) -> dict:
    """One node as a compacted JSON-LD object with sorted keys and values."""
    obj: dict[str, object] = {"@id": compact(node), "@type": sorted(compact(c) for c in data.get("classes", ()))}
    values: dict[str, list] = {}
    for name, attr in ATTRS.items():
        for value in data.get(name, ()):
            key = compact(attr.predicate)
            if attr.kind == "iri":
                values.setdefault(key, []).append({"@id": compact(str(value))})
                continue
            lit = literal(value, attr.kind)
            if lit.lang:
                values.setdefault(key, []).append({"@language": lit.lang, "@value": lit.value})
            elif lit.datatype:
                values.setdefault(key, []).append({"@type": compact(lit.datatype), "@value": lit.value})
            else:
                values.setdefault(key, []).append(lit.value)
    for _, target, relation in g.out_edges(node, keys=True):
        values.setdefault(compact(RELATIONS[relation]), []).append({"@id": compact(target)})
    for key in sorted(values):
        items = sorted(values[key], key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
        obj[key] = items[0] if len(items) == 1 else items
    return obj


def chunks(g: nx.MultiDiGraph) -> Iterator[str]:
    """The document in pieces, one node per piece, so a large graph is never one string."""
    yield '{\n "@context": ' + json.dumps(context(), ensure_ascii=False, sort_keys=True) + ',\n "@graph": [\n'
    for i, node in enumerate(sorted(g)):
        sep = "" if i == 0 else ",\n"
        yield sep + "  " + json.dumps(node_object(g, node, g.nodes[node]), ensure_ascii=False, sort_keys=True)
    yield "\n ]\n}\n"
