"""Text as it arrives: characters that show nothing, keyboard title marks, titles marked with
other angles and titles broken over lines read like the plain forms. Each example is written for its rule."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.text import as_read, normalize, one_line, sentences, title_marks


def test_zero_width_characters_and_an_inner_bom_are_dropped():
    assert as_read("20\u200b21年3\u200c月5日，电子\u2060签名\ufeff法\u00ad") == "2021年3月5日，电子签名法"


def test_line_ends_are_read_as_lf():
    assert as_read("甲。\r\n\r\n乙。\r丙") == "甲。\n\n乙。\n丙"


def test_doubled_angles_are_the_title_marks_a_keyboard_lacks():
    assert as_read("印发<<甲办法>>和＜＜乙规定＞＞") == "印发《甲办法》和《乙规定》"
    assert as_read("〈〈丙方案〉〉") == "《丙方案》"
    assert as_read("a <<< b") == "a <<< b"  # a run of three is no title mark
    assert as_read("印发《甲》") == "印发《甲》"


def test_an_angle_title_outside_any_title_is_a_title():
    assert normalize("省政府印发<甲办法>，推广电子签名") == "省政府印发《甲办法》，推广电子签名"
    assert normalize("印发〈乙规定〉") == "印发《乙规定》"
    assert normalize("《关于转发〈丙办法〉的通知》") == "《关于转发〈丙办法〉的通知》"  # nested stays nested


def test_title_marks_keep_every_offset():
    text = "《甲〈乙〉》〈丙〉\n〈丁"
    assert len(title_marks(text)) == len(text) and title_marks(text) == "《甲〈乙〉》《丙》\n〈丁"


def test_a_title_broken_over_lines_reads_as_one_line():
    assert one_line("关于印发\n电子签章管理办法的通知") == "关于印发电子签章管理办法的通知"
    assert one_line("Electronic \r\nSignatures 法") == "Electronic Signatures 法"
    assert one_line("甲办法") == "甲办法"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("<>＜＞〈〉《》\u200b\ufeff\n\r 甲乙a1") | st.characters(codec="utf-8"), max_size=40))
def test_the_readings_never_raise_and_normalize_keeps_the_length(text):
    assert len(normalize(text)) == len(text)
    assert len(as_read(text)) <= len(text)
    assert "\n" not in one_line(text) and "\r" not in one_line(text)


def test_a_line_indented_to_go_on_with_the_one_above_is_the_same_sentence():
    text = "- 甲法规定可靠的电子签名\n  与手写签名具有同等效力。\n  - 2021年修正\n乙"
    assert [text[a:b] for a, b in sentences(text)] == [
        "- 甲法规定可靠的电子签名\n  与手写签名具有同等效力。", "  - 2021年修正\n", "乙"]
