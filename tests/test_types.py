"""mypy finds no error in the package (configured in pyproject.toml), so a change that breaks a type
fails the suite like any other test."""

from pathlib import Path

from mypy import api

ROOT = Path(__file__).parents[1]


def test_mypy_finds_no_error():
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache"),
                                "--no-error-summary", "--hide-error-context", str(ROOT / "graph")])
    assert status == 0, out + err
