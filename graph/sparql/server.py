"""A read-only SPARQL 1.1 Protocol endpoint over the loaded graph.

Built on the standard library's ThreadingHTTPServer: no new dependency, and the HTTP threads
only parse requests and copy bytes, because every query runs in a forked child with a hard
deadline (isolate.py). A runaway query is killed there while other requests keep being served.
"""

from __future__ import annotations

import threading
import urllib.parse
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from rdflib import Graph

from . import formats, lexer
from .isolate import ChildError, Timeout, run_isolated
from .library import load_library
from .page import render_page
from .run import query

ALL_TYPES = {**formats.RESULT_TYPES, **formats.GRAPH_TYPES}
_ALIASES = {"application/json": "json", "application/xml": "xml", "text/xml": "xml",
            "text/plain": "nt", "application/x-turtle": "turtle"}


@dataclass
class Limits:
    """What one query may use before it is stopped."""

    seconds: float = 30.0
    rows: int = 100_000
    body_bytes: int = 1_000_000
    workers: int = 4


class HTTPError(Exception):
    """A response to send as a short text error."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


def negotiate(accept: str, graph_form: bool, requested: str | None) -> str:
    """The output format: an explicit format= value, else the best match of the Accept header."""
    offered = formats.GRAPH_TYPES if graph_form else formats.RESULT_TYPES
    by_type = {media: name for name, media in offered.items()}
    by_type.update({m: n for m, n in _ALIASES.items() if n in offered})
    if requested:
        name = requested if requested in offered else by_type.get(requested)
        if name is None:
            raise HTTPError(HTTPStatus.NOT_ACCEPTABLE, f"format {requested!r} is not one of {', '.join(offered)}")
        return name
    choices = []
    for position, part in enumerate((accept or "*/*").split(",")):
        media, *options = [p.strip() for p in part.split(";")]
        q = next((float(o[2:]) for o in options if o.startswith("q=") and o[2:].replace(".", "", 1).isdigit()), 1.0)
        choices.append((-q, position, media.lower()))
    for minus_q, _, media in sorted(choices):
        if minus_q == 0:  # q=0: explicitly not acceptable
            continue
        if media in by_type:
            return by_type[media]
        if media in ("*/*", "application/*"):
            return next(iter(offered))
        if media == "text/*":
            return "turtle" if graph_form else "csv"
    raise HTTPError(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer with {accept!r}; offered: {', '.join(offered.values())}")


class Endpoint(ThreadingHTTPServer):
    """The HTTP server, holding the graph, the library and the limits."""

    daemon_threads = True

    def __init__(self, graph: Graph, address: tuple[str, int], limits: Limits) -> None:
        super().__init__(address, Handler)
        self.graph = graph
        self.library = load_library()
        self.limits = limits
        self.slots = threading.BoundedSemaphore(limits.workers)
        self.page = render_page(self.library).encode("utf-8")
        warm_up(graph)


def warm_up(graph: Graph) -> None:
    """Import the parser and every writer now, so forked children never wait on an import lock."""
    result = query(graph, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")
    for fmt in formats.RESULT_TYPES:
        formats.serialize(result, fmt)
    construct = query(graph, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1")
    for fmt in formats.GRAPH_TYPES:
        formats.serialize(construct, fmt)


class Handler(BaseHTTPRequestHandler):
    """GET and POST per the SPARQL 1.1 Protocol; every write method is refused."""

    server: Endpoint
    protocol_version = "HTTP/1.1"

    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server naming
        self._send(HTTPStatus.NO_CONTENT, "text/plain", b"")

    def do_GET(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        self._answer(url.path, urllib.parse.parse_qs(url.query, keep_blank_values=True))

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        fields = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        try:
            body = self._body()
            kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if kind == "application/x-www-form-urlencoded":
                fields.update(urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True))
            elif kind == "application/sparql-query":
                fields["query"] = [body.decode("utf-8")]
            elif kind == "application/sparql-update":
                raise HTTPError(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
            else:
                raise HTTPError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                                "send application/sparql-query or an application/x-www-form-urlencoded form")
        except HTTPError as exc:
            self._error(exc)
            return
        except UnicodeDecodeError:
            self._error(HTTPError(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8"))
            return
        self._answer(url.path, fields)

    def _refuse(self) -> None:
        self._error(HTTPError(HTTPStatus.METHOD_NOT_ALLOWED, f"{self.command} is refused: this endpoint is read-only"))

    do_PUT = do_DELETE = do_PATCH = _refuse  # noqa: N815

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.server.limits.body_bytes:
            self.close_connection = True
            _discard(self.rfile, min(length, 16 * self.server.limits.body_bytes))
            raise HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                            f"the request is {length} bytes; the limit is {self.server.limits.body_bytes}")
        return self.rfile.read(length)

    def _answer(self, path: str, fields: dict[str, list[str]]) -> None:
        try:
            if path not in ("/", "/sparql", "/query"):
                raise HTTPError(HTTPStatus.NOT_FOUND, "queries go to /sparql")
            if "update" in fields:
                raise HTTPError(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
            if "query" not in fields and "question" not in fields:
                self._send(HTTPStatus.OK, "text/html; charset=utf-8", self.server.page)
                return
            status, media, body = self._run(fields)
        except HTTPError as exc:
            self._error(exc)
            return
        self._send(status, media, body)

    def _run(self, fields: dict[str, list[str]]) -> tuple[HTTPStatus, str, bytes]:
        one = {k: v[0] for k, v in fields.items() if len(v) == 1}
        if any(len(v) > 1 for k, v in fields.items() if k in ("query", "question")):
            raise HTTPError(HTTPStatus.BAD_REQUEST, "give exactly one query")
        if "query" in one:
            name = text = one["query"]
        elif one.get("question") in self.server.library:
            name, text = one["question"], self.server.library[one["question"]].text
        else:
            raise HTTPError(HTTPStatus.NOT_FOUND, f"no question named {one.get('question')!r}")
        if len(text.encode("utf-8")) > self.server.limits.body_bytes:
            raise HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the query is too long")
        form = lexer.form(text)
        if form in lexer.UPDATE_FORMS:
            raise HTTPError(HTTPStatus.FORBIDDEN, f"this endpoint is read-only: {form} is refused")
        graph_form = form in ("CONSTRUCT", "DESCRIBE")
        fmt = negotiate(self.headers.get("Accept", ""), graph_form, one.get("format") or one.get("output"))
        params = {k[len("param."):]: v for k, v in one.items() if k.startswith("param.")}
        limits = self.server.limits
        if not self.server.slots.acquire(timeout=limits.seconds):
            raise HTTPError(HTTPStatus.SERVICE_UNAVAILABLE, "the server is busy; try again")
        try:
            body = run_isolated(lambda: self._compute(name, params, fmt), limits.seconds)
        except Timeout:
            raise HTTPError(HTTPStatus.SERVICE_UNAVAILABLE,
                            f"the query was stopped: it ran longer than the {limits.seconds:g} s time limit") from None
        except ChildError as exc:
            status = HTTPStatus.UNPROCESSABLE_ENTITY if exc.kind == "RowLimit" else HTTPStatus.BAD_REQUEST
            raise HTTPError(status if exc.kind in ("QueryError", "RowLimit") else HTTPStatus.INTERNAL_SERVER_ERROR,
                            str(exc)) from None
        finally:
            self.server.slots.release()
        return HTTPStatus.OK, ALL_TYPES[fmt] + ("; charset=utf-8" if fmt in ("csv", "tsv", "turtle", "nt") else ""), body

    def _compute(self, name: str, params: dict[str, str], fmt: str) -> bytes:
        """Runs in the child: the query, the row check and the serialization."""
        limit = self.server.limits.rows
        result = query(self.server.graph, name, params, limit=limit, library=self.server.library)
        if result.truncated:
            raise RowLimit(f"the query was stopped: it returns more than the {limit} row limit; add LIMIT")
        return formats.serialize(result, fmt)

    def _error(self, exc: HTTPError) -> None:
        self._send(exc.status, "text/plain; charset=utf-8", (str(exc) + "\n").encode("utf-8"))

    def _send(self, status: HTTPStatus, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        if status == HTTPStatus.METHOD_NOT_ALLOWED:
            self.send_header("Allow", "GET, POST, OPTIONS")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _discard(stream, size: int) -> None:
    """Read and drop a refused body, so the client reads our 413 instead of a broken pipe."""
    while size > 0:
        chunk = stream.read(min(size, 1 << 16))
        if not chunk:
            return
        size -= len(chunk)


class RowLimit(Exception):
    """The query returns more rows than the server allows."""


def serve(graph: Graph, host: str = "127.0.0.1", port: int = 7878, limits: Limits | None = None) -> None:
    """Serve until interrupted; prints the URL once the socket is bound."""
    server = Endpoint(graph, (host, port), limits or Limits())
    print(f"SPARQL endpoint on http://{server.server_address[0]}:{server.server_address[1]}/sparql", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
