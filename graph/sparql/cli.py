"""The ``query``, ``serve`` and ``push`` sub-commands of ``policykg``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import formats
from .errors import QueryError
from .library import load_library
from .load import load_graph
from .remote import RemoteEndpoint
from .run import query

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
    _add_source(q)
    q.add_argument("--endpoint", help="ask a remote SPARQL endpoint instead of the local graph")
    q.set_defaults(func=_query)

    s = subparsers.add_parser("serve", help="serve a read-only SPARQL 1.1 endpoint")
    _add_source(s)
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    s.add_argument("--port", type=int, default=7878, help="0 picks a free port")
    s.add_argument("--timeout", type=float, default=30.0, help="seconds a query may run")
    s.add_argument("--max-rows", type=int, default=100_000, help="rows a query may return")
    s.add_argument("--workers", type=int, default=4, help="queries run at the same time")
    s.set_defaults(func=_serve)

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


def _fail(message: str) -> int:
    print(f"policykg: error: {message}", file=sys.stderr)
    return 1


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


def _query(args: argparse.Namespace) -> int:
    try:
        if args.list:
            for question in load_library().values():
                params = "".join(f" --param {p.name}=<{p.type}>" for p in question.params)
                print(f"{question.name}{params}\t{question.answers}")
            return 0
        text = _query_text(args)
        target = RemoteEndpoint(args.endpoint) if args.endpoint else load_graph(args.graph, args.store)
        result = query(target, text, dict(args.param), limit=args.limit)
        fmt = args.format
        if result.graph is not None and fmt not in formats.GRAPH_TYPES:
            fmt = "nt" if fmt == "tsv" else "turtle"
        if fmt == "table":
            print(formats.table(result))
        else:
            sys.stdout.buffer.write(formats.serialize(result, fmt))
            sys.stdout.flush()
    except (QueryError, ValueError) as exc:
        return _fail(str(exc))
    return 0


def _serve(args: argparse.Namespace) -> int:
    from .server import Limits, serve

    try:
        graph = load_graph(args.graph, args.store)
        serve(graph, args.host, args.port, Limits(args.timeout, args.max_rows, workers=args.workers))
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
