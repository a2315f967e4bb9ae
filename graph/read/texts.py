"""The text of each source kept beside the graph, ``<source hash>.txt``: the text that passage spans
(``oa:start``, ``oa:end``) index, which for a web page, a Word file or a PDF is not the file itself."""

from __future__ import annotations

from pathlib import Path

from graph.read.items import Source


def keep_text(folder: Path, source: Source) -> None:
    """Write ``source``'s text into ``folder`` (an empty or unread source has none to keep)."""
    if source.text and source.sha:
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / f"{source.sha}.txt", "w", encoding="utf-8", newline="") as fh:  # offsets stay the text's
            fh.write(source.text)
