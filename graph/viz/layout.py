"""Node positions computed once in Python, so pages open with physics off and draw the same every time.

networkx's spring layout switches to a per-node Python loop past 500 nodes (about 9 s for 1,500 on
two cores); the dense NumPy force step below does the same Fruchterman–Reingold iteration in about
0.7 s at the view cap of 1,500 nodes, a band of rows at a time so its arrays stay in the CPU cache
(the whole 1,500 × 1,500 matrices at once took twice as long, for the same numbers to the bit).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable, Iterable

import numpy as np

SEED = 20211
BAND = 64
"""Rows of the force matrices computed together: 64 × 1,500 float32 is 384 kB, within a core's L2 cache."""
Position = tuple[float, float]


def spring(nodes: list[str], edges: Iterable[tuple[str, str]], seed: int = SEED, iterations: int = 60) -> dict[str, Position]:
    """Force-directed positions in pixels, reproducible for a given seed and node order."""
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    n = len(nodes)
    adjacency = np.zeros((n, n), dtype=bool)
    for a, b in edges:
        if a in index and b in index and a != b:
            adjacency[index[a], index[b]] = adjacency[index[b], index[a]] = True
    bands = [(start, np.nonzero(adjacency[start:start + BAND])) for start in range(0, n, BAND)]
    pos = np.random.default_rng(seed).random((n, 2), dtype=np.float32)
    k = np.float32(1.0 / np.sqrt(n))
    step = 0.1
    shift = np.empty((n, 2), dtype=np.float32)
    scratch = np.empty((4, min(BAND, n), n), dtype=np.float32)
    for _ in range(iterations):
        for start, linked in bands:
            rows = shift[start:start + BAND]
            _band_shift(pos, start, linked, k, rows, scratch[:, :len(rows)])
        length = np.maximum(np.sqrt((shift * shift).sum(axis=1)), np.float32(0.01))
        pos += shift * (np.float32(step) / length)[:, None]
        step -= 0.1 / (iterations + 1)
    return _to_pixels(nodes, pos, spread=60.0 * np.sqrt(n))


def _band_shift(pos: np.ndarray, start: int, linked: tuple[np.ndarray, ...], k: np.float32,
                out: np.ndarray, scratch: np.ndarray) -> None:
    """The summed forces on the nodes of one band (rows start…): repulsion k²/d from every node,
    attraction d²/k along edges (``linked``: row and column of each edge in the band), each pair at
    least 0.01 apart. Works in ``scratch``, four arrays reused: fresh ones cost a page fault per page."""
    dx, dy, distance, force = scratch
    np.subtract(pos[start:start + len(out), 0, None], pos[None, :, 0], out=dx)
    np.subtract(pos[start:start + len(out), 1, None], pos[None, :, 1], out=dy)
    np.multiply(dx, dx, out=distance)
    np.multiply(dy, dy, out=force)
    np.add(distance, force, out=distance)
    np.sqrt(distance, out=distance)
    np.maximum(distance, np.float32(0.01), out=distance)
    np.multiply(distance, distance, out=force)
    np.divide(k * k, force, out=force)
    force[linked] -= distance[linked] / k
    np.multiply(dx, force, out=dx)
    np.multiply(dy, force, out=dy)
    dx.sum(axis=1, out=out[:, 0])
    dy.sum(axis=1, out=out[:, 1])


def _to_pixels(nodes: list[str], pos: np.ndarray, spread: float) -> dict[str, Position]:
    centred = pos - pos.mean(axis=0)
    radius = float(np.abs(centred).max()) or 1.0
    scaled = centred / radius * spread
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, scaled)}


def tree(parents: dict[str, str | None], key: Callable[[str], Any], dx: float = 110.0, dy: float = 160.0) -> dict[str, Position]:
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


def columns(left: list[str], right: list[str], gap: float = 60.0, width: float = 900.0) -> dict[str, Position]:
    """Two columns, each in its given order, the shorter spread over the taller one's height: the nodes of a
    bipartite graph sit ``gap`` apart or more, so their labels never overlap at any size."""
    height = gap * max(len(left) - 1, len(right) - 1, 1)

    def place(nodes: list[str], x: float) -> dict[str, Position]:
        step = height / (len(nodes) - 1) if len(nodes) > 1 else 0.0
        top = -height / 2 if len(nodes) > 1 else 0.0
        return {node: (x, round(top + i * step, 1)) for i, node in enumerate(nodes)}

    return {**place(left, -width / 2), **place(right, width / 2)}
