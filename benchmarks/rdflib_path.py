"""The plain rdflib path, run as a child process: the same model converted with ``to_rdflib`` and
written by rdflib's own N-Triples and Turtle serializers, to compare with the project's exports.

Usage: ``python -m benchmarks.rdflib_path SOURCES OUT``; prints one JSON line (items, triples, phases).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from graph.pipeline import build
from graph.readwrite.rdf import to_rdflib


def main(argv: list[str]) -> int:
    sources, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    phases: dict[str, float] = {}
    start = time.perf_counter()
    result = build([sources])
    phases["build_s"] = time.perf_counter() - start
    start = time.perf_counter()
    g = to_rdflib(result.graph)
    phases["to_rdflib_s"] = time.perf_counter() - start
    start = time.perf_counter()
    g.serialize(out / "graph.nt", format="nt", encoding="utf-8")
    phases["serialize_nt_s"] = time.perf_counter() - start
    start = time.perf_counter()
    g.serialize(out / "graph.ttl", format="turtle", encoding="utf-8")
    phases["serialize_ttl_s"] = time.perf_counter() - start
    report = {"items": result.items, "triples": len(g), "phases": {k: round(v, 3) for k, v in phases.items()}}
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
