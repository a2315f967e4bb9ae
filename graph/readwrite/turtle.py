"""Turtle from the sorted N-Triples file, through pyoxigraph: streamed, and several times faster
than rdflib's serializer on large graphs. ``python -m graph.readwrite.turtle NT TTL`` runs it in a
process of its own, so a large build writes Turtle while it writes JSON-LD."""

from __future__ import annotations

import sys

import pyoxigraph

from graph.namespaces import PREFIXES


def ntriples_to_turtle(nt_path: str, ttl_path: str) -> None:
    quads = pyoxigraph.parse(path=nt_path, format=pyoxigraph.RdfFormat.N_TRIPLES)
    pyoxigraph.serialize(quads, ttl_path, format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES)


if __name__ == "__main__":
    ntriples_to_turtle(*sys.argv[1:3])
