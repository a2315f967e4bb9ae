"""An export format as a document over the model's nodes, and its text written as UTF-8 in large writes.

Every format writes the nodes in one order, that of their N-Triples lines, each node as one piece of
text. So any run of nodes can be written apart and the pieces joined in order (graph/readwrite/exports.py
splits the nodes between processes), and joining thousands of pieces per write keeps a large graph from
ever being one string, without a system call and an encode per node.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, NamedTuple

import networkx as nx

from graph.model.store import Model, as_model

PIECES_PER_WRITE = 4096
OBJECTS_CACHED = 1 << 16
"""Distinct object IRIs whose written form a writer keeps: bounded, since a graph has millions of IRIs
but the ones repeated (agencies, regions, concepts, classes) are few."""


class Document(NamedTuple):
    head: Callable[[], str]
    node: Callable[[str, dict, bool], str]
    """One node's text, from its IRI, its data and whether it is the document's first node."""
    tail: str = ""


def subjects(model: Model) -> list[str]:
    """Node IRIs in the order of their ``<iri>`` lines: ``<s>`` never is a prefix of another ``<s'>``
    (``>`` ends an IRI), so nodes in this order with each node's lines sorted give sorted N-Triples."""
    return sorted(model, key=lambda iri: iri + ">")


def nodes(document: Document, model: Model, iris: Iterable[str], first: str | None) -> Iterator[str]:
    """The pieces of the nodes ``iris``, where ``first`` is the IRI of the document's first node."""
    node = document.node
    return (node(iri, model[iri], iri == first) for iri in iris)


def pieces(document: Document, g: Model | nx.MultiDiGraph) -> Iterator[str]:
    """The whole document: its head, every node, its tail."""
    model = as_model(g)
    order = subjects(model)
    yield document.head()
    yield from nodes(document, model, order, order[0] if order else None)
    yield document.tail


def write_pieces(pieces: Iterable[str], fh: BinaryIO) -> int:
    """Write the pieces; return the number of lines written (N-Triples: the number of triples)."""
    lines = 0
    batch: list[str] = []
    for piece in pieces:
        batch.append(piece)
        if len(batch) == PIECES_PER_WRITE:
            text = "".join(batch)
            lines += text.count("\n")
            fh.write(text.encode("utf-8"))
            batch.clear()
    text = "".join(batch)
    fh.write(text.encode("utf-8"))
    return lines + text.count("\n")
