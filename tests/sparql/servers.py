"""Real servers on loopback for the tests (started by benchmarks.triplestores), a client that
picks its loopback address, and a listener that records every request it gets."""

from __future__ import annotations

import http.client
import threading
import urllib.parse
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

from benchmarks.triplestores import ROOT, oxigraph_executable, oxigraph_server, policykg_server

__all__ = ["ROOT", "ask", "listener", "oxigraph_missing", "oxigraph_server", "policykg_server"]


def oxigraph_missing() -> bool:
    return oxigraph_executable() is None


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
