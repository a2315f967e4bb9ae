"""The ``policykg`` command."""

from __future__ import annotations

import argparse
import sys
import time

from graph.interchange.cli import add_commands as add_export
from graph.pipeline import VALIDATE_LIMIT, Options, build_folder
from graph.problems import UserError
from graph.readwrite.exports import DOCUMENTS, chosen
from graph.sparql.cli import add_commands as add_sparql
from graph.validation.cli import add_commands as add_validate
from graph.site.cli import add_commands as add_viz


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


def _build(args: argparse.Namespace) -> int:
    options = Options(formats=tuple(args.formats), views=not args.no_views, validate=args.validate, jobs=args.jobs,
                      cache=not args.no_cache, keep_going=args.keep_going)
    try:
        built = build_folder(args.sources or None, args.out, options, progress=_Progress() if sys.stderr.isatty() else None)
    except KeyboardInterrupt:
        return _fail(f"interrupted: {args.out} holds one whole build, as before", 130)
    for line in built.warnings:
        print(line, file=sys.stderr)
    print("\n".join(built.lines))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="policykg", description="Knowledge graph of Chinese e-signature policy.")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the graph from roundup text and records")
    b.add_argument("sources", nargs="*", help="files, folders or http(s) URLs of pages (default: the bundled sources)")
    b.add_argument("--out", default="out", help="output folder (default: out/)")
    b.add_argument("--jobs", type=int, default=0, help="worker processes extracting files (default 0: one per core)")
    b.add_argument("--no-cache", action="store_true", help="re-read every file instead of reusing earlier extractions")
    b.add_argument("--keep-going", action="store_true",
                   help="build from the inputs that can be read when others cannot (missing, dangling links, "
                        "unreadable): each is still a line on stderr and a row of rejects.csv")
    b.add_argument("--no-views", action="store_true", help="write the exports and rejects only: no HTML views, no report")
    b.add_argument("--formats", type=_formats, default=list(DOCUMENTS), metavar="LIST",
                   help=f"exports to write, of {','.join(DOCUMENTS)} (default: all; {next(iter(DOCUMENTS))} is required: "
                        "the other commands read it)")
    b.add_argument("--validate", choices=("auto", "always", "never"), default="auto",
                   help=f"SHACL-validate the graph (auto: when it has at most {VALIDATE_LIMIT:,} triples)")
    b.set_defaults(func=_build)
    for add in (add_sparql, add_viz, add_validate, add_export):
        add(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run one command; a mistake the user can put right is one line on stderr and a non-zero exit."""
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except UserError as err:
        return _fail(str(err))
    except OSError as err:  # an error of the system met outside the places that name their own
        where = f" ({err.filename})" if err.filename else ""
        return _fail(f"{err.strerror or err}{where}")


def _fail(message: str, status: int = 1) -> int:
    print(f"policykg: {message}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
