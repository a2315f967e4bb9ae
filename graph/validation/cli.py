"""`policykg validate [PATH]`: check an export against the shapes; exit 1 on any violation."""

from __future__ import annotations

import argparse
import sys

from graph.sparql.errors import QueryError
from graph.sparql.load import load_graph
from graph.validation.shacl import validate
from graph.validation.violation import is_blocking


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("validate", help="validate an export against the SHACL shapes")
    parser.add_argument("path", nargs="?", default="out", help="export file or folder (default: out/)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Validate; an export that cannot be read is one line on stderr and exit 2."""
    try:
        graph = load_graph(args.path, "memory")  # pySHACL walks rdflib's own store fastest
    except QueryError as err:
        print(f"policykg validate: {err}", file=sys.stderr)
        return 2
    violations = validate(graph)
    for v in violations:
        print(v)
    errors = sum(v.severity == "Violation" for v in violations)
    print(f"{len(graph)} triples, {errors} violations, {len(violations) - errors} warnings")
    return 1 if is_blocking(violations) else 0
