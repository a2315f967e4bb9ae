"""Package attributes imported on first use (PEP 562), so that importing one subpackage, the pure
extractor say, does not load rdflib, pyoxigraph and networkx for the whole package's API."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def attributes(package: str, where: dict[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's ``__getattr__`` and ``__dir__`` for ``where``: attribute name → module holding it."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module), name)
        setattr(import_module(package), name, value)  # found directly from now on
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(import_module(package))) | where.keys())

    return __getattr__, __dir__
