"""``policykg export``: the files are read back by the libraries users open them with, and hold the bundled roundup."""

import csv

import networkx as nx
import pandas as pd
import pytest

from graph.cli import main
from graph.interchange.gephi import co_issuance
from graph.interchange.load import read_export
from graph.pipeline import build

SHENZHEN_SEAL = "深圳市商事主体电子印章管理暂行办法"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    assert main(["build", "--out", str(out), "--no-views", "--validate", "never"]) == 0
    return out


def _export(built, fmt, capsys):
    assert main(["export", fmt, "--graph", str(built)]) == 0
    assert f"into {built / fmt}" in capsys.readouterr().out
    return built / fmt


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_gephi_files_hold_kinds_labels_and_the_timeline(built, fmt, capsys):
    folder = _export(built, fmt, capsys)
    g = (nx.read_gexf if fmt == "gexf" else nx.read_graphml)(folder / f"graph.{fmt}")
    kinds = sorted(d["kind"] for _, d in g.nodes(data=True))
    assert {k: kinds.count(k) for k in set(kinds)} == {"policy": 54, "agency": 65, "region": 30, "concept": 23, "activity": 4}
    [seal] = [n for n, d in g.nodes(data=True) if d.get("label") == SHENZHEN_SEAL]
    assert g.nodes[seal]["kind"] == "policy" and g.nodes[seal]["date"] == "2021-01-08"
    [guangdong] = [n for n, d in g.nodes(data=True) if d.get("label") == "广东省"]
    [shenzhen] = [n for n, d in g.nodes(data=True) if d.get("label") == "深圳市"]
    relations = [d["relation"] for _, _, d in g.edges(data=True)]
    assert relations.count("passed_by") == 47
    if fmt == "gexf":  # the timeline: a region enters with the first policy made in it or below it
        assert g.nodes[seal]["start"] == "2021-01-08"
        assert g.nodes[shenzhen]["start"] == g.nodes[guangdong]["start"] == "2021-01-05"
        assert (folder / "graph.gexf").read_text(encoding="utf-8").count('timeformat="date"') == 1
    co = (nx.read_gexf if fmt == "gexf" else nx.read_graphml)(folder / f"co-issuance.{fmt}")
    issuers = {v for _, v, d in g.edges(data=True) if d["relation"] == "passed_by"}
    assert set(co) == issuers and {d["kind"] for _, d in co.nodes(data=True)} == {"agency"}
    assert co.number_of_edges() == 0  # the bundled roundup names one issuer per document


def test_co_issuance_weighs_agency_pairs_by_their_joint_documents(tmp_path):
    (tmp_path / "joint.txt").write_text(
        "2022年\n\n3月1日\n\n财政部、国家税务总局联合印发《关于电子发票的通知》。\n\n"
        "3月9日\n\n财政部、国家税务总局、国家档案局联合印发《电子会计凭证管理办法》。\n", encoding="utf-8")
    g = co_issuance(build([tmp_path]).model)
    weights = {tuple(sorted((g.nodes[u]["label"], g.nodes[v]["label"]))): (d["weight"], d["start"]) for u, v, d in g.edges(data=True)}
    assert weights == {("国家税务总局", "财政部"): (2, "2022-03-01"), ("国家档案局", "国家税务总局"): (1, "2022-03-09"),
                       ("国家档案局", "财政部"): (1, "2022-03-09")}
    assert {d["label"]: d["policies"] for _, d in g.nodes(data=True)} == {"财政部": 2, "国家税务总局": 2, "国家档案局": 1}
    nx.write_gexf(g, tmp_path / "co.gexf")
    assert nx.read_gexf(tmp_path / "co.gexf").number_of_edges() == 3


def test_csv_tables_open_in_excel_and_hold_each_policy(built, capsys):
    folder = _export(built, "csv", capsys)
    assert (folder / "policies.csv").read_bytes().startswith("\ufeffiri,date,title".encode("utf-8"))
    with (folder / "policies.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 54
    [seal] = [r for r in rows if r["title"] == SHENZHEN_SEAL]
    assert {k: seal[k] for k in ("date", "issuers", "levels", "region", "province", "concepts", "source")} == {
        "date": "2021-01-08", "issuers": "深圳市市场监督管理局", "levels": "市级", "region": "深圳市",
        "province": "广东省", "concepts": "电子印章", "source": "2021-roundup.txt"}
    assert [r["date"] for r in rows if r["date"]] == sorted(r["date"] for r in rows if r["date"])
    assert any(r["legal_equivalence"] for r in rows) and any(r["forwards"] for r in rows)
    with (folder / "passed_by.csv").open(encoding="utf-8-sig", newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert len(edges) == 47 and {e["subject_type"] for e in edges} == {"policy"}
    assert ("深圳市商事主体电子印章管理暂行办法", "深圳市市场监督管理局") in {(e["subject_label"], e["object_label"]) for e in edges}


def test_parquet_tables_keep_lists(built, capsys):
    folder = _export(built, "parquet", capsys)
    policies = pd.read_parquet(folder / "policies.parquet")
    assert len(policies) == 54
    seal = policies[policies["title"] == SHENZHEN_SEAL].iloc[0]
    assert list(seal["concepts"]) == ["电子印章"] and seal["province"] == "广东省"
    assert len(pd.read_parquet(folder / "jurisdiction.parquet")) == 54


def test_reading_an_export_back_gives_the_built_model(built):
    model = build().model
    assert read_export(built) == model
    assert read_export(built / "graph.ttl") == read_export(built / "graph.jsonld") == model


def test_missing_or_malformed_export_is_one_line(tmp_path, capsys):
    assert main(["export", "csv", "--graph", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("policykg: no export at") and err.count("\n") == 1
    (tmp_path / "graph.nt").write_text("<a> <b> .\n", encoding="utf-8")
    assert main(["export", "gexf", "--graph", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "graph.nt is not valid N-Triples: Parser error at line 1" in err and err.count("\n") == 1


def test_a_disclosure_pages_publication_date_is_a_column(tmp_path, capsys):
    from tests.read.pages import disclosure_page

    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.html").write_text(disclosure_page(
        "广东省电子印章管理办法", "广东省人民政府", "2019年11月5日", "粤府令第264号", "2019年11月20日",
        ["第一条 为了规范电子印章的使用，根据《中华人民共和国电子签名法》，制定本办法。"]), encoding="utf-8")
    assert main(["build", str(tmp_path / "src"), "--out", str(tmp_path / "out"), "--no-views", "--validate", "never"]) == 0
    assert main(["export", "csv", "--graph", str(tmp_path / "out")]) == 0
    with (tmp_path / "out" / "csv" / "policies.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = {r["title"]: r for r in csv.DictReader(fh)}
    seal = rows["广东省电子印章管理办法"]
    assert (seal["date"], seal["published"], seal["number"], seal["province"]) == ("2019-11-05", "2019-11-20", "粤府令第264号", "广东省")
    with (tmp_path / "out" / "csv" / "cites.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert [(r["subject_label"], r["object_label"]) for r in csv.DictReader(fh)] == [("广东省电子印章管理办法", "中华人民共和国电子签名法")]

