"""The export files, ``graph.<format>``, each written to a temporary name and renamed, so an
interrupted build never leaves half a file behind."""

from __future__ import annotations

import os
import shutil
import threading
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator
from contextlib import ExitStack, contextmanager
from itertools import accumulate
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from graph.forked import can_fork, forked
from graph.model.store import Model, as_model
from graph.readwrite._document import Document, nodes, subjects, write_pieces
from graph.readwrite.formats import EXPORTS, NTRIPLES

DOCUMENTS: dict[str, Document] = {suffix: f.writer for suffix, f in EXPORTS.items() if f.writer}
"""Each export's writer, by the suffix of ``graph.<suffix>`` (graph/readwrite/formats.py), N-Triples first."""
SPLIT_FROM = 20_000
"""Nodes from which the writing is shared between processes: below it, forking costs more than it saves."""
WRITERS = 2
"""Processes that write a large graph: this one and forked copies of it, each a run of the nodes into all
files. More would be faster on more cores, but a forked writer touches the objects of its nodes,
which lie all over the heap, so the kernel copies most of the model's pages into each one."""


@contextmanager
def atomic(path: Path) -> Iterator[BinaryIO]:
    """A file that appears under ``path`` only once it is completely written. Opened by ``open``, so
    it gets the permissions the user's umask gives (tempfile's would be private to the owner)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_nodes(model: Model, iris: list[str], first: str | None, names: list[str], files: list[BinaryIO]) -> int:
    """The nodes ``iris`` of every format ``names`` into its file; the number of triples."""
    return [write_pieces(nodes(DOCUMENTS[name], model, iris, first), fh) for name, fh in zip(names, files)][0]


def _write_part(model: Model, iris: list[str], first: str | None, names: list[str], paths: list[Path]) -> int:
    """In a forked writer: its run of nodes into files of its own; the triple count."""
    with ExitStack() as stack:
        files: list[BinaryIO] = [stack.enter_context(open(path, "wb")) for path in paths]
        return _write_nodes(model, iris, first, names, files)


@contextmanager
def _forked(model: Model, iris: list[str], first: str | None, names: list[str], out: Path,
            index: int) -> Iterator[Callable[[list[BinaryIO]], int]]:
    """A forked writer of ``iris``, started on entry; the block gets the function that waits for it and
    appends what it wrote to the files. Its own files are removed whatever happens."""
    paths = [out / f".graph.{name}.{os.getpid()}.part{index}.tmp" for name in names]
    try:
        with forked(_write_part, model, iris, first, names, paths, what="writing the exports") as wait:
            def append_to(files: list[BinaryIO]) -> int:
                count = wait()
                for path, fh in zip(paths, files):
                    with open(path, "rb") as part:
                        shutil.copyfileobj(part, fh, 1 << 20)
                return count

            yield append_to
    finally:
        for path in paths:
            path.unlink(missing_ok=True)


def _runs(model: Model, order: list[str]) -> list[list[str]]:
    """The nodes cut into one run per writer, in order, with about as many keys (a proxy for text) each;
    one run when the graph is small or this process cannot fork safely (another thread could hold a lock
    across the fork)."""
    writers = min(WRITERS, os.cpu_count() or 1) if can_fork() and len(order) >= SPLIT_FROM else 1
    if writers == 1:
        return [order]
    weights = list(accumulate(map(len, map(model.__getitem__, order))))
    cuts = [bisect_left(weights, weights[-1] * k / writers) for k in range(1, writers)]
    return [order[start:stop] for start, stop in zip([0, *cuts], [*cuts, len(order)])]


def chosen(formats: Collection[str]) -> list[str]:
    """``formats`` in the order of DOCUMENTS, checked: N-Triples must be among them."""
    unknown = sorted(set(formats) - DOCUMENTS.keys())
    if unknown:
        raise ValueError(f"unknown export format {', '.join(unknown)}: choose from {', '.join(DOCUMENTS)}")
    if NTRIPLES.suffix not in formats:
        raise ValueError("the exports must include nt: graph.nt is the export the other commands read")
    return [name for name in DOCUMENTS if name in formats]


def write_exports(g: Model | nx.MultiDiGraph, out: Path, formats: Collection[str] = DOCUMENTS.keys()) -> int:
    """Write graph.nt (sorted) and the other ``formats`` (graph.ttl, graph.jsonld) into ``out``; return
    the triple count. An export of a format not asked for is removed once these are written: left from
    an earlier build, it would hold another graph than graph.nt."""
    names = chosen(formats)
    model = as_model(g)
    out.mkdir(parents=True, exist_ok=True)
    order = subjects(model)
    first = order[0] if order else None
    mine, *others = _runs(model, order)
    with ExitStack() as stack:
        files = [stack.enter_context(atomic(out / f"graph.{name}")) for name in names]
        appends = [stack.enter_context(_forked(model, iris, first, names, out, i)) for i, iris in enumerate(others, 1)]
        for name, fh in zip(names, files):
            fh.write(DOCUMENTS[name].head().encode("utf-8"))
        count = _write_nodes(model, mine, first, names, files) + sum(append(files) for append in appends)
        for name, fh in zip(names, files):
            fh.write(DOCUMENTS[name].tail.encode("utf-8"))
    for name in DOCUMENTS.keys() - names:
        (out / f"graph.{name}").unlink(missing_ok=True)
    return count
