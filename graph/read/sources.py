"""Files and folders to sources: decoding, dispatch by file type, and the problems of each file."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from graph.outfolder import is_output
from graph.read.decode import decode
from graph.read.formats import is_url, kind_of, read_document, suffix_of
from graph.read.items import Source
from graph.read.layout import unwrapped
from graph.read.records import read_records
from graph.read.roundup import read_roundup

TEXT = {".txt", ".md", ".markdown", ".text", ""}
RECORDS = {".csv", ".tsv", ".json", ".jsonl"}
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # below a space, but not \t \n \v \f \r


def expand(paths: list[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Every file under ``paths`` in a stable order, and each path skipped with the reason: missing,
    a dangling link, a folder that cannot be listed. Hidden files are left out on purpose, and links to
    folders are not followed (they could loop)."""
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            found, unlisted = _walk(path)
            files.extend(found)
            skipped.extend(unlisted)
        elif path.is_file():
            files.append(path)
        else:
            skipped.append((path, _why_skipped(path)))
    return files, skipped


def _walk(folder: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []

    def unlisted(err: OSError) -> None:
        skipped.append((Path(err.filename), f"cannot list folder: {err.strerror}"))

    for top, dirs, names in os.walk(folder, onerror=unlisted):
        dirs[:] = [d for d in dirs if not is_output(Path(top, d))]
        for name in names + [d for d in dirs if os.path.islink(os.path.join(top, d))]:
            path = Path(top, name)
            if name.startswith("."):
                continue
            if path.is_file():
                files.append(path)
            else:
                skipped.append((path, _why_skipped(path)))
    return sorted(files), sorted(skipped)


def _why_skipped(path: Path) -> str:
    if path.is_symlink():
        return "link to a folder, not followed" if path.is_dir() else "dangling link: its target does not exist"
    if not path.exists():
        return "no such file or folder"
    return "not a regular file"


def read_source(name: str, data: bytes) -> Source:
    """One file to a Source; never raises on content."""
    sha = hashlib.sha1(data).hexdigest()[:16]
    suffix = suffix_of(name)
    if not data.strip():
        return _empty(name, sha, "empty file")
    if kind := kind_of(name, data):
        return read_document(kind, Source(name=name, sha=sha, encoding="", text="", url=name if is_url(name) else None), data)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _empty(name, sha, "binary file: not text, nothing read")
    decoded = decode(data)
    if not decoded.text.strip():
        return _empty(name, sha, "empty file")
    if _controls(decoded.text) > 0.1:
        return _empty(name, sha, "binary file: not text, nothing read")
    source = Source(name=name, sha=sha, encoding=decoded.encoding, text=decoded.text)
    for line in decoded.bad_lines:
        source.problems.append((line, f"undecodable bytes replaced (read as {decoded.encoding})"))
    if suffix in RECORDS:
        read_records(source, suffix)
    else:
        if suffix not in TEXT:
            source.problems.append((0, f"unknown file type {suffix}: read as roundup text"))
        _read_text(source)
    return source


def _read_text(source: Source) -> None:
    """A roundup; one hard-wrapped (copied from a PDF) is read with its paragraphs rejoined, its items
    and problems at the file's lines."""
    found = unwrapped(source.text)
    if found is None:
        read_roundup(source)
        return
    source.text, file_lines = found
    kept = len(source.problems)
    read_roundup(source)
    source.problems[kept:] = [(file_lines[line - 1] if line else 0, why) for line, why in source.problems[kept:]]
    for item in source.items:
        item.line = file_lines[item.line - 1]


def _empty(name: str, sha: str, reason: str) -> Source:
    source = Source(name=name, sha=sha, encoding="", text="")
    source.problems.append((0, reason))
    return source


def _controls(text: str) -> float:
    """Share of control characters, which text files hardly have and binary files are full of."""
    return sum(1 for _ in CONTROL.finditer(text)) / len(text)
