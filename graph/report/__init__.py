"""The report page: headline numbers, charts embedded as PNG, and links to the views."""

from __future__ import annotations

import html
import os
import re
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import rdflib
from jinja2 import Environment, PackageLoader, select_autoescape

from graph.gcpause import paused
from graph.report import charts, stats
from graph.gazetteer.regions import region_index
from graph.viz import write_views
from graph.viz.data import PolicyGraph, Triple, read_graph
from graph.viz.table import Table

__all__ = ["write_all", "write_report"]


def view_link(path: Path, out_dir: Path) -> tuple[str, str]:
    """(relative href, page title) for one view file."""
    found = re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8"), re.S)
    title = html.unescape(found.group(1)) if found else path.stem
    return Path(os.path.relpath(path, out_dir)).as_posix(), title


def _font_missing() -> str | None:
    """Why the PNG charts cannot be drawn (no CJK font installed), said once on stderr; None when they can."""
    try:
        charts.cjk_family()
    except charts.MissingFontError as err:
        print(f"policykg: report charts left out: {err}", file=sys.stderr)
        return str(err)
    return None


def context(kg: PolicyGraph, table: tuple[tuple[str, str], ...]) -> dict:
    """Everything the page shows, computed from the records and the province table."""
    counts = stats.policies_per_province(kg, table)
    names = dict(table)
    ranked = sorted((c for c in counts if counts[c]), key=lambda c: (-counts[c], c))
    missing = [(code, name) for code, name in table if not counts[code]]
    no_charts = _font_missing()
    if no_charts:
        return {"headline": stats.headline(kg, table), "charts": [], "no_charts": no_charts, "missing": missing}
    firsts, national = stats.first_equivalence(kg)
    dated = sorted((c for c in firsts if c in names), key=lambda c: (firsts[c], c))
    return {
        "headline": stats.headline(kg, table),
        "no_charts": None,
        "charts": [
            ("每月政策数（按概念） Policies per month by concept", charts.timeline(stats.monthly_by_concept(kg)),
             "一项政策涉及多个概念时每个概念各计一次；无日期的政策不计。A policy about several concepts counts once for each; undated policies are left out."),
            ("机构 × 概念 Agency × concept", charts.heatmap(stats.agency_concept(kg)),
             "发文最多的 20 个机构。The 20 agencies with most policies."),
            ("各省级地区政策数 Provinces by policy count", charts.province_bars([names[c] for c in ranked], [counts[c] for c in ranked]),
             "含辖区内下级地区的政策。Includes policies of regions inside each province."),
            ("首次表述同等法律效力 First legal-equivalence assertion by province",
             charts.first_dates([names[c] for c in dated], [firsts[c] for c in dated], national),
             "政策或活动首次表述电子形式与传统形式具有同等法律效力的日期。Date a policy or activity first said an electronic form has the legal force of its traditional form."),
        ],
        "missing": missing,
    }


@cache
def _template():
    environment = Environment(loader=PackageLoader("graph.report", "assets"), autoescape=select_autoescape(default=True))
    return environment.get_template("index.html")


def write_report(g: rdflib.Graph | PolicyGraph, out_dir: Path, views: list[Path]) -> Path:
    """Write ``index.html`` into ``out_dir`` (UTF-8), linking ``views``; needs a CJK font for the charts.

    ``g`` may be records already read with ``read_graph`` (see ``write_all``).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    kg = g if isinstance(g, PolicyGraph) else read_graph(g)
    with paused():  # as for the views: collections would walk every record of a large graph
        page = _template().render(views=[view_link(Path(v), out_dir) for v in views], **context(kg, provinces()))
    path = out_dir / "index.html"
    path.write_text(page, encoding="utf-8", newline="\n")
    return path


def write_all(g: Iterable[Triple] | Table, out_dir: Path, focus: str | None = None) -> Path:
    """Write the views and ``index.html`` from one reading of ``g`` (an rdflib Graph, any iterable
    of its triples or their Table, read once for both); returns the path of ``index.html``. Raises
    LookupError for an unknown ``focus``."""
    kg = read_graph(g)
    return write_report(kg, out_dir, write_views(kg, out_dir, focus))


def provinces() -> tuple[tuple[str, str], ...]:
    """(code, official name) of the 34 provincial-level divisions."""
    return tuple((r.code, r.name) for r in region_index().provinces())
