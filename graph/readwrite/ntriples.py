"""Sorted N-Triples written straight from the model: byte-identical for the same graph, and
fast (no RDF store in between)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from graph.readwrite._convert import Lit, Triple, triples

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def term(value: str | Lit) -> str:
    if isinstance(value, Lit):
        text = '"' + value.value.translate(_ESCAPES) + '"'
        if value.lang:
            return f"{text}@{value.lang}"
        return f"{text}^^<{value.datatype}>" if value.datatype else text
    return f"<{value}>"


def lines(items: Iterable[Triple]) -> list[str]:
    return sorted({f"<{s}> <{p}> {term(o)} .\n" for s, p, o in items})


def generate_ntriples(g: nx.MultiDiGraph) -> str:
    return "".join(lines(triples(g)))


def write_ntriples(g: nx.MultiDiGraph, path: Path) -> int:
    """Write sorted N-Triples; return the number of triples."""
    out = lines(triples(g))
    path.write_text("".join(out), encoding="utf-8")
    return len(out)
