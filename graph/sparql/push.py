"""Load the exports into a triple-store server with the SPARQL 1.1 Graph Store HTTP Protocol.

One PUT of N-Triples replaces the named graph (or the default graph) in a single request,
which the Graph Store Protocol defines as a replacement; whether readers can see a half-loaded
graph during it depends on the server (see docs/sparql.md).
"""

from __future__ import annotations

import tempfile
import urllib.parse
from pathlib import Path
from typing import BinaryIO

from rdflib import Graph

from graph.readwrite.formats import NTRIPLES

from .client import authorization, opener, send
from .errors import QueryError
from .load import export_file


def store_url(endpoint: str, graph_iri: str | None, graph_param: str = "graph") -> str:
    """The Graph Store URL for one graph: ``{endpoint}?graph=IRI`` or ``{endpoint}?default``."""
    joiner = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    if graph_iri is None:
        return f"{endpoint}{joiner}default"
    return f"{endpoint}{joiner}{graph_param}={urllib.parse.quote(graph_iri, safe='')}"


def ntriples_file(path: str | Path, scratch: Path) -> Path:
    """The export as N-Triples: graph.nt itself, or a conversion of a Turtle or JSON-LD export."""
    file = export_file(path)
    if file.suffix == "." + NTRIPLES.suffix:
        return file
    converted = scratch / f"graph.{NTRIPLES.suffix}"
    Graph().parse(file).serialize(converted, format=NTRIPLES.rdflib, encoding="utf-8")
    return converted


class _Rewinding:
    """A file body that starts over once read to its end: an authentication challenge (401)
    makes urllib send the same request again, and the second PUT must carry the whole file too."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file

    def read(self, size: int = -1) -> bytes:
        chunk = self.file.read(size)
        if not chunk:
            self.file.seek(0)
        return chunk


def push(
    path: str | Path,
    endpoint: str,
    graph_iri: str | None = None,
    *,
    user: str | None = None,
    password: str | None = None,
    graph_param: str = "graph",
    timeout: float = 600.0,
) -> int:
    """PUT the exports to the Graph Store endpoint; returns the HTTP status (200, 201 or 204)."""
    with tempfile.TemporaryDirectory() as scratch:
        file = ntriples_file(path, Path(scratch))
        url = store_url(endpoint, graph_iri, graph_param)
        headers = {"Content-Type": NTRIPLES.media_type, "Content-Length": str(file.stat().st_size)}
        if user is not None and (answer := authorization(url, "PUT", user, password, timeout)):
            headers["Authorization"] = answer
        with file.open("rb") as body:
            status, _, _ = send(url, "PUT", _Rewinding(body), headers, timeout, opener(url, user, password))
    if status not in (200, 201, 204):
        raise QueryError(f"PUT {url} answered HTTP {status}; the graph may not be replaced")
    return status
