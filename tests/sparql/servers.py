"""Start real server processes on free loopback ports for the tests, and stop them."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def policykg_server(graph: Path, *options: str) -> Iterator[str]:
    """``python -m graph.sparql serve`` on port 0; yields its /sparql URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "graph.sparql", "serve", "--graph", str(graph), "--port", "0", *options],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        line = process.stdout.readline() if process.stdout else ""
        match = re.search(r"http://127\.0\.0\.1:\d+/sparql", line)
        assert match, f"server did not start: {line!r}"
        yield match.group()
    finally:
        process.terminate()
        process.wait(timeout=10)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """The PyPI ``oxigraph`` server on a free loopback port; yields its base URL."""
    executable = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    port = free_port()
    process = subprocess.Popen(
        [executable, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def oxigraph_missing() -> bool:
    return shutil.which("oxigraph") is None and not Path(sys.executable).with_name("oxigraph").exists()
