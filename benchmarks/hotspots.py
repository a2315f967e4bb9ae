"""Where ``policykg build`` spends its time: cProfile over the whole command in one process,
summed into phases (reading, extraction, graph, exports, validation, report) and the top functions.

Usage (from the repository root): ``python -m benchmarks.hotspots --items 10000 [--top 25]``.
Profiling slows pure-Python code more than C code: read the phases as shares, not as wall times.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from pathlib import Path

from benchmarks.run import sources_for
from graph.cli import main as policykg
from graph.readwrite import exports

# (phase, file suffix, function name): cumulative time of these functions gives the phase.
PHASES = (
    ("read sources", "graph/read/sources.py", "read_source"),
    ("extract items", "graph/extract/item.py", "extract"),
    ("graph: add items", "graph/model/build.py", "add"),
    ("graph: finish", "graph/model/build.py", "finish"),
    ("export: all three files", "graph/readwrite/exports.py", "write_exports"),
    ("export: N-Triples nodes", "graph/readwrite/ntriples.py", "node_lines"),
    ("export: Turtle nodes", "graph/readwrite/turtle.py", "node_turtle"),
    ("export: JSON-LD nodes", "graph/readwrite/jsonld.py", "node_json"),
    ("rdflib terms for the views", "graph/readwrite/rdf.py", "rdflib_columns"),
    ("to_rdflib (all calls)", "graph/readwrite/rdf.py", "to_rdflib"),
    ("SHACL validation", "graph/validation/shacl.py", "validate"),
    ("views + report", "graph/report/__init__.py", "write_all"),
)


def cumulative(stats: pstats.Stats, suffix: str, name: str) -> float:
    return sum(row[3] for (path, _, func), row in stats.stats.items() if path.endswith(suffix) and func == name)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Profile the build on generated sources.")
    p.add_argument("--items", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--save", type=Path, help="also write the raw profile here (for snakeviz or pstats)")
    args = p.parse_args(argv)
    sources, _ = sources_for(args.items, args.seed)
    exports.WRITERS = 1  # the profiler sees only this process: no forked writer
    profiler = cProfile.Profile()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        profiler.enable()
        policykg(["build", str(sources), "--out", out, "--no-cache"])
        profiler.disable()
    wall = time.perf_counter() - start
    stats = pstats.Stats(profiler)
    print(f"{wall:.1f} s under the profiler")
    for phase, suffix, name in PHASES:
        seconds = cumulative(stats, suffix, name)
        print(f"  {phase:<30} {seconds:8.2f} s  {100 * seconds / wall:5.1f} %")
    if args.save:
        stats.dump_stats(args.save)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
