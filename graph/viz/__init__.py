"""Interactive views of the graph as self-contained HTML pages (vis-network through pyvis)."""

from __future__ import annotations

from pathlib import Path

import rdflib

from graph.gcpause import paused
from graph.viz.agency_concept import agency_concept_view
from graph.records.data import PolicyGraph, read_graph
from graph.viz.network_view import focus_view, full_view
from graph.viz.page import write_page
from graph.viz.regions import regions_view

__all__ = ["write_views"]


def write_views(g: rdflib.Graph | PolicyGraph, out_dir: Path, focus: str | None = None) -> list[Path]:
    """Write the agency–concept, regions and full-graph pages, and a focus page when ``focus`` names a node.

    ``g`` may be records already read with ``read_graph``, so a caller also writing the report reads
    a large graph once. Raises LookupError when no node carries the label ``focus``.
    """
    kg = g if isinstance(g, PolicyGraph) else read_graph(g)
    with paused():  # the records of a large graph are millions of objects, each full collection walks them all
        views = [agency_concept_view(kg), regions_view(kg), full_view(kg)]
        if focus:
            views.append(focus_view(kg, focus))
        return [write_page(view, Path(out_dir)) for view in views]
