"""Table rows of Word and Excel files as the Markdown rows the roundup reader maps by their header."""

from __future__ import annotations


def markdown_row(cells: list[str]) -> str:
    """``| a | b |``: one row, each cell on one line, a ``|`` inside a cell written ｜."""
    return "| " + " | ".join(" ".join(cell.split()).replace("|", "｜") for cell in cells) + " |"
