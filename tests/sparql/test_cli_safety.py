"""`policykg query` under a time limit, Ctrl-C and a closed pipe, and every command that reads
an export given a malformed one: one line naming file and line, never a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from servers import ROOT

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
POLICYKG = [sys.executable, "-c", "import sys; from graph.cli import main; sys.exit(main())"]


def policykg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*POLICYKG, *args], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_timeout_stops_the_query(kg_file: Path) -> None:
    start = time.monotonic()
    done = policykg("query", "--graph", str(kg_file), "--timeout", "1", "-e", RUNAWAY)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == "policykg: error: the query was stopped after 1 s (--timeout)\n"
    assert time.monotonic() - start < 10


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def test_ctrl_c_stops_the_engine_at_once(kg_file: Path) -> None:
    process = subprocess.Popen([*POLICYKG, "query", "--graph", str(kg_file), "-e", RUNAWAY], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not children(process.pid) and time.monotonic() < deadline:  # the query's child is running
            time.sleep(0.05)
        engine = children(process.pid)
        assert engine, "the query never started"
        sent = time.monotonic()
        process.send_signal(signal.SIGINT)
        assert process.stderr is not None
        assert process.stderr.readline() == "policykg: error: interrupted; the query was stopped\n"
        assert time.monotonic() - sent < 1.0  # then the interpreter takes a moment to tear down
        out, err = process.communicate(timeout=10)
        assert (process.returncode, out, err) == (130, "", "")
        assert not Path(f"/proc/{engine[0]}").exists()  # killed and reaped, not left running
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_a_closed_pipe_ends_quietly(kg_file: Path) -> None:
    process = subprocess.Popen([*POLICYKG, "query", "--graph", str(kg_file), "--format", "tsv",
                                "-e", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 5000"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()  # like `| head -1`
    process.stdout.close()
    err = process.stderr.read()
    assert process.wait(timeout=60) == 0
    assert first.startswith(b"?a\t?b\t?c") and err == b""


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    (tmp_path / "graph.nt").write_text('<https://w3id.org/policykg/id/a> <http://schema.org/name> "A" .\n'
                                       '<https://w3id.org/policykg/id/b> <http://schema.org/name> "B\n', encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("command", [["validate"], ["query", "joint-issuers", "--graph"], ["viz", "--graph"],
                                     ["serve", "--port", "0", "--graph"], ["query", "--store", "memory", "-e",
                                                                            "ASK {}", "--graph"]])
def test_a_malformed_export_is_one_line_naming_file_and_line(broken: Path, command: list[str]) -> None:
    done = policykg(*command, str(broken), *(["--out", str(broken / "site")] if command[0] == "viz" else []))
    assert done.returncode in (1, 2) and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert f"{broken / 'graph.nt'}, line 2: " in done.stderr
