"""Failures a user meets, each one line naming the cause and what to do, with the folder left whole:
a full disk, a read-only folder (real small tmpfs mounts in a private mount namespace)."""

from __future__ import annotations

import subprocess

from fresh import BIN, fresh_env, needs_mount, run_without_fonts

SMALL = "2022年\n\n3月2日\n\n四川省人民政府发布《四川省电子印章管理办法》。\n"


def _earlier_then(tmp_path, size: str, between: str, second: str):
    """Mount a tmpfs of ``size`` on disk/, build the small input into disk/out, run ``between``, then the
    ``second`` build; the folder's listing with checksums before and after is kept beside."""
    (tmp_path / "disk").mkdir()
    (tmp_path / "small.txt").write_text(SMALL, encoding="utf-8")
    sums = "(cd disk/out && find . -type f ! -name .policykg-lock | sort | xargs sha256sum)"
    mounts = (f"mount -t tmpfs -o size={size} tmpfs disk && policykg build small.txt --out disk/out --no-views > /dev/null"
              f" && {sums} > before.txt && {between}"
              f" && {{ policykg build {second} --out disk/out > second.out 2> second.err; echo $? > second.rc; }}"
              f" && {sums} > after.txt")
    result = run_without_fonts(["true"], tmp_path, fresh_env(tmp_path), mounts=mounts)
    assert result.returncode == 0, result.stderr
    read = lambda name: (tmp_path / name).read_text(encoding="utf-8")  # noqa: E731
    return read("second.rc").strip(), read("second.err"), read("before.txt"), read("after.txt")


@needs_mount
def test_a_full_disk_is_one_line_and_the_earlier_build_stays_whole(tmp_path):
    rc, err, before, after = _earlier_then(tmp_path, "600k", "true", "")  # the bundled build with its views needs several MB
    assert rc == "1"
    assert err == ("policykg: cannot write into disk/out: No space left on device; free some space or choose "
                   "another --out\n")
    assert after == before and "graph.nt" in before


@needs_mount
def test_a_read_only_folder_is_one_line_before_any_work(tmp_path):
    rc, err, before, after = _earlier_then(tmp_path, "4m", "mount -o remount,ro disk", "")
    assert rc == "1"
    assert err == "policykg: cannot write into disk/out: Read-only file system; the file system is read-only: choose another --out\n"
    assert after == before


def test_an_output_path_under_a_file_is_one_line(tmp_path):
    (tmp_path / "blocked").write_text("a file, not a folder", encoding="utf-8")
    result = subprocess.run([str(BIN / "policykg"), "build", "--out", "blocked/out", "--no-views"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == "policykg: cannot write into blocked/out: Not a directory; choose another --out\n"
