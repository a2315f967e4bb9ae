import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.extract import life
from graph.extract.titles import TitleSpan


@pytest.mark.parametrize("text, expected", [
    ("本办法自2022年1月1日起施行。", "2022-01-01"),
    ("自 2022 年 3 月 1 日起正式施行", "2022-03-01"),
    ("本规定自3月1日起实施。", "2021-03-01"),
    ("自2022-01-01起施行", "2022-01-01"),
    ("本办法自印发之日起施行。", "2021-12-15"),
    ("本办法将于明年施行。", None),
])
def test_entry_into_force(text, expected):
    assert life.entry_into_force(text, 2021, "2021-12-15") == expected


def test_entry_on_issue_needs_a_whole_day():
    assert life.entry_into_force("自发布之日起施行", 2021, "2021-12") is None


@pytest.mark.parametrize("title, text, expected", [
    ("六安市电子印章管理暂行办法(征求意见稿)", "", "draft-for-comment"),
    ("中华人民共和国电子签名法(修正草案)", "", "draft-for-comment"),
    ("某办法", "《某办法》(已废止)", "repealed"),
    ("某办法", "《某办法》 时效性：现行有效", "in-force"),
    ("某办法", "《某办法》明确电子印章效力", None),
])
def test_status(title, text, expected):
    assert life.status(title, text, TitleSpan(1, 1 + len(title))) == expected


@pytest.mark.parametrize("title, expected", [
    ("关于修改〈中华人民共和国电子签名法〉的决定", ("amends", "中华人民共和国电子签名法")),
    ("关于修改〈中华人民共和国会计法〉等十一部法律的决定", ("amends", "中华人民共和国会计法")),
    ("关于废止〈某省电子政务管理办法〉的决定", ("repeals", "某省电子政务管理办法")),
    ("关于推进电子印章应用的决定", None),
])
def test_changed_by_title(title, expected):
    assert life.changed_by_title(title) == expected


def test_repealed_in_text():
    text = "某办法自印发之日起施行，《旧办法》同时废止。"
    assert life.repealed_in_text(text[:text.index("《")], text, text.index("》"))  # end: where 》 stands
    assert life.repealed_in_text("宣布废止", "x", 0)
    assert not life.repealed_in_text("印发", "《新办法》，推进", 4)


@pytest.mark.parametrize("text, date, in_force", [
    ("2024年11月1日，某局第22号令《某档案管理办法》正式施行。", None, "2024-11-01"),
    ("2024年11月1日，《某条例》(某令第5号)生效。", None, "2024-11-01"),
    ("2024年11月1日，某局印发《某办法》，自印发之日起施行。", "2024-11-01", "2024-11-01"),
    ("2024年11月1日，某局印发《某办法》，自2025年1月1日起施行。", "2024-11-01", "2025-01-01"),
])
def test_an_entry_dated_by_the_day_its_document_takes_effect(item_of, text, date, in_force):
    x = item_of(text, "2024-11-01")
    assert (x.item.date, x.in_force) == (date, in_force)


def test_the_day_the_reader_found_a_document_takes_effect_is_kept():
    from graph.extract.item import extract
    from graph.gazetteer.regions import region_index
    from graph.read.items import RawItem
    text = "3月1日起，《某条例》正式施行。"
    x = extract(RawItem("t.txt", 1, 0, len(text), text, None, fields={"in_force": "2024-03-01"}), region_index())
    assert (x.item.date, x.in_force) == (None, "2024-03-01")


@pytest.mark.parametrize("title, draft", [
    ("关于公开征求〈甲市电子印章管理办法(征求意见稿)〉意见的公告", "甲市电子印章管理办法(征求意见稿)"),
    ("关于征求《乙省电子证照管理暂行办法》意见的通知", "乙省电子证照管理暂行办法"),
    ("甲市数据局关于对〈甲市电子签章规范〉公开征求意见的通告", "甲市电子签章规范"),
    ("关于甲市电子印章管理办法公开征求意见的通知", "甲市电子印章管理办法"),
    ("关于公开征集〈丙规定(草案)〉修改意见建议的公告", "丙规定(草案)"),
    ("关于征求意见的通知", None),
    ("关于印发〈甲市电子印章管理办法〉的通知", None),
    ("关于进一步征求群众意见建议工作的通知", None),
])
def test_a_consultation_notice_names_the_draft_it_opens(title, draft):
    assert life.consulted(title) == draft


def test_a_consultation_notice_is_its_draft_with_draft_status(item_of):
    x = item_of("2021年9月14日，甲市公安局发布关于公开征求《甲市电子印章管理暂行办法（征求意见稿）》意见的公告。")
    [main] = x.titles
    assert (main.norm, main.status, main.verbatim) == (
        "甲市电子印章管理暂行办法(征求意见稿)", "draft-for-comment", "甲市电子印章管理暂行办法（征求意见稿）")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("关于公开征求征集对就〈〉《》意见建议的公告通知函甲办法稿()"), max_size=30))
def test_a_consultation_notice_never_raises_and_names_a_draft_inside_it(title):
    draft = life.consulted(title)
    assert draft is None or (draft and draft in title)


@pytest.mark.parametrize("label, expected", [
    ("现行有效", "in-force"), ("有效", "in-force"), ("已失效", "expired"), ("已废止", "repealed"), ("征求意见", None), (None, None),
])
def test_status_of_a_validity_field(label, expected):
    assert life.status_of(label) == expected
