"""A function run in a forked copy of this process while this one goes on.

The copy shares the parent's memory page by page (a page is copied only once written), so work that
reads a large model (a run of the exports, the views) needs no pickling of it: only the function's
result comes back, pickled. Used where a build has two jobs that only read the model.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")
_PR_SET_PDEATHSIG = 1


def can_fork() -> bool:
    """Forking is safe here: the platform has it, and no other thread could hold a lock across it."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _die_with(parent: int) -> None:
    """Have the kernel kill this child when its parent dies (Linux's PR_SET_PDEATHSIG): a killed build's
    copy must not go on writing into a folder the next build cleans up. Elsewhere, nothing."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the call
        os._exit(1)


def _run(target: Callable[..., Any], args: tuple[Any, ...], sent: Connection, parent: int) -> None:
    _die_with(parent)
    try:
        outcome: tuple[bool, Any] = (True, target(*args))
    except BaseException as err:  # reported by the parent as one line, not a child's traceback
        outcome = (False, f"{type(err).__name__}: {err}")
    sent.send(outcome)


@contextmanager
def forked(target: Callable[..., T], *args: Any, what: str) -> Iterator[Callable[[], T]]:
    """``target(*args)`` started in a forked child on entry; the block gets the function that waits
    for it and returns its result (raising RuntimeError, naming ``what``, if it failed). A child the
    block does not wait for is stopped on leaving."""
    received, sent = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_run, args=(target, args, sent, os.getpid()), daemon=True)

    def wait() -> T:
        try:
            ok, value = received.recv()  # before joining: a large result would fill the pipe
        except EOFError:
            ok, value = False, "the process ended without a result"
        child.join()
        if not ok or child.exitcode:
            raise RuntimeError(f"{what} failed in a forked process: {value if not ok else f'exit code {child.exitcode}'}")
        return value

    try:
        child.start()
        sent.close()
        yield wait
    finally:
        sent.close()
        if child.pid is not None:  # started
            if child.is_alive():
                child.kill()
            child.join()
        received.close()
