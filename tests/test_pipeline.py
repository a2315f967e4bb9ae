"""The build end to end: the bundled seed against its reviewed golden file, and bad input."""

import json
from pathlib import Path

import pytest
import rdflib
from hypothesis import HealthCheck, given, settings, strategies as st
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from graph.cli import main
from graph.pipeline import DEFAULT_SOURCES, build
from graph.readwrite import to_rdflib
from graph.validation.shacl import validate

GOLDEN = Path(__file__).parent / "golden" / "seed.nt"


def visible(folder: Path) -> list[str]:
    """The files a user sees in ``folder``: the build's own bookkeeping files are hidden."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def test_seed_matches_golden_graph():
    built = to_rdflib(build([DEFAULT_SOURCES]).graph)
    golden = rdflib.Graph().parse(GOLDEN, format="nt")
    if not isomorphic(built, golden):
        _, only_built, only_golden = graph_diff(to_isomorphic(built), to_isomorphic(golden))
        raise AssertionError(f"built has {len(only_built)} extra, golden {len(only_golden)} extra triples:\n"
                             + "\n".join(sorted(f"+ {t}" for t in only_built)[:10] + sorted(f"- {t}" for t in only_golden)[:10]))


def test_seed_build_validates_with_no_finding():
    assert validate(build([DEFAULT_SOURCES]).to_rdflib()) == []


def test_seed_counts():
    result = build([DEFAULT_SOURCES])
    assert result.items == 54
    assert result.count("activity") == 4
    kinds = sorted(c.rsplit("#", 1)[1] for _, d in result.graph.nodes(data=True) if d["type"] == "activity"
                   for c in json.loads(d["classes"]) if "policykg" in c)
    assert kinds == ["Event", "Meeting", "NewsItem", "Statement"]


def test_bad_inputs_are_reported_and_kept(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (tmp_path / "headers.md").write_text("# 一季度\n\n二季度\n\n国家层面\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes("2022年\n\n3月1日\n\n安徽省人民政府印发《电子证照办法》\xff\xfe。\n".encode("utf-8")[:-4] + b"\xff\xfe\n")
    (tmp_path / "gbk.txt").write_bytes("2022年\n\n3月2日\n\n四川省人民政府发布《四川省电子印章管理办法》。\n".encode("gbk"))
    result = build([tmp_path])
    reasons = {(Path(p.file).name, p.reason.split(":")[0]) for p in result.problems}
    assert ("empty.txt", "empty file") in reasons
    assert ("binary.txt", "binary file") in reasons
    assert any(name == "headers.md" and "no item" in r for name, r in reasons)
    assert any(name == "bad.txt" and "undecodable" in r for name, r in reasons)
    titles = {d["title"] for _, d in result.graph.nodes(data=True) if d["type"] == "policy"}
    assert titles == {"电子证照办法", "四川省电子印章管理办法"}
    assert result.encodings["gb18030"] == 1


def test_records_give_the_same_policy_as_roundup_text(tmp_path):
    (tmp_path / "a.txt").write_text("2022年\n\n2022年4月2日，江苏省人社厅印发《江苏省电子劳动合同管理办法》。\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("date,agency,title,text\n2022-04-02,江苏省人社厅,江苏省电子劳动合同管理办法,\n", encoding="utf-8")
    g = build([tmp_path]).graph
    policies = [n for n, d in g.nodes(data=True) if d["type"] == "policy"]
    assert len(policies) == 1
    assert len([1 for _, _, k in g.out_edges(policies[0], keys=True) if k == "derived_from"]) == 2


def test_cli_build_writes_exports_and_rejects(tmp_path, capsys):
    assert main(["build", str(DEFAULT_SOURCES), "--out", str(tmp_path / "kg")]) == 0
    printed = capsys.readouterr().out
    assert "54 item(s)" in printed and "problem(s)" in printed
    assert {p.name for p in (tmp_path / "kg").iterdir()} >= {"graph.nt", "graph.ttl", "graph.jsonld", "rejects.csv"}
    assert (tmp_path / "kg" / "rejects.csv").read_text(encoding="utf-8").startswith("file,line,item,reason")
    assert (tmp_path / "kg" / "index.html").exists()


def test_cli_fails_only_when_nothing_could_be_read(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["build", str(tmp_path), "--out", str(tmp_path / "kg")]) == 1
    assert "nothing could be read" in capsys.readouterr().err


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("2021年3月15日，《》〈〉印发发布转发等部门省市人社局厅国务院办公厅电子印章同等法律效力\n 1.（一）、：")), max_size=300))
def test_arbitrary_text_never_crashes_the_build(tmp_path, text):
    path = tmp_path / "fuzz.txt"
    path.write_text(text, encoding="utf-8")
    result = build([path])
    assert result.files == 1


def _corpus(folder: Path, files: int) -> None:
    for n in range(files):
        folder.joinpath(f"r{n:02d}.txt").write_text(
            f"202{n % 5}年盘点\n\n3月{n % 27 + 1}日\n\n浙江省人民政府办公厅印发《浙江省电子印章管理办法{n}》：电子印章与实物印章具有同等法律效力。\n\n"
            f"4月2日\n\n人社部发布《电子劳动合同订立指引》。\n", encoding="utf-8")


def test_parallel_and_cached_builds_give_the_same_bytes(tmp_path, monkeypatch):
    from graph.batch import PARALLEL_FROM
    from graph.gazetteer.cache import cache_dir
    from graph.readwrite.ntriples import generate_ntriples

    monkeypatch.setenv("POLICYKG_CACHE", str(tmp_path / "cache"))
    (tmp_path / "src").mkdir()
    _corpus(tmp_path / "src", PARALLEL_FROM + 2)
    plain = generate_ntriples(build([tmp_path / "src"]).graph)
    assert generate_ntriples(build([tmp_path / "src"], jobs=2).graph) == plain
    assert generate_ntriples(build([tmp_path / "src"], cache=True).graph) == plain
    entries = list((cache_dir() / "extract").rglob("*.pickle"))
    assert len(entries) == PARALLEL_FROM + 2
    assert generate_ntriples(build([tmp_path / "src"], cache=True).graph) == plain


def test_interrupted_export_leaves_no_partial_file(tmp_path):
    from graph.readwrite.exports import atomic

    (tmp_path / "graph.nt").write_text("old\n", encoding="utf-8")
    try:
        with atomic(tmp_path / "graph.nt") as fh:
            fh.write(b"half")
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    assert (tmp_path / "graph.nt").read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.nt"]


def test_cli_skips_validation_and_views_when_told(tmp_path, capsys):
    assert main(["build", str(DEFAULT_SOURCES), "--out", str(tmp_path), "--validate", "never", "--no-cache", "--no-views"]) == 0
    printed = capsys.readouterr().out
    assert "SHACL: not run" in printed and "report not written (--no-views)" in printed
    assert visible(tmp_path) == ["graph.jsonld", "graph.nt", "graph.ttl", "rejects.csv", "sources"]


def test_cli_writes_the_formats_asked_for_and_refuses_a_build_without_ntriples(tmp_path, capsys):
    assert main(["build", str(DEFAULT_SOURCES), "--out", str(tmp_path), "--validate", "never", "--no-views",
                 "--formats", "nt, ttl"]) == 0
    assert f"wrote 2047 triples to {tmp_path}/graph.nt, graph.ttl;" in capsys.readouterr().out
    assert visible(tmp_path) == ["graph.nt", "graph.ttl", "rejects.csv", "sources"]
    assert (tmp_path / "graph.nt").read_bytes() == GOLDEN.read_bytes()
    with pytest.raises(SystemExit):
        main(["build", str(DEFAULT_SOURCES), "--out", str(tmp_path / "none"), "--formats", "ttl"])
    assert "argument --formats: the exports must include nt" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()


def test_record_with_several_agencies(tmp_path):
    (tmp_path / "j.json").write_text(
        '[{"date": "2022-05-01", "title": "关于推进电子发票的通知", "agency": ["财政部", "国家税务总局"]},'
        ' {"date": "2022-05-02", "title": "关于电子档案的通知", "agency": "国家档案局；国家密码管理局"}]', encoding="utf-8")
    g = build([tmp_path]).graph
    issuers = sorted(sorted(g.nodes[a]["pref_zh"] for _, a, k in g.out_edges(n, keys=True) if k == "passed_by")
                     for n, d in g.nodes(data=True) if d["type"] == "policy")
    assert issuers == [["国家密码管理局", "国家档案局"], ["国家税务总局", "财政部"]]


def test_a_faulty_item_or_file_is_reported_and_the_rest_still_builds(tmp_path, monkeypatch):
    import graph.batch as batch

    real_extract, real_read = batch.extract, batch.read_source

    def extract(item, regions):
        if "BOOM" in item.text:
            raise ValueError("bad luck")
        return real_extract(item, regions)

    def read_source(name, data):
        if name.endswith("broken.txt"):
            raise RuntimeError("disk fairy")
        return real_read(name, data)

    monkeypatch.setattr(batch, "extract", extract)
    monkeypatch.setattr(batch, "read_source", read_source)
    (tmp_path / "ok.txt").write_text("3月1日\n\n人社部发布《电子劳动合同订立指引》。\n\n3月2日\n\nBOOM 浙江省发布消息。\n", encoding="utf-8")
    (tmp_path / "broken.txt").write_text("3月3日\n\n国务院发布《电子印章管理办法》。\n", encoding="utf-8")
    result = build([tmp_path])
    reasons = {(Path(p.file).name, p.reason) for p in result.problems}
    assert ("broken.txt", "reading failed (RuntimeError: disk fairy)") in reasons
    assert ("ok.txt", "extraction failed (ValueError: bad luck): kept as a news item") in reasons
    labels = [d["pref_zh"][0] for d in result.model.values() if d["type"] == "activity"]
    assert labels == ["BOOM 浙江省发布消息。"]
    assert result.count("policy") == 1 and result.files == 1
