"""Date anchors: the date an entry opens with, a date or month alone on a line, a trailing date."""

from __future__ import annotations

from graph.read.detect.dates import (DateMark, byline, cell, date_line, issued, leading, month_line, opening, published_of, stated, titled,
                                     trailing, value, within)
from graph.text import normalize


def test_leading_dates_cover_the_lead():
    text = normalize("【2021年8月6日】国务院印发《甲》")
    mark = leading(text)
    assert (mark.year, mark.month, mark.day) == (2021, 8, 6)
    assert text[mark.end:] == "国务院印发《甲》"


def test_leading_month_same_day_and_same_month():
    assert leading("4月，江苏省印发《甲》") == DateMark(0, 2 + 1, None, 4, None)
    assert leading("同日，商务部发布《乙》").same == "day"
    assert leading("当月，商务部发布《乙》").same == "month"
    assert leading("十一月，商务部发布《乙》").month == 11


def test_a_start_and_a_year_lead_an_activity():
    assert leading("从2015年起，甲局便开始推进") == DateMark(0, 8, 2015, 0, None)
    assert leading("自2019年3月起，甲局部署") == DateMark(0, 10, 2019, 3, None)
    assert (leading("从5月6日起，甲局启动").month, leading("从5月6日起，甲局启动").day) == (5, 6)
    assert leading("自2022年1月1日起，《甲办法》施行。") is None  # a document taking effect: not its date
    assert (leading("5月6日起，甲局启动").month, leading("5月6日起，甲局启动").day) == (5, 6)  # without 从
    assert leading("5月6日起，《甲办法》施行。") is None
    assert leading("同日起，乙局启动").same == "day"
    assert leading("早在2019年3月，甲局着手开展") == DateMark(0, 10, 2019, 3, None)
    assert leading("2018年，部署各地推进") == DateMark(0, 6, 2018, 0, None)
    assert leading("2018年度报告") is None


def test_a_year_set_apart_by_a_wide_gap_leads_its_entry():
    assert leading("2019年\u3000甲省人民政府印发《乙》") == DateMark(0, 6, 2019, 0, None)
    assert leading(normalize("- **2019年**　某局发布《丙》")[2:]).year == 2019  # bold, as Markdown writes it
    assert leading("2019年  某市财政局发布《丙》").year == 2019
    assert leading("2019年 全市政务公开工作要点") is None  # one space: a title's year
    assert leading("2019年\u300012月5日，某局发布").day == 5  # a whole date, not its year alone
    assert leading("2019年度\u3000工作报告") is None


def test_a_subject_dated_after_yu():
    text = "该平台于2022年4月上线，截至目前"
    mark = stated(text)
    assert (mark.year, mark.month, mark.day) == (2022, 4, None) and text[mark.start:mark.end] == "2022年4月"
    assert stated("乙市于5月8日启动").day == 8
    assert stated("甲市发布通知，要求于2022年4月前完成") is None
    assert stated("全市共有企业520家") is None


def test_a_since_clause_is_dated_by_the_document_written_right_after_its_date():
    assert leading("自2015年《甲意见》提出推广电子证照起") == DateMark(0, 6, 2015, 0, None, passing=True)
    assert leading("从2018年6月《乙办法》施行以来") == DateMark(0, 8, 2018, 6, None)
    assert leading("自2022年5月1日起，《丙办法》施行") is None  # the day it takes effect, no document's date


def test_date_in_passing_opens_nothing_but_opens_a_paragraph_about_a_title():
    assert leading("2019年4月26日发布的《规定》中") is None
    mark = opening("2019年4月26日发布的《规定》中")
    assert (mark.year, mark.month, mark.day) == (2019, 4, 26)


def test_date_lines_and_month_lines():
    assert date_line("3月6日(周五)").day == 6
    assert date_line(normalize("【3月4日】")).month == 3
    assert date_line("3月4日，国务院印发《甲》") is None
    assert (month_line(normalize("【2019年12月】")).year, month_line(normalize("【2019年12月】")).month) == (2019, 12)
    assert month_line("一月").month == 1 and month_line("3月份").month == 3
    assert month_line("十三月") is None


def test_trailing_dates_after_the_title_or_at_the_end():
    assert trailing("国务院印发《甲》(国办发[2022]3号，2022年1月20日)").day == 20
    assert trailing("国务院印发《甲》，发布日期：2020-06-03").month == 6
    assert trailing("国务院印发《甲》 2020.06.03").year == 2020
    assert trailing("甲省召开电子证照推进会2022-01-20").day == 20  # a list entry's date cell run on
    assert trailing("甲省电子证照规划2021-2025") is None and trailing("甲省召开推进会2022-01-20以来") is None
    assert trailing("《甲》(2020年5月)").day is None
    assert trailing("国务院印发《甲》，推进电子证照应用") is None


def test_a_date_in_the_clause_naming_the_issuer_after_the_title():
    assert trailing("《甲办法》，2021年1月由乙局发布。")[2:5] == (2021, 1, None)
    assert trailing("《甲办法》，2020年3月5日由乙省人民政府印发")[2:5] == (2020, 3, 5)
    assert trailing("《甲办法》，2021年1月1日起由乙局施行") is None  # from when it applies, not its date


def test_a_date_between_the_issuer_and_its_action():
    mark = issued(normalize("甲市人民政府办公室2019年4月2日印发《甲市电子证照办法》"))
    assert mark is not None and (mark.year, mark.month, mark.day) == (2019, 4, 2)
    mark = issued(normalize("乙省数据局于3月5日发布《乙省指引》，推进应用"))
    assert mark is not None and (mark.year, mark.month, mark.day) == (None, 3, 5)
    assert issued(normalize("甲市人民政府办公室印发《甲办法》，自2019年4月2日起施行")) is None
    assert issued(normalize("为落实2019年4月2日会议精神，《甲办法》印发")) is None


def test_a_year_in_brackets_after_the_issuer_dates_its_citation_by_the_year():
    mark = issued(normalize("甲省数据局（2019）印发《甲省电子证照办法》"))
    assert mark is not None and (mark.year, mark.month, mark.day) == (2019, 0, None)
    assert issued(normalize("乙部、丙局(2021)联合发布《乙指引》")).year == 2021
    assert issued(normalize("甲局印发《甲办法（2019年修订）》")) is None  # a year inside the title is the title's
    assert issued(normalize("乙省（2020）出台的《乙省办法》")).year == 2020  # a place cited for its issuer


def test_a_byline_names_the_publishing_body_and_its_day():
    found = byline(normalize("甲市数据局zwdsj.example.gov.cn 时间:2022-12-30 来源:政务中心"))
    assert found is not None and found[0] == (0, 5) and (found[1].year, found[1].month, found[1].day) == (2022, 12, 30)
    assert byline(normalize("发布时间：2022-12-30")) is None  # no body: an article date
    assert byline(normalize("甲市数据局印发《乙》，时间：2021-01-01")) is None


def test_cells_in_any_form():
    assert value("二〇二一年十一月十七日") == "2021-11-17"
    assert value("2020年5月") == "2020-05"
    assert value("2020/7/1") == "2020-07-01"
    assert value("3月5日") is None and value("下月") is None
    assert within("自2021年1月起，2021年3月5日施行").day == 5


def test_the_day_right_after_a_reports_opening_title_dates_that_document():
    mark = titled("(记者 张三)《甲省电子证照办法》5月30日公布。")
    assert mark is not None and (mark.month, mark.day) == (5, 30)
    assert titled("《甲办法》2021年3月1日起施行") is None and titled("甲局5月30日公布《乙》") is None


def test_same_day_written_after_the_body_acting():
    from graph.read.detect.dates import stated

    mark = stated("乙局同日对《办法》进行解读。")
    assert mark is not None and mark.same == "day"
    assert stated("乙局同意对《办法》进行解读。") is None
    assert stated("乙局当天发布解读。") is not None


def test_a_day_alone_and_in_the_same_period_lead_a_clause():
    assert leading("30日以市政府令第9号公布") == DateMark(0, 3, None, 0, 30)
    assert leading("8日，某局印发《甲》") == DateMark(0, 3, None, 0, 8)
    assert leading("同期，某局对《甲》作出解读") == DateMark(0, 3, same="month")
    assert leading("30日内办结") is None and leading("5日起施行") is None and leading("10日后生效") is None
    assert leading("同期相比增长一成") is None  # a comparison, no date


def test_a_date_cell_holds_a_day_a_month_or_a_year_alone():
    assert cell("2018年9月26日") == DateMark(0, 10, 2018, 9, 26)
    assert cell("2018年10月") == DateMark(0, 8, 2018, 10, None)
    assert cell("2018年") == DateMark(0, 5, 2018, 0, None) and cell("2018") == DateMark(0, 4, 2018, 0, None)
    assert cell("近期") is None


def test_a_document_named_as_published_that_day_opening_the_entry_is_of_that_day():
    mark = published_of("2021年3月5日印发的《甲办法》，明确效力。")
    assert mark is not None and (mark.year, mark.month, mark.day) == (2021, 3, 5)
    assert published_of("2021年3月5日印发《甲办法》。") is None  # a lead, read by leading
    assert published_of("甲局2021年3月5日发布的《甲办法》") is None
