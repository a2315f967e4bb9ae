"""Run one job in a forked child with a hard deadline, so a runaway query can be killed.

rdflib and pyoxigraph cannot interrupt a query, and a thread cannot be killed; a child
process can. The child inherits the loaded graph by fork (copy-on-write, no reload) and sends
back bytes through a pipe. POSIX only.
"""

from __future__ import annotations

import os
import select
import signal
import threading
import time
from typing import Callable


_SPAWN = threading.Lock()
"""Held from ``pipe()`` until the parent has closed its write end. Without it, a child forked
by another server thread in between inherits that write end and keeps it open, so this
parent sees no end of file until that other child exits: a quick query then waits for a slow
one and is stopped at the time limit."""


class Timeout(Exception):
    """The job did not finish before its deadline and was killed."""


def run_isolated(job: Callable[[], bytes], seconds: float | None) -> bytes:
    """The bytes ``job`` returns, computed in a child process killed after ``seconds`` (None: no
    limit), or at once when the caller is interrupted (Ctrl-C) while it waits."""
    with _SPAWN:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid != 0:
            os.close(write_end)
    if pid == 0:  # child: compute, write, leave without running the parent's cleanup
        os.close(read_end)
        status = 0
        try:
            payload = job()
        except BaseException as exc:  # everything goes back to the parent as text
            payload, status = f"{type(exc).__name__}\n{exc}".encode("utf-8", "replace"), 1
        view = memoryview(payload)
        while view:
            view = view[os.write(write_end, view):]
        os._exit(status)
    chunks: list[bytes] = []
    deadline = None if seconds is None else time.monotonic() + seconds
    try:
        while True:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and (left <= 0 or not select.select([read_end], [], [], left)[0]):
                raise Timeout(f"stopped after {seconds:g} s")
            chunk = os.read(read_end, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code < 0:
        raise ChildError("Crash", f"the query engine crashed ({signal.Signals(-code).name}); nothing was returned")
    if code != 0:
        kind, _, message = b"".join(chunks).decode("utf-8", "replace").partition("\n")
        raise ChildError(kind, message)
    return b"".join(chunks)


class ChildError(Exception):
    """The job raised in the child; carries the exception's type name and message."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
