"""The segmenter on the layouts met on the web: prose with several items a paragraph, carried
actors, compilations of title lines, tables pasted as text, month-only dates, pages with noise.
Each example is written for its rule."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.read.items import AMENDS, INFERRED_AGENCY, PLACE, Source
from graph.read.roundup import read_roundup


def read(text: str) -> Source:
    source = Source(name="t.txt", sha="0", encoding="utf-8", text=text)
    read_roundup(source)
    return source


def dated(source: Source) -> list[tuple[str | None, str]]:
    return [(i.date, i.text) for i in source.items]


def test_prose_paragraph_with_several_items_out_of_order():
    s = read("2021年政策回顾\n\n2021年3月，甲省人民政府印发《甲省电子证照办法》，明确效力。5月8日，乙市数据局发布"
             "《乙市电子印章规范》；2020年12月3日，丙市人民政府印发《丙市电子合同指引》，4月，丁市人社局发布《丁市指引》。\n")
    assert dated(s) == [
        ("2021-03", "2021年3月，甲省人民政府印发《甲省电子证照办法》，明确效力。"),
        ("2021-05-08", "5月8日，乙市数据局发布《乙市电子印章规范》；"),
        ("2020-12-03", "2020年12月3日，丙市人民政府印发《丙市电子合同指引》，"),
        ("2020-04", "4月，丁市人社局发布《丁市指引》。")]
    assert all(s.text[i.start:i.end] == i.text for i in s.items)


def test_a_list_of_links_with_particulars_after_a_dash_and_nested_notes():
    s = read("# 清单\n\n## 地方文件\n\n"
             "- [《甲省电子证照管理办法》](http://example.org/2019/01/02/a.html) — 甲省人民政府办公厅，2020-05-27\n"
             "  - 2021-03-01 第一次修正；电子证照与纸质证照具有同等法律效力。\n"
             "- [乙市电子印章管理办法](http://example.org/b.html) — 乙市人民政府，2021-06-01（乙政发〔2021〕3号）\n"
             "  - 2021-09-30 经甲省人民代表大会常务委员会会议批准。\n")
    assert [(i.date, i.fields.get("agency"), i.fields.get("number")) for i in s.items] == [
        ("2020-05-27", "甲省人民政府办公厅", None), ("2021-06-01", "乙市人民政府", "乙政发〔2021〕3号"),
        ("2021-09-30", None, None)]
    assert s.items[0].text.endswith("具有同等法律效力。")
    assert s.items[2].text == "- 2021-09-30 经甲省人民代表大会常务委员会会议批准。"


def test_a_body_interpreting_the_same_day_is_an_item_of_its_own_on_that_day():
    s = read("大事记\n\n2022年\n4月25日 甲省人民政府办公厅印发《甲省电子印章管理办法》，明确效力；"
             "省数据管理局同日对《办法》进行解读。\n")
    assert [(i.date, i.text, i.fields.get("agency")) for i in s.items] == [
        ("2022-04-25", "4月25日 甲省人民政府办公厅印发《甲省电子印章管理办法》，明确效力；", None),
        ("2022-04-25", "省数据管理局同日对《办法》进行解读。", "甲省数据管理局")]


def test_the_session_after_a_dash_and_one_nested_under_the_entry_approve_its_document():
    s = read("# 清单\n\n"
             "* 2021-12-31 [甲市电子证照条例](http://example.org/a.html) — 甲市第五届人民代表大会常务委员会第六次会议通过\n"
             "  - 2022-03-29 经乙省第十届人民代表大会常务委员会第七次会议批准。\n")
    assert [(i.date, i.text, i.fields.get("title")) for i in s.items][1:] == [
        ("2021-12-31", "甲市第五届人民代表大会常务委员会第六次会议通过", "甲市电子证照条例"),
        ("2022-03-29", "- 2022-03-29 经乙省第十届人民代表大会常务委员会第七次会议批准。", "甲市电子证照条例")]

def test_a_markdown_tables_linked_cells_read_as_their_text():
    s = read("# 清单\n\n| 文件名称 | 发文机关 | 发布日期 |\n| --- | --- | --- |\n"
             "| [乙市电子印章管理办法](http://example.org/b.html) | 乙市人民政府 | 2021-06-01 |\n")
    assert [(i.fields.get("title"), i.fields.get("agency"), i.date) for i in s.items] == [
        ("乙市电子印章管理办法", "乙市人民政府", "2021-06-01")]

def test_a_review_citing_documents_by_issuer_and_year_in_brackets():
    s = read("综述\n\n2019年5月1日，甲省人民政府印发《甲省电子证照办法》，明确效力。乙部（2020）印发《乙部指引》；"
             "丙市数据局（2021）发布《丙市规范》，推进应用。\n")
    assert dated(s) == [
        ("2019-05-01", "2019年5月1日，甲省人民政府印发《甲省电子证照办法》，明确效力。"),
        ("2020", "乙部（2020）印发《乙部指引》；"),
        ("2021", "丙市数据局（2021）发布《丙市规范》，推进应用。"),
    ]


def test_a_colon_introducing_the_documents_it_lists():
    """The sentence leading in (电子证照得到推广：) opens the first item it introduces, not the one before;
    a colon after an action (发布通知：) is inside its item."""
    s = read("综述\n\n2019年5月1日，甲省人民政府印发《甲省电子证照办法》。电子证照得到推广：乙部（2020）印发《乙部指引》；"
             "丙局（2021）发布《丙局规范》。附注：2018年3月2日发布的《丁办法》同时废止。2022年，戊局发布通知：《戊局办法》施行。\n")
    assert dated(s) == [
        ("2019-05-01", "2019年5月1日，甲省人民政府印发《甲省电子证照办法》。"),
        ("2020", "电子证照得到推广：乙部（2020）印发《乙部指引》；"),
        ("2021", "丙局（2021）发布《丙局规范》。附注：2018年3月2日发布的《丁办法》同时废止。"),
        ("2022", "2022年，戊局发布通知：《戊局办法》施行。"),
    ]


def test_a_place_implementing_the_document_named_before_issues_its_own():
    s = read("综述\n\n甲部（2021）印发《甲部关于推进电子证照的意见》后，乙省为贯彻落实《甲部关于推进电子证照的意见》，"
             "由省政府办公厅印发《乙省实施方案》，推进互认。丙市为落实《丙规划》，召开会议。\n")
    assert dated(s) == [
        ("2021", "甲部（2021）印发《甲部关于推进电子证照的意见》后，"),
        (None, "乙省为贯彻落实《甲部关于推进电子证照的意见》，由省政府办公厅印发《乙省实施方案》，推进互认。丙市为落实《丙规划》，召开会议。"),
    ]
    assert s.items[1].fields["agency"] == "乙省政府办公厅" and s.items[1].fields[INFERRED_AGENCY] == "carried"


def test_a_list_page_of_titles_each_over_its_publication_date():
    s = read("政策文件\n\n甲市人民政府办公室关于印发《甲市电子证照管理办法》的通知\n发布日期：2020-12-03\n\n"
             "乙县数据局关于推广使用电子印章的通知\n发布日期：2022-05-07\n\n共2条　1/1页\n")
    assert [(i.date, i.document, i.fields.get("title"), i.text) for i in s.items] == [
        ("2020-12-03", True, "甲市人民政府办公室关于印发《甲市电子证照管理办法》的通知", "甲市人民政府办公室关于印发《甲市电子证照管理办法》的通知"),
        ("2022-05-07", True, "乙县数据局关于推广使用电子印章的通知", "乙县数据局关于推广使用电子印章的通知")]


def test_a_list_page_whose_entries_run_their_date_onto_the_title():
    s = read("政策文件\n- 关于在全市推广应用电子劳动合同的通知2023-10-27\n- 电子劳动合同订立指引2021-07-01\n共2条\n")
    assert [(i.date, i.fields.get("title")) for i in s.items] == [
        ("2023-10-27", "关于在全市推广应用电子劳动合同的通知"), ("2021-07-01", "电子劳动合同订立指引")]


def test_a_compilations_title_over_a_line_of_its_particulars():
    s = read("汇编\n\n（一）《甲省电子证照管理办法》\n甲省人民政府办公厅　甲政办〔2018〕52号　2018年8月31日\n第二条　电子证照与纸质证照具有同等法律效力。\n")
    assert [(i.date, i.fields.get("agency"), i.fields.get("number")) for i in s.items] == [
        ("2018-08-31", "甲省人民政府办公厅", "甲政办〔2018〕52号")]


def test_a_since_clause_naming_no_body_is_when_the_items_rule_applies_not_an_item():
    s = read("汇编\n\n2022年9月27日，甲省住建厅印发《甲省电子证书管理办法》，自2022年10月1日起，新办的许可证启用电子证书。"
             "从2023年起，乙省住建厅率先启动电子证书互认。\n")
    assert [i.date for i in s.items] == ["2022-09-27", "2023"]


def test_a_title_closed_twice_or_never_does_not_hide_the_items_after_it():
    s = read("2022年汇编\n\n3月1日，甲局印发《甲办法》》；3月5日，乙局印发《乙办法》；"
             "4月2日，丙局印发《丙办法。4月9日，丁局印发《丁办法》。\n")
    assert [i.date for i in s.items] == ["2022-03-01", "2022-03-05", "2022-04-02", "2022-04-09"]


def test_a_sentence_that_opens_with_its_body_and_action_is_an_item():
    s = read("2022年汇编\n\n3月1日，甲省人民政府印发《甲办法》。乙市人民政府随后印发《乙细则》，推进落实。\n")
    assert [i.text for i in s.items] == ["3月1日，甲省人民政府印发《甲办法》。", "乙市人民政府随后印发《乙细则》，推进落实。"]
    assert [i.date for i in s.items] == ["2022-03-01", None]


def test_dates_and_titles_in_passing_do_not_cut():
    s = read("2022年汇编\n\n3月1日，甲省人民政府印发《甲办法》，自2022年5月1日起施行。《甲办法》要求，5月底前完成。\n")
    assert len(s.items) == 1


def test_a_dated_clause_after_an_undated_title_belongs_to_its_entry():
    s = read("汇编\n\n1. 《甲省电子证照办法》，2021年1月由甲省数据局发布。\n"
             "2. 乙市人民政府印发《乙办法》，2021年3月，丙市人民政府召开推进会。\n")
    assert dated(s) == [("2021-01", "1. 《甲省电子证照办法》，2021年1月由甲省数据局发布。"),
                        (None, "2. 乙市人民政府印发《乙办法》，"), ("2021-03", "2021年3月，丙市人民政府召开推进会。")]


def test_an_entry_opening_with_the_day_a_document_takes_effect_is_undated():
    s = read("2022年回顾\n\n3月\n\n3月1日起，《甲省数据条例》正式施行。\n自2022年5月1日起，《乙市办法》施行。\n")
    assert dated(s) == [(None, "3月1日起，《甲省数据条例》正式施行。"), (None, "自2022年5月1日起，《乙市办法》施行。")]
    assert [i.fields for i in s.items] == [{"in_force": "2022-03-01"}, {"in_force": "2022-05-01"}]


def test_carried_actor_is_marked_inferred():
    s = read("2021年回顾\n\n2021年3月1日，甲市人力资源和社会保障局印发《甲办法》。5月8日，该局又发布《乙指引》。"
             "同日，市人社局发布《丙指引》。\n")
    assert [i.fields for i in s.items] == [
        {}, {"agency": "甲市人力资源和社会保障局", INFERRED_AGENCY: "carried"},
        {"agency": "甲市人社局", INFERRED_AGENCY: "carried"}]
    assert [i.date for i in s.items] == ["2021-03-01", "2021-05-08", "2021-05-08"]


def test_same_month_repeats_the_month():
    s = read("2021年回顾\n\n6月3日，甲省人民政府印发《甲办法》。\n\n当月，乙省人民政府印发《乙办法》。\n")
    assert [i.date for i in s.items] == ["2021-06-03", "2021-06"]


def test_compilation_title_line_then_its_paragraph():
    s = read("电子印章政策汇编\n\n《关于推进电子证照应用的意见》\n\n2018 年 7 月 31 日，甲部印发《关于推进电子证照应用的意见》"
             "(以下简称《意见》)。\n\n《意见》提出要推进互认。\n\n《乙规定》\n\n2019年4月26日发布的《乙规定》中，第九条规定了效力。\n\n"
             "《丙办法》\n")
    assert [(i.line, i.date, i.fields) for i in s.items] == [
        (3, "2018-07-31", {"agency": "甲部"}), (9, "2019-04-26", {}), (13, None, {})]
    assert s.items[0].text.endswith("《意见》提出要推进互认。")


def test_title_headings_are_not_items_and_articles_are_not_entries():
    s = read("汇编\n\n《甲法》修正草案\n\n2019年4月3日，国务院常务会议召开，通过《甲法》修正草案。\n\n"
             "某部关于修改《乙规定》的决定\n(部分节选)\n\n某部决定对《乙规定》作如下修改：\n……\n第十四条 可以使用电子印章。\n")
    assert [(i.line, i.date) for i in s.items] == [(5, "2019-04-03"), (10, None)]
    assert s.items[1].text.endswith("第十四条 可以使用电子印章。")


def test_the_paragraph_under_a_label_naming_a_body_or_place_is_an_item():
    s = read("要闻摘录\n\n【国家档案局】\n国家档案局令第9号：《甲档案办法》现予公布。\n\n【乙市】\n"
             "记者从乙市数据局获悉，该局正推进电子印章应用。\n\n【编者按】\n以上为摘录。\n")
    assert [(i.section, i.text) for i in s.items] == [
        ("【国家档案局】", "国家档案局令第9号：《甲档案办法》现予公布。")]
    s = read("要闻摘录\n\n【南京市】\n记者从南京市数据局获悉，该局正推进电子印章应用。\n\n【编者按】\n以上为摘录。\n")
    assert [(i.section, i.text) for i in s.items] == [("【南京市】", "记者从南京市数据局获悉，该局正推进电子印章应用。")]
    s = read("要闻摘录\n\n【南京市】\n南京市数据局推进电子印章应用。\n《南京市数据条例》修正草案\n其余段落介绍背景。\n")
    assert [i.text for i in s.items] == ["南京市数据局推进电子印章应用。"]  # a label heads one item, not each paragraph
    s = read("要闻摘录\n\n【南京市】\n南京市数据局《南京市电子印章办法》（宁数〔2020〕1号）\n提出，推进电子印章应用。\n")
    assert [i.text for i in s.items] == ["南京市数据局《南京市电子印章办法》（宁数〔2020〕1号）\n提出，推进电子印章应用。"]


def test_a_paragraph_dated_between_its_issuer_and_action_is_an_item_of_that_date():
    s = read("2019年要闻\n\n甲市人民政府办公室2019年4月2日印发《甲市电子证照办法》，推进一网通办。\n"
             "该局5月6日发布《甲市电子印章指引》。\n")
    assert dated(s) == [("2019-04-02", "甲市人民政府办公室2019年4月2日印发《甲市电子证照办法》，推进一网通办。"),
                        ("2019-05-06", "该局5月6日发布《甲市电子印章指引》。")]
    assert s.items[1].fields == {"agency": "甲市人民政府办公室", INFERRED_AGENCY: "carried"}


def test_an_order_signed_after_its_passage_and_entry_into_force_is_dated_by_its_signature():
    s = read("规章汇编\n\n【商务部】\n商务部令第3号：《甲数据办法》已经2003年9月1日商务部部务会议审议通过，现予发布，"
             "自2003年12月1日起施行。部长某某，二00三年九月十日。\n")
    assert s.items[0].date == "2003-09-10"


def test_sections_by_level_and_number():
    s = read("2022年汇编\n\n一、国家层面\n\n（一）电子签名\n\n1月12日，国务院印发《甲规划》。\n\n二、地方层面\n\n"
             "2月8日，甲省人民政府印发《乙办法》。\n")
    assert [(i.date, i.section) for i in s.items] == [("2022-01-12", "电子签名"), ("2022-02-08", "地方层面")]


def test_entries_under_a_month_header_take_its_month():
    s = read("政策汇编\n\n【2019年12月】\n\n1. 甲省人民政府印发《甲办法》。\n2. 乙省人民政府印发《乙办法》（2019年12月20日）\n")
    assert [i.date for i in s.items] == ["2019-12", "2019-12-20"]


def test_noise_is_skipped_and_the_tail_read_as_other_articles():
    s = read("首页 > 政策 > 正文\n2021年政策盘点\n\n编者按：本文整理全年政策。\n\n扫码关注公众号，免费试用\n\n"
             "3月1日，甲省人民政府印发《甲办法》。\n\n热文推荐\n\n2021年电子签名政策汇总\n\n《乙办法》解读\n")
    assert s.title == "2021年政策盘点"
    assert s.description == ["编者按：本文整理全年政策。"]
    assert dated(s) == [("2021-03-01", "3月1日，甲省人民政府印发《甲办法》。")]


def test_undated_titles_are_read_not_refused():
    s = read("电子证照政策清单\n\n《甲省电子证照办法》\n\n《乙市电子印章规定》\n")
    assert [(i.date, i.text) for i in s.items] == [(None, "《甲省电子证照办法》"), (None, "《乙市电子印章规定》")]
    assert s.problems == []


def test_tables_pasted_as_text_in_every_separator():
    s = read("2021年政策一览\n\n序号\t文件名称\t发文单位\t成文日期\t备注\n1\t甲办法\t甲省人民政府\t2021.12.03\t甲政发〔2021〕3号\n"
             "2\t乙规定\t乙部 丙部\t二〇二一年十一月十七日\t推进互认\n\n"
             "标题   发布机构   时间\n-----  -----  -----\n丙指引   丙市数据局   2021年5月\n\n"
             "名称 | 印发单位 | 日期\n丁办法 | 丁市人民政府 | 3月5日\n")
    assert [(i.line, i.date, i.text) for i in s.items] == [
        (4, "2021-12-03", "甲省人民政府发布《甲办法》（甲政发〔2021〕3号）"),
        (5, "2021-11-17", "乙部、丙部发布《乙规定》推进互认"),
        (9, "2021-05", "丙市数据局发布《丙指引》"),
        (12, "2021-03-05", "丁市人民政府发布《丁办法》")]
    assert s.items[0].fields["number"] == "甲政发〔2021〕3号"


def test_a_remark_citing_another_document_keeps_its_number_out():
    s = read("| 名称 | 发文单位 | 备注 |\n|---|---|---|\n| 甲通知 | 甲市人社局 | 根据《乙通知》(乙人社〔2023〕1号)要求 |\n")
    assert "number" not in s.items[0].fields


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "2021年3月，", "5月8日，", "同日，", "当月，", "【2019年12月】", "二〇二一年十一月十七日", "甲省人民政府印发", "该局发布",
    "市人社局", "《甲办法》", "《乙", "》", "。", "；", "，", "\n", "\n\n", " | ", "\t", "   ", "---", "序号", "文件名称",
    "发文单位", "日期", "1. ", "一、", "国家层面", "热文推荐", "编者按：", "首页 > ", "(", ")"]) | st.text(max_size=5),
    max_size=40))
def test_arbitrary_roundup_text_never_raises_and_items_stay_inside(pieces):
    text = "".join(pieces)
    s = read(text)
    for item in s.items:
        assert 0 <= item.start <= item.end <= len(text)
        if not item.fields.keys() - {"agency", INFERRED_AGENCY, PLACE}:
            assert text[item.start:item.end] == item.text


def test_a_year_clause_and_same_year_date_the_items_after_them():
    s = read("综述\n\n2023年10月27日，甲市人民政府印发《甲办法》。\n\n回看2021年，3月29日，乙区人民政府印发《乙意见》；"
             "7月1日，丙部发布《丙指引》。同年，丁市人民政府办公室印发《丁办法》。\n")
    assert [i.date for i in s.items] == ["2023-10-27", "2021-03-29", "2021-07-01", "2021"]


def test_laws_passed_in_one_paragraph_with_month_leads():
    s = read("立法沿革\n\n全国人大常委会不断加强立法。2000年12月，全国人大常委会通过关于维护互联网安全的决定；"
             "2004年8月通过电子签名法；2016年11月，通过网络安全法。\n")
    assert [(i.date, i.text) for i in s.items] == [
        ("2000-12", "2000年12月，全国人大常委会通过关于维护互联网安全的决定；"),
        ("2004-08", "2004年8月通过电子签名法；"), ("2016-11", "2016年11月，通过网络安全法。")]
    assert s.description == ["全国人大常委会不断加强立法。"]


def test_a_date_after_the_title_with_its_action_dates_the_item():
    s = read("汇编\n\n《甲法典》于2020年5月28日颁布，2021年1月1日起实施。\n\n《乙规则》已于2021年5月18日由乙院审议通过。\n\n"
             "《丙办法》自2022年1月1日起施行。\n")
    assert [i.date for i in s.items] == ["2020-05-28", "2021-05-18", None]


def test_an_item_opening_with_recently_after_a_header():
    s = read("政策解读\n\n一、起草背景\n\n近日,甲省政府办公厅印发《甲方案》,加快推进电子证照互认。\n")
    assert [i.text for i in s.items] == ["近日,甲省政府办公厅印发《甲方案》,加快推进电子证照互认。"]


def test_dated_activities_in_one_paragraph_are_items_and_a_figure_is_not():
    s = read("综述\n\n2019年5月，甲局着手开展平台建设工作，多次调研。2019年9月，甲市被乙厅确认为首批试点城市。"
             "2020年3月，平台正式启动上线，先在两区试点。截至目前，全市试点企业共30家。\n")
    assert dated(s) == [("2019-05", "2019年5月，甲局着手开展平台建设工作，多次调研。"),
                        ("2019-09", "2019年9月，甲市被乙厅确认为首批试点城市。"),
                        ("2020-03", "2020年3月，平台正式启动上线，先在两区试点。截至目前，全市试点企业共30家。")]


def test_a_start_and_a_year_open_activities():
    s = read("综述\n\n从2015年起，甲局便开始研究推进电子证照的发放，2018年，部署各地全面推进。从3月2日起，乙市数据局率先启动下载。\n")
    assert dated(s) == [("2015", "从2015年起，甲局便开始研究推进电子证照的发放，"), ("2018", "2018年，部署各地全面推进。"),
                        ("2018-03-02", "从3月2日起，乙市数据局率先启动下载。")]


def test_a_subject_dated_after_yu_and_a_recent_disclosure_open_activities():
    s = read("综述\n\n一、丙市：网签应用\n\n丙市上线电子合同应用。该应用于2021年6月上线，截至8月1日，已签订300份。"
             "近日，丁局对外披露，两地已实现互认。\n")
    assert dated(s) == [("2021-06", "该应用于2021年6月上线，截至8月1日，已签订300份。"),
                        (None, "近日，丁局对外披露，两地已实现互认。")]
    assert s.description == ["丙市上线电子合同应用。"]


def test_a_numbered_header_naming_a_place_is_no_item():
    s = read("综述\n\n一、淄博：搭建平台、免费使用\n\n2019年5月，市人社局启动平台建设。\n\n"
             "二、电子证照与电子签章的跨地区互认和共享应用\n\n2020年9月，乙局发布《乙共识》。\n")
    assert [(i.section, i.text) for i in s.items] == [
        ("淄博：搭建平台、免费使用", "2019年5月，市人社局启动平台建设。"),
        ("电子证照与电子签章的跨地区互认和共享应用", "2020年9月，乙局发布《乙共识》。")]
    assert [i.fields.get(PLACE) for i in s.items] == ["淄博", None]  # a topic names no place


def test_an_activity_naming_no_body_takes_the_actor_of_its_paragraph():
    s = read("综述\n\n2019年5月，甲市人社局着手开展平台建设。2019年9月，甲市被乙厅确认为试点城市。2020年3月，平台正式启动上线。\n\n"
             "2021年3月，部署各地全面推进。\n")
    assert [(i.fields.get("agency"), i.fields.get(INFERRED_AGENCY)) for i in s.items] == [
        (None, None), (None, None), ("甲市人社局", "carried"), (None, None)]  # never from another paragraph
    t = read("综述\n\n5月，乙市数据局启动平台建设。近日，该局对外披露，已发放印章3万枚。\n")
    assert [i.fields.get("agency") for i in t.items] == [None, "乙市数据局"]


def test_a_topic_fragment_opening_a_paragraph_belongs_to_no_item():
    s = read("2022年汇编\n\n3月1日，甲省人民政府印发《甲省电子合同办法》。\n\n电子印章方面，5月8日，乙市数据局发布《乙市印章规范》。\n")
    assert [i.text for i in s.items] == ["3月1日，甲省人民政府印发《甲省电子合同办法》。", "5月8日，乙市数据局发布《乙市印章规范》。"]


def test_a_paragraph_continuing_the_item_above_stays_with_it():
    s = read("2022年汇编\n\n3月1日，甲省人民政府印发《甲省电子合同办法》。\n\n该办法明确了签约流程。5月8日，乙市数据局发布《乙市印章规范》。\n")
    assert [i.text for i in s.items] == ["3月1日，甲省人民政府印发《甲省电子合同办法》。\n\n该办法明确了签约流程。",
                                        "5月8日，乙市数据局发布《乙市印章规范》。"]


def test_a_news_dateline_opens_a_dated_item():
    s = read("2025年回顾\n\n9月27日，甲部印发《甲办法》。\n\n某某社北京10月10日电/据某某网报导，日前，乙部印发《乙办法》。\n")
    assert [i.date for i in s.items] == ["2025-09-27", "2025-10-10"]


def test_a_paragraph_about_what_a_new_document_says_is_an_item():
    s = read("2020年回顾\n\n《甲法》于2020年5月28日颁布。\n\n新修订《乙法》第八条规定“电子档案具有同等效力”。\n\n"
             "现将《丙办法》印发给你们。\n")
    assert [i.text for i in s.items] == ["《甲法》于2020年5月28日颁布。", "新修订《乙法》第八条规定“电子档案具有同等效力”。\n\n现将《丙办法》印发给你们。"]


def test_a_paragraph_whose_body_wrote_a_new_document_recently_is_an_item():
    s = read("2021年回顾\n\n3月1日，甲部印发《甲办法》。\n\n乙部最近组织编写了《乙指引》，明确了流程。\n")
    assert [i.text for i in s.items] == ["3月1日，甲部印发《甲办法》。", "乙部最近组织编写了《乙指引》，明确了流程。"]


def test_a_title_broken_over_lines_is_one_entry():
    s = read("文件目录\n\n1. 《甲省关于推进电子\n证照应用的意见》（甲政发〔2021〕3号）\n2. 《乙市电子印\n章管理办法》\n")
    assert [(i.line, i.text) for i in s.items] == [
        (3, "1. 《甲省关于推进电子\n证照应用的意见》（甲政发〔2021〕3号）"), (5, "2. 《乙市电子印\n章管理办法》")]


def test_a_number_or_a_date_broken_over_lines_is_read_whole():
    s = read("文件目录\n\n1. 《甲办法》（甲发〔2019\n〕8号，2019年4\n月26日）\n2. 《乙规定》（2021年6月1\n6日）\n")
    assert [(i.line, i.date) for i in s.items] == [(3, "2019-04-26"), (6, "2021-06-16")]


def test_an_unclosed_title_does_not_take_the_next_titled_line():
    s = read("2021年汇编\n\n3月1日，甲省印发《甲办法，推广电子签名。\n3月2日，乙市印发《乙规定》。\n")
    assert [i.date for i in s.items] == ["2021-03-01", "2021-03-02"]


def test_a_whole_notice_keeps_its_signature_date_and_the_document_it_reproduces():
    s = read("信息公开\n\n某县人民政府办公室转发《某省办公厅关于印发甲办法》和《乙办法》的通知\n\n各乡镇人民政府：\n\n"
             "现将《某省办公厅关于印发<甲办法>和<乙办法>的通知》(某政办发〔2020〕5号)转发给你们，请认真贯彻执行。\n\n"
             "某县人民政府办公室\n\n2020年3月2日\n\n某省人民政府办公厅\n\n印发《甲办法》\n\n《乙办法》的通知\n\n"
             "某政办发〔2020〕5号\n\n各市人民政府：\n\n《甲办法》和《乙办法》已经省政府同意，现印发给你们。\n\n2020年1月6日\n")
    assert [(i.date, i.line) for i in s.items] == [("2020-03-02", 3)]
    assert s.items[0].text.endswith("现印发给你们。\n\n2020年1月6日")


def test_an_entry_after_a_whole_notice_naming_a_new_title_is_an_item_again():
    s = read("2020年汇编\n\n3月2日，某县人民政府办公室：现将《甲办法》印发给你们，请认真执行。\n\n某县人民政府办公室\n\n"
             "3月5日，某市数据局发布《乙规范》。\n")
    assert [(i.date, i.text) for i in s.items] == [
        ("2020-03-02", "3月2日，某县人民政府办公室：现将《甲办法》印发给你们，请认真执行。\n\n某县人民政府办公室"),
        ("2020-03-05", "3月5日，某市数据局发布《乙规范》。")]


def test_a_notice_and_the_document_it_publishes_below_it_are_two_items():
    s = read("某市数据局关于印发《电子印章使用指引》的通知\n各区数据局：\n现将《某市电子印章使用指引》（以下简称《指引》）"
             "印发给你们，并就有关问题通知如下：\n一、提高认识。各区要重视电子印章应用。\n二、加强指导。贯彻落实《指引》中的问题及时反映。\n"
             "某市数据局\n2021年4月2日\n某市电子印章使用指引\n第一条 为规范电子印章使用，制定本指引。\n")
    notice, published = s.items
    assert (notice.line, notice.date, notice.document) == (1, "2021-04-02", True)  # a whole notice, from its heading
    assert notice.fields["title"] == "某市数据局关于印发《电子印章使用指引》的通知"
    assert notice.text.endswith("某市数据局\n2021年4月2日")
    assert (published.line, published.date, published.document, published.fields["title"]) == (
        8, "2021-04-02", True, "某市电子印章使用指引")
    assert (published.fields["agency"], published.fields[INFERRED_AGENCY]) == ("某市数据局", "carried")
    assert published.text.endswith("制定本指引。")


def test_a_dated_entry_stating_an_action_after_a_whole_notice_is_an_item_again():
    s = read("2020年汇编\n\n3月2日，某县人民政府办公室：现将《甲办法》印发给你们，请认真执行。\n\n"
             "3月5日，某市召开电子签名应用推进会。\n")
    assert [i.date for i in s.items] == ["2020-03-02", "2020-03-05"]


def test_a_directory_of_numbered_titles_without_brackets():
    s = read("汇编\n目录\n一、国家层面\n1　甲部电子印章管理办法（甲部，2022年8月23日）\n2　乙部电子证照规划\n"
             "二、地方层面\n3　丙市电子合同指引(试行)（丙市人社局）\n（以上文件全文见正文）\n")
    assert dated(s) == [("2022-08-23", "1　甲部电子印章管理办法（甲部，2022年8月23日）"), (None, "2　乙部电子证照规划"),
                        (None, "3　丙市电子合同指引(试行)（丙市人社局）")]
    assert [i.section for i in s.items] == ["国家层面", "国家层面", "地方层面"]


def test_a_number_then_a_space_is_a_list_marker_but_a_date_is_not():
    s = read("2022年汇编\n\n3 月 5 日，甲市人民政府印发《甲办法》。\n12 乙市人民政府印发《乙办法》。\n")
    assert dated(s) == [("2022-03-05", "3 月 5 日，甲市人民政府印发《甲办法》。"), (None, "12 乙市人民政府印发《乙办法》。")]


def test_a_clause_passing_a_law_without_its_body_takes_the_body_before_it_on_its_line():
    source = read("立法沿革\n\n2001年3月，甲省人大常委会通过甲省数据条例；2003年5月通过甲省信息化促进条例。\n\n2005年1月通过乙法。\n")
    first, second, third = source.items
    assert "agency" not in first.fields and second.fields["agency"] == "甲省人大常委会"
    assert second.fields[INFERRED_AGENCY] == "carried" and "agency" not in third.fields  # another paragraph


def test_a_title_line_without_brackets_over_a_dated_note_is_that_document():
    source = read("档案工作\n\n甲省电子档案管理实施办法\n（2005年6月1日甲省档案局印发）\n为规范电子档案管理，依据《乙规范》，制定本办法。\n")
    [item] = source.items
    assert item.document and (item.fields["title"], item.fields["agency"], item.date) == ("甲省电子档案管理实施办法", "甲省档案局", "2005-06-01")
    assert item.text.endswith("制定本办法。")


def test_a_day_on_which_a_document_only_takes_effect_is_no_document_date():
    [item] = read("档案工作\n\n2024年3月1日甲局第5号令《甲办法》正式施行。\n").items
    assert item.date is None and item.fields["in_force"] == "2024-03-01"


def test_a_paragraph_about_a_newly_revised_law_is_an_item():
    source = read("沿革\n\n《甲法》于2020年5月1日颁布。\n\n新修订《乙法》第三条规定电子档案与纸质档案具有同等效力。\n")
    assert [i.text[:6] for i in source.items] == ["《甲法》于2", "新修订《乙法"]


def test_a_separator_line_ends_an_article_whose_headline_and_page_date_are_no_items():
    s = read("要闻\n\n发布时间：2021-05-20\n\n  《甲省电子证照办法》公布。电子证照与纸质证照具有同等法律效力。\n\n——————\n\n"
             "乙部发布《乙规则》\n\n发布时间：2021-06-18\n\n  乙部17日发布《乙规则》。\n\n——————\n\n发布时间：2016-09-01\n\n"
             "  日前，丙省人民政府办公厅出台推进电子证照共享工作的通知。\n\n——————\n\n丙区推进电子档案试点\n\n"
             "  近期，丙区档案局开展电子档案试点。\n\n——————\n\n3月5日 丁部发布《丁规范》\n")
    assert [i.text for i in s.items] == [
        "《甲省电子证照办法》公布。电子证照与纸质证照具有同等法律效力。", "乙部17日发布《乙规则》。",
        "日前，丙省人民政府办公厅出台推进电子证照共享工作的通知。", "近期，丙区档案局开展电子档案试点。", "3月5日 丁部发布《丁规范》"]
    assert "乙部发布《乙规则》" in s.description


def test_a_bracketed_headline_over_a_page_date_or_a_dateline_opens_the_next_brief_of_a_column():
    s = read("每日快讯\n\n【甲省推行电子证照】\n发布时间：2021-06-07\n  本报甲城6月6日讯 甲省人民政府印发《甲办法》。\n"
             "  电子证照与纸质证照具有同等法律效力。\n\n【乙区推出电子合同指引】\n  本报讯 近日，乙区人社局制定《乙指引》。\n"
             "\n【丙部规范电子印章】\n发布时间：2023-02-03\n  新华社北京2月3日电 丙部印发《丙规则》。\n")
    assert dated(s) == [
        ("2021-06-06", "本报甲城6月6日讯 甲省人民政府印发《甲办法》。\n  电子证照与纸质证照具有同等法律效力。"),
        (None, "本报讯 近日，乙区人社局制定《乙指引》。"), ("2023-02-03", "新华社北京2月3日电 丙部印发《丙规则》。")]
    assert "【乙区推出电子合同指引】" in s.description


def test_a_report_whose_body_states_the_day_it_issued_is_dated_by_that_day_not_by_its_dateline():
    s = read("快讯\n\n【甲部规范电子印章】\n发布时间：2023-02-03\n  新华社北京2月3日电 甲部办公厅于1月20日印发《甲规则》。\n"
             "\n【乙部发布规则】\n发布时间：2023-03-04\n  新华社北京3月4日电 乙部印发《乙规则》。\n")
    assert [i.date for i in s.items] == ["2023-01-20", "2023-03-04"]
    t = read("快讯\n\n【甲省公布电子证照办法】\n发布时间：2022-06-02\n  本报甲城6月1日讯(记者 张三)《甲省电子证照办法》5月30日公布。\n")
    assert [i.date for i in t.items] == ["2022-05-30"]


def test_each_article_of_a_digest_takes_the_year_of_its_own_page_date_or_none():
    s = read("要闻\n\n  近日，丙部发布《丙办法》。\n\n——————\n\n甲省推行电子证照\n\n发布时间：2021-06-07\n\n  6月5日，甲省人民政府印发《甲办法》。\n\n"
             "——————\n\n乙部推行电子驾照\n\n  某某社北京8月18日电 乙部发布《乙规范》。\n")
    assert [i.date for i in s.items] == [None, "2021-06-05", None]  # never the year of the article before
    t = read("2020年要闻\n\n——————\n\n乙部推行电子驾照\n\n  8月18日，乙部发布《乙规范》。\n")
    assert [i.date for i in t.items] == ["2020-08-18"]  # the page's own year stays


def test_a_later_paragraph_where_a_kind_of_body_issues_a_new_document_is_an_item():
    s = read("2021年要闻\n\n——————\n\n甲省推行电子合同\n\n  6月5日，记者从甲省人社厅获悉，全省推行电子合同。\n"
             "  人社部门印发《甲省劳动关系指南》，优化流程。\n")
    assert dated(s) == [("2021-06-05", "6月5日，记者从甲省人社厅获悉，全省推行电子合同。"),
                        (None, "人社部门印发《甲省劳动关系指南》，优化流程。")]


def test_an_article_headline_names_the_place_of_its_items_until_the_next_article():
    s = read("要闻\n\n——————\n\n宁夏：推行电子合同\n\n  记者从自治区人社厅获悉，全区推行电子合同。\n\n——————\n\n"
             "乙部推行电子驾照\n\n  近日，乙部启动电子驾照试点。\n")
    assert [i.fields.get(PLACE) for i in s.items] == ["宁夏", None]


def test_a_report_of_a_document_an_earlier_entry_named_is_marked():
    from graph.read.items import REPORTS
    s = read("2025年回顾\n\n9月27日，甲部印发《甲办法》。\n\n10月9日，据某某网报道，甲部印发《甲办法》，乙局推进落实。\n\n"
             "10月10日，据某某网报道，丙部印发《丙办法》。\n")
    assert [i.fields.get(REPORTS) for i in s.items] == [None, "earlier", None]


def test_a_sentence_whose_body_issues_a_document_after_its_basis_is_an_item_with_the_actor_carried():
    s = read("2022年回顾\n\n12月30日，甲市数据局发布关于《甲市电子印章办法》的政策解读。依据《乙省印章办法》等文件，"
             "结合该市实际，该局制定了《甲市电子印章办法》，明确电子印章效力。\n")
    assert [i.text for i in s.items] == [
        "12月30日，甲市数据局发布关于《甲市电子印章办法》的政策解读。",
        "依据《乙省印章办法》等文件，结合该市实际，该局制定了《甲市电子印章办法》，明确电子印章效力。"]
    assert s.items[1].fields == {"agency": "甲市数据局", INFERRED_AGENCY: "carried"}


def test_a_basis_sentence_naming_no_new_issuance_stays_with_its_item():
    s = read("2022年回顾\n\n3月1日，甲市数据局印发《甲市电子印章办法》。依据《乙省印章办法》等文件，结合实际，特制定本办法。\n")
    assert len(s.items) == 1


def test_a_since_clause_naming_a_document_after_its_year_is_that_documents_item():
    s = read("甲市回顾\n\n近年来，甲市重视电子证照工作，自2015年《甲省电子证照意见》提出“推广电子证照”起，持续推进应用。"
             "2021年5月，甲市数据局印发《甲市电子印章规范》。\n")
    assert dated(s) == [("2015", "自2015年《甲省电子证照意见》提出“推广电子证照”起，持续推进应用。"),
                        ("2021-05", "2021年5月，甲市数据局印发《甲市电子印章规范》。")]
    assert s.description == ["近年来，甲市重视电子证照工作，"]


def test_a_paragraph_whose_purpose_comes_before_its_issuer_and_action_is_an_item():
    s = read("汇编\n\n3月1日，甲省人民政府印发《甲省电子证照办法》。\n"
             "为优化营商环境，经市政府同意，乙市数据局、乙市公安局联合印发了《乙市电子印章方案》。\n"
             "为推进落实，乙市将推广电子印章。\n")
    assert [i.text for i in s.items] == [
        "3月1日，甲省人民政府印发《甲省电子证照办法》。",
        "为优化营商环境，经市政府同意，乙市数据局、乙市公安局联合印发了《乙市电子印章方案》。\n为推进落实，乙市将推广电子印章。"]


def test_a_qa_page_reads_answers_like_prose_and_questions_as_no_item():
    s = read("政策问答\n\n问：甲省近期出台了什么文件？\n答：近日，甲省数据局印发《甲省电子印章管理办法》（以下简称《办法》）。\n"
             "问：《办法》有哪些规定？\n答：《办法》明确，电子印章与实物印章具有同等法律效力。\n"
             "问：乙市做了什么？\n答：为优化营商环境，乙市公安局印发了《乙市电子证照规范》。\n"
             "问：下一步有什么安排？\n答：下一步，将推广电子合同。\n")
    assert [i.text for i in s.items] == [  # an answer's label (答：) is no part of its item
        "近日，甲省数据局印发《甲省电子印章管理办法》（以下简称《办法》）。\n问：《办法》有哪些规定？\n"
        "答：《办法》明确，电子印章与实物印章具有同等法律效力。",
        "为优化营商环境，乙市公安局印发了《乙市电子证照规范》。"]
    assert [line for line in s.description if line.startswith("问")] == [
        "问：甲省近期出台了什么文件？", "问：《办法》有哪些规定？", "问：乙市做了什么？", "问：下一步有什么安排？"]
    assert "下一步，将推广电子合同。" in s.description


def test_a_sentence_cut_from_a_paragraph_keeps_the_day_between_its_issuer_and_action():
    s = read("甲省动态\n\n各地积极推进。乙市电子签约推进工作委员会办公室2021年5月6日印发《乙市电子合同方案》，力争2025年底覆盖。\n")
    assert dated(s) == [("2021-05-06", "乙市电子签约推进工作委员会办公室2021年5月6日印发《乙市电子合同方案》，力争2025年底覆盖。")]


def test_an_interview_reads_the_officials_answers_like_prose_and_a_contacts_label_as_no_answer():
    s = read("甲办法答记者问\n\n记者：甲省出台了什么文件？\n负责人：近日，甲省数据局印发《甲省电子印章管理办法》。\n"
             "记者：乙部做了什么？\n负责人：乙部最近组织编写了《乙指引》，明确电子合同的订立。\n"
             "记者：下一步有什么安排？\n负责人：下一步，将推广电子合同。\n\n负责人：张三\n")
    assert [i.text for i in s.items] == ["近日，甲省数据局印发《甲省电子印章管理办法》。", "乙部最近组织编写了《乙指引》，明确电子合同的订立。"]
    assert "记者：甲省出台了什么文件？" in s.description


def test_an_entry_whose_remark_says_same_as_above_takes_the_bodies_and_date_of_the_entry_above():
    s = read("汇编\n\n1 甲市电子印章办法(试行)（甲市人民政府办公厅，2022年8月23日）\n2 甲市电子证照办法（同上）\n"
             "3 甲市电子档案办法（同上，2022年9月1日）\n4 乙市电子合同指引（同上）\n")
    assert [(i.date, i.fields) for i in s.items] == [
        ("2022-08-23", {}),
        ("2022-08-23", {"agency": "甲市人民政府办公厅", INFERRED_AGENCY: "carried"}),
        ("2022-09-01", {"agency": "甲市人民政府办公厅", INFERRED_AGENCY: "carried"}),
        ("2022-09-01", {"agency": "甲市人民政府办公厅", INFERRED_AGENCY: "carried"})]


def test_a_table_cell_that_says_same_as_above_repeats_the_row_above():
    s = read("汇编\n\n| 名称 | 发文机关 | 日期 |\n|---|---|---|\n| 丙办法 | 同上 | 2021-01-05 |\n"
             "| 甲办法 | 甲市数据局 | 2021-03-05 |\n| 乙办法 | 同上 | 同上 |\n")
    assert [(i.date, i.fields.get("agency")) for i in s.items] == [
        ("2021-01-05", None), ("2021-03-05", "甲市数据局"), ("2021-03-05", "甲市数据局")]


def test_a_paragraph_about_a_document_by_the_short_name_the_text_declared_opens_no_item():
    s = read("汇编\n\n3月1日，甲省数据局印发《关于推进电子证照应用的意见》（以下简称“实施意见”）。\n\n"
             "《实施意见》提出，推进电子证照互认。\n\n《乙省电子印章办法》明确，推广电子印章。\n")
    assert [i.text for i in s.items] == [
        "3月1日，甲省数据局印发《关于推进电子证照应用的意见》（以下简称“实施意见”）。\n\n《实施意见》提出，推进电子证照互认。",
        "《乙省电子印章办法》明确，推广电子印章。"]


def test_a_bullet_stating_an_action_is_an_entry_of_its_own():
    s = read("📌 2021年5月　甲市人社局发布《甲市电子合同指引》，明确效力。\n- 明确电子合同与纸质合同具有同等效力。\n\n"
             "📌 乙区召开电子合同推介会，逐步在全区推行。\n")
    assert [(i.date, i.text) for i in s.items] == [  # a bullet stating no action goes on with the entry above
        ("2021-05", "📌 2021年5月　甲市人社局发布《甲市电子合同指引》，明确效力。\n- 明确电子合同与纸质合同具有同等效力。"),
        (None, "📌 乙区召开电子合同推介会，逐步在全区推行。")]


def test_particulars_reading_like_a_heading_under_a_title_alone_are_the_titles():
    s = read("汇编\n\n（一）《甲省电子证照实施方案》\n甲省人民政府办公厅　2022年\n要点：加快推进电子证照。\n")
    assert [(i.date, i.fields.get("agency"), i.text) for i in s.items] == [
        ("2022", "甲省人民政府办公厅", "（一）《甲省电子证照实施方案》\n甲省人民政府办公厅　2022年\n要点：加快推进电子证照。")]


def test_a_directory_of_numbered_titles_over_labelled_lines_gives_one_document_each():
    s = read("文件目录\n\n一、甲省人民政府关于印发《甲省电子印章办法》的通知\n文号：甲政发〔2021〕3号｜成文日期：2021年3月5日\n"
             "摘录：依据《电子签名法》，制定本办法。\n\n二、乙市人民政府办公室关于推进电子证照应用的通知\n摘录：推进电子证照互认。\n\n"
             "（以上为节选）\n")
    assert [(i.date, i.document, i.fields.get("title"), i.fields.get("number"), i.text) for i in s.items] == [
        ("2021-03-05", True, "甲省人民政府关于印发《甲省电子印章办法》的通知", "甲政发〔2021〕3号",
         "一、甲省人民政府关于印发《甲省电子印章办法》的通知\n文号：甲政发〔2021〕3号｜成文日期：2021年3月5日\n"
         "摘录：依据《电子签名法》，制定本办法。"),
        (None, True, "乙市人民政府办公室关于推进电子证照应用的通知", None,
         "二、乙市人民政府办公室关于推进电子证照应用的通知\n摘录：推进电子证照互认。")]


def test_an_editors_closing_words_are_the_pages_not_the_last_items():
    s = read("2021年回顾\n\n① 3月2日，甲省人民政府印发《甲省电子证照办法》。\n\n写在最后：电子签约正在成为企业的标配。\n")
    assert dated(s) == [("2021-03-02", "① 3月2日，甲省人民政府印发《甲省电子证照办法》。")]
    assert "写在最后：电子签约正在成为企业的标配。" in s.description


def test_a_bullet_ending_with_its_own_date_is_an_entry_of_the_list():
    s = read("政策动态\n- 甲省召开电子证照应用推进会 2022-01-20\n- 乙市人社局推行电子劳动合同2022-01-05\n")
    assert dated(s) == [("2022-01-20", "- 甲省召开电子证照应用推进会 2022-01-20"),
                        ("2022-01-05", "- 乙市人社局推行电子劳动合同2022-01-05")]


def test_a_region_label_opening_a_line_opens_an_entry_of_that_place():
    s = read("各地动态\n来源：某网\n导语：按地区整理。\n\n【福建】\n2017年4月24日，区某办公室印发《某区规划》。\n\n"
             "厦门：4月9日起，市某局在两区率先启动电子证照应用。\n\n泉州：同日起，市某委启动应用。\n\n"
             "【广东】\n▶ 汕头市：2020年5月，市某局着手开展平台建设。\n▶ 潮州市\n近日，市某局印发《潮州市办法》。\n")
    assert [(i.date, i.fields.get(PLACE), i.text) for i in s.items] == [
        ("2017-04-24", "福建", "2017年4月24日，区某办公室印发《某区规划》。"),
        (None, "厦门", "4月9日起，市某局在两区率先启动电子证照应用。"),  # the label is no part of it, nor the year before
        (None, "泉州", "同日起，市某委启动应用。"),
        ("2020-05", "汕头市", "2020年5月，市某局着手开展平台建设。"),
        (None, "潮州市", "近日，市某局印发《潮州市办法》。")]


def test_a_reports_writer_is_the_body_that_calls_itself_we_and_its_region_the_place():
    s = read("厦门市数据管理局2020年工作总结\n来源：市数据管理局\n\n一、聚焦平台建设，电子证照推广取得突破\n\n"
             "为优化营商环境，我局积极探索。早在2019年5月，我局即着手开展平台建设；2019年9月，我市被省某厅确认为试点城市。"
             "2020年3月，本局正式上线平台。\n")
    assert [(i.date, i.fields.get("agency"), i.fields.get(PLACE), i.text) for i in s.items] == [
        ("2019-05", "厦门市数据管理局", "厦门市", "早在2019年5月，我局即着手开展平台建设；"),
        ("2019-09", None, "厦门市", "2019年9月，我市被省某厅确认为试点城市。"),
        ("2020-03", "厦门市数据管理局", "厦门市", "2020年3月，本局正式上线平台。")]
    assert s.items[0].fields[INFERRED_AGENCY] == "carried"


def test_the_documents_a_reports_writer_acts_on_are_items_of_their_own_not_its_paragraph():
    s = read("厦门市财政局2020年工作总结\n来源：市财政局\n\n二、坚持依法推进\n\n"
             "我局严格按照《某部关于电子票据的函》（某函〔2019〕5号）要求，指导各单位推广；深入贯彻落实《甲条例》，推动应用。"
             "3月5日，市某委发布《乙市办法》。\n")
    assert [(i.date, i.text, i.fields) for i in s.items] == [
        (None, "《某部关于电子票据的函》（某函〔2019〕5号）", {}),  # undated, neither the writer's nor of its place
        (None, "《甲条例》", {}),
        ("2020-03-05", "3月5日，市某委发布《乙市办法》。", {PLACE: "厦门市"})]


def test_a_table_of_contents_lists_the_documents_the_body_gives_and_is_no_item():
    s = read("甲省文件汇编\n目 录\n1. 甲省电子印章管理办法 ………… 3\n2. 乙市电子证照办法 ………… 4\n\n"
             "2021年3月5日，甲省人民政府办公厅印发《甲省电子印章管理办法》。\n2022年4月6日，乙市人民政府印发《乙市电子证照办法》。\n")
    assert [i.date for i in s.items] == ["2021-03-05", "2022-04-06"]


def test_a_directory_entrys_excerpt_label_alone_takes_the_articles_below_it():
    s = read("甲省文件汇编\n\n（一）甲省电子印章管理办法\n发布机关：甲省人民政府办公厅\n文号：—\n发布日期：2021年3月5日\n【条文摘录】\n"
             "第一条　依据《中华人民共和国电子签名法》，制定本办法。\n二、电子印章与实物印章具有同等法律效力。\n\n"
             "（二）乙市电子证照管理办法\n发布机关：乙市人民政府\n发布日期：2022年4月6日\n【内容摘录】\n一、电子证照与纸质证照具有同等法律效力。\n")
    first, second = s.items
    assert (first.date, first.fields.get("number"), second.date) == ("2021-03-05", None, "2022-04-06")
    assert first.text.endswith("二、电子印章与实物印章具有同等法律效力。") and second.text.endswith("一、电子证照与纸质证照具有同等法律效力。")


def test_an_excerpt_given_on_its_label_line_takes_nothing_below_it():
    s = read("文件目录\n\n一、甲省人民政府关于推进电子证照应用的通知\n成文日期：2021年3月5日\n摘录：推进电子证照互认。\n\n"
             "2022年4月6日，乙市人民政府印发《乙市电子印章办法》。\n")
    assert [i.date for i in s.items] == ["2021-03-05", "2022-04-06"]


def test_a_section_header_between_rules_is_a_section_and_the_rule_under_it_no_new_article():
    s = read("甲所周报\n\n━━━━━━\n一、法律\n━━━━━━\n\n《甲省电子证照条例》\n2021年3月5日，甲省人大常委会通过《甲省电子证照条例》。\n\n"
             "━━━━━━\n二、部门规章\n━━━━━━\n\n《乙办法》\n2022年4月6日，乙部印发《乙办法》。\n")
    assert [(i.date, i.section, i.text.splitlines()[0]) for i in s.items] == [
        ("2021-03-05", "法律", "《甲省电子证照条例》"), ("2022-04-06", "部门规章", "《乙办法》")]


def test_a_title_line_over_the_sentence_of_its_issuance_is_that_document_and_its_session_a_meeting():
    s = read("甲所周报\n\n《甲省电子证照条例》（2019年修正）\n2019年4月23日，甲省第十三届人大常委会第十次会议修正，自公布之日起施行。\n"
             "【解读】条例规定电子证照与纸质证照具有同等法律效力。\n\n"
             "《乙办法》（乙局令第4号）\n2024年8月26日乙局局务会议审议通过，2024年9月4日公布，自2024年11月1日起施行。\n\n"
             "《丙办法》\n2025年9月27日，丙省人民政府办公厅以丙政办发〔2025〕33号文印发，自印发之日起施行。\n")
    assert [(i.date, i.document, i.fields.get("title"), i.fields.get("agency"), i.fields.get("number")) for i in s.items] == [
        ("2019-04-23", True, "甲省电子证照条例", "甲省第十三届人大常委会第十次会议", None),
        ("2019-04-23", False, "甲省电子证照条例", None, None),
        ("2024-09-04", True, "乙办法", "乙局局务会议", "乙局令第4号"),
        ("2024-08-26", False, "乙办法", None, None),
        ("2025-09-27", True, "丙办法", "丙省人民政府办公厅", "丙政办发〔2025〕33号")]
    assert s.items[0].text.endswith("具有同等法律效力。") and s.items[1].text == "2019年4月23日，甲省第十三届人大常委会第十次会议修正"
    assert s.items[3].text == "2024年8月26日乙局局务会议审议通过"


def test_a_title_line_without_brackets_over_the_sentence_of_its_issuance_is_that_document():
    s = read("甲所周报\n\n甲省人民政府关于电子证照的若干规定\n2019年4月26日，甲省省长签署甲省人民政府令第16号公布，自公布之日起施行。\n"
             "【要点】电子证照与纸质证照具有同等法律效力。\n\n关于规范乙市电子档案的通知（乙档发〔2020〕6号）\n"
             "2020年3月23日，乙市档案局、乙市财政局联合发布，自发布之日起施行。\n")
    assert [(i.date, i.document, i.fields.get("title"), i.fields.get("agency"), i.fields.get("number")) for i in s.items] == [
        ("2019-04-26", True, "甲省人民政府关于电子证照的若干规定", "甲省省长", "甲省人民政府令第16号"),
        ("2020-03-23", True, "关于规范乙市电子档案的通知", "乙市档案局、乙市财政局", "乙档发〔2020〕6号")]
    assert s.items[0].text.endswith("具有同等法律效力。")


def test_a_headline_without_brackets_over_a_paragraph_naming_its_title_is_no_entry_of_its_own():
    s = read("要闻\n\n甲省电子证照管理办法\n2021年3月5日，甲省人民政府办公厅印发《甲省电子证照管理办法》。\n")
    assert [(i.date, i.document) for i in s.items] == [("2021-03-05", False)]


def test_a_sentence_set_in_time_before_its_issuer_opens_its_own_item():
    s = read("甲所周报\n\n《甲省数字经济条例》\n2021年7月30日，甲省第十三届人大常委会第三十三次会议通过，自2021年9月1日起施行。\n"
             "【解读】条例明确数字经济发展。立法过程中，省司法厅曾公布《甲省数字经济条例（送审稿）》向社会征集意见。\n")
    assert [(i.date, i.text) for i in s.items][-1] == (None, "立法过程中，省司法厅曾公布《甲省数字经济条例（送审稿）》向社会征集意见。")


def test_a_legislatures_promulgation_notice_in_the_issuance_sentence_numbers_the_document():
    s = read("甲所周报\n\n《甲省数字经济条例》\n2021年7月30日，甲省人大常委会第三十三次会议通过（甲省人民代表大会常务委员会公告第85号），"
             "自2021年9月1日起施行。\n")
    assert s.items[0].fields.get("number") == "甲省人民代表大会常务委员会公告第85号"


def test_a_sentence_opening_with_its_issuer_and_the_year_or_month_it_acted_opens_an_item():
    s = read("甲省电子政务回顾\n\n乙部2009年2月以乙部令第1号公布《乙办法》，规范认证。更早之前，丙办公厅亦已印发《丙办法》，"
             "规范传输。以用工为例，甲市人社局2020年发布《甲市意见》，推动签约。\n")
    assert dated(s) == [
        ("2009-02", "乙部2009年2月以乙部令第1号公布《乙办法》，规范认证。"),
        (None, "更早之前，丙办公厅亦已印发《丙办法》，规范传输。"),  # earlier, by how much the text does not say
        ("2020", "以用工为例，甲市人社局2020年发布《甲市意见》，推动签约。")]


def test_an_issuing_sentence_naming_a_document_by_its_form_alone_is_that_documents_item():
    s = read("法院动态\n\n2021年5月18日，甲院审判委员会会议审议通过《甲院在线规则》；甲院于2021年6月正式发布该规则，明确效力。\n")
    assert [(i.date, i.fields.get("title")) for i in s.items] == [("2021-05-18", None), ("2021-06", "甲院在线规则")]


def test_a_laws_headnote_dates_and_issues_it_and_its_amending_decisions_are_items_that_amend_it():
    s = read("汇编\n\n（一）《甲法》\n2004年8月28日第十届甲人民代表大会常务委员会第十一次会议通过，根据2015年4月24日"
             "《甲常委会关于修改〈乙法〉等六部法律的决定》第一次修正\n第十四条　电子签名与手写签名具有同等的法律效力。\n\n"
             "（二）《丙办法》\n丙部令第1号，2009年2月18日公布，自2009年3月31日起施行；根据2015年4月29日《丙部关于修改部分规章的决定》"
             "（丙部令第29号）修订。\n")
    assert [(i.date, i.fields, i.document) for i in s.items] == [
        ("2004-08-28", {"agency": "第十届甲人民代表大会常务委员会第十一次会议", "title": "甲法"}, True),
        ("2004-08-28", {"title": "甲法"}, False),  # the session that passed it
        ("2015-04-24", {"title": "甲常委会关于修改〈乙法〉等六部法律的决定", AMENDS: "甲法"}, True),
        ("2009-02-18", {"agency": "丙部", "title": "丙办法", "number": "丙部令第1号"}, True),
        ("2015-04-29", {"title": "丙部关于修改部分规章的决定", AMENDS: "丙办法", "number": "丙部令第29号"}, True)]
    assert s.items[0].text.endswith("具有同等的法律效力。")  # its articles are its own, not the decision's


def test_a_timelines_event_cell_is_prose_dated_by_its_time_cell():
    s = read("# 杭州市“最多跑一次”大事记\n\n| 时间 | 事件 |\n|---|---|\n"
             "| 2017年 | 市委办公厅、市政府办公厅联合印发《甲方案》 |\n"
             "| 2017年3月 | 市数据局印发《乙办法》 |\n"
             "| 2017年5月2日 | 市政府常务会议通过《丙规定》；9日以市政府令第3号公布，自7月1日起施行 |\n"
             "| 2018年6月 | 12日，市政府办公厅印发《丁办法》；同期，市数据局对《丁办法》作出政策解读 |\n"
             "| 2019年 | “最多跑一次”入选典型案例 |\n")
    assert [(i.date, i.text) for i in s.items] == [
        ("2017", "市委办公厅、市政府办公厅联合印发《甲方案》"),
        ("2017-03", "市数据局印发《乙办法》"),
        ("2017-05-02", "市政府常务会议通过《丙规定》；"),
        ("2017-05-09", "9日以市政府令第3号公布，自7月1日起施行"),
        ("2018-06-12", "12日，市政府办公厅印发《丁办法》；"),
        ("2018-06", "同期，市数据局对《丁办法》作出政策解读"),
        ("2019", "“最多跑一次”入选典型案例"),
    ]
    assert {i.fields.get(PLACE) for i in s.items} == {"杭州市"}  # the heading's city: 市数据局 is 杭州's
    assert all(INFERRED_AGENCY not in i.fields for i in s.items)  # no row's body carries into the next
    assert (s.items[3].fields["title"], s.items[3].fields["number"]) == ("丙规定", "市政府令第3号")
    assert s.problems == []


def test_a_basis_alone_before_a_dated_clause_opens_no_item():
    s = read("动态\n\n根据甲部《关于开展电子证照试点的通知》，2021年，乙省数据局被确定为试点单位，目前平台已上线。\n")
    assert [i.text for i in s.items] == ["根据甲部《关于开展电子证照试点的通知》，2021年，乙省数据局被确定为试点单位，目前平台已上线。"]


def test_a_compilation_of_documents_printed_whole_gives_one_item_each_heading_to_signature():
    s = read("政策文件选编\n                  · 41 ·\n二、甲省\n\n甲省人民政府办公厅\n关于印发乙方案\n的通知\n\n"
             "各市人民政府，省政府各部门：\n    《乙方案》已经省政府同意，现印发给你们，请认真贯彻执行。\n\n"
             "                    甲省人民政府办公厅\n                    二0一八年十一月二十日\n\n"
             "    为贯彻落实甲省人民政府《丙意见》要求，制定本方案。\n  政策文件选编            · 42 ·\n\n"
             "丁市人民政府关于印发戊办法的通知\n丁政函[2018]99号\n\n各县人民政府：\n    现将《戊办法》印发给你们。\n\n"
             "                    丁市人民政府\n                    2018年12月3日\n")
    assert [(i.date, i.fields, i.document) for i in s.items] == [
        ("2018-11-20", {"title": "甲省人民政府办公厅关于印发乙方案的通知"}, True),
        ("2018-12-03", {"title": "丁市人民政府关于印发戊办法的通知", "number": "丁政函[2018]99号"}, True)]
    assert "制定本方案" in s.items[0].text and "· 42 ·" not in s.items[1].text


def test_a_bilingual_newsletters_english_lines_are_no_items_and_a_year_leading_an_issuance_dates_it():
    s = read("通讯\n\n二、电子劳动合同 | II. Electronic Labour Contracts\n\n"
             "1. 2020年，甲市人社局发布《甲市意见》。\nIn 2020, the bureau issued the Opinions.\n\n"
             "2. 甲省人大常委会办公厅于2021年5月20日发布公告，将《乙决定（草案）》公布。\nOn 20 May 2021, the office published the draft.\n\n"
             "3. 同年6月23日，甲省人大常委会会议表决通过《乙决定》。\n")
    assert [(i.date, i.section, i.text) for i in s.items] == [
        ("2020", "电子劳动合同", "1. 2020年，甲市人社局发布《甲市意见》。"),
        ("2021-05-20", "电子劳动合同", "2. 甲省人大常委会办公厅于2021年5月20日发布公告，将《乙决定（草案）》公布。"),
        ("2021-06-23", "电子劳动合同", "3. 同年6月23日，甲省人大常委会会议表决通过《乙决定》。")]
    assert read("回顾\n\n2021年，电子证照全面提速。3月5日，甲局发布《甲办法》。\n").items[0].date == "2021-03-05"


def test_a_rule_closes_a_whole_document_and_what_follows_is_read_again():
    s = read("公报\n\n甲省人民政府关于印发乙规划的通知\n\n甲政〔2020〕35号\n\n各市人民政府：\n    现将《乙规划》印发给你们。\n\n"
             "━━━━━━━━━━\n政策解读\n━━━━━━━━━━\n\n2020年11月2日，甲省人民政府常务会议审议通过《乙规划》。\n")
    assert [(i.date, i.fields.get("number")) for i in s.items] == [(None, "甲政〔2020〕35号"), ("2020-11-02", None)]


def test_an_outlines_heading_dates_the_days_of_its_bullets_in_its_year():
    s = read("# 备忘录\n\n## 1. 国家层面\n\n#### 1.1.1 电子证照互认与共享应用专题（2019年）\n\n"
             "- 3月5日，甲部印发《甲办法》，明确效力。\n\n#### 1.1.2 电子印章（2021年）\n\n"
             "- 6月7日，乙部印发《乙规定》。\n")
    assert [i.date for i in s.items] == ["2019-03-05", "2021-06-07"]


def test_a_memos_closing_advice_lists_no_items():
    s = read("# 备忘录\n\n## 1. 地方层面\n\n- 2021年3月5日，甲市人民政府印发《甲办法》。\n\n## 2. 下一步建议\n\n"
             "1. 结合甲办法梳理本单位情况。\n2. 2022年底前完成汇编更新。\n")
    assert [i.date for i in s.items] == ["2021-03-05"]


def test_a_remark_bullet_is_no_part_of_the_entry_above():
    s = read("# 梳理\n\n- 2021年3月5日，甲市人民政府印发《甲办法》。\n- 编写组意见：该办法为电子印章提供依据。\n")
    assert [i.text for i in s.items] == ["- 2021年3月5日，甲市人民政府印发《甲办法》。"]
    assert "- 编写组意见：该办法为电子印章提供依据。" in s.description


def test_a_laws_quoted_article_is_no_item():
    s = read("一、法律怎么说\n\n《甲法》第十四条：可靠的签名与手写签名具有同等效力。\n\n二、政策\n\n"
             "2021年3月5日，甲市人民政府印发《甲办法》。\n")
    assert [i.date for i in s.items] == ["2021-03-05"]


def test_a_digests_footnotes_date_the_entries_citing_them_and_are_no_items():
    s = read("日期：2024年5月6日\n主题：速递\n\n1. 甲省人民政府办公厅印发《甲办法》[1]。\n\n2. 乙局负责人答记者问[2]。\n\n"
             "注释\n[1] 甲办发〔2021〕5号，2021年3月4日印发。\n[2] 新华社北京4月9日电。\n")
    assert [(i.date, i.fields.get("number")) for i in s.items] == [("2021-03-04", "甲办发〔2021〕5号"), ("2024-04-09", None)]


def test_a_year_leading_a_title_and_its_passive_action_dates_that_entry():
    s = read("二、政策\n\n- 2020年，《甲法典》颁布，对电子合同作出规定。\n- 2021年，《乙办法》公布，明确效力。\n")
    assert [i.date for i in s.items] == ["2020", "2021"]


def test_an_entry_naming_its_document_as_published_that_day_is_dated_by_it():
    s = read("# 梳理\n\n## 甲市\n\n- 2022年4月27日发布的《甲方案》，根据《乙规划》制定，\n  提出打造新格局。\n")
    assert [i.date for i in s.items] == ["2022-04-27"]


def test_a_section_numbered_as_a_header_before_is_a_header_though_it_ends_as_a_title():
    s = read("甲汇编\n\n一、案例节选\n\n2021年3月，甲市法院审结一案。\n\n二、规定与解释\n\n"
             "2021年5月，乙省人民政府印发《乙省电子证照办法》。\n")
    assert [i.text for i in s.items] == ["2021年3月，甲市法院审结一案。", "2021年5月，乙省人民政府印发《乙省电子证照办法》。"]


def test_a_reports_plans_are_no_items_unless_a_line_issues_a_document():
    s = read("甲市数据局年度报告\n\n一、工作情况\n\n2029年3月，甲市人民政府印发《甲市电子证照办法》。\n\n二、存在的问题\n\n"
             "一是电子印章应用不广。\n\n三、2030年工作计划\n\n(一)推动电子证照扩大应用，力争新增事项50项。\n"
             "(二)推广电子印章，实现全市通用。\n(三)4月，甲市人民政府印发《甲市电子印章办法》。\n")
    assert [i.text for i in s.items] == ["2029年3月，甲市人民政府印发《甲市电子证照办法》。", "(三)4月，甲市人民政府印发《甲市电子印章办法》。"]


def test_a_reports_numbered_results_are_no_items_but_its_documents_and_activities_are():
    s = read("惠州市数据局\n2030年度工作报告\n\n一、工作情况\n\n1. 健全机制。惠州市人民政府印发《惠州市电子证照办法》。\n\n"
             "2. 开展“进窗口”活动。各单位领导深入窗口。\n\n3. 提升服务。增设窗口5个，事项全部网办。\n")
    texts = [i.text for i in s.items]
    assert any("《惠州市电子证照办法》" in t for t in texts) and any("开展“进窗口”活动" in t for t in texts)
    assert not any("提升服务" in t for t in texts)


def test_an_announcements_signature_and_the_paragraph_after_it_are_its_own():
    s = read("甲汇编\n\n《甲院关于电子诉讼的规定》已于2030年3月1日由甲院会议通过，现予公布。\n最高人民法院\n2030年3月5日\n\n"
             "该规定根据《中华人民共和国民事诉讼法》制定，共10条。\n")
    assert len([i for i in s.items if "该规定" in i.text]) == 1
    assert not any(i.text.startswith("该规定") for i in s.items)


def test_the_published_documents_heading_is_found_with_a_space_a_copy_put_inside_it():
    s = read("某市数据局关于印发《电子印章使用指引》的通知\n各区数据局：\n现将《某市电子印章使用指引》印发给你们。\n"
             "某市数据局\n2021年4月2日\n某 市电子印章使用指引\n第一条 为规范电子印章使用，制定本指引。\n")
    assert [i.fields.get("title") for i in s.items] == ["某市数据局关于印发《电子印章使用指引》的通知", "某 市电子印章使用指引"]
