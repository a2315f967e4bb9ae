"""What a view hands to the page writer: plain vis-network node and edge dicts plus page furniture."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_NODES = 1500
"""Past this many nodes a view keeps the best-connected ones and says so on the page."""
MAX_EDGES = 8000
"""Past this many edges the full and focus views keep those between the best-connected nodes: at
100k items the 1,500 kept nodes had 22,654 edges, an 8.3 MB page that took 4.9 s to draw."""

KIND_COLOURS = {
    "policy": "#4e79a7", "activity": "#76b7b2", "agency": "#e15759", "region": "#59a14f",
    "concept": "#b07aa1", "equivalence": "#edc948", "form": "#ff9da7", "doctype": "#9c755f",
    "level": "#bab0ac", "sector": "#f28e2b", "effect": "#86bcb6", "source": "#8cd17d",
    "passage": "#d4d4d4",
}
KIND_NAMES = {
    "policy": "政策 policy", "activity": "活动 activity", "agency": "机构 agency", "region": "地区 region",
    "concept": "概念 concept", "equivalence": "同等效力 equivalence", "form": "传统形式 form",
    "doctype": "文种 doctype", "level": "层级 level", "sector": "领域 sector", "effect": "效力级别 effect",
    "source": "来源 source", "passage": "段落 passage",
}


@dataclass(frozen=True)
class View:
    """One page: ``nodes``/``edges`` are vis-network dicts whose ``tip`` the page turns into DOM tooltips."""

    slug: str
    title: str
    nodes: list[dict]
    edges: list[dict]
    legend: list[tuple[str, str]]
    note: str | None = None
    filters: list[str] = field(default_factory=list)
    directed: bool = False
