"""Slide outlines exported to text: slide titles are sections, the deck's frame and speaker notes
hold no items, dotted month dates lead the bullets. Each example is written for its rule."""

from __future__ import annotations

from graph.read.detect import slides
from graph.read.detect.dates import leading
from graph.read.detect.titles import heading
from graph.read.items import Source
from graph.read.roundup import read_roundup


def test_a_slide_title_is_its_number_and_a_tab_before_a_heading():
    assert slides.title("4\t二、电子印章管理") == 2
    assert slides.title("12\t小结") == 3
    assert slides.title("4 二、电子印章管理") is None  # no tab: a numbered line
    assert slides.title("4\t甲局\t2021-03-05") is None  # a row of a table
    assert slides.title("4\t2021年3月，甲局印发《乙办法》。") is None  # a dated entry


def test_the_frame_of_a_deck_cover_contents_summary_closing():
    assert slides.frame("1\t甲市电子证照工作汇报", 2)
    assert slides.frame("2\t目 录", 2) and slides.frame("9\t谢谢！", 2) and slides.frame("8\t总结与建议", 2)
    assert not slides.frame("3\t一、电子证照", 2)


def test_speaker_notes():
    assert slides.notes("备注：下页展开。")
    assert not slides.notes("备案管理办法")


def test_a_dotted_month_leads_an_entry_at_month_precision():
    mark = leading("2020.06 乙局印发《丙办法》")
    assert mark is not None and (mark.year, mark.month, mark.day, mark.end) == (2020, 6, None, 8)
    assert leading("2020.06") is None and leading("10.6万家单位") is None


def test_a_line_opening_with_its_date_is_no_heading():
    assert heading("《甲省电子证照条例》修正草案")
    assert not heading("• 2020.06 乙省常委会修正《甲省电子证照条例》")


def test_a_deck_gives_one_item_per_dated_bullet_and_none_for_its_frame():
    text = ("1\t甲市政策简报\n\t办公室\n\t2024.05 · 内部\n\n2\t目录\n\t• 一、电子证照\n\n"
            "3\t一、电子证照\n\t• 2020.6.2 甲市人民政府印发《甲市电子证照管理办法》\n\t\t– 电子证照与纸质证照具有同等法律效力\n"
            "\t\t– 2021.3.1 甲市人民政府令第9号《甲市人民政府关于修改部分规章的决定》修改第五条\n"
            "\t• 2022.04 甲市数据局发布《甲市电子证照应用指引》\n\t备注：第二版为2023年。\n\n"
            "4\t要点小结\n\t• 2023.1 起统一使用电子证照\n\n5\t谢谢！\n")
    source = Source(name="t.txt", sha="0", encoding="utf-8", text=text)
    read_roundup(source)
    assert [(i.date, i.text.split("\n")[0]) for i in source.items] == [
        ("2020-06-02", "• 2020.6.2 甲市人民政府印发《甲市电子证照管理办法》"),
        ("2021-03-01", "– 2021.3.1 甲市人民政府令第9号《甲市人民政府关于修改部分规章的决定》修改第五条"),
        ("2022-04", "• 2022.04 甲市数据局发布《甲市电子证照应用指引》")]
    assert "纸质证照" in source.items[0].text  # its sub-bullet is its own
    assert "备注：第二版为2023年。" in source.description
