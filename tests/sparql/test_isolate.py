"""Jobs in forked children: results, errors, the deadline, and threads forking at once."""

from __future__ import annotations

import faulthandler
import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from graph.sparql.isolate import ChildError, Timeout, run_isolated


def test_the_child_result_comes_back() -> None:
    assert run_isolated(lambda: "深圳市".encode() * 50_000, 5) == "深圳市".encode() * 50_000


def test_an_exception_in_the_child_comes_back_with_its_type() -> None:
    def fail() -> bytes:
        raise KeyError("no such region")

    with pytest.raises(ChildError, match="no such region") as caught:
        run_isolated(fail, 5)
    assert caught.value.kind == "KeyError"


def test_a_child_past_its_deadline_is_stopped() -> None:
    with pytest.raises(Timeout, match="stopped after 0.5 s"):
        run_isolated(lambda: time.sleep(30) or b"", 0.5)


def test_quick_jobs_are_not_held_by_a_slow_child_forked_beside_them() -> None:
    """A slow child forked while another thread's pipe was open used to keep that pipe's
    write end, so the quick job saw no end of file until the slow one exited."""
    def quick_loop() -> list[bytes]:
        return [run_isolated(lambda: b"ok", 2) for _ in range(40)]

    with ThreadPoolExecutor(7) as pool:
        quick = [pool.submit(quick_loop) for _ in range(4)]
        time.sleep(0.05)
        slow = []
        for _ in range(3):
            slow.append(pool.submit(run_isolated, lambda: time.sleep(3) or b"slow", 10))
            time.sleep(0.02)
        assert [f.result() for f in quick] == [[b"ok"] * 40] * 4
        assert [f.result() for f in slow] == [b"slow"] * 3


def test_a_crash_in_the_child_is_an_error_not_a_crash_here() -> None:
    def crash() -> bytes:
        faulthandler.disable()  # in the child only: pytest's handler would print a traceback
        os.kill(os.getpid(), signal.SIGSEGV)
        return b"never"

    with pytest.raises(ChildError, match=r"the query engine crashed \(SIGSEGV\)") as caught:
        run_isolated(crash, 5)
    assert caught.value.kind == "Crash"


def test_no_time_limit_waits_for_the_answer() -> None:
    assert run_isolated(lambda: time.sleep(0.2) or b"done", None) == b"done"
