"""The ``query``, ``serve`` and ``push`` sub-commands of ``policykg``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from rdflib.plugins import sparql as rdflib_sparql

from . import formats
from .errors import QueryError
from .guard import Guard
from .isolate import ChildError, Timeout, run_isolated
from .library import load_library
from .load import load_graph
from .remote import RemoteEndpoint
from .run import QueryResult, query

OUTPUT_FORMATS = ["table", *formats.RESULT_TYPES, *formats.GRAPH_TYPES]


def _param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"--param wants NAME=VALUE, got {text!r}")
    return name, value


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add query, serve and push; each sets ``func(args) -> exit code``."""
    q = subparsers.add_parser("query", help="run a SPARQL query or a library question")
    q.add_argument("question", nargs="?", help="a library question's NAME or a FILE.rq")
    q.add_argument("-e", "--expression", help="the query text itself")
    q.add_argument("--list", action="store_true", help="list the library's questions")
    q.add_argument("--param", action="append", type=_param, default=[], metavar="NAME=VALUE",
                   help="bind a parameter of the question (repeatable)")
    q.add_argument("--format", choices=OUTPUT_FORMATS, default="table")
    q.add_argument("--limit", type=int, help="stop after this many rows")
    q.add_argument("--timeout", type=float, help="stop the query after this many seconds (default: no limit)")
    _add_source(q)
    q.add_argument("--endpoint", help="ask a remote SPARQL endpoint instead of the local graph")
    q.set_defaults(func=_query)

    s = subparsers.add_parser("serve", help="serve a read-only SPARQL 1.1 endpoint")
    _add_source(s)
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    s.add_argument("--port", type=int, default=7878, help="0 picks a free port")
    s.add_argument("--timeout", type=float, default=30.0, help="seconds a query may run (and wait for a slot)")
    s.add_argument("--max-rows", type=int, default=100_000, help="rows a query may return")
    s.add_argument("--workers", type=int, default=4, help="queries run at the same time")
    s.add_argument("--queue", type=int, default=64, help="queries that may wait for a worker; more get 503")
    s.add_argument("--client-share", type=int, default=0,
                   help="workers one client address may hold at once (default: half the workers)")
    s.add_argument("--read-timeout", type=float, default=10.0, help="seconds a client has to send its request")
    s.add_argument("--max-connections", type=int, default=256,
                   help="open connections in all (one client address: a quarter of them)")
    s.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="also answer to this Host name (a proxy's or the machine's; repeatable)")
    s.add_argument("--cors", action="append", default=[], metavar="ORIGIN",
                   help="let pages from ORIGIN (e.g. https://yasgui.triply.cc) or * read answers; default: none")
    s.set_defaults(func=_serve)
    for parser in (q, s):
        parser.add_argument("--allow-service", action="append", default=[], metavar="HOST",
                            help="let SERVICE call this host (federation; repeatable); default: no SERVICE")

    p = subparsers.add_parser("push", help="load the exports into a Graph Store Protocol server")
    p.add_argument("--graph", default="out", help="export file or folder (default: out)")
    p.add_argument("--endpoint", required=True, help="the Graph Store URL, e.g. http://127.0.0.1:7878/store")
    p.add_argument("--graph-iri", help="named graph to replace (default: the default graph)")
    p.add_argument("--graph-param", default="graph", help="the server's name for it (Virtuoso: graph-uri)")
    p.add_argument("--user", help="user name; the password is read from POLICYKG_PASSWORD")
    p.set_defaults(func=_push)


def _add_source(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--graph", default="out", help="RDF file or folder of exports (default: out)")
    parser.add_argument("--store", default="oxigraph",
                        help="oxigraph (in memory, default), oxigraph:DIR (on disk, loaded once) or memory (rdflib's own store)")


def _fail(message: str, code: int = 1) -> int:
    print(f"policykg: error: {message}", file=sys.stderr)
    return code


def _query_text(args: argparse.Namespace) -> str:
    if args.expression is not None:
        return args.expression
    if args.question is None:
        raise QueryError("give a question NAME, a FILE.rq or -e 'SELECT …' (see --list)")
    if args.question.endswith(".rq") or Path(args.question).is_file():
        try:
            return Path(args.question).read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"cannot read {args.question}: {exc.strerror}") from None
    return args.question


def _offline() -> None:
    """rdflib's own evaluator would fetch a FROM <url> graph from the web; this process never does."""
    rdflib_sparql.SPARQL_LOAD_GRAPHS = False


def _rendered(result: QueryResult, fmt: str) -> bytes:
    if result.graph is not None and fmt not in formats.GRAPH_TYPES:
        fmt = "nt" if fmt == "tsv" else "turtle"
    if fmt == "table":
        return (formats.table(result) + "\n").encode("utf-8")
    return formats.serialize(result, fmt)


def _query(args: argparse.Namespace) -> int:
    """Run the query in a child process, so a time limit, Ctrl-C or an engine crash ends only it."""
    if args.timeout is not None and args.timeout <= 0:
        return _fail(f"--timeout must be more than 0 seconds, not {args.timeout:g}", 2)
    _offline()
    try:
        if args.list:
            lines = [f"{q.name}{''.join(f' --param {p.name}=<{p.type}>' for p in q.params)}\t{q.answers}"
                     for q in load_library().values()]
            return _write(("\n".join(lines) + "\n").encode("utf-8"))
        text = _query_text(args)
        guard = Guard(frozenset(h.lower() for h in args.allow_service))
        target = RemoteEndpoint(args.endpoint) if args.endpoint else load_graph(args.graph, args.store)
        out = run_isolated(lambda: _rendered(query(target, text, dict(args.param), limit=args.limit, guard=guard),
                                             args.format), args.timeout)
    except (QueryError, ValueError, ChildError) as exc:
        return _fail(str(exc))
    except Timeout:
        return _fail(f"the query was stopped after {args.timeout:g} s (--timeout)")
    except KeyboardInterrupt:
        return _fail("interrupted; the query was stopped", 130)
    return _write(out)


def _write(out: bytes) -> int:
    """Write the answer; a reader that closed the pipe early (``| head``) ends it quietly."""
    try:
        sys.stdout.buffer.write(out)
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so exit's flush cannot fail again
    return 0


def _serve(args: argparse.Namespace) -> int:
    from .server import Limits, Options, serve

    limits = Limits(args.timeout, args.max_rows, workers=args.workers, queue=args.queue, share=args.client_share,
                    read_seconds=args.read_timeout, connections=args.max_connections)
    problem = limits.problem() or (None if 0 <= args.port <= 65535 else f"--port must be 0 to 65535, not {args.port}")
    if problem:
        return _fail(problem, 2)
    _offline()
    try:
        graph = load_graph(args.graph, args.store)
        serve(graph, args.host, args.port, limits, Options(tuple(args.allow_service), tuple(args.allow_host), tuple(args.cors)))
    except (QueryError, OSError) as exc:
        return _fail(str(exc))
    return 0


def _push(args: argparse.Namespace) -> int:
    from .push import push

    try:
        status = push(args.graph, args.endpoint, args.graph_iri, user=args.user,
                      password=os.environ.get("POLICYKG_PASSWORD"), graph_param=args.graph_param)
    except QueryError as exc:
        return _fail(str(exc))
    where = args.graph_iri or "the default graph"
    print(f"loaded {args.graph} into {where} at {args.endpoint} (HTTP {status})")
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m graph.sparql``: these three commands alone, as ``policykg`` runs them."""
    parser = argparse.ArgumentParser(prog="python -m graph.sparql")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)
