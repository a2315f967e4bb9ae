"""Sentences about one of several documents an item issues, picked out by 其中 and a short form."""

from graph.extract.referred import about_one

TITLES = ["甲市政务电子印章管理办法(试行)", "甲市政务电子证照管理办法(试行)"]


def test_a_sentence_opening_with_qizhong_and_a_short_form_is_about_that_document():
    text = "甲市人民政府办公厅印发《甲市政务电子印章管理办法(试行)》和《甲市政务电子证照管理办法(试行)》。其中电子证照办法根据《乙法》制定。"
    [(a, b, i)] = about_one(text, TITLES)
    assert text[a:b] == "其中电子证照办法根据《乙法》制定。" and i == 1


def test_a_short_form_fitting_both_or_neither_or_one_document_alone_picks_none():
    assert about_one("印发两办法。其中管理办法根据《乙法》制定。", TITLES) == []  # fits both
    assert about_one("印发两办法。其中电子合同办法根据《乙法》制定。", TITLES) == []  # fits neither
    assert about_one("印发两办法。其中电子证照规定根据《乙法》制定。", TITLES) == []  # another form
    assert about_one("印发办法。其中电子证照办法根据《乙法》制定。", TITLES[1:]) == []  # one document: all its own
    assert about_one("印发两办法，明确其中电子证照办法的适用范围。", TITLES) == []  # 其中 not opening a sentence
