"""The ``policykg`` command."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from graph.gcpause import paused
from graph.interchange.cli import add_commands as add_export
from graph.pipeline import build
from graph.problems import Problem, write_rejects
from graph.readwrite.exports import DOCUMENTS, chosen, write_exports
from graph.readwrite.rdf import rdflib_columns
from graph.sparql.cli import add_commands as add_sparql
from graph.validation.cli import add_commands as add_validate
from graph.viz.cli import add_commands as add_viz


class _Progress:
    """One self-overwriting line on a terminal: files, items, items per second, time left."""

    def __init__(self) -> None:
        self.started = time.monotonic()

    def __call__(self, done: int, total: int, items: int) -> None:
        spent = max(time.monotonic() - self.started, 1e-9)
        left = spent / done * (total - done)
        print(f"\r{done}/{total} files, {items} items, {items / spent:,.0f} items/s, {left:,.0f} s left   ",
              end="\n" if done == total else "", file=sys.stderr, flush=True)


def _formats(text: str) -> list[str]:
    try:
        return chosen([name.strip() for name in text.split(",") if name.strip()])
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


VALIDATE_LIMIT = 25_000  # pySHACL checks about 2,000 triples a second on this project's shapes


def _build(args: argparse.Namespace) -> int:
    with paused():
        return _build_all(args)


def _build_all(args: argparse.Namespace) -> int:
    show = _Progress() if sys.stderr.isatty() else None
    result = build(args.sources or None, jobs=args.jobs, cache=not args.no_cache, progress=show)
    if result.items == 0:
        reasons = "; ".join(str(p) for p in sorted(set(result.problems))[:3]) or "no input"
        print(f"policykg: nothing could be read: {reasons}", file=sys.stderr)
        return 1
    out = Path(args.out)
    triples = write_exports(result.model, out, args.formats)
    print(result.summary())
    if args.validate == "always" or (args.validate == "auto" and triples <= VALIDATE_LIMIT):
        from graph.validation.shacl import validate  # here, not at the top: pySHACL loads slowly

        violations = validate(result.to_rdflib())
        result.problems.extend(Problem("(graph)", 0, str(v.focus), f"SHACL {v.severity}: {v.message}") for v in violations)
        errors = sum(v.severity == "Violation" for v in violations)
        print(f"SHACL: {errors} violation(s), {len(violations) - errors} warning(s)")
    else:
        print(f"SHACL: not run ({triples} triples; --validate auto stops at {VALIDATE_LIMIT}): run `policykg validate {out}`")
    write_rejects(result.problems, out / "rejects.csv")
    report: object = "not written (--no-views)"
    if not args.no_views:
        from graph.report import write_all  # here, not at the top: matplotlib loads slowly
        from graph.viz.table import Table

        table = Table(*rdflib_columns(result.model))
        del result  # the views read their records from the table: the model is freed once that is made
        report = write_all(table, out)
    files = ", ".join(f"graph.{name}" for name in args.formats)
    print(f"wrote {triples} triples to {out}/{files}; problems in {out}/rejects.csv; report {report}")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="policykg", description="Knowledge graph of Chinese e-signature policy.")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the graph from roundup text and records")
    b.add_argument("sources", nargs="*", help="files or folders (default: the bundled sources)")
    b.add_argument("--out", default="out", help="output folder (default: out/)")
    b.add_argument("--jobs", type=int, default=0, help="worker processes extracting files (default 0: one per core)")
    b.add_argument("--no-cache", action="store_true", help="re-read every file instead of reusing earlier extractions")
    b.add_argument("--no-views", action="store_true", help="write the exports and rejects only: no HTML views, no report")
    b.add_argument("--formats", type=_formats, default=list(DOCUMENTS), metavar="LIST",
                   help="exports to write, of nt,ttl,jsonld (default: all three; nt is required: "
                        "the other commands read it)")
    b.add_argument("--validate", choices=("auto", "always", "never"), default="auto",
                   help=f"SHACL-validate the graph (auto: when it has at most {VALIDATE_LIMIT:,} triples)")
    b.set_defaults(func=_build)
    for add in (add_sparql, add_viz, add_validate, add_export):
        add(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
