"""Build speed and memory at several sizes: ``policykg build`` against the plain rdflib and
pyoxigraph paths on the same data in the same run.

Usage (from the repository root)::

    python -m benchmarks.run --sizes 1000,10000,100000 [--repeat N] [--seed 1] [--timeout 600]

Sources are generated once per size and seed under ``benchmarks/cache/``. Every measured run is a
fresh process; the medians go to a table and to ``benchmarks/results/build.json``. "peak MiB" is
the largest single process's peak RSS; "tree MiB" is the peak of the PSS summed over the run's
processes (workers and forked writers included), which is what the run takes from the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from benchmarks.generate import MANIFEST, generate
from benchmarks.measure import ROOT, Failed, Run, median_of, run

CACHE = ROOT / "benchmarks" / "cache"
RESULTS = ROOT / "benchmarks" / "results" / "build.json"
LARGE = 100_000  # from this size on, one run by default
SUMMARY_RE = re.compile(r"(?P<items>\d+) item\(s\)")
WROTE_RE = re.compile(r"wrote (?P<triples>\d+) triples")


def sources_for(size: int, seed: int) -> tuple[Path, dict]:
    """The generated sources of this size and seed, generating them when the cache has none."""
    folder = CACHE / f"items-{size}-seed-{seed}"
    manifest_path = folder / MANIFEST
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    else:
        manifest = generate(size, folder, seed)
    return folder / "sources", manifest


def _repeat(args: Callable[[str], list[str]], repeat: int, timeout: float | None,
            prepare: Callable[[str], dict[str, str]] | None = None) -> list[Run]:
    """``repeat`` fresh runs of ``python args(out)``, each with an empty output folder and a fresh
    folder handed to ``prepare``, which may run unmeasured commands and returns the environment."""
    runs = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as scratch:
            env = prepare(scratch) if prepare else None
            runs.append(run(args(out), timeout, env))
    return runs


def _build_args(sources: list[str], out: str, options: tuple[str, ...]) -> list[str]:
    return ["-m", "graph.cli", "build", *sources, "--out", out, *options]


def policykg(*options: str, added_file: bool = False) -> Callable[[Path, int, float | None], dict]:
    """``policykg build`` with ``options``; with ``added_file``, a rebuild after one file was added to
    sources whose extractions are already cached (the cache warmed, unmeasured, without that file)."""
    def measure(sources: Path, repeat: int, timeout: float | None) -> dict:
        def warm(scratch: str) -> dict[str, str]:
            env = {"POLICYKG_CACHE": scratch}
            *before, _ = sorted(str(p) for p in sources.iterdir() if p.is_file())
            run(_build_args(before, f"{scratch}/out", ("--no-views", "--validate", "never")), timeout, env)
            return env

        runs = _repeat(lambda out: _build_args([str(sources)], out, options), repeat, timeout, warm if added_file else None)
        text = runs[-1].stdout
        return {**median_of(runs), "items": int(SUMMARY_RE.search(text)["items"]),
                "triples": int(WROTE_RE.search(text)["triples"])}
    return measure


def baseline(store: str) -> Callable[[Path, int, float | None], dict]:
    """The same sources through ``store``'s own store and serializers (see benchmarks/baseline.py)."""
    def measure(sources: Path, repeat: int, timeout: float | None) -> dict:
        runs = _repeat(lambda out: ["-m", "benchmarks.baseline", store, str(sources), out], repeat, timeout)
        report = json.loads(runs[-1].stdout)
        return {**median_of(runs), "items": report["items"], "triples": report["triples"], "phases": report["phases"]}
    return measure


def rates(result: dict) -> dict:
    wall = result["wall_s"]
    return {**result, "items_per_s": round(result["items"] / wall, 1), "triples_per_s": round(result["triples"] / wall, 1)}


PATHS = {
    "policykg": policykg("--no-cache"), "exports": policykg("--no-cache", "--no-views"),
    "rebuild": policykg("--no-views", added_file=True),
    "rdflib": baseline("rdflib"), "oxigraph": baseline("oxigraph"),
}
"""policykg: the whole build (exports, views, report); exports: the three export files only;
rebuild: exports again after adding one file, the other files' extractions cached; rdflib,
oxigraph: the same model written to N-Triples and Turtle by that library's store."""


def measure(size: int, seed: int, repeat: int, timeout: float | None, paths: list[str]) -> dict:
    sources, manifest = sources_for(size, seed)
    row: dict = {"size": size, "repeat": repeat, "files": manifest["files"],
                 "source_mib": round(sum(p.stat().st_size for p in sources.iterdir()) / 2**20, 1)}
    for name in paths:
        try:
            row[name] = rates(PATHS[name](sources, repeat, timeout))
        except Failed as err:
            row[name] = {"failed": str(err).splitlines()[0]}
    return row


def machine() -> dict:
    with open("/proc/meminfo", encoding="ascii") as fh:
        total_kib = int(next(line for line in fh if line.startswith("MemTotal")).split()[1])
    versions = {name: metadata.version(name) for name in ("rdflib", "networkx", "pyoxigraph")}
    return {"cpus": os.cpu_count(), "memory_gib": round(total_kib / 2**20, 1), "python": platform.python_version(),
            "platform": platform.platform(), **versions}


def table(rows: list[dict]) -> str:
    head = (f"{'items':>9} {'path':<9} {'wall s':>8} {'cpu s':>8} {'items/s':>9} {'triples':>9} "
            f"{'triples/s':>10} {'peak MiB':>9} {'tree MiB':>9}")
    lines = [head, "-" * len(head)]
    for row in rows:
        for name in [n for n in PATHS if n in row]:
            r = row[name]
            if "failed" in r:
                lines.append(f"{row['size']:>9} {name:<9} {r['failed']}")
                continue
            lines.append(f"{row['size']:>9} {name:<9} {r['wall_s']:>8.2f} {r['cpu_s']:>8.2f} {r['items_per_s']:>9.0f} "
                         f"{r['triples']:>9} {r['triples_per_s']:>10.0f} {r['peak_mib']:>9.0f} {r['tree_pss_mib']:>9.0f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Measure the build at several sizes.")
    p.add_argument("--sizes", default="1000,10000", help="comma-separated item counts (default 1000,10000)")
    p.add_argument("--repeat", type=int, help=f"runs per measurement (default 3, or 1 from {LARGE} items)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--timeout", type=float, help="give up on a run after this many seconds")
    p.add_argument("--paths", default=",".join(PATHS), help="which paths to measure (default all)")
    p.add_argument("--results", type=Path, default=RESULTS, help=f"JSON output (default {RESULTS.relative_to(ROOT)})")
    args = p.parse_args(argv)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        repeat = args.repeat or (1 if size >= LARGE else 3)
        rows.append(measure(size, args.seed, repeat, args.timeout, args.paths.split(",")))
        print(f"measured {size} items", file=sys.stderr)
    print(table(rows))
    report = {"date": dt.date.today().isoformat(), "seed": args.seed, "machine": machine(), "runs": rows}
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
