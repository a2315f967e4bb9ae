"""The perturbed corpus (``--perturb``) rewrites what it says, moves the gold along with the text,
and is the same every run."""

from __future__ import annotations

import subprocess
import sys

import pytest

from benchmarks.extraction.gold import documents, title_key
from benchmarks.extraction.perturb import PERTURBATIONS, Edit, encoded, moved, perturb, perturbed, rewrite
from benchmarks.measure import ROOT
from graph.read.decode import decode
from graph.text import as_read, one_line

DOCS = documents()


def test_an_insertion_at_a_span_boundary_stays_outside_the_span():
    r = rewrite("甲《乙丙》丁", [Edit(1, 1, "\n"), Edit(5, 5, "\n"), Edit(3, 3, " ")])
    assert r.text == "甲\n《乙 丙》\n丁"
    s, e = r.span(1, 5)
    assert r.text[s:e] == "《乙 丙》"


def test_a_replaced_stretch_maps_to_its_replacement():
    r = rewrite("2021年1月5日发布", [Edit(0, 9, "2021-1-5")])
    assert r.text[slice(*r.span(0, 9))] == "2021-1-5"
    assert r.text[slice(*r.span(9, 11))] == "发布"


def test_overlapping_edits_keep_the_first():
    assert rewrite("abc", [Edit(0, 2, "X"), Edit(1, 3, "Y")]).text == "Xc"


@pytest.mark.parametrize("name", sorted(PERTURBATIONS))
def test_every_perturbed_gold_item_stands_in_its_perturbed_text(name, tmp_path):
    changed = 0
    for doc in DOCS:
        copy = perturbed(doc, name, tmp_path)  # raises GoldError if an anchor or a title is lost
        changed += copy.text != doc.text
        assert decode((tmp_path / copy.name).read_bytes()).text == as_read(copy.text)  # what the reader keeps
        for item in doc.items:
            shifted, start = moved(item, doc.text, perturb(name, doc.name, doc.text))
            assert copy.text.startswith(shifted["text"], start)
            if item.get("title"):
                assert shifted["title"] in one_line(as_read(copy.text))
    assert changed or name == "gb18030"


def test_titles_follow_the_perturbation_and_compare_as_the_scorer_folds_them():
    text = "2021年1月5日，甲市印发《关于乙，丙的通知》。\n"
    item = {"text": "2021年1月5日", "kind": "policy", "title": "关于乙，丙的通知"}
    assert moved(item, text, perturb("ascii-punct", "d.txt", text))[0]["title"] == "关于乙,丙的通知"
    broken, _ = moved(item, text, perturb("title-breaks", "d.txt", text))
    assert broken["title"] == item["title"]  # a line break is layout: the title reads without it
    traditional, _ = moved(item, text, perturb("traditional", "d.txt", text))
    assert traditional["title"] == "關於乙，丙的通知" and title_key(traditional["title"]) == title_key(item["title"])


def test_each_perturbation_is_seeded_by_its_name_and_the_documents():
    text = DOCS[0].text
    assert perturb("invisible", "a.txt", text) == perturb("invisible", "a.txt", text)
    assert perturb("invisible", "a.txt", text).text != perturb("invisible", "b.txt", text).text


def test_records_only_take_what_keeps_their_cells_and_the_bytes_carry_the_encoding():
    text = "序号,名称\n1,《甲，乙》\n"
    assert perturb("ascii-punct", "r.csv", text).text == text
    assert encoded("bom-crlf", "甲").startswith(b"\xef\xbb\xbf")
    assert encoded("gb18030", "甲") == "甲".encode("gb18030")


def test_the_command_scores_perturbations_beside_the_clean_run():
    out = subprocess.run([sys.executable, "-m", "benchmarks.extraction", "prose", "--perturb", "traditional", "wrapped"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout.splitlines()
    rows = [line.split()[0] for line in out[1:5]]
    assert rows == ["clean", "traditional", "wrapped", "perturbed"]
    assert out[-2].startswith("clean overall: items P ") and out[-1].startswith("perturbed overall: items P ")
