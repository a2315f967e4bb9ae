"""Node positions computed once in Python, so pages open with physics off and draw the same every time.

networkx's spring layout switches to a per-node Python loop past 500 nodes (about 9 s for 1,500 on
two cores); the dense NumPy force step below does the same Fruchterman–Reingold iteration in about
1.5 s at the view cap of 1,500 nodes.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable, Hashable, Iterable

import numpy as np

SEED = 20211
Position = tuple[float, float]


def spring(nodes: list[str], edges: Iterable[tuple[str, str]], seed: int = SEED, iterations: int = 60) -> dict[str, Position]:
    """Force-directed positions in pixels, reproducible for a given seed and node order."""
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    n = len(nodes)
    adjacency = np.zeros((n, n), dtype=np.float32)
    for a, b in edges:
        if a in index and b in index and a != b:
            adjacency[index[a], index[b]] = adjacency[index[b], index[a]] = 1.0
    pos = np.random.default_rng(seed).random((n, 2), dtype=np.float32)
    k = np.float32(1.0 / np.sqrt(n))
    step = 0.1
    for _ in range(iterations):
        dx = pos[:, 0, None] - pos[None, :, 0]
        dy = pos[:, 1, None] - pos[None, :, 1]
        distance = np.maximum(np.sqrt(dx * dx + dy * dy), np.float32(0.01))
        force = k * k / (distance * distance) - adjacency * distance / k
        shift = np.stack(((dx * force).sum(axis=1), (dy * force).sum(axis=1)), axis=1)
        length = np.maximum(np.sqrt((shift * shift).sum(axis=1)), np.float32(0.01))
        pos += shift * (np.float32(step) / length)[:, None]
        step -= 0.1 / (iterations + 1)
    return _to_pixels(nodes, pos, spread=60.0 * np.sqrt(n))


def _to_pixels(nodes: list[str], pos: np.ndarray, spread: float) -> dict[str, Position]:
    centred = pos - pos.mean(axis=0)
    radius = float(np.abs(centred).max()) or 1.0
    scaled = centred / radius * spread
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, scaled)}


def tree(parents: dict[str, str | None], key: Callable[[str], Hashable], dx: float = 110.0, dy: float = 160.0) -> dict[str, Position]:
    """Top-down tree positions: leaves side by side in ``key`` order, each parent above its children."""
    children: dict[str | None, list[str]] = defaultdict(list)
    for node, parent in parents.items():
        children[parent if parent in parents else None].append(node)
    positions: dict[str, Position] = {}
    next_leaf = 0.0

    def place(node: str, depth: int) -> float:
        nonlocal next_leaf
        kids = sorted(children.get(node, []), key=key)
        if kids:
            xs = [place(kid, depth + 1) for kid in kids]
            x = (xs[0] + xs[-1]) / 2
        else:
            x, next_leaf = next_leaf, next_leaf + dx
        positions[node] = (x, depth * dy)
        return x

    for root in sorted(children[None], key=key):
        place(root, 0)
    return positions
