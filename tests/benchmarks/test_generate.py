"""The benchmark generator: reproducible bytes, and sources the build reads item for item, so the
items/s figures count exactly what was generated."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import generate as gen
from graph.pipeline import build
from graph.read.sources import read_source

ITEMS = 310  # with 50 items a file: every layout in the rotation, and a short last file


@pytest.fixture(autouse=True)
def small_files(monkeypatch):
    monkeypatch.setattr(gen, "ITEMS_PER_FILE", 50)


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((folder / "sources").iterdir())}


def test_same_seed_gives_the_same_bytes(tmp_path):
    gen.generate(ITEMS, tmp_path / "a", seed=7)
    gen.generate(ITEMS, tmp_path / "b", seed=7)
    gen.generate(ITEMS, tmp_path / "c", seed=8)
    assert contents(tmp_path / "a") == contents(tmp_path / "b")
    assert (tmp_path / "a" / gen.MANIFEST).read_bytes() == (tmp_path / "b" / gen.MANIFEST).read_bytes()
    assert contents(tmp_path / "a") != contents(tmp_path / "c")


def test_a_larger_run_starts_with_the_same_files(tmp_path):
    gen.generate(100, tmp_path / "small", seed=3)
    gen.generate(ITEMS, tmp_path / "large", seed=3)
    small, large = contents(tmp_path / "small"), contents(tmp_path / "large")
    assert all(large[name] == data for name, data in small.items())


def test_every_file_reads_as_the_items_written(tmp_path):
    manifest = gen.generate(ITEMS, tmp_path, seed=1)
    files = sorted((tmp_path / "sources").iterdir())
    assert {layout for layout, _ in gen.plan(ITEMS)} == set(gen.EXTENSIONS)
    for path, (layout, count) in zip(files, gen.plan(ITEMS), strict=True):
        source = read_source(str(path), path.read_bytes())
        assert path.name.endswith(f"-{layout}.{gen.EXTENSIONS[layout]}")
        assert len(source.items) == count, path.name
        assert all(item.date for item in source.items), path.name
    assert manifest["items"] == ITEMS


def test_generated_sources_build_with_every_item_read(tmp_path):
    manifest = gen.generate(ITEMS, tmp_path, seed=1)
    result = build([tmp_path / "sources"])
    assert result.items == manifest["items"] == ITEMS
    assert result.files == manifest["files"]
    assert result.count("policy") > ITEMS // 2
    assert not [p for p in result.problems if "no item found" in str(p) or "not valid" in str(p)]


def test_refuses_to_replace_files_it_did_not_write(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(SystemExit):
        gen.generate(10, tmp_path)
    assert (tmp_path / "sources" / "mine.txt").exists()
