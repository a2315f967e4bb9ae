"""Whole files through ``read_source``: encodings, bad input and dispatch, never raising."""

from __future__ import annotations

import os
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.read.sources import expand, read_source

ROUNDUP = ("2023年广西电子签章政策回顾\n2024-01-03\n\n一季度\n\n"
           "2月9日，广西壮族自治区人民政府办公厅印發《廣西電子證照管理辦法》。\n"
           "同日，南宁市行政审批局发布《南宁市电子印章应用指引》。\n")


def test_gb18030_roundup_states_its_encoding_and_reads_items():
    s = read_source("gx.txt", ROUNDUP.replace("印發《廣西電子證照管理辦法》", "印发《广西电子证照管理办法》").encode("gb18030"))
    assert s.encoding == "gb18030"
    assert (s.title, s.date) == ("2023年广西电子签章政策回顾", "2024-01-03")
    assert [(i.line, i.date, i.section) for i in s.items] == [(6, "2023-02-09", "一季度"), (7, "2023-02-09", "一季度")]


def test_big5_roundup_keeps_traditional_text():
    text = "2020年臺灣電子簽章政策\n\n國家層面\n\n據新華社5月8日消息，國務院印發《關於推進電子證照的意見》。\n"
    s = read_source("tw.txt", text.encode("big5"))
    assert s.encoding == "big5"
    assert [(i.line, i.date, i.section, i.text) for i in s.items] == [
        (5, "2020-05-08", "國家層面", "據新華社5月8日消息，國務院印發《關於推進電子證照的意見》。")]


def test_undecodable_bytes_are_reported_and_items_kept():
    data = ("2022年电子合同政策\n\n3月1日，江西省人民政府印发《江西省电子合同办法》。\n".encode("utf-8")
            + b"4\xe6\x9c\x88\xff2\xe6\x97\xa5\n"
            + "5月6日，南昌市人民政府印发《南昌市电子印章办法》。\n".encode("utf-8"))
    s = read_source("jx.txt", data)
    assert [(i.line, i.date) for i in s.items] == [(3, "2022-03-01"), (5, "2022-05-06")]
    assert (4, "undecodable bytes replaced (read as utf-8)") in s.problems


def test_a_hard_wrapped_roundup_is_read_by_its_paragraphs_at_the_file_lines():
    first = "2021年3月5日，甲省人民政府办公厅印发《甲省电子印章管理办法》，明确电子印章与实物印章具有同等法律效力，在全省推广使用。"
    second = "2021年4月8日，乙市人民政府办公室印发《乙市电子证照管理办法》，要求各部门在政务服务中推广应用电子证照和电子印章。"
    lines = ["电子印章政策回顾", ""] + [p[i:i + 24] for p in (first, second) for i in range(0, len(p), 24)]
    s = read_source("wrapped.txt", "\n".join(lines).encode())
    assert [(i.line, i.date, i.text) for i in s.items] == [(3, "2021-03-05", first), (6, "2021-04-08", second)]


def test_empty_bom_only_and_binary_files_are_reported_not_raised():
    for data in (b"", b" \r\n\n", b"\xef\xbb\xbf\n"):
        s = read_source("e.txt", data)
        assert (s.items, s.problems) == ([], [(0, "empty file")])
    for data in (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(1, 32)) * 20):
        s = read_source("b.txt", data)
        assert (s.items, s.problems) == ([], [(0, "binary file: not text, nothing read")])


def test_unknown_suffix_is_read_as_text_and_noted():
    s = read_source("notes.doc", "2021年\n\n1月5日，国务院印发《电子证照办法》。\n".encode("utf-8"))
    assert [(i.line, i.date) for i in s.items] == [(3, "2021-01-05")]
    assert s.problems == [(0, "unknown file type .doc: read as roundup text")]


def test_suffix_picks_the_records_reader():
    s = read_source("P.CSV", "标题,日期\n湖南省电子印章办法,2022-04-01\n".encode("gbk"))
    assert (s.encoding, [(i.line, i.date) for i in s.items]) == ("gb18030", [(2, "2022-04-01")])


def test_expand_lists_files_in_order_and_missing_paths(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "a.csv", ".hidden"):
        (tmp_path / name).write_text("x")
    files, skipped = expand([tmp_path, tmp_path / "none.txt"])
    assert files == [tmp_path / "a.csv", tmp_path / "b" / "2.txt"]
    assert skipped == [(tmp_path / "none.txt", "no such file or folder")]


def test_expand_leaves_out_the_output_folder_of_a_build(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "out" / "sources").mkdir(parents=True)
    for name in ("out/.policykg-lock", "out/rejects.csv", "out/sources/0a.txt"):
        (tmp_path / name).write_text("x")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "rejects.csv").write_text("x")  # a user's folder, without a build's lock
    files, _ = expand([tmp_path])
    assert files == [tmp_path / "a.txt", tmp_path / "notes" / "rejects.csv"]


def test_expand_names_every_path_it_skips_and_why(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "x.txt").write_text("x")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "linked.txt").symlink_to(tmp_path / "real" / "x.txt")
    os.mkfifo(tmp_path / "pipe")
    files, skipped = expand([tmp_path, tmp_path / "gone.txt"])
    assert files == [tmp_path / "linked.txt", tmp_path / "real" / "x.txt"]
    assert skipped == [(tmp_path / "gone.txt", "dangling link: its target does not exist"),
                       (tmp_path / "loop", "link to a folder, not followed"),
                       (tmp_path / "pipe", "not a regular file"),
                       (tmp_path / "gone.txt", "dangling link: its target does not exist")]


ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["x.txt", "x.csv", "x.tsv", "x.json", "x.jsonl", "x.bin"]),
       st.binary() | st.text().map(str.encode))
def test_arbitrary_bytes_never_raise(name, data):
    s = read_source(name, data)
    for item in s.items:
        assert item.start <= item.end
        assert item.date is None or ISO.fullmatch(item.date)
    assert all(isinstance(line, int) and line >= 0 for line, _ in s.problems)
