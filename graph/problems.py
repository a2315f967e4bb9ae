"""Problems met while building: every one names its file and line, none stops the build."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    item: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.reason}" + (f" [{self.item}]" if self.item else "")


class UserError(Exception):
    """A mistake the user can put right (a busy or unwritable folder, a missing input): the command
    prints the message as one line, without a traceback, and exits non-zero."""


REJECT_FIELDS = ("file", "line", "item", "reason")


def write_rejects(problems: list[Problem], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(REJECT_FIELDS)
        for p in sorted(set(problems)):
            writer.writerow((p.file, p.line, p.item, p.reason))
