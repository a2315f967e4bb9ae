"""Whole-process measurements: each command runs in a fresh child, whose own rusage gives the
peak RSS of that run alone (``getrusage(RUSAGE_CHILDREN)`` would keep the maximum of all).

That RSS is the largest single process's. The build forks extraction workers and export writers,
which share the parent's pages until they write to them, so the memory the run really takes is
the proportional set size (PSS) summed over the process tree, sampled while it runs (Linux)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLL_S = 0.02
PSS_EVERY_S = 0.25
SAMPLING_SHARE = 50
"""Sampling waits at least 50 times as long as the last sample took: reading a process's PSS
walks its page tables, which for a build of a million items took long enough to slow it down."""


@dataclass(frozen=True)
class Run:
    wall_s: float
    cpu_s: float  # user + system: less sensitive than wall time to other load on a shared machine
    peak_mib: float
    tree_pss_mib: float
    stdout: str


class Failed(RuntimeError):
    pass


def run(args: list[str], timeout_s: float | None = None, env: dict[str, str] | None = None) -> Run:
    """Run ``python args…`` from the repository root, with ``env`` added to the environment; raise
    Failed on a non-zero exit or timeout."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=out, stderr=err, env={**os.environ, **(env or {})})
        pss, sampled, every = 0, 0.0, PSS_EVERY_S
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            wall = time.perf_counter() - start
            if pid:
                break
            if wall - sampled >= every:
                pss = max(pss, tree_pss_kib(child.pid))
                sampled = time.perf_counter() - start
                every = max(PSS_EVERY_S, SAMPLING_SHARE * (sampled - wall))
            if timeout_s is not None and wall > timeout_s:
                child.kill()
                os.wait4(child.pid, 0)
                raise Failed(f"timed out after {timeout_s:.0f} s: {' '.join(args)}")
            time.sleep(POLL_S)
        child.returncode = os.waitstatus_to_exitcode(status)  # already reaped: keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        if child.returncode:
            raise Failed(f"exit {child.returncode}: {' '.join(args)}\n{err.read().decode(errors='replace')[-2000:]}")
        cpu = usage.ru_utime + usage.ru_stime
        return Run(wall, cpu, usage.ru_maxrss / 1024, pss / 1024, out.read().decode("utf-8"))  # both in KiB on Linux


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:  # gone meanwhile
            continue
    return found


def tree_pss_kib(pid: int) -> int:
    """PSS summed over ``pid``'s process tree, in KiB (0 where /proc does not tell)."""
    total = 0
    for p in _tree(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup", encoding="ascii") as fh:
                total += next((int(line.split()[1]) for line in fh if line.startswith("Pss:")), 0)
        except OSError:
            continue
    return total


def median_of(runs: list[Run]) -> dict:
    """Median wall time, CPU time and peak memory, and every run's figures."""
    walls = [r.wall_s for r in runs]
    cpus = [r.cpu_s for r in runs]
    peaks = [r.peak_mib for r in runs]
    trees = [r.tree_pss_mib for r in runs]
    return {"wall_s": round(statistics.median(walls), 3), "cpu_s": round(statistics.median(cpus), 3),
            "peak_mib": round(statistics.median(peaks), 1), "tree_pss_mib": round(statistics.median(trees), 1),
            "runs_wall_s": [round(w, 3) for w in walls], "runs_cpu_s": [round(c, 3) for c in cpus],
            "runs_peak_mib": [round(p, 1) for p in peaks], "runs_tree_pss_mib": [round(t, 1) for t in trees]}
