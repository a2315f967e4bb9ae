"""The three export files, each written to a temporary name and renamed, so an interrupted
build never leaves half a file behind."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from graph.model.store import Model, as_model
from graph.readwrite import jsonld
from graph.readwrite.ntriples import write_ntriples
from graph.readwrite.turtle import ntriples_to_turtle

TURTLE_APART_FROM = 200_000
"""Triples from which Turtle is written by a second process while this one writes JSON-LD: below
it, starting that process (about a second of imports) costs more than the overlap saves."""


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


@contextmanager
def _turtle(nt_path: Path, ttl_path: str, apart: bool) -> Iterator[None]:
    """Write Turtle from the N-Triples file by the block's end, in a second process when ``apart``
    (a command, not a fork or spawn: those would copy this process or re-run the caller's script)."""
    if not apart:
        yield
        ntriples_to_turtle(str(nt_path), ttl_path)
        return
    child = subprocess.Popen([sys.executable, "-m", "graph.readwrite.turtle", str(nt_path), ttl_path],
                             stderr=subprocess.PIPE)
    try:
        yield
        _, err = child.communicate()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if child.returncode:
        raise RuntimeError(f"writing Turtle failed: {err.decode(errors='replace').strip()}")


def write_exports(g: Model | nx.MultiDiGraph, out: Path) -> int:
    """Write graph.nt (sorted), graph.ttl and graph.jsonld into ``out``; return the triple count."""
    model = as_model(g)
    out.mkdir(parents=True, exist_ok=True)
    with atomic(out / "graph.nt") as fh:
        count = write_ntriples(model, fh)
    with atomic(out / "graph.ttl") as ttl, _turtle(out / "graph.nt", ttl.name, count >= TURTLE_APART_FROM):
        with atomic(out / "graph.jsonld") as fh:
            for chunk in jsonld.chunks(model):
                fh.write(chunk.encode("utf-8"))
    return count
