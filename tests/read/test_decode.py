"""Encodings: detected and stated, undecodable bytes reported by line, never fatal."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from graph.read.decode import Decoded, decode, line_spans

SIMPLIFIED = "2022年江苏省电子印章政策\n3月4日，江苏省人民政府办公厅印发《江苏省电子证照管理办法》。\n"
TRADITIONAL = "2022年江蘇省電子印章政策\n3月4日，江蘇省人民政府辦公廳印發《江蘇省電子證照管理辦法》。\n"


def test_utf8():
    assert decode(SIMPLIFIED.encode("utf-8")) == Decoded(SIMPLIFIED, "utf-8", ())


def test_utf8_with_bom_drops_the_bom():
    d = decode(b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"))
    assert (d.text, d.encoding, d.bad_lines) == (SIMPLIFIED, "utf-8-sig", ())


def test_utf16_with_bom():
    d = decode(TRADITIONAL.encode("utf-16"))
    assert (d.text, d.encoding) == (TRADITIONAL, "utf-16")


def test_gbk_and_gb18030_read_as_gb18030():
    assert decode(SIMPLIFIED.encode("gbk")) == Decoded(SIMPLIFIED, "gb18030", ())
    assert decode(SIMPLIFIED.encode("gb18030")) == Decoded(SIMPLIFIED, "gb18030", ())


def test_big5():
    assert decode(TRADITIONAL.encode("big5")) == Decoded(TRADITIONAL, "big5", ())


def test_short_texts_valid_in_both_chinese_codecs():
    assert decode("電子簽章".encode("big5")).text == "電子簽章"
    assert decode("臺灣".encode("big5")).text == "臺灣"
    assert decode("电子签章".encode("gbk")).text == "电子签章"
    assert decode("广东省人民政府".encode("gbk")).text == "广东省人民政府"


def test_undecodable_bytes_are_replaced_and_their_lines_reported():
    data = "第一行\n第二行".encode("utf-8") + b"\xff\n\xe7\xad\n" + "第四行\n".encode("utf-8")
    d = decode(data)
    assert d.encoding == "utf-8"
    assert d.text == "第一行\n第二行\ufffd\n\ufffd\n第四行\n"
    assert d.bad_lines == (2, 3)


def test_line_spans_count_every_kind_of_line_break():
    assert line_spans("a\r\nbc\rd\n") == [(0, 1), (3, 5), (6, 7), (8, 8)]


@given(st.binary())
def test_arbitrary_bytes_never_raise(data):
    d = decode(data)
    assert all(1 <= line <= len(line_spans(d.text)) for line in d.bad_lines)


def test_what_shows_nothing_is_dropped_and_keyboard_title_marks_read_as_titles():
    found = decode("2021\u200b年1月5日，印发<<甲办法>>\ufeff".encode("utf-8"))
    assert found.text == "2021年1月5日，印发《甲办法》" and found.encoding == "utf-8"
