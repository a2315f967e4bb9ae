"""The obvious alternatives, run as a child process: the same model put into an RDF library's
own store and written by that library's N-Triples and Turtle serializers (no JSON-LD, no views).

Usage: ``python -m benchmarks.baseline rdflib|oxigraph SOURCES OUT``; prints one JSON line
(items, triples, phases). Only the RDF side differs from ``policykg build --no-views``: both read
and extract the sources (in one worker per core) and build the model the same way.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph

from graph.model.store import Model
from graph.namespaces import PREFIXES
from graph.pipeline import build
from graph.readwrite._convert import DATATYPES, LANGUAGES, PREDICATES, TYPE, lexical
from graph.readwrite.rdf import to_rdflib


def _rdflib(model: Model, out: Path, phases: dict[str, float]) -> int:
    start = time.perf_counter()
    g = to_rdflib(model)
    phases["to_store_s"] = time.perf_counter() - start
    start = time.perf_counter()
    g.serialize(out / "graph.nt", format="nt", encoding="utf-8")
    phases["serialize_nt_s"] = time.perf_counter() - start
    start = time.perf_counter()
    g.serialize(out / "graph.ttl", format="turtle", encoding="utf-8")
    phases["serialize_ttl_s"] = time.perf_counter() - start
    return len(g)


def _oxigraph_term(value: object, kind: str) -> pyoxigraph.NamedNode | pyoxigraph.Literal:
    if kind == "iri":
        return pyoxigraph.NamedNode(str(value))
    if kind in LANGUAGES:
        return pyoxigraph.Literal(str(value), language=kind)
    datatype = DATATYPES.get(kind)
    return pyoxigraph.Literal(lexical(value, kind), datatype=pyoxigraph.NamedNode(datatype) if datatype else None)


def _oxigraph_quads(model: Model) -> Iterator[pyoxigraph.Quad]:
    """The model's triples made straight into pyoxigraph terms, as its own users would."""
    kind_of = {name: (pyoxigraph.NamedNode(predicate), kind) for name, (predicate, kind) in PREDICATES.items()}
    kind_of["classes"] = (pyoxigraph.NamedNode(TYPE), "iri")
    for node, data in model.items():
        subject = pyoxigraph.NamedNode(node)
        for name, values in data.items():
            if name in kind_of:
                predicate, kind = kind_of[name]
                for value in values:
                    yield pyoxigraph.Quad(subject, predicate, _oxigraph_term(value, kind))


def _oxigraph(model: Model, out: Path, phases: dict[str, float]) -> int:
    start = time.perf_counter()
    store = pyoxigraph.Store()
    store.bulk_extend(_oxigraph_quads(model))
    phases["to_store_s"] = time.perf_counter() - start
    start = time.perf_counter()
    store.dump(out / "graph.nt", format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph())
    phases["serialize_nt_s"] = time.perf_counter() - start
    start = time.perf_counter()
    store.dump(out / "graph.ttl", format=pyoxigraph.RdfFormat.TURTLE, from_graph=pyoxigraph.DefaultGraph(),
               prefixes=PREFIXES)
    phases["serialize_ttl_s"] = time.perf_counter() - start
    return len(store)


STORES: dict[str, Callable[[Model, Path, dict[str, float]], int]] = {"rdflib": _rdflib, "oxigraph": _oxigraph}


def main(argv: list[str]) -> int:
    write, sources, out = STORES[argv[0]], Path(argv[1]), Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    phases: dict[str, float] = {}
    start = time.perf_counter()
    result = build([sources], jobs=0)
    phases["build_s"] = time.perf_counter() - start
    count = write(result.model, out, phases)
    report = {"items": result.items, "triples": count, "phases": {k: round(v, 3) for k, v in phases.items()}}
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
