"""The three export files, each written to a temporary name and renamed, so an interrupted
build never leaves half a file behind."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from graph.model.store import Model, as_model
from graph.readwrite.jsonld import write_jsonld
from graph.readwrite.ntriples import write_ntriples
from graph.readwrite.turtle import write_turtle

APART_FROM = 20_000
"""Nodes from which Turtle is written by a forked process while this one writes N-Triples and
JSON-LD (about 10 triples a node): below it, forking costs more than the overlap saves.

One writer apart, not two: a forked writer touches every object of the model, so the kernel
copies nearly all of the model's pages into it. At 100k items a second one took the build's
summed memory from 0.8 to 1.1 GiB to save about 4 s."""


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


def _write_flushed(write: Callable[[Model, BinaryIO], object], model: Model, fh: BinaryIO) -> None:
    """In the forked writer: its copy of the file's buffer must be flushed before the process ends."""
    write(model, fh)
    fh.flush()


@contextmanager
def _apart(write: Callable[[Model, BinaryIO], object], model: Model, fh: BinaryIO, what: str) -> Iterator[None]:
    """Write into ``fh`` by the block's end: in a forked copy of this process while the block runs,
    when the graph is large, the platform forks and no other thread could hold a lock across the fork."""
    forks = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
    if len(model) < APART_FROM or not forks:
        yield
        write(model, fh)
        return
    child = multiprocessing.get_context("fork").Process(target=_write_flushed, args=(write, model, fh), daemon=True)
    child.start()
    try:
        yield
        child.join()
    finally:
        if child.is_alive():
            child.kill()
            child.join()
    if child.exitcode:
        raise RuntimeError(f"writing {what} failed in its process (exit code {child.exitcode})")


def write_exports(g: Model | nx.MultiDiGraph, out: Path) -> int:
    """Write graph.nt (sorted), graph.ttl and graph.jsonld into ``out``; return the triple count."""
    model = as_model(g)
    out.mkdir(parents=True, exist_ok=True)
    with atomic(out / "graph.ttl") as ttl, _apart(write_turtle, model, ttl, "Turtle"):
        with atomic(out / "graph.nt") as fh:
            count = write_ntriples(model, fh)
        with atomic(out / "graph.jsonld") as fh:
            write_jsonld(model, fh)
    return count
