"""Each legal-effect rule on an example written for it, and each impossible combination reported."""

from __future__ import annotations

import pytest
from rdflib import URIRef
from rdflib.namespace import SKOS

from graph.legal_effect import Issuer, LegalEffect, infer_legal_effect, issuer_type, lead_issuer
from graph.namespaces import ID
from graph.resources import load_ontology

NPCSC = Issuer("全国人民代表大会常务委员会", "national")
STATE_COUNCIL = Issuer("国务院", "national")
SC_OFFICE = Issuer("国务院办公厅", "national")
MOFCOM = Issuer("商务部", "national")
MOFCOM_OFFICE = Issuer("商务部办公厅", "national")
SAMR = Issuer("国家市场监督管理总局", "national")
SPC = Issuer("最高人民法院", "national")
SPP = Issuer("最高人民检察院", "national")
CAC = Issuer("中央网络安全和信息化委员会", "national")
CPC_CENTRAL = Issuer("中共中央", "national")
NSC = Issuer("国家监察委员会", "national")
GUIZHOU_CONGRESS = Issuer("贵州省人民代表大会常务委员会", "provincial")
SHENZHEN_CONGRESS = Issuer("深圳市人民代表大会常务委员会", "municipal")
COUNTY_CONGRESS = Issuer("闵行区人民代表大会常务委员会", "county")
YANBIAN_CONGRESS = Issuer("延边朝鲜族自治州人民代表大会", "municipal")
HAINAN_GOV = Issuer("海南省人民政府", "provincial")
COUNTY_GOV = Issuer("闵行区人民政府", "county")
JIANGXI_OFFICE = Issuer("江西省人民政府办公厅", "provincial")
QINGDAO_HRSS = Issuer("青岛市人力资源和社会保障局", "municipal")
SHANDONG_FINANCE = Issuer("山东省财政厅", "provincial")
BEIJING_HIGH_COURT = Issuer("北京市高级人民法院", "provincial")
ASSOCIATION = Issuer("中国电子商务协会", "national")
NATIONAL_CENTRE = Issuer("国家信息中心", "national")
LOCAL_CENTRE = Issuer("昆明市公共资源交易中心", "municipal")

# (doc_form, issuers, doc_number, title) → (effect, rule, confidence)
EXAMPLES = {
    "number:presidential-order": (("法", [NPCSC], "中华人民共和国主席令第十八号", "中华人民共和国电子签名法"),
                                  ("law", "high")),
    "number:state-council-decree": (("条例", [STATE_COUNCIL], "中华人民共和国国务院令第722号", "优化营商环境条例"),
                                    ("administrative-regulation", "high")),
    "number:government-decree": (("办法", [HAINAN_GOV], "海南省人民政府令第300号", "海南省电子印章应用管理办法"),
                                 ("local-government-rules", "high")),
    "number:npc-announcement": (("决定", [NPCSC], "全国人民代表大会常务委员会公告第1号", ""), ("law", "high")),
    "number:congress-announcement": (("条例", [GUIZHOU_CONGRESS], "贵州省人民代表大会常务委员会公告第5号",
                                      "贵州省政务服务条例"), ("local-regulation", "high")),
    "number:judicial-interpretation": (("规则", [SPC], "法释〔2021〕12号", "人民法院在线诉讼规则"),
                                       ("judicial-interpretation", "high")),
    "number:court-document": (("意见", [SPC], "法发〔2021〕21号", ""), ("judicial-document", "high")),
    "number:state-council-document": (("纲要", [SC_OFFICE], "国办发〔2021〕43号", "法治政府建设实施纲要"),
                                      ("state-council-normative-document", "high")),
    "number:party-document": (("意见", [CPC_CENTRAL], "中发〔2021〕7号", ""), ("party-normative-document", "high")),
    "number:ministry-decree": (("办法", [SAMR], "国家市场监督管理总局令第38号", ""), ("departmental-rules", "high")),
    "issuer-form:npc-law": (("法", [NPCSC], None, "中华人民共和国电子签名法"), ("law", "high")),
    "issuer-form:npc-decision": (("决定", [NPCSC], None, "关于修改电子签名法的决定"), ("law", "medium")),
    "issuer-form:autonomous-regulation": (("条例", [YANBIAN_CONGRESS], None, "延边朝鲜族自治州自治条例"),
                                          ("autonomous-regulation", "high")),
    "issuer-form:sez-regulation": (("条例", [SHENZHEN_CONGRESS], None, "深圳经济特区数据条例"),
                                   ("sez-regulation", "high")),
    "issuer-form:local-congress-regulation": (("条例", [GUIZHOU_CONGRESS], None, "贵州省政务服务条例"),
                                              ("local-regulation", "high")),
    "issuer-form:local-congress-document": (("意见", [GUIZHOU_CONGRESS], None, ""),
                                            ("local-normative-document", "medium")),
    "issuer-form:state-council-regulation": (("条例", [STATE_COUNCIL], None, "优化营商环境条例"),
                                             ("administrative-regulation", "high")),
    "issuer-form:state-council-document": (("指南", [SC_OFFICE], None, "全国一体化政务服务平台移动端建设指南"),
                                           ("state-council-normative-document", "high")),
    "issuer-form:supreme-judicial-interpretation": (("规则", [SPC], None, "人民法院在线诉讼规则"),
                                                    ("judicial-interpretation", "medium")),
    "issuer-form:supreme-judicial-document": (("意见", [SPP], None, ""), ("judicial-document", "medium")),
    "issuer-form:local-judicial-document": (("指引", [BEIJING_HIGH_COURT], None, ""), ("judicial-document", "medium")),
    "issuer-form:supervisory-regulation": (("条例", [NSC], None, "监察法实施条例"), ("supervisory-regulation", "medium")),
    "issuer-form:supervision-document": (("通知", [NSC], None, ""), ("normative-document", "low")),
    "issuer-form:party-regulation": (("条例", [CPC_CENTRAL], None, ""), ("party-regulation", "medium")),
    "issuer-form:party-document": (("规划", [CAC], None, "“十四五”国家信息化规划"),
                                   ("party-normative-document", "medium")),
    "issuer-form:government-rules-without-decree": (("暂行办法", [HAINAN_GOV], None,
                                                     "海南省电子印章应用管理办法"),
                                                    ("local-normative-document", "medium")),
    "issuer-form:government-document": (("若干意见", [Issuer("深圳市人民政府", "municipal")], None, ""),
                                        ("local-normative-document", "high")),
    "issuer-form:government-office-document": (("实施方案", [JIANGXI_OFFICE], None, ""),
                                               ("local-normative-document", "high")),
    "issuer-form:ministry-rules-without-decree": (("规定", [MOFCOM], None, ""),
                                                  ("departmental-normative-document", "medium")),
    "issuer-form:ministry-document": (("通知", [MOFCOM_OFFICE], None, "关于推动电子商务企业绿色发展工作的通知"),
                                      ("departmental-normative-document", "high")),
    "issuer-form:ministry-amending-decision": (("决定", [Issuer("公安部", "national")], None,
                                                "关于修改〈公安机关办理刑事案件程序规定〉的决定"),
                                               ("departmental-rules", "medium")),
    "issuer-form:government-amending-decision": (("决定", [HAINAN_GOV], None, "海南省人民政府关于废止部分规章的决定"),
                                                 ("local-government-rules", "medium")),
    "issuer-form:local-department-document": (("行动方案", [QINGDAO_HRSS], None, ""),
                                              ("local-normative-document", "high")),
    "issuer-form:association-rule": (("规范", [ASSOCIATION], None, ""), ("industry-rule", "medium")),
    "fallback:tier": (("通知", [LOCAL_CENTRE], None, ""), ("local-normative-document", "low")),
    "fallback:no-issuer": (("办法", [], None, "内蒙古自治区政务服务标准化管理办法"), ("normative-document", "low")),
}


@pytest.mark.parametrize("rule", sorted(EXAMPLES))
def test_each_rule_on_its_example(rule):
    (form, issuers, number, title), (effect, confidence) = EXAMPLES[rule]
    assert infer_legal_effect(form, issuers, number, title) == LegalEffect(effect, rule, confidence, ())


def test_every_effect_is_a_concept_of_the_scheme():
    g = load_ontology()
    scheme = URIRef(f"{ID}scheme/legal-effect")
    slugs = {str(c).rsplit("/", 1)[-1] for c in g.subjects(SKOS.inScheme, scheme)}
    assert {effect for _, (effect, _) in EXAMPLES.values()} <= slugs


@pytest.mark.parametrize("number", ["国发〔2021〕24号", "国办函〔2021〕103号", "国函〔2021〕1号"])
def test_state_council_number_variants(number):
    assert infer_legal_effect("意见", [SC_OFFICE], number).rule == "number:state-council-document"


def test_procuratorate_interpretation_number():
    assert infer_legal_effect("解释", [SPP], "高检发释字〔2021〕1号").effect == "judicial-interpretation"


def test_unknown_number_falls_through_to_issuer_and_form():
    result = infer_legal_effect("指引", [Issuer("人力资源和社会保障部", "national")], "人社部发〔2021〕54号")
    assert (result.effect, result.rule) == ("departmental-normative-document", "issuer-form:ministry-document")


def test_county_government_decision_is_not_a_rule():
    result = infer_legal_effect("决定", [COUNTY_GOV], None, "关于废止部分文件的决定")
    assert (result.effect, result.rule) == ("local-normative-document", "issuer-form:government-document")


def test_national_fallback_by_tier():
    assert infer_legal_effect("通知", [NATIONAL_CENTRE]) == LegalEffect(
        "departmental-normative-document", "fallback:tier", "low", ())


def test_statute_without_issuer():
    assert infer_legal_effect("法", []).effect == "law"


def test_state_council_provisions_are_regulations_with_medium_confidence():
    result = infer_legal_effect("规定", [STATE_COUNCIL])
    assert (result.effect, result.confidence) == ("administrative-regulation", "medium")


# ---------------------------------------------------------------- impossible combinations


@pytest.mark.parametrize("issuer, effect", [
    (QINGDAO_HRSS, "local-regulation"),
    (SHANDONG_FINANCE, "local-regulation"),
    (MOFCOM, "administrative-regulation"),
    (MOFCOM_OFFICE, "administrative-regulation"),
    (SC_OFFICE, "administrative-regulation"),
    (HAINAN_GOV, "local-regulation"),
    (JIANGXI_OFFICE, "local-regulation"),
])
def test_regulation_from_a_body_that_cannot_make_one(issuer, effect):
    result = infer_legal_effect("条例", [issuer])
    assert (result.effect, result.rule, result.confidence) == (effect, "issuer-form:regulation-from-department", "low")
    assert result.problems == (
        f"{issuer.name} ({issuer.level} {issuer_type(issuer)}) cannot issue a 条例: "
        "条例 are made by the State Council or a people's congress, and rules may not be named 条例",)


def test_county_congress_cannot_make_local_regulations():
    result = infer_legal_effect("条例", [COUNTY_CONGRESS])
    assert result.confidence == "low"
    assert result.problems == ("闵行区人民代表大会常务委员会 is a county-level congress, which cannot make a 地方性法规",)


def test_judicial_interpretation_only_from_supreme_bodies():
    result = infer_legal_effect("解释", [BEIJING_HIGH_COURT])
    assert (result.effect, result.confidence) == ("judicial-document", "low")
    assert "only the Supreme People's Court" in result.problems[0]


@pytest.mark.parametrize("issuer, number, effect", [
    (QINGDAO_HRSS, "青岛市人力资源和社会保障局令第1号", "departmental-rules"),
    (MOFCOM, "中华人民共和国国务院令第722号", "administrative-regulation"),
    (COUNTY_GOV, "闵行区人民政府令第1号", "local-government-rules"),
    (BEIJING_HIGH_COURT, "法释〔2021〕12号", "judicial-interpretation"),
])
def test_number_from_a_body_that_cannot_use_it(issuer, number, effect):
    result = infer_legal_effect("办法", [issuer], number)
    assert (result.effect, result.confidence) == (effect, "low")
    assert result.problems == (
        f"document number {number} makes it {effect}, which {issuer.name} "
        f"({issuer.level} {issuer_type(issuer)}) cannot issue",)


# ---------------------------------------------------------------- issuer types


@pytest.mark.parametrize("name, level, kind", [
    ("中华人民共和国公安部", "national", "ministry"),
    ("国家发展和改革委员会", "national", "ministry"),
    ("中国人民银行", "national", "ministry"),
    ("国家互联网信息办公室", "national", "ministry"),
    ("人力资源和社会保障部办公厅", "national", "ministry-office"),
    ("中共广东省委", "provincial", "party"),
    ("河北省政务服务管理办公室", "provincial", "local-department"),
    ("安徽省公共资源交易监督管理联席会议办公室", "provincial", "local-department"),
    ("上海市人民政府", "provincial", "government"),
    ("福建省人力资源和社会保障厅", "provincial", "local-department"),
    ("昆明市公共资源交易中心", "municipal", "other"),
])
def test_issuer_type_from_name_ending(name, level, kind):
    assert issuer_type(Issuer(name, level)) == kind


def test_joint_document_takes_the_first_recognised_issuer():
    assert lead_issuer([LOCAL_CENTRE, SHANDONG_FINANCE, HAINAN_GOV]) == SHANDONG_FINANCE
    assert lead_issuer([LOCAL_CENTRE]) == LOCAL_CENTRE
    assert lead_issuer([]) is None
