"""A JSON cache in the user's cache folder, keyed by the inputs' identity, so start-up stays fast."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    base = os.environ.get("POLICYKG_CACHE") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "policykg"


def cached_json(name: str, key: str, make: Callable[[], Any]) -> Any:
    """``make()``'s value, read from the cache when ``key`` matches, written atomically otherwise."""
    path = cache_dir() / f"{name}.json"
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored.get("key") == key:
            return stored["value"]
    except (OSError, ValueError, KeyError, AttributeError):
        pass
    value = make()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as fh:
            json.dump({"key": key, "value": value}, fh, ensure_ascii=False)
        os.replace(fh.name, path)
    except OSError:
        pass
    return value
