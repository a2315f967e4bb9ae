"""Every page of a build from one reading of the graph: the explorer, the network views and the report
linking them. It sits above the page packages (viz, explorer, report), which never import each other."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from graph.explorer import write_explorer
from graph.records.data import Triple, read_graph
from graph.records.table import Table
from graph.report import write_report
from graph.viz import write_views

__all__ = ["write_all"]


def write_all(g: Iterable[Triple] | Table, out_dir: Path, focus: str | None = None) -> Path:
    """Write the explorer, the views and ``index.html`` from one reading of ``g`` (an rdflib Graph, any
    iterable of its triples or their Table); returns the path of ``index.html``. Raises LookupError
    for an unknown ``focus``."""
    kg = read_graph(g)
    pages = [write_explorer(kg, Path(out_dir)), *write_views(kg, out_dir, focus)]
    return write_report(kg, out_dir, pages)
