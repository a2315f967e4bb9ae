"""Turtle from the sorted N-Triples file, through pyoxigraph: streamed, and several times faster
than rdflib's serializer on large graphs."""

from __future__ import annotations

import pyoxigraph

from graph.namespaces import PREFIXES


def ntriples_to_turtle(nt_path: str, ttl_path: str) -> None:
    quads = pyoxigraph.parse(path=nt_path, format=pyoxigraph.RdfFormat.N_TRIPLES)
    pyoxigraph.serialize(quads, ttl_path, format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES)
