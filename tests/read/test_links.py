"""Markdown links: their text is read, their address is not, a title-like text is a 《title》."""

from graph.read.links import linked_titles
from graph.read.marks import is_title, quoted_titles
from graph.text import normalize


def _read(text: str) -> str:
    return quoted_titles(normalize(text))


def test_a_link_shows_its_text_only_at_the_same_offsets() -> None:
    text = "- [《甲省电子证照管理办法》](http://example.org/2020/05/28/a.html) — 甲省人民政府办公厅"
    read = _read(text)
    assert len(read) == len(text)
    assert "《甲省电子证照管理办法》" in read and "http" not in read and "2020" not in read and "](" not in read


def test_a_link_text_that_reads_as_a_title_is_one() -> None:
    read = _read("* 2021-01-05 [乙市电子印章管理办法](http://example.org/1.htm)")
    assert "《乙市电子印章管理办法》" in read


def test_a_title_inside_a_linked_title_is_nested() -> None:
    read = _read("- [丙部关于修改《丙部办理事项程序规定》的决定](http://example.org/2.htm)")
    assert "《丙部关于修改〈丙部办理事项程序规定〉的决定》" in read


def test_a_link_text_that_is_no_title_stays_words() -> None:
    read = _read("- [某某库](https://example.org/repo) — 开源读写库")
    assert "《" not in read and "某某库" in read


def test_badges_and_links_within_the_page_show_nothing() -> None:
    text = "# 清单 [![徽章](https://example.org/badge.svg)](https://example.org)\n- [地方文件](#地方文件)"
    read = _read(text)
    assert read.split("\n")[0].strip() == "# 清单" and read.split("\n")[1].strip() == "-"


def test_a_text_without_links_is_left_as_it_is() -> None:
    norm = normalize("甲局印发[2021]1号文件(试行)")
    assert linked_titles(norm, is_title) is norm


def test_a_heading_shows_its_words_without_badges_or_addresses() -> None:
    from graph.read.detect.sections import plain
    from graph.read.links import shown

    assert plain("# 甲省清单 [![徽章](https://example.org/b.svg)](https://example.org)") == "甲省清单"
    assert shown("见 [贡献指南](#贡献指南) 与 [乙办法](http://example.org/x)") == "见 与 乙办法"
