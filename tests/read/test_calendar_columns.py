"""Completing dates from context, and the one table of column names."""

from __future__ import annotations

from graph.read.calendar import Calendar
from graph.read.columns import closing, column_field, fields_of
from graph.read.detect.dates import DateMark


def test_year_from_context_and_rollover_only_for_inferred_years():
    problems: list[tuple[int, str]] = []
    cal = Calendar(year=2023)
    assert cal.resolve(DateMark(0, 0, None, 12, 28), problems, 1) == "2023-12-28"
    assert cal.resolve(DateMark(0, 0, None, 1, 5), problems, 2) == "2024-01-05"
    assert [line for line, _ in problems] == [2]
    written = Calendar(year=2021)
    assert written.resolve(DateMark(0, 0, 2021, 11, 3), problems, 3) == "2021-11-03"
    assert written.resolve(DateMark(0, 0, None, 3, None), problems, 4) == "2021-03"  # out of order, same year


def test_a_year_read_in_passing_is_no_context_of_the_dates_after_it_a_year_lead_is():
    problems: list[tuple[int, str]] = []
    cal = Calendar(year=2023)
    assert cal.resolve(DateMark(0, 0, 2015, 0, None, passing=True), problems, 1) == "2015"  # 自2015年《X》…起
    assert cal.resolve(DateMark(0, 0, None, 6, 1), problems, 2) == "2023-06-01"
    assert cal.resolve(DateMark(0, 0, 2018, 0, None), problems, 3) == "2018"  # 2018年，部署…
    assert cal.resolve(DateMark(0, 0, None, 3, 2), problems, 4) == "2018-03-02"
    assert problems == []


def test_same_day_and_unresolvable_dates():
    problems: list[tuple[int, str]] = []
    cal = Calendar()
    assert cal.resolve(DateMark(0, 0, same="day"), problems, 1) is None
    assert cal.resolve(DateMark(0, 0, None, 4, 27), problems, 2) is None
    assert cal.resolve(DateMark(0, 0, 2023, 2, 30), problems, 3) is None
    assert [line for line, _ in problems] == [2, 3]
    cal.last = "2023-05-06"
    assert cal.resolve(DateMark(0, 0, same="day"), problems, 4) == "2023-05-06"
    assert cal.resolve(DateMark(0, 0, same="month"), problems, 5) == "2023-05"


def test_a_year_only_date_and_a_new_article():
    problems: list[tuple[int, str]] = []
    cal = Calendar(year=2020, page=2020)
    assert cal.resolve(DateMark(0, 0, 2017, 0, None), problems, 1) == "2017"
    cal.new_article(None)
    assert cal.resolve(DateMark(0, 0, None, 8, 18), problems, 2) is None and cal.last is None
    cal.new_article(cal.page)
    assert cal.resolve(DateMark(0, 0, None, 8, 18), problems, 3) == "2020-08-18"


def test_another_places_entry_takes_the_year_of_its_section_or_page_not_the_entry_before():
    problems: list[tuple[int, str]] = []
    cal = Calendar(year=None, page=None)
    assert cal.resolve(DateMark(0, 0, 2017, 4, 24), problems, 1) == "2017-04-24"
    cal.new_place()
    assert cal.resolve(DateMark(0, 0, None, 4, 9), problems, 2) is None  # no year on the page
    cal.last = "2017-04-24"
    cal.new_place()
    assert cal.resolve(DateMark(0, 0, same="day"), problems, 3) == "2017-04-24"  # 同日 repeats the entry before
    cal = Calendar(year=2020, page=2020)
    cal.section = 2019
    assert cal.resolve(DateMark(0, 0, 2017, 4, 24), problems, 4) == "2017-04-24"
    cal.new_place()
    assert cal.resolve(DateMark(0, 0, None, 4, 9), problems, 5) == "2019-04-09"


def test_column_names_in_many_spellings():
    assert [column_field(n) for n in ("文件名称", "政策名称", "標題", " 发布 机构 ", "印发单位", "成文日期", "发文字号", "要点", "序号")] == [
        "title", "title", "title", "agency", "agency", "date", "number", "text", "ordinal"]
    assert column_field("阅读量") is None


def test_a_cell_that_says_it_is_empty_is_no_value():
    assert fields_of({"名称": "甲办法", "文号": "—", "备注": "无", "发文机关": " / ", "日期": "N/A"}) == {"title": "甲办法"}
    assert fields_of({"名称": "甲办法", "文号": "甲发〔2021〕1号"}) == {"title": "甲办法", "number": "甲发〔2021〕1号"}


def test_fields_of_a_record_first_filled_column_wins():
    assert fields_of({"序号": 1, "名称": "甲办法", "日期": "", "发布日期": "2021-03-05", "发文机关": ["甲部", "乙部"]}) == {
        "title": "甲办法", "date": "2021-03-05", "agency": "甲部、乙部"}


def test_pinyin_initials_of_open_data_exports_name_the_same_columns():
    names = ("wjmc", "fbjg", "fwzh", "cwrq", "fbrq", "sxrq", "yxx", "xzqh", "zy", "ztfl", "xxsyh", "WJMC", "有效性", "行政区划")
    assert [column_field(n) for n in names] == ["title", "agency", "number", "date", "published", "in_force", "status",
                                                "region", "text", "topic", "index", "title", "status", "region"]
    assert column_field("lyly") is None and column_field("uuid") is None  # a source (来源) is no issuer


def test_a_register_and_a_timeline_name_their_columns_their_own_way():
    names = ("公文标题", "来文单位", "签发日期", "公文编号", "密级", "时间", "事件")
    assert [column_field(n) for n in names] == ["title", "agency", "date", "number", "access", "date", "text"]


def test_a_classification_column_is_known_but_never_read():
    assert fields_of({"序号": "1", "公文标题": "甲办法", "密级": "内部"}) == {"title": "甲办法"}


def test_a_serial_day_number_in_a_date_column_is_its_day():
    assert fields_of({"标题": "甲办法", "签发日期": "44098"})["date"] == "2020-09-24"
    assert fields_of({"标题": "甲办法", "份数": "44098"}) == {"title": "甲办法"}  # a number elsewhere is no date


def test_a_totals_row_and_an_export_footer_close_a_table():
    assert closing("合计") and closing("合計") and closing("总计：12件") and closing("导出时间：2024/1/2 9:30") and closing("制表人: 张三")
    assert not closing("1") and not closing("合计划") and not closing("甲办法") and not closing("导出数据管理办法")


def test_a_day_alone_is_of_the_month_before_and_needs_one():
    problems: list[tuple[int, str]] = []
    cal = Calendar()
    assert cal.resolve(DateMark(0, 0, 2018, 9, 26), problems, 1) == "2018-09-26"
    assert cal.resolve(DateMark(0, 0, None, 0, 30), problems, 1) == "2018-09-30"
    assert cal.resolve(DateMark(0, 0, 2020, 6, None), problems, 2) == "2020-06"
    assert cal.resolve(DateMark(0, 0, None, 0, 8), problems, 2) == "2020-06-08"
    assert problems == []
    assert cal.resolve(DateMark(0, 0, 2021, 0, None), problems, 3) == "2021"
    assert cal.resolve(DateMark(0, 0, None, 0, 8), problems, 3) is None  # a year gives no month
    assert problems == [(3, "date 8日 has no month and none is given by the date before")]
