"""``policykg export FORMAT``: an export to the files Gephi, spreadsheets and DataFrames open."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FORMATS = ("gexf", "graphml", "csv", "parquet")


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="write the graph for Gephi (gexf, graphml) or as tables (csv, parquet)")
    parser.add_argument("format", choices=FORMATS, help="gexf or graphml: the graph and the co-issuance network; "
                                                         "csv or parquet: policies and one table per relation")
    parser.add_argument("--graph", default="out", help="an export file, or a build folder holding graph.nt (default: out)")
    parser.add_argument("--out", type=Path, help="folder to write into (default: FORMAT/ inside the build folder)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from graph.interchange import gephi, tables
    from graph.interchange.load import ExportError, read_export

    try:
        model = read_export(args.graph)
    except ExportError as err:
        print(f"policykg: {err}", file=sys.stderr)
        return 1
    graph = Path(args.graph)
    out = args.out or (graph if graph.is_dir() else graph.parent) / args.format
    try:
        if args.format in gephi.WRITERS:
            paths = gephi.write(model, out, args.format)
        elif args.format == "csv":
            paths = tables.write_csv(tables.tables(model), out)
        else:
            paths = tables.write_parquet(tables.tables(model), out)
    except ImportError as err:
        print(f"policykg: parquet needs pyarrow ({err.name} is missing): pip install 'policykg[parquet]'", file=sys.stderr)
        return 1
    except OSError as err:
        print(f"policykg: cannot write into {out}: {err.strerror}", file=sys.stderr)
        return 1
    print(f"wrote {len(paths)} file(s) into {out}: {', '.join(p.name for p in paths)}")
    return 0
