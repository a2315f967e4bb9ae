"""The session that passed an item's document, told inside the item: a meeting item of its own."""

from __future__ import annotations

from graph.read.items import Source
from graph.read.roundup import read_roundup


def read(text: str) -> Source:
    source = Source(name="t.txt", sha="0", encoding="utf-8", text=text)
    read_roundup(source)
    return source


def test_a_dated_session_inside_an_item_is_a_meeting_nested_in_its_passage():
    s = read("司法解释汇编\n\n2020年3月9日，某某法院发布《甲诉讼规则》，该规则已于2020年2月10日由某某法院审判委员会"
             "第900次会议通过，自2020年5月1日起施行。\n")
    document, session = s.items
    assert session.text == "该规则已于2020年2月10日由某某法院审判委员会第900次会议通过"
    assert (session.date, session.fields) == ("2020-02-10", {"title": "甲诉讼规则"})
    assert document.start < session.start < session.end < document.end
    assert s.text[session.start:session.end] == session.text


def test_a_session_day_without_its_year_takes_the_year_of_the_document_it_passed():
    s = read("司法解释汇编\n\n2030年6月16日，某某法院公布《甲诉讼规则》，该规则已于5月18日由某某法院审判委员会"
             "第900次会议通过。\n\n2031年1月5日，某某法院公布《乙调解规则》，该规则已于12月28日由某某法院审判委员会"
             "第901次会议通过。\n")
    assert [i.date for i in s.items] == ["2030-06-16", "2030-05-18", "2031-01-05", "2030-12-28"]
    assert [i.fields.get("title") for i in s.items[1::2]] == ["甲诉讼规则", "乙调解规则"]


def test_a_session_clause_naming_its_title_needs_no_referent():
    s = read("规章汇编\n\n【商务部】\n商務部令第3號：《甲數據辦法》已經2003年9月1日商務部部務會議審議通過，現予發佈。\n")
    [_, session] = s.items
    assert session.text == "《甲數據辦法》已經2003年9月1日商務部部務會議審議通過" and session.fields == {}
    assert session.date == "2003-09-01"


def test_undated_sessions_and_sessions_that_open_their_item_are_not_cut():
    s = read("立法回顾\n\n2004年3月24日，某办拟订了《甲法(草案)》，该草案已经某院常务会议讨论通过。\n\n"
             "2021年5月18日，《乙规则》由某某法院审判委员会第800次会议通过。\n"
             "2021年6月1日，某局印发《丙办法》，丁办法已于2021年5月1日由某局局务会议通过。\n")
    assert len(s.items) == 3  # no title ends with 丁办法: nothing for the session to approve


def test_a_table_row_composed_from_its_cells_is_not_searched():
    s = read("| 日期 | 发文机关 | 文件名称 | 主要内容 |\n|---|---|---|---|\n"
             "| 2020-03-09 | 某某法院 | 甲诉讼规则 | 自2020年5月1日起施行，该规则已于2020年2月10日由某某法院审判委员会第900次会议通过 |\n")
    assert len(s.items) == 1
