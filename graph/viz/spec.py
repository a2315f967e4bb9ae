"""What a view hands to the page writer: plain vis-network node and edge dicts plus page furniture."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_NODES = 1500
"""Past this many nodes a view keeps the best-connected ones and says so on the page."""
MAX_EDGES = 8000
"""Past this many edges the full and focus views keep those between the best-connected nodes: at
100k items the 1,500 kept nodes had 22,654 edges, an 8.3 MB page that took 4.9 s to draw."""

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
    hidden: list[str] = field(default_factory=list)
    """Kinds of ``filters`` whose nodes start hidden (their box unchecked)."""
    directed: bool = False
    start: dict | None = None
    """Where the page opens (vis-network moveTo options); None fits the whole graph in the window."""
