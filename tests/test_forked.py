"""A function run in a forked copy: its result comes back, its failure is one error naming the work."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from graph.forked import can_fork, forked


def test_a_failure_in_a_forked_copy_is_one_error_naming_what_failed():
    with forked(int, "not a number", what="writing the views") as wait:
        with pytest.raises(RuntimeError, match=r"^writing the views failed in a forked process: ValueError: invalid literal"):
            wait()
    with forked(sum, [1, 2, 3], what="adding") as wait:
        assert wait() == 6


def test_forking_is_safe_only_with_no_other_thread():
    """In a fresh interpreter (a test run has threads of its own): true alone, false beside a thread."""
    script = ("import threading; from graph.forked import can_fork; alone = can_fork(); stop = threading.Event(); "
              "t = threading.Thread(target=stop.wait); t.start(); print(alone, can_fork()); stop.set(); t.join()")
    assert subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout == "True False\n"


def test_a_forked_copy_dies_with_the_process_that_forked_it(tmp_path):
    """A parent killed while its copy works: the copy is killed too, and writes nothing after."""
    script = (f"import time; from pathlib import Path; from graph.forked import forked\n"
              f"def late():\n    time.sleep(2); Path({str(tmp_path / 'late')!r}).write_text('x')\n"
              f"with forked(late, what='t') as wait:\n    print('started', flush=True); time.sleep(30)\n")
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None and parent.stdout.readline() == "started\n"
    parent.kill()
    parent.wait()
    time.sleep(3)
    assert not (tmp_path / "late").exists()
