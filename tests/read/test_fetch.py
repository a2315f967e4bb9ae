"""``policykg build URL``: pages fetched from a server this test starts on loopback, their text kept beside the graph."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graph.cli import main
from graph.read.fetch import FetchError, fetch
from tests.read.pages import URL, roundup_page


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    (site / "news").mkdir()
    (site / "news" / "roundup").write_text(roundup_page(), encoding="utf-8")  # no suffix: told by its bytes
    process = subprocess.Popen([sys.executable, str(Path(__file__).with_name("page_server.py")), str(site)],
                               stdout=subprocess.PIPE, text=True)
    try:
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_build_from_a_url_keeps_the_text_its_spans_index(server, tmp_path, capsys):
    url = f"{server}/news/roundup"
    assert main(["build", url, "--out", str(tmp_path), "--no-views", "--validate", "never", "--no-cache"]) == 0
    assert "54 policies" in capsys.readouterr().out
    from graph.interchange.load import read_export

    model = read_export(tmp_path)
    [(iri, source)] = [(n, d) for n, d in model.items() if d["type"] == "source"]
    assert source["source_name"] == [url]  # where it was fetched from, rather than the page's canonical URL
    assert source["title"] == ["2021年全国电子签名、电子签章推广政策全面盘点"]
    text = (tmp_path / "sources" / f"{iri.rsplit('/', 1)[1]}.txt").read_text(encoding="utf-8")
    passages = [d for d in model.values() if d["type"] == "passage"]
    assert len(passages) >= 50
    assert all(text[p["start"][0]:p["end"][0]] == p["value"][0] for p in passages)
    assert URL not in text and "分享到" not in text


def test_a_page_that_cannot_be_had_is_one_line(server, tmp_path, capsys):
    assert main(["build", f"{server}/missing", "--out", str(tmp_path), "--no-views"]) == 1
    err = capsys.readouterr().err
    assert err == f"policykg: nothing could be read: {server}/missing: HTTP 404 File not found\n"
    both = ["build", f"{server}/news/roundup", f"{server}/missing", "--out", str(tmp_path), "--no-views", "--validate", "never"]
    assert main(both) == 1  # like a missing file: refused unless told to go on
    assert capsys.readouterr().err.startswith(f"policykg: 1 input(s) could not be read: {server}/missing: HTTP 404 File not found;")
    assert main([*both, "--keep-going"]) == 0
    assert f"{server}/missing,0,,HTTP 404 File not found" in (tmp_path / "rejects.csv").read_text(encoding="utf-8")


def test_fetch_limits_time_size_and_schemes(server):
    with pytest.raises(FetchError, match=r"/slow: no answer within 0.5 s$"):
        fetch(f"{server}/slow", timeout=0.5)
    with pytest.raises(FetchError, match=r"/huge: 1,099,511,627,776 bytes, more than the limit of 52,428,800 bytes$"):
        fetch(f"{server}/huge")
    with pytest.raises(FetchError, match=r"/roundup: [0-9,]+ bytes, more than the limit of 1,000 bytes$"):
        fetch(f"{server}/news/roundup", limit=1000)
    with pytest.raises(FetchError, match=r"^ftp://x/y: only http and https addresses are fetched$"):
        fetch("ftp://x/y")
    with pytest.raises(FetchError, match=r"^http://127.0.0.1:9/: "):
        fetch("http://127.0.0.1:9/")
