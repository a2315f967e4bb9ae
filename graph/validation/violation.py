"""One finding of validation, in a form that sorts the same way on every run."""

from __future__ import annotations

from dataclasses import dataclass

SEVERITY_RANK = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str = "Violation"

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".rstrip()
        return f"{self.severity}: {where}: {self.message}"


def sort_key(v: Violation) -> tuple[int, str, str, str]:
    """Violations before warnings, then by node, path and message: stable output for diffs and tests."""
    return (SEVERITY_RANK.get(v.severity, len(SEVERITY_RANK)), v.focus, v.path, v.message)


def is_blocking(violations: list[Violation]) -> bool:
    """True when at least one finding is a violation (warnings and infos do not fail a build)."""
    return any(v.severity == "Violation" for v in violations)
