"""Footnotes: the day and number a digest's note gives its entry, on short texts written for the rule."""

from __future__ import annotations

from graph.read.footnotes import cite, notes
from graph.read.items import RawItem
from graph.text import normalize


def _notes(*lines: str):
    return notes((line, normalize(line)) for line in lines)


def _item(text: str, date: str | None = None) -> RawItem:
    return RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, date=date)


def test_a_note_gives_its_undated_entry_its_day_and_number():
    found = _notes("[1] 甲办发〔2021〕5号，2021年3月4日印发。", "[2] 据公开报道整理。")
    item = _item("1. 甲省人民政府办公厅印发《甲办法》[1]。")
    cite([item], found, 2024)
    assert item.date == "2021-03-04" and item.fields["number"] == "甲办发〔2021〕5号"


def test_a_dateline_note_is_dated_in_the_texts_year_and_an_entrys_own_day_takes_the_notes_year():
    found = _notes("[1] 新华社北京6月9日电。", "[2] 2019年6月12日甲日报报道。")
    first, second = _item("甲局负责人答记者问[1]。"), _item("《乙办法》5月26日公布[2]，明确效力。")
    cite([first, second], found, 2024)
    assert (first.date, second.date) == ("2024-06-09", "2019-05-26")


def test_a_note_telling_a_later_report_dates_nothing_and_a_dated_entry_keeps_its_day():
    found = _notes("[1] 甲网站政策解读，2021年8月13日。", "[2] 2020年1月2日印发。")
    first, second = _item("甲市印发《甲办法》[1]。"), _item("乙市印发《乙办法》[2]。", "2020-01-05")
    cite([first, second], found, 2024)
    assert (first.date, second.date) == (None, "2020-01-05")


def test_one_bracketed_number_is_no_list_of_notes():
    assert _notes("[1] 2021年3月4日印发。", "正文") == {}


def test_a_number_the_entry_writes_after_its_title_is_kept_one_after_a_cited_title_is_not_its_own():
    found = _notes("[1] 甲办发〔2021〕5号。", "[2] 乙办发〔2021〕6号。")
    first = _item("甲市印发《甲办法》（甲发〔2020〕1号）[1]。")
    second = _item("乙市印发《乙办法》[2]，根据《丙办法》（丙发〔2017〕3号）制定。")
    cite([first, second], found, 2024)
    assert "number" not in first.fields and second.fields["number"] == "乙办发〔2021〕6号"
