"""The text of each source kept beside the graph, ``<source hash>.txt``: the text that passage spans
(``oa:start``, ``oa:end``) index, which for a web page, a Word file or a PDF is not the file itself."""

from __future__ import annotations

import os
from pathlib import Path

from graph.read.items import Source


class TextFolder:
    """Writes the texts of one build; ``close`` removes the texts an earlier build left that this one has not."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.written: set[str] = set()

    def add(self, source: Source) -> None:
        if not source.text or not source.sha:
            return
        name = f"{source.sha}.txt"
        if name not in self.written:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self.folder / f".{name}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8", newline="") as fh:  # newline="": offsets stay those of the text
                fh.write(source.text)
            os.replace(tmp, self.folder / name)
            self.written.add(name)

    def close(self) -> None:
        for path in self.folder.glob("*.txt") if self.folder.is_dir() else ():
            if path.name not in self.written:
                path.unlink(missing_ok=True)
