import pytest


def summary(x):
    return [(sorted(t.pref_zh for t in e.electronic), sorted(t.pref_zh for t in e.traditional)) for e in x.equivalences]


@pytest.mark.parametrize("sentence, electronic, traditional", [
    ("电子印章与实物印章具有同等法律效力。", ["电子印章"], ["实物印章"]),
    ("电子證照與紙質證照具有同等法律效力。", ["电子证照"], ["纸质证照"]),
    ("可靠的电子签名与手写签名或者盖章具有同等的法律效力。", ["电子签名"], ["实物印章", "手写签名"]),
    ("电子劳动合同与纸质劳动合同效力等同。", ["电子劳动合同"], ["纸质合同"]),
    ("经审核通过的电子化材料视同原件。", ["电子文件"], ["原件"]),
    ("不得仅因合同采用电子形式而否定其法律效力。", [], ["纸质材料"]),
    ("电子证照与纸质证照具有同等效力。", ["电子证照"], ["纸质证照"]),
    ("加盖电子印章的电子证照与纸质证照具有同等法律效力。", ["电子证照"], ["纸质证照"]),  # 电子印章 qualifies it
    ("电子证照与纸质证照具有同等法定效力。", ["电子证照"], ["纸质证照"]),
    ("电子证照具有与纸质证照同等的证明效力。", ["电子证照"], ["纸质证照"]),
    ("电子印章与实物印章，在政务服务中具有同等法律效力。", ["电子印章"], ["实物印章"]),
    ("电子合同与纸质合同同样有效。", ["电子合同"], ["纸质合同"]),
    ("电子证照其效力与纸质证照相同。", ["电子证照"], ["纸质证照"]),
    ("电子档案与纸质档案具有相同的法律效力。", ["电子档案"], ["纸质档案"]),
    ("电子证照可替代纸质证照原件使用。", ["电子证照"], ["原件", "纸质证照"]),
    ("电子档案与传统载体档案具有同等效力。", ["电子档案"], ["纸质档案"]),
    ("网上办理的备案与线下办理的备案具有同等法律效力。", [], ["线下形式"]),
    ("在线调解活动与现场办理的调解，具有同等效力。", [], ["线下形式"]),
    ("电子证照与纸质证照同等有效。", ["电子证照"], ["纸质证照"]),
    ("能够有形地表现所载内容的数据电文，视为符合法律、法规要求的书面形式。", [], ["纸质材料"]),
    ("加盖电子印章的电子公文与纸质公文具有同等效力。", ["电子文件"], ["纸质材料"]),  # a qualifier's form is not claimed
    ("包含电子签名的电子证照与纸质证照具有同等法律效力。", ["电子证照"], ["纸质证照"]),
    ("加盖电子印章的电子材料与纸质材料具有同等效力。", ["电子印章"], ["纸质材料"]),  # 电子材料 no form of the scheme
])
def test_wordings_of_equivalence(item_of, sentence, electronic, traditional):
    x = item_of(f"某省人民政府印发《某办法》。{sentence}")
    assert summary(x) == [(electronic, traditional)]
    assert "同等法律效力" in [c.pref_zh for c in x.concepts] or x.equivalences


@pytest.mark.parametrize("sentence", [
    "对电子劳动合同真实性和合法性的核定做出具体规定。",
    "加盖电子印章的电子材料合法有效。",
    "推进电子印章在政务服务领域的应用。",
    "电子合同具有法律效力。",
    "电子劳动合同一经订立即具有法律效力。",
    "明确电子合同的法律效力。",
    "当前电子签名的法律效力不强。",
    "电子证照同等适用。",
    "线下窗口与自助终端具有同等效力。",
    "以可视为书面形式的数据电文为载体订立电子劳动合同。",  # describes the carrier, claims nothing
])
def test_not_equivalence(item_of, sentence):
    assert item_of(f"某省人民政府印发《某办法》。{sentence}").equivalences == []


def test_two_assertions_in_one_sentence_with_conditions(item_of):
    x = item_of("湖北省人大常委会发布《湖北省数字经济促进条例》：符合国家规定的电子印章与实物印章具有同等法律效力，"
                "可靠的电子签名与手写签名具有同等法律效力。")
    assert summary(x) == [(["电子印章"], ["实物印章"]), (["电子签名"], ["手写签名"])]
    assert x.equivalences[0].conditions == ("符合国家规定的",)
    assert x.equivalences[1].basis == ("《中华人民共和国电子签名法》第十四条",)


def test_title_words_are_not_read_as_the_claim(item_of):
    x = item_of("某市印发《电子文件管理办法》：可靠的电子签章与盖章有同等法律效力。")
    assert summary(x) == [(["电子印章"], ["实物印章"])]


def test_a_claim_quoted_from_a_cited_document_is_not_the_items(item_of):
    x = item_of("某市档案局印发《某市档案数字化方案》。《中华人民共和国档案法》第三十七条规定“电子档案与传统载体档案具有同等效力”。")
    assert x.equivalences == []
    y = item_of("某市档案局印发《某市档案数字化方案》，明确电子档案与纸质档案具有同等效力。")
    assert summary(y) == [(["电子档案"], ["纸质档案"])]
    z = item_of("新修订《中华人民共和国档案法》第三十七条规定“电子档案与传统载体档案具有同等效力”。", None)
    assert summary(z) == [(["电子档案"], ["纸质档案"])]
