"""`policykg viz`: write the explorer, the views and the report page from an exported graph."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("viz", help="write the explorer, the interactive views and index.html")
    parser.add_argument("--graph", default="out", help="an export file, or a folder holding graph.nt (default: out)")
    parser.add_argument("--focus", metavar="NODE", help="also draw the neighbourhood of the node with this label (e.g. 电子印章)")
    parser.add_argument("--out", default="out", type=Path, help="folder to write the pages into (default: out)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the pages; a focus label that names no node is reported as an error, not a traceback."""
    from graph.site import write_all
    from graph.sparql.errors import QueryError
    from graph.sparql.load import load_graph

    try:
        kg = load_graph(args.graph)
    except QueryError as error:  # a missing or malformed export: one line naming file and line
        print(f"policykg viz: {error}", file=sys.stderr)
        return 2
    try:
        write_all(kg, args.out, focus=args.focus)
    except LookupError as error:
        print(f"policykg viz: {error.args[0]}", file=sys.stderr)
        return 2
    for path in sorted(Path(args.out).glob("*.html")):
        print(path)
    return 0
