"""The clause readers the segmenter asks before it cuts: each on examples written for it."""

from __future__ import annotations

from graph.read.detect import clauses, issuance


def test_a_clause_mark_inside_a_title_and_a_typo_that_closes_nothing():
    assert clauses.in_title("印发《甲，乙办法》", 0, 4) and not clauses.in_title("《甲办法》》；乙局", 0, 6)
    assert not clauses.in_title("《乙办法。2021年", 0, 4)  # a 《 left open ends at its sentence's end


def test_lead_ins_purposes_and_the_document_the_text_makes():
    assert clauses.lead_in("电子印章方面，") and not clauses.lead_in("2021年3月，甲局") and not clauses.lead_in("《甲》")
    assert clauses.colon_lead("新冠疫情暴发以来，电子劳动合同得到推广：甲部印发《乙》") == 20  # up to its colon
    assert clauses.purpose_lead("为优化营商环境，甲局印发了《乙规范》") and not clauses.purpose_lead("为优化营商环境，推进改革")
    assert clauses.makes("为落实上级要求，制定本办法。", "甲市电子证照管理办法") and not clauses.makes("制定本办法。", "甲市指引")
    assert clauses.dates_the_piece("《甲办法》，", "2021年1月由乙局发布。")  # the undated title's date and issuer
    assert not clauses.dates_the_piece("2020年3月，《甲办法》，", "2021年1月由乙局发布。")  # the title is dated already
    assert not clauses.dates_the_piece("《甲办法》，", "2021年1月乙局印发《丙办法》。")  # a title of its own


def test_a_titles_particulars_sentence_gives_its_date_body_session_and_number():
    found = issuance.issuance("2019年4月23日，甲省人大常委会第三次会议修正")
    assert found is not None and (found.mark.year, found.mark.month, found.mark.day, found.body, found.session) == (
        2019, 4, 23, "甲省人大常委会第三次会议", True)
    order = issuance.issuance("甲部令第1号，2009年2月18日公布，自2009年3月31日起施行")
    assert order is not None and (order.body, order.number, order.mark.day) == ("甲部", (0, 6), 18)
    assert issuance.issuance("2021年3月5日，甲局印发《乙办法》。") is None  # names a title it does not amend
    assert issuance.issuance("电子印章应用不断深入。") is None
