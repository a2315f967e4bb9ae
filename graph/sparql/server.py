"""A read-only SPARQL 1.1 Protocol endpoint over the loaded graph.

Built on the standard library's ThreadingHTTPServer: no new dependency, and the HTTP threads
only parse requests and copy bytes, because every query runs in a forked child with a hard
deadline (isolate.py). A runaway query is killed there while other requests keep being served;
slots for those children are handed out fairly (schedule.py), and a connection that takes too
long to send its request is closed by a watchman thread, however slowly it trickles.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import cast
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from rdflib import Graph

from . import formats, lexer
from .errors import QueryError
from .guard import Guard, Refused, TooLarge
from .isolate import ChildError, Timeout, run_isolated
from .library import load_library
from .origin import Access
from .page import render_page
from .run import query
from .schedule import Busy, Scheduler

ALL_TYPES = {**formats.RESULT_TYPES, **formats.GRAPH_TYPES}
_ALIASES = {"application/json": "json", "application/xml": "xml", "text/xml": "xml",
            "text/plain": "nt", "application/x-turtle": "turtle"}


@dataclass
class Limits:
    """What one query, one client and one connection may use."""

    seconds: float = 30.0
    rows: int = 100_000
    body_bytes: int = Guard.max_bytes
    workers: int = 4
    queue: int = 64
    """Requests that may wait for a slot; past that they are answered 503 at once."""
    share: int = 0
    """Slots one client may hold at once; 0 means half the workers (at least one)."""
    read_seconds: float = 10.0
    """Time a client has to send a whole request (and to accept each part of the answer)."""
    connections: int = 256
    """Open connections in all; one client may hold a quarter of them."""

    def __post_init__(self) -> None:
        self.share = self.share or max(1, self.workers // 2)

    def problem(self) -> str | None:
        """The first value no server could run with, worded with its command-line option."""
        rules = [("--timeout", self.seconds, 0, False), ("--max-rows", self.rows, 1, True),
                 ("--workers", self.workers, 1, True), ("--queue", self.queue, 0, True),
                 ("--client-share", self.share, 1, True), ("--read-timeout", self.read_seconds, 0, False),
                 ("--max-connections", self.connections, 4, True)]
        for option, value, least, inclusive in rules:
            if value < least or (value == least and not inclusive):
                return f"{option} must be {'at least' if inclusive else 'more than'} {least:g}, not {value:g}"
        if self.share > self.workers:
            return f"--client-share ({self.share}) cannot exceed --workers ({self.workers})"
        return None


class HTTPError(Exception):
    """A response to send as a short text error."""

    def __init__(self, status: HTTPStatus, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


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


@dataclass
class Options:
    """What the operator allows beyond the defaults: federation hosts, host names, CORS origins."""

    allow_service: tuple[str, ...] = ()
    allow_hosts: tuple[str, ...] = ()
    cors: tuple[str, ...] = ()
    guard: Guard = field(init=False)

    def __post_init__(self) -> None:
        self.guard = Guard(frozenset(h.lower() for h in self.allow_service))


class Endpoint(ThreadingHTTPServer):
    """The HTTP server, holding the graph, the library, the limits and who may ask."""

    daemon_threads = True
    request_queue_size = 1024  # the listen backlog (the kernel caps it at net.core.somaxconn)

    def __init__(self, graph: Graph, address: tuple[str, int], limits: Limits, options: Options | None = None) -> None:
        super().__init__(address, Handler)
        options = options or Options()
        self.graph = graph
        self.library = load_library()
        self.limits = limits
        self.guard = replace(options.guard, max_bytes=limits.body_bytes)
        self.access = Access.bound(address[0], self.server_address[1], options.allow_hosts, options.cors)
        self.scheduler = Scheduler(limits.workers, limits.queue, limits.share, limits.seconds)
        self.page = render_page(self.library).encode("utf-8")
        self._reading: dict[socket.socket, float] = {}
        self._open: Counter[str] = Counter()
        self._lock = threading.Lock()
        warm_up(graph)
        threading.Thread(target=self._watch, daemon=True, name="read-deadlines").start()

    def handle_error(self, request, client_address) -> None:
        """A client that went away (or was cut off at its deadline) is not a server error."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)

    def process_request(self, request, client_address) -> None:
        """Refuse a connection past the total or the per-client cap before a thread is made for it."""
        client = client_address[0]
        with self._lock:
            full = sum(self._open.values()) >= self.limits.connections
            mine = self._open[client] >= max(1, self.limits.connections // 4)
            if not (full or mine):
                self._open[client] += 1
        if full or mine:
            _refuse_connection(request, self.scheduler.retry_after)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._lock:
                self._open[client_address[0]] -= 1
                if not self._open[client_address[0]]:
                    del self._open[client_address[0]]
                self._reading.pop(request, None)

    def reading(self, connection: socket.socket, started: bool) -> None:
        """Start (or stop) the clock on a connection that is sending a request."""
        with self._lock:
            if started:
                self._reading[connection] = time.monotonic() + self.limits.read_seconds
            else:
                self._reading.pop(connection, None)

    def _watch(self) -> None:
        """Close connections whose request is not in by its deadline: a blocked read then ends."""
        while True:
            time.sleep(min(0.5, self.limits.read_seconds / 4))
            now = time.monotonic()
            with self._lock:
                late = [conn for conn, deadline in self._reading.items() if deadline < now]
                for conn in late:
                    del self._reading[conn]
            for conn in late:
                try:
                    conn.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


def _refuse_connection(request: socket.socket, retry_after: int) -> None:
    body = b"too many connections; try again\n"
    try:
        request.settimeout(1)
        request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nConnection: close\r\n"
                        b"Retry-After: %d\r\nContent-Length: %d\r\n\r\n%s" % (retry_after, len(body), body))
    except OSError:
        pass


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

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.limits.read_seconds)  # each blocking read or write

    def handle_one_request(self) -> None:
        self.server.reading(self.connection, True)
        try:
            super().handle_one_request()
        finally:
            self.server.reading(self.connection, False)

    def _admitted(self) -> bool:
        """Stop the read clock, and answer now if the Host or the page's Origin is not allowed."""
        self.server.reading(self.connection, False)
        access, host = self.server.access, self.headers.get("Host")
        if not access.host_allowed(host):
            self._error(HTTPError(HTTPStatus.MISDIRECTED_REQUEST,
                                  f"this server does not answer to Host {host!r}; start it with --allow-host NAME"))
            return False
        origin = self.headers.get("Origin")
        if not access.origin_allowed(origin, host):
            self._error(HTTPError(HTTPStatus.FORBIDDEN,
                                  f"requests from pages at {origin} are refused; start the server with --cors {origin}"))
            return False
        return True

    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server naming
        if self._admitted():
            self._send(HTTPStatus.NO_CONTENT, "text/plain", b"")

    def do_GET(self) -> None:  # noqa: N802
        if self._admitted():
            url = urllib.parse.urlsplit(self.path)
            self._answer(url.path, urllib.parse.parse_qs(url.query, keep_blank_values=True))

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        fields = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        try:
            body = self._body()
            if not self._admitted():
                return
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
        if self._admitted():
            self._error(HTTPError(HTTPStatus.METHOD_NOT_ALLOWED, f"{self.command} is refused: this endpoint is read-only"))

    do_PUT = do_DELETE = do_PATCH = _refuse  # noqa: N815

    def _body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            raise HTTPError(HTTPStatus.BAD_REQUEST, "Content-Length is not a number of bytes")
        if length > self.server.limits.body_bytes:
            self.close_connection = True
            _discard(self.rfile, min(length, 16 * self.server.limits.body_bytes))
            raise HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                            f"the request is {length} bytes; the limit is {self.server.limits.body_bytes}")
        body = self.rfile.read(length)
        if len(body) < length:  # the client stopped, or the read deadline closed the connection
            self.close_connection = True
            raise HTTPError(HTTPStatus.REQUEST_TIMEOUT, "the request body did not arrive in time")
        return body

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
        form = lexer.form(text)
        if form in lexer.UPDATE_FORMS:
            raise HTTPError(HTTPStatus.FORBIDDEN, f"this endpoint is read-only: {form} is refused")
        try:
            self.server.guard.check(text)
        except QueryError as exc:
            raise HTTPError(_STATUS.get(type(exc).__name__, HTTPStatus.BAD_REQUEST), str(exc)) from None
        graph_form = form in ("CONSTRUCT", "DESCRIBE")
        fmt = negotiate(self.headers.get("Accept", ""), graph_form, one.get("format") or one.get("output"))
        params = {k[len("param."):]: v for k, v in one.items() if k.startswith("param.")}
        limits = self.server.limits
        try:
            with self.server.scheduler.slot(self.client_address[0]):
                body = run_isolated(lambda: self._compute(name, params, fmt), limits.seconds)
        except Busy as exc:
            raise HTTPError(HTTPStatus.SERVICE_UNAVAILABLE, str(exc), {"Retry-After": str(exc.retry_after)}) from None
        except Timeout:
            raise HTTPError(HTTPStatus.SERVICE_UNAVAILABLE,
                            f"the query was stopped: it ran longer than the {limits.seconds:g} s time limit") from None
        except ChildError as exc:
            raise HTTPError(_STATUS.get(exc.kind, HTTPStatus.INTERNAL_SERVER_ERROR), str(exc)) from None
        return HTTPStatus.OK, ALL_TYPES[fmt] + ("; charset=utf-8" if fmt in ("csv", "tsv", "turtle", "nt") else ""), body

    def _compute(self, name: str, params: dict[str, str], fmt: str) -> bytes:
        """Runs in the child: the query, the row check and the serialization."""
        limit = self.server.limits.rows
        result = query(self.server.graph, name, params, limit=limit, library=self.server.library, guard=self.server.guard)
        if result.truncated:
            raise RowLimit(f"the query was stopped: it returns more than the {limit} row limit; add LIMIT")
        return formats.serialize(result, fmt)

    def _error(self, exc: HTTPError) -> None:
        self._send(exc.status, "text/plain; charset=utf-8", (str(exc) + "\n").encode("utf-8"), exc.headers)

    def _send(self, status: HTTPStatus, media: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        extra = {**self.server.access.cors_headers(self.headers.get("Origin")), **(headers or {})}
        if status == HTTPStatus.METHOD_NOT_ALLOWED:
            extra["Allow"] = "GET, POST, OPTIONS"
        for name, value in extra.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


_STATUS = {Refused.__name__: HTTPStatus.FORBIDDEN, TooLarge.__name__: HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
           QueryError.__name__: HTTPStatus.BAD_REQUEST, "RowLimit": HTTPStatus.UNPROCESSABLE_ENTITY}
"""HTTP status for each error a query can end in (by exception name, as children report them)."""


def _discard(stream, size: int) -> None:
    """Read and drop a refused body, so the client reads our 413 instead of a broken pipe."""
    while size > 0:
        chunk = stream.read(min(size, 1 << 16))
        if not chunk:
            return
        size -= len(chunk)


class RowLimit(Exception):
    """The query returns more rows than the server allows."""


def serve(graph: Graph, host: str = "127.0.0.1", port: int = 7878, limits: Limits | None = None,
          options: Options | None = None) -> None:
    """Serve until interrupted; prints the URL once the socket is bound."""
    server = Endpoint(graph, (host, port), limits or Limits(), options)
    bound_host, bound_port = cast("tuple[str, int]", server.server_address[:2])  # bytes only for AF_UNIX
    print(f"SPARQL endpoint on http://{bound_host}:{bound_port}/sparql", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
