"""Whole-process measurements: each command runs in a fresh child, whose own rusage gives the
peak RSS of that run alone (``getrusage(RUSAGE_CHILDREN)`` would keep the maximum of all)."""

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


@dataclass(frozen=True)
class Run:
    wall_s: float
    cpu_s: float  # user + system: less sensitive than wall time to other load on a shared machine
    peak_mib: float
    stdout: str


class Failed(RuntimeError):
    pass


def run(args: list[str], timeout_s: float | None = None, env: dict[str, str] | None = None) -> Run:
    """Run ``python args…`` from the repository root, with ``env`` added to the environment; raise
    Failed on a non-zero exit or timeout."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=out, stderr=err, env={**os.environ, **(env or {})})
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            wall = time.perf_counter() - start
            if pid:
                break
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
        return Run(wall, cpu, usage.ru_maxrss / 1024, out.read().decode("utf-8"))  # ru_maxrss is in KiB on Linux


def median_of(runs: list[Run]) -> dict:
    """Median wall time, CPU time and peak memory, and every run's figures."""
    walls = [r.wall_s for r in runs]
    cpus = [r.cpu_s for r in runs]
    peaks = [r.peak_mib for r in runs]
    return {"wall_s": round(statistics.median(walls), 3), "cpu_s": round(statistics.median(cpus), 3),
            "peak_mib": round(statistics.median(peaks), 1), "runs_wall_s": [round(w, 3) for w in walls],
            "runs_cpu_s": [round(c, 3) for c in cpus], "runs_peak_mib": [round(p, 1) for p in peaks]}
