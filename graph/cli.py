"""The ``policykg`` command."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graph.pipeline import build
from graph.problems import write_rejects
from graph.readwrite.exports import write_exports


def _build(args: argparse.Namespace) -> int:
    result = build(args.sources or None)
    if result.items == 0:
        reasons = "; ".join(str(p) for p in sorted(set(result.problems))[:3]) or "no input"
        print(f"policykg: nothing could be read: {reasons}", file=sys.stderr)
        return 1
    out = Path(args.out)
    triples = write_exports(result.graph, out)
    write_rejects(result.problems, out / "rejects.csv")
    print(result.summary())
    print(f"wrote {triples} triples to {out}/graph.nt, graph.ttl, graph.jsonld; problems in {out}/rejects.csv")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="policykg", description="Knowledge graph of Chinese e-signature policy.")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the graph from roundup text and records")
    b.add_argument("sources", nargs="*", help="files or folders (default: the bundled sources)")
    b.add_argument("--out", default="out", help="output folder (default: out/)")
    b.set_defaults(func=_build)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
