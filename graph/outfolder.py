"""The output folder: one build at a time, written aside and swapped in whole.

A build writes every file into ``OUT/.policykg-staging/``. When all are written, one rename makes it
``OUT/.policykg-commit/`` (the commit point); its files are then moved into ``OUT`` one by one, files of
the previous build that this one did not write are removed, and its list of files replaces
``OUT/.policykg-files``. A build stopped before the commit point leaves the previous build as it was; one
killed while moving is finished by the next build, which starts by rolling a commit forward and removing
any staging folder left behind. Files in ``OUT`` that no build wrote are the user's and are kept.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from graph.problems import UserError

LOCK = ".policykg-lock"
STAGING = ".policykg-staging"
COMMIT = ".policykg-commit"
FILES = ".policykg-files"
"""The files of the build in place, one relative path a line: the ones the next build may remove."""
LEFTOVER_PREFIX = ".graph."
"""Temporary exports that builds before the staging folder wrote into OUT itself (``.graph.nt.PID.tmp``)."""


def is_output(folder: Path) -> bool:
    """A folder a build wrote (its lock file is left in it): its exports and kept source texts are
    not sources, so a build of a folder holding its own ``--out`` reads none of them."""
    return (folder / LOCK).is_file()


class FolderBusy(UserError):
    """Another build holds the output folder."""


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold ``out`` for one build; a second build, in this process or another, is refused at once."""
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
            raise FolderBusy(f"another build (pid {holder}) is writing into {out}: wait for it to end, "
                             "or build into another --out") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        yield
    finally:
        os.close(fd)  # releases the lock; the file stays, so every build locks the same one


@contextmanager
def staged(out: Path) -> Iterator[Path]:
    """A fresh staging folder for one build into ``out``, held under the lock; swapped in when the block
    ends normally, removed when it raises (the previous build stays whole)."""
    with locked(out):
        recover(out)
        staging = out / STAGING
        try:
            staging.mkdir()
            yield staging
            written = sorted(p.relative_to(staging).as_posix() for p in staging.rglob("*") if p.is_file())
            (staging / FILES).write_text("".join(f"{name}\n" for name in written), encoding="utf-8")
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        commit(out)


def recover(out: Path) -> None:
    """Finish a build killed while it was swapped in; remove what a build killed earlier left."""
    if (out / COMMIT).is_dir():
        _roll_forward(out)
    shutil.rmtree(out / STAGING, ignore_errors=True)
    for leftover in out.glob(f"{LEFTOVER_PREFIX}*.tmp"):
        leftover.unlink(missing_ok=True)


def commit(out: Path) -> None:
    """Swap the staging folder, with its list of files, in: the rename to COMMIT is the point after
    which the build counts."""
    with _deferred_interrupts():
        os.rename(out / STAGING, out / COMMIT)
        _roll_forward(out)


def _roll_forward(out: Path) -> None:
    """Move a committed build's files into place; safe to repeat after being killed halfway."""
    done = out / COMMIT
    if not (done / FILES).exists():  # killed after its list replaced the previous one: all moved
        shutil.rmtree(done)
        return
    written = _listed(done / FILES)
    for name in written:
        moved = done / name
        if moved.exists():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(moved, out / name)
    for name in _listed(out / FILES) - written:
        (out / name).unlink(missing_ok=True)
        _prune(out, (out / name).parent)
    os.replace(done / FILES, out / FILES)
    shutil.rmtree(done)


def _prune(out: Path, folder: Path) -> None:
    """Remove ``folder`` and the folders above it, up to ``out``, while a file's removal left them empty."""
    while folder != out and out in folder.parents:
        try:
            folder.rmdir()
        except OSError:  # not empty (or gone): the user's own files stay
            return
        folder = folder.parent


def _listed(path: Path) -> set[str]:
    """The relative paths listed in ``path``; one that could leave the folder is ignored."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return set()
    return {line for line in lines if line and not line.startswith("/") and ".." not in Path(line).parts}


@contextmanager
def _deferred_interrupts() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is done: a swap is never left halfway by them."""
    names = (signal.SIGINT, signal.SIGTERM)
    caught: list[int] = []
    try:
        previous = {sig: signal.signal(sig, lambda s, _f: caught.append(s)) for sig in names}
    except ValueError:  # not the main thread: signals are not delivered here anyway
        yield
        return
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for number in caught:
            signal.raise_signal(number)


def cannot_write(out: Path, err: OSError) -> str:
    """One line saying why ``out`` cannot be written and what to do."""
    hints = {errno.ENOSPC: "free some space or choose another --out",
             errno.EDQUOT: "free some space or choose another --out",
             errno.EROFS: "the file system is read-only: choose another --out",
             errno.EACCES: "choose a folder you may write to with --out, or change its permissions",
             errno.EPERM: "choose a folder you may write to with --out, or change its permissions"}
    hint = hints.get(err.errno or 0, "choose another --out")
    return f"cannot write into {out}: {err.strerror or err}; {hint}"
