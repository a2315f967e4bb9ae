"""Export text written as UTF-8 in large writes.

The writers make one piece of text per node: joining thousands of them per write keeps a large
graph from ever being one string, without a system call and an encode per node.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

PIECES_PER_WRITE = 4096


def write_pieces(pieces: Iterable[str], fh: BinaryIO) -> None:
    batch: list[str] = []
    for piece in pieces:
        batch.append(piece)
        if len(batch) == PIECES_PER_WRITE:
            fh.write("".join(batch).encode("utf-8"))
            batch.clear()
    fh.write("".join(batch).encode("utf-8"))
