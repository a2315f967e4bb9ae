"""Markers that open an entry, shared by the reader (to cut items) and the extractor (to find the issuer)."""

from __future__ import annotations

import pytest

from graph.patterns.markers import (DOC_NUMBER, DATELINE_RE, ISSUER_LEAD_RE, LEADING_DATE_RE, LEADING_MONTH_RE, MARKER_RE, body_start)


@pytest.mark.parametrize(("text", "body"), [
    ("2021年3月5日，国务院印发《甲》", "国务院印发《甲》"),
    ("[2021年8月6日]国务院印发《甲》", "国务院印发《甲》"),
    ("1. 3月5日 国务院印发《甲》", "国务院印发《甲》"),
    ("据新华社5月8日消息，国家税务总局推广电子发票", "国家税务总局推广电子发票"),
    ("同日，商务部发布《乙》", "商务部发布《乙》"),
    ("当月，商务部发布《乙》", "商务部发布《乙》"),
    ("2021年4月上旬，浙江省发布《丙》", "浙江省发布《丙》"),
    ("[2019年12月]浙江省发布《丙》", "浙江省发布《丙》"),
    ("近日，海南省印发《丁》", "海南省印发《丁》"),
    ("国务院印发《甲》", "国务院印发《甲》"),
    ("新华社北京6月17日电 最高人民法院发布《甲》", "最高人民法院发布《甲》"),
    ("某某社上海3月5日电/据某某网报导，日前，某市人民政府印发《乙》", "某市人民政府印发《乙》"),
    ("中新网3月5日讯，国家税务总局推广电子发票", "国家税务总局推广电子发票"),
    ("回顾2019年，4月2日，某市税务局推广电子发票", "某市税务局推广电子发票"),
    ("2020年，商务部发布《乙》", "商务部发布《乙》"),
    ("- 2019年\u3000甲省人民政府办公厅印发《乙》", "甲省人民政府办公厅印发《乙》"),  # a year set apart by a wide gap
    ("2019年  某市财政局发布《丙》", "某市财政局发布《丙》"),
    ("据悉，某省政务服务管理办公室日前印发《丙》", "某省政务服务管理办公室日前印发《丙》"),
    ("自2015年《甲意见》提出推广电子证照起", "《甲意见》提出推广电子证照起"),
    ("答：近日，某局印发《甲》", "某局印发《甲》"),
    ("从2018年6月《乙办法》施行以来", "《乙办法》施行以来"),
    ("4月9日起，某局在两市率先启动", "某局在两市率先启动"),  # a start without 从
    ("同日起，某委启动", "某委启动"),
    ("早在2020年5月，某局即着手开展", "某局即着手开展"),
    ("早在2020年5月6日，某局启动", "某局启动"),
    ("8日，某市数据局印发《丁》", "某市数据局印发《丁》"),  # a day alone, of the month before
    ("同期，某局作出解读", "某局作出解读"),
])
def test_body_starts_after_the_leads(text, body):
    assert text[body_start(text):] == body


def test_a_date_in_passing_is_no_lead():
    assert LEADING_DATE_RE.match("工业互联网2021年3月5日起施行") is None  # no 电/讯: no dateline
    assert LEADING_DATE_RE.match("8月18日印发的《办法》同时适用") is None
    assert LEADING_DATE_RE.match("2022年1月1日起施行") is None
    assert LEADING_MONTH_RE.match("3月起，全面推行") is None
    assert LEADING_MONTH_RE.match("3月5日，全面推行") is None


def test_numbered_markers_but_not_articles_of_a_law():
    assert [MARKER_RE.match(t).group("num") for t in ("1. 甲", "(2)乙", "(三)丙", "四、丁")] == ["1.", "(2)", "(三)", "四、"]
    assert MARKER_RE.match("第十四条 可靠的电子签名") is None


def test_a_leading_symbol_or_emoji_is_a_bullet():
    assert [MARKER_RE.match(t).group("bullet") for t in ("📌 甲", "✅乙", "✍️ 丙", "➤ 丁")] == ["📌", "✅", "✍️", "➤"]
    assert MARKER_RE.match("甲📌") is None


def test_issuer_lead_is_a_body_and_its_action():
    assert ISSUER_LEAD_RE.match("深圳市人社局联合印发")
    assert ISSUER_LEAD_RE.match("该局又发布了")
    assert ISSUER_LEAD_RE.match("公安部决定对")
    assert ISSUER_LEAD_RE.match("某部最近组织编写了")
    assert ISSUER_LEAD_RE.match("依据") is None
    assert ISSUER_LEAD_RE.match("人社部最近组织编写了")
    assert ISSUER_LEAD_RE.match("某省数据局近期起草了")
    assert ISSUER_LEAD_RE.match("某市数据局发布关于")


def test_a_month_lead_with_its_year_may_run_into_the_verb():
    assert LEADING_MONTH_RE.match("2004年8月通过电子签名法")
    assert LEADING_MONTH_RE.match("8月通过电子签名法") is None
    assert LEADING_MONTH_RE.match("2019年4月26日发布的《规定》") is None
    assert LEADING_MONTH_RE.match("2019年4月起施行") is None


def test_a_dateline_names_an_outlet_and_ends_in_dian_or_xun_with_or_without_its_day():
    assert DATELINE_RE.match("新华社北京4月3日电 国务院…") and DATELINE_RE.match("本报甲城讯 10月2日，…")
    assert DATELINE_RE.match("本报讯（记者 张三）近日")
    assert DATELINE_RE.match("甲市电视台播出电子证照专题") is None and DATELINE_RE.match("本报讯问") is None


def test_an_undated_dateline_is_passed_over_to_the_lead_after_it():
    assert body_start("本报甲城讯 10月27日，甲市人社局印发《乙》") == body_start("10月27日，甲市人社局印发《乙》") + 6
    assert LEADING_DATE_RE.match("本报甲城讯(记者 张三) 10月27日，甲市人社局印发《乙》")
    assert body_start("本报讯 近日，甲区人社局制定《乙》") == 7
    assert LEADING_DATE_RE.match("甲市电视台讯问 10月27日") is None


def test_a_document_number_never_opens_with_the_word_it_is_published_by():
    assert DOC_NUMBER.search("《甲办法》以市政府令第9号公布").group() == "市政府令第9号"
    assert DOC_NUMBER.search("以甲政发[2020]3号文印发").group() == "甲政发[2020]3号"
