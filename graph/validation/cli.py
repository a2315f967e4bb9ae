"""`policykg validate [PATH]`: check an export against the shapes; exit 1 on any violation."""

from __future__ import annotations

import argparse
from pathlib import Path

from rdflib import Graph

from graph.validation.shacl import validate
from graph.validation.violation import is_blocking

# Suffix → rdflib parser. A folder is read through the first of EXPORT_NAMES it holds.
FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".nq": "nquads", ".trig": "trig"}
EXPORT_NAMES = ("graph.ttl", "graph.nt")


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("validate", help="validate an export against the SHACL shapes")
    parser.add_argument("path", nargs="?", default="out", type=Path, help="export file or folder (default: out/)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        graph = load_export(args.path)
    except (FileNotFoundError, ValueError) as err:
        print(f"validate: {err}")
        return 2
    violations = validate(graph)
    for v in violations:
        print(v)
    errors = sum(v.severity == "Violation" for v in violations)
    print(f"{len(graph)} triples, {errors} violations, {len(violations) - errors} warnings")
    return 1 if is_blocking(violations) else 0


def load_export(path: Path) -> Graph:
    """Parse an export file, or the graph.ttl/graph.nt inside an export folder (to be replaced by the shared loader)."""
    if path.is_dir():
        candidates = [path / name for name in EXPORT_NAMES if (path / name).is_file()]
        if not candidates:
            raise FileNotFoundError(f"no {' or '.join(EXPORT_NAMES)} in {path}")
        path = candidates[0]
    if not path.is_file():
        raise FileNotFoundError(f"no such file: {path}")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"unknown RDF format for {path} (expected one of {', '.join(FORMATS)})")
    return Graph().parse(path, format=fmt)
