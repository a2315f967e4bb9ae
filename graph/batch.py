"""Files to extractions, file by file: in worker processes when there are many files, and from a
cache keyed by file content when a file was read before by the same code and data."""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from graph.extract.item import Extraction, extract
from graph.gazetteer.cache import cache_dir
from graph.gazetteer.regions import RegionIndex, region_index
from graph.read.items import RawItem, Source
from graph.read.sources import read_source
from graph.resources import fingerprint_files

PARALLEL_FROM = 8  # files: below this, starting workers costs more than it saves
IN_FLIGHT_PER_JOB = 3  # files submitted ahead per worker: keeps workers busy, bounds memory held


@dataclass
class FileResult:
    """A source (with its text, which the build may keep beside the graph) and the extraction of each item."""

    source: Source
    extractions: list[Extraction] = field(default_factory=list)
    error: str | None = None
    unread: bool = False  # the file itself could not be read (gone, no permission): ``error`` says why


def _extract_or_keep(item: RawItem, regions: RegionIndex) -> Extraction:
    """An item whose extraction fails (a fault of this code, not of the input) is kept as a news
    item with the error, so one item never sinks its file and nothing read is lost."""
    try:
        return extract(item, regions)
    except Exception as err:  # noqa: BLE001 - any fault: the item is kept and reported
        label = item.text.strip().split("\n", 1)[0][:60]
        return Extraction(item, "news", [], [], [], 0, None, [], [], label,
                          [f"extraction failed ({type(err).__name__}: {err}): kept as a news item"])


def extract_bytes(data: bytes, name: str) -> FileResult:
    try:
        source = read_source(name, data)
    except Exception as err:  # noqa: BLE001 - one unreadable file must not stop the others
        return FileResult(Source(name, "", "", ""), error=f"reading failed ({type(err).__name__}: {err})")
    regions = region_index()
    extractions = [_extract_or_keep(item, regions) for item in source.items]
    return FileResult(source, extractions)


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of everything extraction depends on: the package's code, its data and its schemes."""
    digest = hashlib.sha1()
    for path in fingerprint_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _cached(data: bytes, name: str) -> FileResult:
    """extract_bytes through the cache; a result that cannot be stored is still returned."""
    key = hashlib.sha1(data + b"\0" + name.encode() + b"\0" + code_version().encode()).hexdigest()
    entry = cache_dir() / "extract" / key[:2] / f"{key}.pickle"
    try:
        with entry.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    result = extract_bytes(data, name)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, entry)
    except OSError:
        pass
    return result


def _run(task: tuple[Path, str, bool]) -> FileResult:
    path, name, use_cache = task
    try:
        data = path.read_bytes()
    except OSError as err:
        return FileResult(Source(name, "", "", ""), error=f"cannot read: {err.strerror}", unread=True)
    return _cached(data, name) if use_cache else extract_bytes(data, name)


def extract_files(files: list[tuple[Path, str]], *, jobs: int | None = None, cache: bool = False) -> Iterator[FileResult]:
    """Results in the order of ``files`` whatever the number of workers, so output is deterministic."""
    tasks = [(path, name, cache) for path, name in files]
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(tasks) < PARALLEL_FROM:
        yield from map(_run, tasks)
        return
    region_index()  # loaded once here, inherited by forked workers
    with ProcessPoolExecutor(max_workers=jobs, initializer=gc.disable) as pool:  # see graph.gcpause
        pending: deque[Future[FileResult]] = deque()
        for task in tasks:
            pending.append(pool.submit(_run, task))
            if len(pending) >= IN_FLIGHT_PER_JOB * jobs:  # results wait here when the caller is slower
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
