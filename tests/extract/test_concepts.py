"""An item's concepts: what its own text and title name, not the titles it cites."""

import pytest


def concepts(x):
    return sorted(c.pref_zh for c in x.concepts)


@pytest.mark.parametrize("text, expected", [
    ("某市数据局依据《中华人民共和国电子签名法》等规定，印发《某市电子印章管理办法》。", ["电子印章"]),
    ("为贯彻落实《电子证照应用指南》，某省人社厅印发《某省电子劳动合同推广方案》。", ["电子劳动合同"]),
    ("某区政府印发《某区数字政府方案》，同时废止《某区电子文件管理规定》。", []),
    ("某市数据局印发《某市电子印章管理办法》，推广电子签名。", ["电子印章", "电子签名"]),
    ("国家电子文件管理部际联席会议办公室印发《某电子印章规范》。", ["电子印章"]),  # not the issuer's own name
])
def test_a_document_is_about_what_its_own_text_names_not_the_titles_it_cites(item_of, text, expected):
    assert concepts(item_of(text)) == expected


def test_the_name_of_the_body_that_issues_or_acts_is_no_subject(item_of):
    x = item_of("国家市场监督管理总局、国家电子文件管理部际联席会议办公室联合发布《电子证照》国家标准。")
    assert [m.agency.name for m in x.issuers] == ["国家市场监督管理总局", "国家电子文件管理部际联席会议办公室"]
    assert concepts(x) == ["电子证照"]
    y = item_of("国家电子文件管理部际联席会议办公室印发《某规范》，推进电子文件管理。")
    assert concepts(y) == ["电子文件"]  # named again in the text: the text's
    z = item_of("《洛阳市电子证照管理暂行办 法》（洛政办〔2021〕3号）")  # a title broken by a space, its words read as a body
    assert concepts(z) == ["电子证照"]  # a title's words stay


def own(x):
    return {t.verbatim: sorted(c.pref_zh for c in t.concepts) for t in x.titles if t.concepts is not None}


def test_each_of_several_documents_is_about_its_own_text_and_title(item_of):
    x = item_of("某局印发《某省电子印章办法》《某省电子证照办法》，规范电子印章管理。")
    assert own(x) == {"某省电子印章办法": ["电子印章"], "某省电子证照办法": ["电子证照"]}
    y = item_of("某局印发《某省甲办法》《某省乙细则》，推广电子签名。")
    assert own(y) == {"某省甲办法": ["电子签名"], "某省乙细则": ["电子签名"]}  # no title names it: both
    z = item_of("某局印发《某省甲办法》，推广电子签名。商务部发布《乙规范》，推进电子合同应用。")
    assert own(z) == {"某省甲办法": ["电子签名"], "乙规范": ["电子合同"]}
    v = item_of("某局印发《关于印发某市电子文件办法》《某市电子印章办法的通知》：推广电子签名。")
    assert own(v) == {} and concepts(v) == ["电子印章", "电子文件", "电子签名"]  # one notice's title: all it names
    u = item_of("2019年2月，《某湾区规划纲要》印发，提出推进电子签名互认。2020年9月，三省共同制定的《某地区电子证照互认共识》发布。")
    assert own(u) == {"某湾区规划纲要": ["互认", "电子签名"], "某地区电子证照互认共识": ["互认", "电子证照"]}  # a sentence each
    w = item_of("某市推广电子劳动合同。人社部门印发《某市劳动关系指南》，优化流程。")
    assert own(w) == {"某市劳动关系指南": []}  # its own clause, after the news, names none
    assert own(item_of("某局印发《某省甲办法》，推广电子签名。")) == {}  # one document: the item's concepts


def test_an_activity_is_about_the_documents_it_reports(item_of):
    x = item_of("某省政府常务会议审议通过《某省电子证照管理办法》。")
    assert x.kind == "meeting" and concepts(x) == ["电子证照"]


@pytest.mark.parametrize("text, expected", [
    ("推进互联网签约服务。", []),  # 网签 inside 互联网签约
    ("推行网签备案。", ["网签"]),
    ("推广应用签名验签技术。", []),  # 应用 is the verb
    ("规范APP签名。", ["应用签名"]),
    ("推进检查检验结果互认。", []),  # no e-signature topic in the sentence
    ("推进电子证照跨省互认。", ["互认", "电子证照"]),
    ("推进电子证照共享。检查检验结果互认。", ["电子证照"]),
])
def test_matches_the_schemes_editorial_notes_rule_out(text, expected):
    from graph.gazetteer import schemes
    assert sorted(t.pref_zh for t in schemes.concepts().terms_in(text)) == sorted(expected)


def test_sealing_inside_an_electronic_seal_is_no_physical_seal():
    from graph.gazetteer import schemes
    assert [t.pref_zh for t in schemes.forms().terms_in("加盖电子盖章的材料与手写签名或者盖章")] == ["手写签名", "实物印章"]
