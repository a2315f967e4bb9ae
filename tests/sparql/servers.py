"""Start real server processes on free loopback ports for the tests, and stop them."""

from __future__ import annotations

import http.client
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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


def ask(url: str, text: str | None = None, *, source: str = "127.0.0.1", headers: dict[str, str] | None = None,
        method: str = "GET", body: bytes | None = None, timeout: float = 30) -> tuple[int, dict[str, str], bytes]:
    """One request from a chosen loopback address (127.0.0.2 is another client to the server)."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path + ("?" + urllib.parse.urlencode({"query": text}) if text is not None else "")
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout, source_address=(source, 0))
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


@contextmanager
def listener() -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on loopback that records every request line and answers one SPARQL JSON row."""
    seen: list[str] = []
    answer = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"remote"}}]}}'

    class Record(BaseHTTPRequestHandler):
        def _any(self) -> None:
            seen.append(f"{self.command} {self.path}")
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        do_GET = do_POST = _any

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Record)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql", seen
    finally:
        server.shutdown()
        server.server_close()
