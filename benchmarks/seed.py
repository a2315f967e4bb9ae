"""Whole-process time and peak memory of ``policykg build`` on the bundled sources, the figure
the README quotes. Usage (from the repository root): ``python -m benchmarks.seed [--repeat 5]``."""

from __future__ import annotations

import argparse
import tempfile

from benchmarks.measure import ROOT, median_of, run

SOURCES = ROOT / "data" / "sources"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Time policykg build on the bundled sources.")
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args(argv)
    runs = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as out:
            runs.append(run(["-m", "graph.cli", "build", str(SOURCES), "--out", out]))
    m = median_of(runs)
    print(f"policykg build on data/sources, median of {args.repeat}: {m['wall_s']:.2f} s wall, "
          f"{m['cpu_s']:.2f} s CPU, {m['peak_mib']:.0f} MiB peak, {m['tree_pss_mib']:.0f} MiB over all its processes")
    print(runs[-1].stdout.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
