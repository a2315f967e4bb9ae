"""The report page: headline numbers, charts drawn in the page as SVG, and links to the other pages."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

from graph.gcpause import paused
from graph.pagekit import asset, script_json, template
from graph.records.data import PolicyGraph
from graph.records.provinces import DENOMINATOR, Province, provinces
from graph.report import charts, stats

__all__ = ["write_report"]


def view_link(path: Path, out_dir: Path) -> tuple[str, str]:
    """(relative href, page title) for one page file."""
    found = re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8"), re.S)
    title = html.unescape(found.group(1)) if found else path.stem
    return Path(os.path.relpath(path, out_dir)).as_posix(), title


def context(kg: PolicyGraph, table: tuple[Province, ...]) -> dict:
    """Everything the page shows, computed from the records and the province table."""
    counts = stats.policies_per_province(kg, table)
    names = {p.code: p.name for p in table}
    ranked = sorted((c for c in counts if counts[c]), key=lambda c: (-counts[c], c))
    firsts, national = stats.first_equivalence(kg)
    dated = sorted((c for c in firsts if c in names), key=lambda c: (firsts[c], c))
    charts_ = [
        ("每月政策数（按概念） Policies per month by concept", charts.timeline(stats.monthly_by_concept(kg)),
         "一项政策涉及多个概念时每个概念各计一次；无日期的政策不计。A policy about several concepts counts once for each; undated policies are left out."),
        ("机构 × 概念 Agency × concept", charts.heatmap(stats.agency_concept(kg)),
         "发文最多的 20 个机构。The 20 agencies with most policies."),
        ("各省级地区政策数 Provinces by policy count", charts.province_bars([names[c] for c in ranked], [counts[c] for c in ranked]),
         f"含辖区内下级地区的政策；分母：{DENOMINATOR}。Includes policies of regions inside each province."),
        ("首次表述同等法律效力 First legal-equivalence assertion by province",
         charts.first_dates([names[c] for c in dated], [firsts[c] for c in dated], national),
         "政策或活动首次表述电子形式与传统形式具有同等法律效力的日期。Date a policy or activity first said an electronic form has the legal force of its traditional form."),
    ]
    return {
        "headline": stats.headline(kg, table),
        "charts": [(title, caption) for title, _, caption in charts_],
        "charts_json": script_json([spec for _, spec, _ in charts_]),
        "missing": [(p.code, p.name) for p in table if not counts[p.code]],
        "denominator": DENOMINATOR,
    }


def write_report(kg: PolicyGraph, out_dir: Path, pages: list[Path]) -> Path:
    """Write ``index.html`` into ``out_dir`` (UTF-8), linking ``pages`` (the explorer first)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with paused():  # as for the views: collections would walk every record of a large graph
        page = template("graph.report", "index.html").render(
            views=[view_link(Path(v), out_dir) for v in pages], charts_js=asset("graph.pagekit", "assets/charts.js"),
            charts_css=asset("graph.pagekit", "assets/charts.css"), **context(kg, provinces()))
    path = out_dir / "index.html"
    path.write_text(page, encoding="utf-8", newline="\n")
    return path
