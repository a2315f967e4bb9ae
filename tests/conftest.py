"""Shared fixtures: the region index and a helper that extracts one roundup line."""

from __future__ import annotations

import pytest

from graph.extract.item import Extraction, extract
from graph.gazetteer.regions import RegionIndex, region_index
from graph.read.items import RawItem


@pytest.fixture(scope="session")
def regions() -> RegionIndex:
    return region_index()


@pytest.fixture(scope="session")
def item_of(regions):
    def run(text: str, date: str | None = "2023-03-15") -> Extraction:
        return extract(RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, date=date), regions)

    return run


def pytest_configure(config) -> None:
    """Caches of a test run live in a folder of their own, never in the user's cache."""
    import os
    import tempfile

    os.environ.setdefault("POLICYKG_CACHE", tempfile.mkdtemp(prefix="policykg-test-cache-"))
