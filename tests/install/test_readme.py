"""The README's fenced examples, run exactly as written, so they cannot drift from the code.

Each ```bash, ```sh, ```python and ```sparql block runs in a folder holding a build of the bundled
data (``out/``) and the files the examples name (``my-question.rq``, ``kg.ttl``, ``data/``). Shell
blocks run in a private network namespace, so the ports they name are theirs alone; a server a block
only talks to (``--endpoint http://127.0.0.1:7878/query``) is started by the test, a block of
``policykg serve`` lines is started line by line and asked one question. A block that needs what no
test has (Virtuoso) says so in its first line; README commands 1 and 2 are run by ``.ci/run``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fresh import BIN, can_mount
from graph.pipeline import build_folder

CHECKOUT = Path(__file__).resolve().parents[2]
README = (CHECKOUT / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.S | re.M)
NOT_RUN = "not run by the tests"
CI = [(CHECKOUT / ".ci" / name).read_text(encoding="utf-8") for name in ("run", "wheel-check")]
MY_QUESTION = "# title: Policy titles\nSELECT ?title WHERE { ?p dcterms:title ?title } LIMIT 3\n"
SERVER_PORT = 7878  # what the examples' --endpoint URLs name


def _blocks() -> list[tuple[int, str, str]]:
    return [(README[:m.start()].count("\n") + 1, m.group(1), m.group(2)) for m in FENCE.finditer(README)]


RUN = [pytest.param(lang, text, id=f"line-{line}-{lang}") for line, lang, text in _blocks()
       if lang in ("bash", "sh", "python", "sparql")]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """What the examples expect in the working folder: ``policykg build`` run there (its lines kept)."""
    root = tmp_path_factory.mktemp("readme")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        (root / "printed.txt").write_text("\n".join(build_folder().lines) + "\n", encoding="utf-8")
    (root / "data").symlink_to(CHECKOUT / "data")
    (root / "my-question.rq").write_text(MY_QUESTION, encoding="utf-8")
    shutil.copy(root / "out" / "graph.ttl", root / "kg.ttl")
    return root


@pytest.fixture
def here(workspace, tmp_path) -> Path:
    """A copy of the workspace for one block, which may write into it."""
    shutil.copytree(workspace, tmp_path / "w", symlinks=True)
    return tmp_path / "w"


def _env() -> dict[str, str]:
    return {"PATH": f"{BIN}:/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1"}


def _shell(script: str, cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """``script`` under bash -e in a network namespace of its own with loopback up; background jobs are
    stopped when it ends."""
    body = f"set -eo pipefail\ntrap 'for job in $(jobs -p); do kill $job; done; wait' EXIT\n{script}"
    return subprocess.run(["unshare", "-n", "bash", "-c", f"ip link set lo up && exec bash -c {_quote(body)}"],
                          cwd=cwd, env=_env(), capture_output=True, text=True, timeout=timeout)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def _wait_for(url: str) -> str:
    return f"for i in $(seq 150); do curl -sf -o /dev/null '{url}' && break; sleep 0.2; done; curl -sf -o /dev/null '{url}'"


def _served(text: str) -> str:
    """A block of ``policykg serve`` lines: each started, asked one question, stopped."""
    steps = []
    for line in filter(None, (raw.split("#", 1)[0].strip() for raw in text.splitlines())):
        port = re.search(r"--port (\d+)", line)
        url = f"http://127.0.0.1:{port.group(1) if port else SERVER_PORT}/sparql?query=ASK%7B%7D"
        steps.append(f"{line} &\nserver=$!\n{_wait_for(url)}\nkill $server; wait $server || true")
    return "\n".join(steps)


def _with_server(text: str) -> str:
    """A block that asks an Oxigraph server it does not start itself: the test starts one on out/."""
    if f"127.0.0.1:{SERVER_PORT}/query" not in text or "oxigraph serve" in text:
        return text
    start = (f"oxigraph load --location .db --file out/graph.nt >/dev/null 2>&1\n"
             f"oxigraph serve-read-only --location .db --bind 127.0.0.1:{SERVER_PORT} >/dev/null 2>&1 &\n"
             f"{_wait_for(f'http://127.0.0.1:{SERVER_PORT}/query?query=ASK%7B%7D')}\n")
    return start + text


@pytest.mark.parametrize("lang, text", RUN)
def test_readme_example_runs_as_written(lang, text, here):
    if NOT_RUN in text.splitlines()[0]:
        pytest.skip(text.splitlines()[0].lstrip("# "))
    if "python3 -m venv" in text:  # README commands 1 and 2: a fresh venv each, run by CI as written
        commands = [line for line in text.splitlines() if line and not line.startswith("#")]
        assert commands and all(any(command in ci for ci in CI) for command in commands)
        return
    if lang == "python":
        result = subprocess.run([sys.executable, "-c", text], cwd=here, env=_env(), capture_output=True, text=True,
                                timeout=180)
    elif lang == "sparql":
        result = subprocess.run([str(BIN / "policykg"), "query", "-e", text, "--format", "csv"], cwd=here, env=_env(),
                                capture_output=True, text=True, timeout=180)
        assert len(result.stdout.splitlines()) > 1, "the example answers no row on the bundled data"
    else:
        if not can_mount():
            pytest.skip("shell examples run in a network namespace of their own: needs root and unshare(1)")
        script = _served(text) if text.lstrip().startswith("policykg serve") else _with_server(text)
        result = _shell(script, here)
    assert result.returncode == 0, f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    assert "Traceback" not in result.stderr


def test_readme_build_output_is_what_the_build_prints(workspace):
    (printed,) = [text for _, lang, text in _blocks() if not lang and text.startswith("read ")]
    assert (workspace / "printed.txt").read_text(encoding="utf-8") == printed


def test_every_example_skipped_says_why_in_its_first_line():
    skipped = [text for _, lang, text in _blocks() if NOT_RUN in text]
    assert skipped and all(NOT_RUN in text.splitlines()[0] and "needs" in text.splitlines()[0] for text in skipped)
