"""The output folder always holds one whole build: one build at a time, a staging folder swapped in at
the end, whatever is killed when; inputs that cannot be read are errors unless told to go on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.outfolder import COMMIT, FILES, LOCK, STAGING, locked, recover
from graph.pipeline import DEFAULT_SOURCES, Options, build_folder
from graph.problems import UserError

BIN = Path(sys.executable).parent
SMALL = "2022年\n\n3月2日\n\n四川省人民政府发布《四川省电子印章管理办法》。\n"
FAST = ["--no-cache", "--validate", "never"]


def policykg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "policykg"), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def snapshot(out: Path) -> dict[str, bytes]:
    """Every file of ``out`` but the lock (which holds the last builder's pid), with its bytes."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file() and p.name != LOCK}


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """A folder with a small input, and the two whole builds every interrupted build must leave: the
    earlier one (the small input) and the later one (the bundled roundup), each with views."""
    root = tmp_path_factory.mktemp("builds")
    (root / "small.txt").write_text(SMALL, encoding="utf-8")
    assert policykg("build", "small.txt", "--out", "before", *FAST, cwd=root).returncode == 0
    assert policykg("build", str(DEFAULT_SOURCES), "--out", "after", *FAST, cwd=root).returncode == 0
    return root, snapshot(root / "before"), snapshot(root / "after")


def _earlier(builds, tmp_path: Path) -> Path:
    root, before, _ = builds
    (tmp_path / "small.txt").write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"
    for name, data in before.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    return out


PHASES = {
    # phase: what the staging folder holds while the build is in it
    "reading": lambda s: s.is_dir() and not any(s.iterdir()),
    "exports": lambda s: any(s.glob(".graph.nt.*.tmp")),
    "rejects and views": lambda s: (s / "graph.nt").exists() and not (s / "index.html").exists(),
}


def _stopped_in(phase: str, out: Path) -> subprocess.Popen[str]:
    """A build of the bundled roundup, stopped (SIGSTOP) while in ``phase``; a few tries, since a phase
    can pass between two looks."""
    staging, inside = out / STAGING, PHASES[phase]
    for _ in range(8):
        build = subprocess.Popen([str(BIN / "policykg"), "build", str(DEFAULT_SOURCES), "--out", "out", *FAST],
                                 cwd=out.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while build.poll() is None and time.monotonic() < deadline:
            if inside(staging):
                build.send_signal(signal.SIGSTOP)
                if inside(staging):
                    return build
                build.send_signal(signal.SIGCONT)
            time.sleep(0.0005)
        build.kill()
        build.communicate()
        recover(out)
    pytest.fail(f"never saw a build in its {phase} phase")


@pytest.mark.parametrize("phase", PHASES)
def test_ctrl_c_in_any_phase_leaves_the_earlier_build_whole(builds, tmp_path, phase):
    out = _earlier(builds, tmp_path)
    build = _stopped_in(phase, out)
    build.send_signal(signal.SIGINT)
    build.send_signal(signal.SIGCONT)
    _, err = build.communicate(timeout=60)
    assert build.returncode == 130
    assert err.splitlines()[-1] == "policykg: interrupted: out holds one whole build, as before"
    assert "Traceback" not in err
    assert snapshot(out) == builds[1] and not (out / STAGING).exists()


@pytest.mark.parametrize("phase", PHASES)
def test_sigkill_in_any_phase_leaves_the_earlier_build_whole_for_the_next_build_to_clean_up(builds, tmp_path, phase):
    out = _earlier(builds, tmp_path)
    build = _stopped_in(phase, out)
    build.kill()
    build.communicate(timeout=60)
    assert {name: data for name, data in snapshot(out).items() if not name.startswith(STAGING)} == builds[1]
    with locked(out):  # what every build does first
        recover(out)
    assert snapshot(out) == builds[1]


SWAP = """
import os, signal, sys
from graph.cli import main
moves, real = [], os.replace
def replace(src, dst):  # the signal arrives while the build is being swapped in, after `at` files moved
    if "{commit}" in str(src):
        if len(moves) == {at}:
            os.kill(os.getpid(), signal.{signal})
        moves.append(src)
    real(src, dst)
os.replace = replace
sys.exit(main(["build", sys.argv[1], "--out", "out", "--no-cache", "--validate", "never"]))
"""


@pytest.mark.parametrize("at", [0, 8])  # the first file moved, and the list of files (the last)
def test_a_build_killed_while_swapped_in_is_finished_by_the_next(builds, tmp_path, at):
    out = _earlier(builds, tmp_path)
    script = SWAP.format(commit=COMMIT, at=at, signal="SIGKILL")
    killed = subprocess.run([sys.executable, "-c", script, str(DEFAULT_SOURCES)], cwd=tmp_path, capture_output=True, text=True)
    assert killed.returncode == -signal.SIGKILL
    with locked(out):  # what every build does first
        recover(out)
    assert snapshot(out) == builds[2]


def test_ctrl_c_while_swapped_in_waits_for_the_swap(builds, tmp_path):
    out = _earlier(builds, tmp_path)
    script = SWAP.format(commit=COMMIT, at=2, signal="SIGINT")
    stopped = subprocess.run([sys.executable, "-c", script, str(DEFAULT_SOURCES)], cwd=tmp_path, capture_output=True, text=True)
    assert stopped.returncode == 130 and "Traceback" not in stopped.stderr
    assert snapshot(out) == builds[2] and not (out / COMMIT).exists()


def test_a_second_build_into_the_same_folder_is_refused_in_one_line(builds, tmp_path):
    out = _earlier(builds, tmp_path)
    first = _stopped_in("reading", out)
    try:
        second = policykg("build", "small.txt", "--out", "out", *FAST, cwd=tmp_path)
    finally:
        first.send_signal(signal.SIGCONT)
        first.communicate(timeout=60)
    assert second.returncode == 1
    assert second.stderr == (f"policykg: another build (pid {first.pid}) is writing into out: wait for it to end, "
                             "or build into another --out\n")
    assert first.returncode == 0 and snapshot(out) == builds[2]


def test_files_the_build_no_longer_writes_go_and_the_users_own_stay(tmp_path):
    out = tmp_path / "out"
    build_folder([DEFAULT_SOURCES], out, Options(validate="never", cache=False))
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / STAGING).mkdir()  # left by a killed build, with its temporary files
    (out / STAGING / ".graph.nt.1.2.tmp").write_bytes(b"half")
    (out / ".graph.ttl.77.1.tmp").write_bytes(b"half, from a build before staging folders")
    build_folder([DEFAULT_SOURCES], out, Options(views=False, formats=("nt",), validate="never", cache=False))
    assert sorted(p.name for p in out.iterdir()) == [FILES, LOCK, "graph.nt", "notes.txt", "rejects.csv", "sources"]
    [text] = (out / "sources").iterdir()  # the roundup's text, which the passage spans index
    assert (out / FILES).read_text(encoding="utf-8") == f"graph.nt\nrejects.csv\nsources/{text.name}\n"


def test_a_missing_input_beside_good_ones_stops_the_build_unless_told_to_go_on(tmp_path, monkeypatch):
    (tmp_path / "small.txt").write_text(SMALL, encoding="utf-8")
    failed = policykg("build", "small.txt", "gone.txt", "--out", "out", *FAST, "--no-views", cwd=tmp_path)
    assert failed.returncode == 1 and failed.stdout == ""
    assert failed.stderr == ("policykg: 1 input(s) could not be read: gone.txt: no such file or folder; out is left as "
                             "it was (put them right, or pass --keep-going to build from the rest)\n")
    assert not (tmp_path / "out" / "graph.nt").exists()
    monkeypatch.chdir(tmp_path)
    went_on = build_folder(["small.txt", "gone.txt"], "out", Options(views=False, validate="never", cache=False, keep_going=True))
    assert went_on.warnings == ["policykg: 1 input(s) skipped (rows in out/rejects.csv): gone.txt: no such file or folder"]
    assert "gone.txt,0,,no such file or folder" in (tmp_path / "out" / "rejects.csv").read_text(encoding="utf-8")


def test_every_skipped_path_is_a_reject_row(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "small.txt").write_text(SMALL, encoding="utf-8")
    (src / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(src / "pipe")
    with pytest.raises(UserError, match=r"^2 input\(s\) could not be read: .*dangling.txt: dangling link"):
        build_folder([src], tmp_path / "out", Options(views=False, validate="never", cache=False))
    built = build_folder([src], tmp_path / "out", Options(views=False, validate="never", cache=False, keep_going=True))
    assert built.warnings[0].startswith("policykg: 2 input(s) skipped")
    rows = (tmp_path / "out" / "rejects.csv").read_text(encoding="utf-8")
    assert "dangling.txt,0,,dangling link: its target does not exist" in rows and "pipe,0,,not a regular file" in rows


def test_a_file_that_vanishes_midway_is_an_error_and_a_row(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("a.txt", "b.txt"):
        (src / name).write_text(SMALL, encoding="utf-8")

    def remove_the_next(done: int, total: int, items: int) -> None:  # the build reads a.txt, then b.txt is gone
        (src / "b.txt").unlink(missing_ok=True)

    options = Options(views=False, validate="never", cache=False, jobs=1)
    with pytest.raises(UserError, match=r"b.txt: cannot read: No such file or directory; .*out is left as it was"):
        build_folder([src], tmp_path / "out", options, progress=remove_the_next)
    assert not (tmp_path / "out" / "graph.nt").exists() and not (tmp_path / "out" / STAGING).exists()


def test_a_large_graphs_views_written_in_a_forked_copy_are_the_files_written_in_process(tmp_path, monkeypatch):
    import graph.pipeline as pipeline

    build_folder([DEFAULT_SOURCES], tmp_path / "here", Options(validate="never", cache=False))
    monkeypatch.setattr(pipeline, "SPLIT_FROM", 1)  # the bundled graph counts as large: its views go beside,
    monkeypatch.setattr(pipeline, "can_fork", lambda: True)  # even with the threads earlier tests left
    forks = []
    real = pipeline.forked
    monkeypatch.setattr(pipeline, "forked", lambda *args, **kw: forks.append(kw["what"]) or real(*args, **kw))
    built = build_folder([DEFAULT_SOURCES], tmp_path / "beside", Options(validate="never", cache=False))
    assert forks == ["writing the views"] and built.lines[-1].endswith(f"report {tmp_path / 'beside' / 'index.html'}")
    assert snapshot(tmp_path / "beside") == snapshot(tmp_path / "here")

