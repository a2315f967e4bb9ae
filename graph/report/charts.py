"""The report's charts as data: each a spec that pagekit's charts.js draws as SVG in the page, with the
browser's fonts (no system font needed to build) and values on hover."""

from __future__ import annotations

from graph.report.stats import Series

POLICIES = "政策数 policies"


def timeline(series: Series) -> dict:
    """Stacked monthly bars, one colour per concept."""
    return {"kind": "stacked", "rows": series.rows, "columns": series.columns, "values": series.values, "yLabel": POLICIES}


def heatmap(series: Series) -> dict:
    """Agency × concept counts as a shaded grid with the numbers written in; concepts no shown agency has are left out."""
    used = [j for j in range(len(series.columns)) if any(row[j] for row in series.values)]
    return {"kind": "heatmap", "rows": series.rows, "columns": [series.columns[j] for j in used],
            "values": [[row[j] for j in used] for row in series.values]}


def province_bars(names: list[str], counts: list[int]) -> dict:
    """Provinces by policy count, largest on top."""
    return {"kind": "bars", "labels": names, "values": counts, "xLabel": POLICIES}


def first_dates(names: list[str], dates: list[str], national: str | None) -> dict:
    """When each province first asserted legal equivalence, earliest on top, the national first as a line."""
    return {"kind": "dates", "labels": names, "dates": dates, "national": national}
