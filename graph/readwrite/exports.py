"""The three export files, each written to a temporary name and renamed, so an interrupted
build never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import networkx as nx
import pyoxigraph

from graph.namespaces import PREFIXES
from graph.readwrite import jsonld
from graph.readwrite._convert import triples
from graph.readwrite.ntriples import lines



@contextmanager
def atomic(path: Path) -> Iterator[BinaryIO]:
    """A file that appears under ``path`` only once it is completely written."""
    fh = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False)
    try:
        with fh:
            yield fh
        os.replace(fh.name, path)
    except BaseException:
        os.unlink(fh.name)
        raise


def write_exports(g: nx.MultiDiGraph, out: Path) -> int:
    """Write graph.nt (sorted), graph.ttl and graph.jsonld into ``out``; return the triple count.

    Turtle goes through pyoxigraph, several times faster than rdflib's serializer on large graphs.
    """
    out.mkdir(parents=True, exist_ok=True)
    nt_lines = lines(triples(g))
    with atomic(out / "graph.nt") as fh:
        for line in nt_lines:
            fh.write(line.encode("utf-8"))
    count = len(nt_lines)
    del nt_lines
    quads = pyoxigraph.parse(path=str(out / "graph.nt"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    with atomic(out / "graph.ttl") as fh:
        pyoxigraph.serialize(quads, fh, format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES)
    with atomic(out / "graph.jsonld") as fh:
        for chunk in jsonld.chunks(g):
            fh.write(chunk.encode("utf-8"))
    return count
