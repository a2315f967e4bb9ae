"""The three export files, each written to a temporary name and renamed, so an interrupted
build never leaves half a file behind."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import networkx as nx
import pyoxigraph

from graph.namespaces import PREFIXES
from graph.readwrite._convert import triples
from graph.readwrite.ntriples import lines
from graph.readwrite.rdf import to_rdflib
from graph.resources import ONTOLOGY_DIR

EXPORTS = ("graph.nt", "graph.ttl", "graph.jsonld")


def atomic_write(path: Path, data: bytes) -> None:
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) as fh:
        fh.write(data)
    os.replace(fh.name, path)


def turtle_from_ntriples(nt: bytes) -> bytes:
    """Turtle through pyoxigraph: several times faster than rdflib's serializer on large graphs."""
    quads = pyoxigraph.parse(nt, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES)


def jsonld(g: nx.MultiDiGraph) -> bytes:
    """Compacted JSON-LD with the project's context inline, never fetched."""
    context = json.loads((ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    text = to_rdflib(g).serialize(format="json-ld", context=context, auto_compact=True, sort_keys=True, indent=1)
    return text.encode("utf-8")


def write_exports(g: nx.MultiDiGraph, out: Path) -> int:
    """Write graph.nt (sorted), graph.ttl and graph.jsonld into ``out``; return the triple count."""
    out.mkdir(parents=True, exist_ok=True)
    nt_lines = lines(triples(g))
    nt = "".join(nt_lines).encode("utf-8")
    atomic_write(out / "graph.nt", nt)
    atomic_write(out / "graph.ttl", turtle_from_ntriples(nt))
    atomic_write(out / "graph.jsonld", jsonld(g))
    return len(nt_lines)
