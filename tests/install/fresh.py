"""Run a command as on a fresh machine: an empty HOME and caches, and (where the test may mount) no fonts."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts")


@functools.cache
def can_mount() -> bool:
    """Mounting in a private mount namespace needs root (CI and this project's machines run tests as root)."""
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs tmpfs /mnt"], capture_output=True)
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(not can_mount(), reason="needs root and unshare(1) to hide fonts or mount a small disk")


def fresh_env(home: Path) -> dict[str, str]:
    """Nothing but PATH and an empty HOME: no user cache, no matplotlib font list from an earlier run."""
    for name in ("home", "mpl", "cache"):
        (home / name).mkdir(parents=True, exist_ok=True)
    return {"PATH": f"{BIN}:/usr/bin:/bin", "HOME": str(home / "home"), "MPLCONFIGDIR": str(home / "mpl"),
            "POLICYKG_CACHE": str(home / "cache"), "LANG": "C.UTF-8"}


def run_without_fonts(args: list[str], cwd: Path, env: dict[str, str], mounts: str = "",
                      timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``args`` in a private mount namespace where every system font folder is an empty tmpfs, after the
    extra shell ``mounts`` (commands run first, e.g. a small tmpfs to fill)."""
    hide = " && ".join(f"{{ [ ! -d {d} ] || mount -t tmpfs tmpfs {d}; }}" for d in FONT_DIRS)
    script = " && ".join(filter(None, [hide, mounts, 'exec "$@"']))
    return subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)
