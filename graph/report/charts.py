"""The report's pictures: matplotlib figures with a CJK font, returned as PNG data URIs to embed."""

from __future__ import annotations

import base64
import io
from datetime import date
from functools import cache

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import fontManager
from matplotlib.ticker import MaxNLocator

from graph.report.stats import Series

CJK_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Noto Serif CJK SC",
    "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC",
)
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")


class MissingFontError(RuntimeError):
    """No font that draws Chinese is installed: charts would show boxes instead of text."""


@cache
def cjk_family() -> str:
    """The first installed font family from CJK_FAMILIES, looked up by name in matplotlib's font manager."""
    installed = {font.name for font in fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    raise MissingFontError(
        "no CJK font found for the report's charts; install one, e.g. `apt-get install fonts-noto-cjk` "
        f"(looked for: {', '.join(CJK_FAMILIES)})"
    )


def _png(figure: Figure) -> str:
    buffer = io.BytesIO()
    FigureCanvasAgg(figure).print_png(buffer)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _draw(width: float, height: float, paint) -> str:
    """Run ``paint(axes)`` on a fresh figure in the CJK font and return the PNG data URI."""
    with matplotlib.rc_context({"font.family": [cjk_family()], "axes.unicode_minus": False}):
        figure = Figure(figsize=(width, height), dpi=110, layout="constrained")
        paint(figure.add_subplot())
        return _png(figure)


def _empty(axes) -> None:
    axes.text(0.5, 0.5, "暂无数据 no data", ha="center", va="center", transform=axes.transAxes)
    axes.set_axis_off()


def timeline(series: Series) -> str:
    """Stacked monthly bars, one colour per concept."""
    def paint(axes):
        if not series.rows:
            return _empty(axes)
        bottom = [0] * len(series.rows)
        for j, column in enumerate(series.columns):
            heights = [row[j] for row in series.values]
            axes.bar(range(len(series.rows)), heights, bottom=bottom, label=column, color=PALETTE[j % len(PALETTE)])
            bottom = [b + h for b, h in zip(bottom, heights)]
        step = max(1, len(series.rows) // 12)
        axes.set_xticks(range(0, len(series.rows), step), series.rows[::step], rotation=45, ha="right")
        axes.set_ylabel("政策数 policies")
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.legend(fontsize=8, ncols=2, loc="upper left")
    return _draw(10, 4.2, paint)


def heatmap(series: Series) -> str:
    """Agency × concept counts as a shaded grid, with the numbers written in when it is small."""
    def paint(axes):
        if not series.rows or not series.columns:
            return _empty(axes)
        image = axes.imshow(series.values, cmap="Blues", aspect="auto")
        axes.set_xticks(range(len(series.columns)), series.columns, rotation=45, ha="right")
        axes.set_yticks(range(len(series.rows)), series.rows)
        if len(series.rows) * len(series.columns) <= 600:
            peak = max(max(row) for row in series.values) or 1
            for i, row in enumerate(series.values):
                for j, value in enumerate(row):
                    if value:
                        axes.text(j, i, str(value), ha="center", va="center", fontsize=8,
                                  color="white" if value > peak / 2 else "black")
        axes.figure.colorbar(image, ax=axes, label="政策数 policies")
    return _draw(10, 1.6 + 0.32 * max(len(series.rows), 4), paint)


def province_bars(names: list[str], counts: list[int]) -> str:
    """Provinces by policy count, largest on top."""
    def paint(axes):
        if not names:
            return _empty(axes)
        axes.barh(range(len(names)), counts, color=PALETTE[0])
        axes.set_yticks(range(len(names)), names)
        axes.invert_yaxis()
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_xlabel("政策数 policies")
    return _draw(8, 1.2 + 0.3 * max(len(names), 4), paint)


def first_dates(names: list[str], dates: list[str], national: str | None) -> str:
    """When each province first asserted legal equivalence, earliest on top, the national first as a line."""
    def paint(axes):
        if not names:
            return _empty(axes)
        days = [date.fromisoformat(d) for d in dates]
        axes.scatter(days, range(len(names)), color=PALETTE[2], zorder=3)
        axes.set_yticks(range(len(names)), [f"{n}  {d}" for n, d in zip(names, dates)])
        axes.invert_yaxis()
        axes.grid(axis="x", alpha=0.3)
        if national:
            axes.axvline(date.fromisoformat(national), color="#555555", linestyle="--", label=f"国家层面 national {national}")
            axes.legend(fontsize=8, loc="lower right")
        axes.set_xlabel("首次表述同等法律效力的日期 first legal-equivalence assertion")
    return _draw(8, 1.4 + 0.3 * max(len(names), 4), paint)
