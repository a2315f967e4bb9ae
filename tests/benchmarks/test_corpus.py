"""The development corpus and the held-out and blind sets stay honest (real titles in their texts, known fields and
labels, regions that exist) and the extraction scorer counts what it says it counts."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.extraction.facts import records
from benchmarks.extraction.gold import CORPUS, GoldError, Record, document_text, load, title_key
from benchmarks.extraction.score import match, score
from graph.pipeline import build
from graph.resources import DATA_DIR
from benchmarks.measure import ROOT

GOLD = sorted(CORPUS.glob("*.gold.json"))
HELDOUT = CORPUS.parent / "heldout"  # never tuned on: it measures the reader on documents nobody fitted rules to
BLIND = CORPUS.parent / "blind"  # a second held-out set, never tuned on either
FRESH = CORPUS.parent / "unseen"  # a third, gathered and annotated before its first measure
FRESH2 = CORPUS.parent / "unseen2"  # a fourth, measured once after the rules from the third landed
FRESH3 = CORPUS.parent / "unseen3"  # a fifth, measured once before the rules from the fourth's misses landed
FRESH4 = CORPUS.parent / "unseen4"  # a sixth, measured once before the rules from the fifth's misses landed
UNSEEN = [HELDOUT, BLIND, FRESH, FRESH2, FRESH3, FRESH4]
HELDOUT_GOLD = sorted(p for folder in UNSEEN for p in folder.glob("*.gold.json"))
ALL_GOLD = GOLD + HELDOUT_GOLD


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def _items(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["items"]


@pytest.mark.parametrize("path", ALL_GOLD, ids=_id)
def test_gold_file_loads_with_known_fields_and_labels(path):
    doc = load(path)
    assert doc.gold and doc.layout and doc.sources
    assert all(s.get("url", "").startswith("http") for s in doc.sources)


@pytest.mark.parametrize("path", ALL_GOLD, ids=_id)
def test_every_gold_title_occurs_verbatim_in_its_text(path):
    text = load(path).text
    for item in _items(path):
        for title in [item.get("title"), *item.get("forwards", []), *item.get("cites", [])]:
            if title:
                assert f"《{title}》" in text or title in text, title


@pytest.mark.parametrize("path", ALL_GOLD, ids=_id)
def test_gold_regions_exist_and_name_their_province(path, regions):
    for item in _items(path):
        code = item.get("region_code")
        if code is None:
            continue
        assert regions.by_code[code].name == item["region"], item["text"]
        province = code if code == "100000" else code[:2] + "0000"
        assert regions.by_code[province].name == item["province"], item["text"]


WORD_SCRIPTS = sorted(p for folder in [CORPUS, *UNSEEN] for p in folder.glob("*_docx.py"))
JSON_DOCUMENTS = sorted(p for folder in [CORPUS, *UNSEEN] for p in folder.glob("*.json") if not p.name.endswith(".gold.json"))


@pytest.mark.parametrize("script", WORD_SCRIPTS, ids=_id)
def test_a_word_document_reads_as_the_script_beside_it_writes_it(script, tmp_path):
    """A .docx is binary: the script that writes it is its source, so the two must not drift apart."""
    copy = tmp_path / script.name
    copy.write_bytes(script.read_bytes())
    subprocess.run([sys.executable, str(copy)], cwd=tmp_path, check=True)
    (written,) = tmp_path.glob("*.docx")
    assert document_text(written) == document_text(script.with_name(written.name))


@pytest.mark.parametrize("path", JSON_DOCUMENTS, ids=_id)
def test_a_json_document_is_valid_json_holding_a_list_of_records(path):
    def lists(value):  # an API's envelope may hold its records one level down or more ({"data": {"list": […]}})
        if isinstance(value, list):
            yield value
        elif isinstance(value, dict):
            for v in value.values():
                yield from lists(v)

    rows = next(lists(json.loads(path.read_text(encoding="utf-8"))))
    assert rows and all(isinstance(row, dict) for row in rows)


def test_gold_agencies_are_full_names_not_short_forms():
    with (DATA_DIR / "agencies.csv").open(encoding="utf-8", newline="") as fh:
        short = {row["short"]: row["name"] for row in csv.DictReader(fh) if row["short"] and row["short"] != row["name"]}
    for path in ALL_GOLD:
        for item in _items(path):
            for agency in item.get("agencies", []):
                assert agency not in short, f"{path.name}: {agency} is the short form of {short.get(agency)}"


def _write(folder: Path, text: str, items: list[dict]) -> Path:
    (folder / "doc.txt").write_text(text, encoding="utf-8")
    gold = folder / "doc.gold.json"
    gold.write_text(json.dumps({"document": "doc.txt", "items": items}, ensure_ascii=False), encoding="utf-8")
    return gold


def test_a_gold_file_with_an_unknown_field_concept_or_title_is_refused(tmp_path):
    text = "2021年1月8日，甲市印发《甲办法》。"
    good = {"text": "2021年1月8日", "kind": "policy", "title": "甲办法"}
    for bad, reason in [({"colour": "red"}, "unknown field"), ({"concepts": ["电子签到"]}, "unknown concept"),
                        ({"title": "乙办法"}, "does not occur"), ({"text": "1月9日"}, "exactly once"),
                        ({"kind": "law"}, "kind"), ({"date": "2021/1/8"}, "date")]:
        with pytest.raises(GoldError, match=reason):
            load(_write(tmp_path, text, [{**good, **bad}]))


TINY = ("2021年1月8日，深圳市市场监督管理局印发《深圳市商事主体电子印章管理暂行办法》。\n"
        "2月3日，芜湖市发布消息，推广电子签章。\n"
        "3月1日，某局印发《丙规定》。\n")


def _tiny_gold(tmp_path: Path) -> list[Record]:
    return load(_write(tmp_path, TINY, [
        {"text": "2021年1月8日", "kind": "policy", "date": "2021-01-08", "title": "深圳市商事主体电子印章管理暂行办法",
         "agencies": ["深圳市市场监督管理局"], "region": "深圳市", "region_code": "440300", "province": "广东省",
         "concepts": ["电子印章"]},
        {"text": "2月3日，芜湖市发布消息", "kind": "news", "date": "2021-02-03", "region": "芜湖市",
         "region_code": "340200", "province": "安徽省", "concepts": ["电子签名"]},
        {"text": "3月1日", "kind": "policy", "date": "2021-03-01", "title": "丙规定", "agencies": ["某局"]},
    ])).gold


def test_the_scorer_counts_hits_and_misses_of_a_hand_made_build(tmp_path):
    gold = _tiny_gold(tmp_path)
    first, news, _ = gold
    got = [
        # the first item, found with a wrong date and one concept too many
        Record(kind="policy", date="2021-01-09", title="深圳市商事主体电子印章管理暂行办法",
               agencies=frozenset({"深圳市市场监督管理局"}), region="440300",
               concepts=frozenset({"电子印章", "电子签名"}), spans=((8, 60),), label="a"),
        # the news item, found by place (no title), as a policy of the wrong region
        Record(kind="policy", date="2021-02-03", region="340000", spans=((45, 70),), label="b"),
        # an item that is not in the gold
        Record(kind="news", date="2021-04-01", region="100000", spans=((200, 210),), label="c"),
    ]
    assert [(g is not None and g.label, o is not None and o.label) for g, o in match(gold, got)] == [
        (first.label, "a"), (news.label, "b"), ("丙规定", False), (False, "c")]
    c = score(gold, got).counts
    assert (c["items"].tp, c["items"].gold, c["items"].got) == (2, 3, 3)
    assert (c["titles"].tp, c["titles"].gold, c["titles"].got) == (1, 2, 1)
    assert (c["dates"].tp, c["dates"].gold, c["dates"].got) == (1, 3, 3)
    assert (c["agencies"].tp, c["agencies"].gold, c["agencies"].got) == (1, 2, 1)
    assert (c["region"].tp, c["region"].gold, c["region"].got) == (1, 2, 3)
    assert (c["province"].tp, c["province"].gold, c["province"].got) == (2, 2, 3)
    assert (c["concepts"].tp, c["concepts"].gold, c["concepts"].got) == (1, 2, 2)
    assert (c["kind"].tp, c["kind"].gold, c["kind"].got) == (1, 3, 3)
    assert c["concepts"].f1 == pytest.approx(0.5)
    assert c["items"].precision == pytest.approx(2 / 3)
    misses = {str(m) for m in score(gold, got).misses}
    assert "dates: 深圳市商事主体电子印章管理暂行办法: expected 2021-01-08, got 2021-01-09" in misses
    assert "kind: 2月3日，芜湖市发布消息: expected news, got policy" in misses
    assert "items: 丙规定: expected found, got not found" in misses


def test_a_forwarding_notice_without_a_title_matches_by_what_it_forwards():
    gold = [Record(kind="policy", forwards=frozenset({title_key("甲方案")}), spans=((0, 4),), label="g")]
    elsewhere = Record(kind="policy", forwards=frozenset({title_key("甲方案")}), spans=((90, 99),), label="o")
    assert match(gold, [elsewhere]) == [(gold[0], elsewhere)]


def test_records_read_a_real_build_through_the_public_vocabulary(tmp_path):
    source = tmp_path / "one.txt"
    source.write_text("2021年1月8日，深圳市市场监督管理局印发《深圳市商事主体电子印章管理暂行办法》。\n", encoding="utf-8")
    (got,) = records(build([source], jobs=1, cache=False).to_rdflib())
    assert (got.kind, got.date, got.title, got.region) == ("policy", "2021-01-08", "深圳市商事主体电子印章管理暂行办法", "440300")
    assert "深圳市市场监督管理局" in got.agencies and "电子印章" in got.concepts
    start, end = got.spans[0]
    assert "深圳市市场监督管理局印发" in source.read_text(encoding="utf-8")[start:end]


def test_the_command_prints_a_table_and_ends_with_the_overall_line(tmp_path):
    _tiny_gold(tmp_path)
    out = subprocess.run([sys.executable, "-m", "benchmarks.extraction", "--corpus", str(tmp_path), "--misses"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0].startswith("document") and out[1].split()[:3] == ["doc", "3", "3"]  # the folder's own text is built
    assert out[-1].startswith("overall: items P ") and "equivalence F1" in out[-1]
    assert any(line.strip().startswith("concepts: doc: 2月3日") for line in out)


def test_the_command_refuses_a_broken_gold_file_in_one_line(tmp_path):
    (tmp_path / "x.gold.json").write_text("{", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "benchmarks.extraction", "--corpus", str(tmp_path)],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "x.gold.json" in run.stderr


def test_the_corpus_has_at_least_eight_documents_in_six_layouts():
    layouts = {load(p).layout for p in GOLD}
    assert len(GOLD) >= 8 and len(layouts) >= 6
    assert not (CORPUS / "2021-roundup.txt").exists()


@pytest.mark.parametrize("folder", UNSEEN, ids=lambda folder: folder.name)
def test_an_unseen_set_has_at_least_six_documents_in_layouts_of_their_own(folder):
    gold = sorted(folder.glob("*.gold.json"))
    layouts = {load(p).layout for p in gold}
    assert len(gold) >= 6 and len(layouts) == len(gold)
    assert not {p.name for p in gold} & {p.name for p in GOLD}


def test_equivalence_forwarding_and_numbers_count_per_item():
    key = title_key
    gold = [Record(kind="policy", title="甲", equivalence=True, forwards=frozenset({key("乙"), key("丙")}),
                   number="国办发〔2022〕3号", spans=((0, 5),), label="甲"),
            Record(kind="policy", title="丁", equivalence=True, spans=((10, 15),), label="丁")]
    got = [Record(kind="policy", title="甲", equivalence=True, forwards=frozenset({key("乙")}),
                  number="国办发[2022]3号", spans=((0, 9),), label="甲"),
           Record(kind="policy", title="丁", spans=((10, 15),), label="丁"),
           Record(kind="policy", title="戊", equivalence=True, forwards=frozenset({key("己")}), spans=((30, 35),), label="戊")]
    c = score(gold, got).counts
    assert (c["equivalence"].tp, c["equivalence"].gold, c["equivalence"].got) == (1, 2, 2)
    assert c["equivalence"].f1 == pytest.approx(0.5)
    assert (c["forwarding"].tp, c["forwarding"].gold, c["forwarding"].got) == (1, 2, 2)
    assert (c["numbers"].tp, c["numbers"].gold, c["numbers"].got) == (1, 1, 1)  # brackets' width aside


def test_titles_compare_as_their_keys_fold_them():
    gold = [Record(kind="policy", title="关於甲办法", spans=((0, 5),), label="g")]
    got = [Record(kind="policy", title="關于甲辦法", spans=((0, 5),), label="o")]
    c = score(gold, got).counts
    assert (c["titles"].tp, c["titles"].gold, c["titles"].got) == (1, 1, 1)


def test_a_titled_gold_item_is_not_taken_by_a_notice_that_only_forwards_it():
    gold = [Record(kind="policy", title="甲方案", spans=((0, 4),), label="g")]
    notice = Record(kind="policy", forwards=frozenset({title_key("甲方案")}), spans=((90, 99),), label="o")
    assert match(gold, [notice]) == [(gold[0], None), (None, notice)]
