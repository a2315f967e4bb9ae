"""Roundup segmentation: one example per layout the reader must handle (none taken from the seed)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.read.items import Source
from graph.read.roundup import read_roundup

ISO = re.compile(r"\d{4}(?:-\d{2}){0,2}")


def read(text: str) -> Source:
    source = Source(name="t.txt", sha="0", encoding="utf-8", text=text)
    read_roundup(source)
    return source


def summary(source: Source) -> list[tuple[int, str | None, str | None]]:
    return [(i.line, i.date, i.section) for i in source.items]


def assert_spans(source: Source) -> None:
    for item in source.items:
        assert source.text[item.start:item.end] == item.text


def test_date_lines_under_month_headers():
    s = read("2019年广东省电子印章政策盘点\n2019-12-30\n\n本文梳理全年政策。\n\n一月\n\n1月9日\n\n"
             "广州市政务服务数据管理局发布《广州市电子印章管理办法》，明确适用范围。\n\n1月22日\n\n"
             "江门市人民政府印发《江门市电子证照应用规定》。\n")
    assert s.title == "2019年广东省电子印章政策盘点"
    assert s.date == "2019-12-30"
    assert s.description == ["本文梳理全年政策。"]
    assert summary(s) == [(10, "2019-01-09", None), (14, "2019-01-22", None)]
    assert s.items[1].text == "江门市人民政府印发《江门市电子证照应用规定》。"
    assert s.problems == []
    assert_spans(s)


def test_continuation_paragraph_stays_and_other_issuer_is_new_item():
    s = read("2022年四川电子合同政策汇总\n\n3月4日\n\n四川省人民政府办公厅印发《四川省电子证照管理办法》。\n\n"
             "办法共五章，与《四川省政务服务条例》相衔接。\n\n"
             "成都市市场监督管理局发布《成都市电子营业执照应用指引》。\n")
    assert summary(s) == [(5, "2022-03-04", None), (9, "2022-03-04", None)]
    assert s.items[0].text == ("四川省人民政府办公厅印发《四川省电子证照管理办法》。\n\n"
                               "办法共五章，与《四川省政务服务条例》相衔接。")
    assert s.items[1].text == "成都市市场监督管理局发布《成都市电子营业执照应用指引》。"
    assert_spans(s)


def test_inline_dates_with_year_from_headline():
    s = read("2023年浙江省电子签章政策回顾\n\n"
             "2023年3月15日，浙江省人民政府办公厅印发《浙江省电子印章管理办法》。\n"
             "4月27日，杭州市数据资源管理局发布《杭州市电子证照共享应用规范》。\n"
             "据新华社5月8日消息，国家税务总局推广全面数字化电子发票。\n"
             "同日，宁波市人民政府发布《宁波市数字政府建设方案》。\n")
    assert summary(s) == [(3, "2023-03-15", None), (4, "2023-04-27", None),
                          (5, "2023-05-08", None), (6, "2023-05-08", None)]
    assert s.items[2].text == "据新华社5月8日消息，国家税务总局推广全面数字化电子发票。"
    assert_spans(s)


def test_year_from_article_date_when_headline_has_none():
    s = read("电子劳动合同政策一览\n2024-02-01\n\n1月18日，江苏省人力资源和社会保障厅印发《江苏省电子劳动合同管理办法》。\n")
    assert s.date == "2024-02-01"
    assert summary(s) == [(4, "2024-01-18", None)]


def test_numbered_lists_with_inline_or_trailing_dates():
    s = read("2020年上海市电子合同政策梳理\n\n"
             "1. 2020年2月10日，上海市人力资源和社会保障局发布《关于推行电子劳动合同的通知》。\n"
             "2. 上海市大数据中心印发《上海市电子证照管理暂行办法》（2020年6月3日）\n"
             "（一）上海市财政局发布《上海市电子票据管理办法》（2020年7月1日）\n"
             "三、上海市人民政府办公厅印发《上海市数字政府建设方案》(2020年9月21日)\n")
    assert summary(s) == [(3, "2020-02-10", None), (4, "2020-06-03", None),
                          (5, "2020-07-01", None), (6, "2020-09-21", None)]
    assert s.items[3].text == "三、上海市人民政府办公厅印发《上海市数字政府建设方案》(2020年9月21日)"
    assert_spans(s)


def test_section_headers_name_the_section():
    s = read("2022年电子签名政策汇编\n\n一、国家层面\n\n1月12日，国务院印发《“十四五”数字经济发展规划》。\n\n"
             "二、地方层面\n\n第一季度\n\n2月8日，福建省人民政府办公厅印发《福建省电子证照应用管理办法》。\n\n"
             "上半年：\n\n6月2日，厦门市人民政府发布《厦门市电子印章管理办法》。\n")
    assert summary(s) == [(5, "2022-01-12", "国家层面"), (11, "2022-02-08", "第一季度"),
                          (15, "2022-06-02", "上半年")]


def test_year_header_sets_the_year():
    s = read("近年电子签章政策盘点\n\n2022年\n\n5月6日，山东省人民政府印发《山东省电子印章管理办法》。\n\n"
             "2023年\n\n5月9日，青岛市人民政府印发《青岛市电子证照应用办法》。\n")
    assert [i.date for i in s.items] == ["2022-05-06", "2023-05-09"]
    assert [i.section for i in s.items] == ["2022年", "2023年"]


def test_december_to_january_rolls_the_year_over_and_is_noted():
    s = read("2023年电子印章政策回顾\n\n十二月\n\n12月28日\n\n湖北省人民政府发布《湖北省电子印章管理办法》。\n\n"
             "一月\n\n1月5日\n\n武汉市人民政府发布《武汉市电子证照管理办法》。\n")
    assert [i.date for i in s.items] == ["2023-12-28", "2024-01-05"]
    assert [line for line, _ in s.problems] == [11]
    assert "2024" in s.problems[0][1]


def test_sections_restart_the_months_without_rolling_over():
    s = read("2021年电子合同政策\n\n国家层面\n\n11月3日，商务部印发《电子合同应用指引》。\n\n"
             "地方层面\n\n2月8日，江西省人民政府印发《江西省电子证照管理办法》。\n")
    assert [i.date for i in s.items] == ["2021-11-03", "2021-02-08"]
    assert s.problems == []


def test_traditional_characters_are_matched_and_kept_verbatim():
    s = read("2021年電子簽章政策盤點\n\n國家層面\n\n據新華社3月4日消息，國務院辦公廳印發《關於推進電子證照應用的意見》。\n"
             "同日，廣東省人民政府發佈《廣東省電子印章管理辦法》。\n")
    assert summary(s) == [(5, "2021-03-04", "國家層面"), (6, "2021-03-04", "國家層面")]
    assert s.items[1].text == "同日，廣東省人民政府發佈《廣東省電子印章管理辦法》。"
    assert_spans(s)


def test_mixed_punctuation_blank_lines_and_windows_line_endings():
    s = read("2024年海南电子签名政策\r\n\r\n\r\n\r\n7月1日：\r\n\r\n\r\n"
             "海南省大数据管理局发布《海南省电子签名应用规范》,推广电子签名。\r\n\r\n"
             "（2）三亚市人民政府发布《三亚市电子合同管理办法》（2024年8月2日）\r\n")
    assert summary(s) == [(8, "2024-07-01", None), (10, "2024-08-02", None)]
    assert s.items[0].text == "海南省大数据管理局发布《海南省电子签名应用规范》,推广电子签名。"
    assert s.items[1].text == "（2）三亚市人民政府发布《三亚市电子合同管理办法》（2024年8月2日）"
    assert_spans(s)


def test_dates_inside_sentences_do_not_start_items():
    s = read("2021年北京电子营业执照政策\n\n1月20日\n\n"
             "北京市市场监督管理局发布消息：自2021年1月20日起，企业可同步领取电子印章，\n"
             "8月18日印发的《北京市电子营业执照管理办法》同时适用。\n")
    assert summary(s) == [(5, "2021-01-20", None)]
    assert s.items[0].text.endswith("同时适用。")


def test_item_without_date_or_title_is_kept():
    s = read("2019年电子档案政策\n\n国家档案局发布《电子档案管理办法》。\n\n3月6日\n\n多地推行电子档案单套制管理。\n")
    assert summary(s) == [(3, None, None), (7, "2019-03-06", None)]
    assert s.items[1].text == "多地推行电子档案单套制管理。"


def test_date_without_any_year_is_reported():
    s = read("电子合同政策盘点\n\n4月27日，广州市人民政府印发《广州市电子合同管理办法》。\n")
    assert summary(s) == [(3, None, None)]
    assert s.problems[0][0] == 3


def test_impossible_date_is_reported_and_the_item_kept():
    s = read("2023年电子发票政策\n\n2月30日，国家税务总局发布《电子发票管理办法》。\n")
    assert summary(s) == [(3, None, None)]
    assert s.problems[0][0] == 3


def test_file_of_only_headers_has_no_items_and_says_so():
    s = read("2022年政策盘点\n\n一季度\n\n二季度\n\n国家层面\n")
    assert s.items == []
    assert s.problems == [(1, "no item found: no dated entry, numbered entry, table row or 《title》")]


def test_a_file_starting_with_an_item_has_no_title():
    s = read("2023年5月6日，河南省人民政府印发《河南省电子证照管理办法》。\n")
    assert s.title is None
    assert summary(s) == [(1, "2023-05-06", None)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("年月日12309１０，,。《》（）()、同据消息\n\r 一二季度层面国家印发省") | st.characters(codec="utf-8")))
def test_arbitrary_text_never_raises(text):
    s = read(text)
    for item in s.items:
        assert item.start <= item.end
        assert item.date is None or ISO.fullmatch(item.date)
        assert text[item.start:item.end] == item.text


def test_dated_lines_without_blank_lines_or_final_punctuation():
    s = read("2021年江苏政策\n1月5日 南京市发布《南京市电子印章办法》\n1月7日 苏州市发布《苏州市电子合同指引》\n")
    assert summary(s) == [(2, "2021-01-05", None), (3, "2021-01-07", None)]


def test_bracketed_date_lines_and_weekdays():
    s = read("2020年福建政策\n\n【3月4日】\n福州市发布《福州市电子证照办法》\n\n3月6日（周五）\n厦门市发布《厦门市电子签名规定》\n")
    assert summary(s) == [(4, "2020-03-04", None), (7, "2020-03-06", None)]


def test_markdown_headings_give_plain_title_and_sections():
    s = read("## 2024年电子签章政策\n\n### 一季度\n\n**国家层面**\n\n- 1月10日，国家数据局发布《数据要素行动计划》。\n")
    assert s.title == "2024年电子签章政策"
    assert summary(s) == [(7, "2024-01-10", "国家层面")]


def test_short_name_of_a_named_document_continues_the_item():
    s = read("2021年政策\n\n1月5日\n\n国务院办公厅印发《关于推进电子证照应用的通知》。\n\n《通知》指出，各地要加快推进。\n")
    assert summary(s) == [(5, "2021-01-05", None)]
    assert s.items[0].text.endswith("各地要加快推进。")


def test_labelled_article_date_is_the_source_date():
    from graph.read.sources import read_source

    text = "# 2023年回顾\n\n发布时间：2024-01-05 10:30\n\n1. 3月2日，浙江省人民政府印发《浙江省电子证照办法》。\n"
    source = read_source("a.md", text.encode())
    assert source.date == "2024-01-05"
    assert [(i.line, i.date) for i in source.items] == [(5, "2023-03-02")]


def test_trailing_date_after_a_document_number():
    from graph.read.sources import read_source

    text = "2022年盘点\n\n国家层面\n\n1、《关于推进电子证照的意见》（国办发〔2022〕3号，2022年1月20日）：推动互认。\n"
    assert [i.date for i in read_source("b.txt", text.encode()).items] == ["2022-01-20"]


def test_bracketed_dates_recent_news_and_same_day_on_one_line():
    from graph.read.sources import read_source

    text = ("2020年大事记\n\n【1月5日】深圳市人民政府发布《甲办法》。\n\n3月18日\n\n乙局印发《乙办法》。\n\n"
            "近日，海南省大数据管理局印发《丙办法》。\n\n"
            "12月31日，人社部印发《丁通知》；同日，商务部等8部门发布《戊意见》。\n")
    items = read_source("c.txt", text.encode()).items
    assert [(i.line, i.date, i.text[-8:]) for i in items] == [
        (3, "2020-01-05", "发布《甲办法》。"), (7, "2020-03-18", "印发《乙办法》。"), (9, None, "印发《丙办法》。"),
        (11, "2020-12-31", "印发《丁通知》；"), (11, "2020-12-31", "发布《戊意见》。")]


def test_month_only_entries_start_items_dated_to_the_month():
    from graph.read.sources import read_source

    text = "2021年盘点\n\n3月，江苏省人民政府印发《江苏省电子证照管理办法》。\n\n2021年4月上旬，浙江省发布《浙江省电子印章规范》。\n"
    source = read_source("m.txt", text.encode())
    assert [(i.line, i.date) for i in source.items] == [(3, "2021-03"), (5, "2021-04")]
    assert source.problems == []


def test_markdown_emphasis_around_dates():
    from graph.read.sources import read_source

    text = "# 2022年汇编\n\n**2022年1月**\n\n- **1月6日** 国务院办公厅印发《甲方案》。\n* **1月21日** 最高人民检察院发布《乙规定》。\n"
    items = read_source("e.md", text.encode()).items
    assert [(i.line, i.date) for i in items] == [(5, "2022-01-06"), (6, "2022-01-21")]


def test_markdown_table_rows_read_like_records():
    from graph.read.sources import read_source

    text = ("# 2023年政策一览\n\n| 日期 | 发文机关 | 文件名称 | 要点 |\n|---|---|---|---|\n"
            "| 3月15日 | 浙江省人民政府办公厅 | 《浙江省电子证照管理办法》 | 电子证照与纸质证照具有同等法律效力 |\n"
            "| 2023-04-02 | 商务部 | 关于推广电子合同的通知 | |\n\n说明：以上为部分政策。\n")
    source = read_source("t.md", text.encode())
    assert [(i.line, i.date, i.text) for i in source.items] == [
        (5, "2023-03-15", "浙江省人民政府办公厅发布《浙江省电子证照管理办法》电子证照与纸质证照具有同等法律效力"),
        (6, "2023-04-02", "商务部发布《关于推广电子合同的通知》")]


def test_a_date_range_opens_an_item_on_its_first_day():
    from graph.read.sources import read_source

    text = "2023年大事记\n\n3月15日至17日，数字政府峰会在杭州举行，发布电子签名互认倡议。\n\n4月1日，江苏省印发《甲办法》。\n"
    assert [(i.line, i.date) for i in read_source("r.txt", text.encode()).items] == [(3, "2023-03-15"), (5, "2023-04-01")]


def test_paragraph_under_a_date_line_without_year_stays_an_item():
    source = read("3月1日\n\n人社部发布《电子劳动合同订立指引》。\n\n3月2日\n\n浙江省召开电子证照推进会。\n")
    assert [(i.line, i.date, i.text) for i in source.items] == [
        (3, None, "人社部发布《电子劳动合同订立指引》。"), (7, None, "浙江省召开电子证照推进会。")]
    assert [line for line, _ in source.problems] == [1, 5]


def test_an_interpretation_headline_over_its_byline_is_a_statement_of_the_bylines_body():
    s = read("首页 > 政策解读\n\n关于《甲市电子印章管理办法》的政策解读\n\n甲市数据局 www.example.gov.cn 时间:2023-04-06 来源:本站\n\n"
             "一、起草背景\n\n近日，乙省人民政府印发《乙省数据条例》。\n")
    first = s.items[0]
    assert first.text == "关于《甲市电子印章管理办法》的政策解读\n\n甲市数据局 www.example.gov.cn 时间:2023-04-06 来源:本站"
    assert (first.date, first.fields, s.date) == ("2023-04-06", {"agency": "甲市数据局"}, "2023-04-06")
    assert s.title == "关于《甲市电子印章管理办法》的政策解读" and len(s.items) == 2
    plain = read("关于《甲市电子印章管理办法》的政策解读\n\n2023年4月6日，甲市数据局印发《甲市电子印章细则》。\n")
    assert [i.text for i in plain.items] == ["2023年4月6日，甲市数据局印发《甲市电子印章细则》。"]  # no byline: the title only


def test_the_document_an_interpretation_page_is_about_begins_where_its_text_says_it_is_made():
    page = ("关于《甲市电子印章管理办法》的政策解读\n\n甲市数据局 时间:2023-04-06\n\n一、起草背景\n\n"
            "近日，乙省人民政府印发《乙省数据条例》，推进应用。为规范电子印章应用，制定本办法。\n\n二、主要内容\n\n"
            "本办法所称电子印章，是指电子数据形式的印章。\n\n各单位应根据《丙规范》建设系统。\n\n三、其他\n\n本解读由甲市数据局负责。\n")
    s = read(page)
    statement, province, own = s.items
    assert province.text == "近日，乙省人民政府印发《乙省数据条例》，推进应用。"
    assert own.document and own.fields == {"title": "甲市电子印章管理办法"}
    assert own.text.startswith("为规范电子印章应用，制定本办法。") and own.text.endswith("各单位应根据《丙规范》建设系统。")
    alone = read(page.replace("推进应用。为规范", "推进应用。\n\n为规范"))
    assert [i.text.split("\n")[0] for i in alone.items][1:] == ["近日，乙省人民政府印发《乙省数据条例》，推进应用。",
                                                              "为规范电子印章应用，制定本办法。"]
    other = read(page.replace("关于《甲市电子印章管理办法》的政策解读", "甲市数据局工作动态"))
    assert not any(i.document for i in other.items)  # no interpreted document: 本办法 names none
