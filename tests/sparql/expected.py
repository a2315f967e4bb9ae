"""The exact answer of every library question on the fixture graph (see conftest.py)."""

from __future__ import annotations

import datetime

from rdflib import URIRef

from conftest import TRICKY_TITLE, agency, concept, policy, region

D = datetime.date
P1_TITLE = "国务院办公厅关于加快推进电子证照扩大应用领域和全国互通互认的意见"
P2_TITLE = "人力资源社会保障部办公厅关于订立电子劳动合同有关问题的函"
P3_TITLE = "广东省人民政府关于转发国务院办公厅电子证照意见的通知"

PARAMS = {
    "policies-in-region": {"region": "广东省"},
    "title-search": {"keyword": '"电子印章"{'},
    "node-facts": {"node": str(policy("p3"))},
    "policies-about-concept": {"concept": "电子签章"},
    "policies-by-agency": {"agency": "人社部"},
    "policies-between": {"start": "2022-01-20", "end": "2022-03-20"},
    "in-force-in-region": {"region": "广东省", "on": "2022-04-10"},
}

EXPECTED = {
    "policies-per-province-month": [
        (region("310000"), "上海市", "2021-11", 1),
        (region("330000"), "浙江省", "2022-03", 1),
        (region("440000"), "广东省", "2022-03", 3),
    ],
    "equivalence-provinces": [
        (region("310000"), "上海市", D(2021, 11, 10), 1),
        (region("440000"), "广东省", D(2022, 3, 20), 1),
    ],
    "agency-concept-matrix": [
        (agency("440000-gov"), "广东省人民政府", concept("e-seal"), "电子印章", 2),
        (agency("310000-gov"), "上海市人民政府", concept("e-seal"), "电子印章", 1),
        (agency("310000-gov"), "上海市人民政府", concept("legal-equivalence"), "同等法律效力", 1),
        (agency("330100-gov"), "杭州市人民政府", concept("e-signature"), "电子签名", 1),
        (agency("440000-gov"), "广东省人民政府", concept("e-labour-contract"), "电子劳动合同", 1),
        (agency("440000-gov"), "广东省人民政府", concept("legal-equivalence"), "同等法律效力", 1),
        (agency("440300-hrss"), "深圳市人力资源和社会保障局", concept("e-labour-contract"), "电子劳动合同", 1),
        (agency("440300-hrss"), "深圳市人力资源和社会保障局", concept("e-seal"), "电子印章", 1),
        (agency("440300-hrss"), "深圳市人力资源和社会保障局", concept("legal-equivalence"), "同等法律效力", 1),
        (agency("gov-office"), "国务院办公厅", concept("e-seal"), "电子印章", 1),
        (agency("gov-office"), "国务院办公厅", concept("e-signature"), "电子签名", 1),
        (agency("gov-office"), "国务院办公厅", concept("legal-equivalence"), "同等法律效力", 1),
        (agency("mohrss"), "人力资源和社会保障部", concept("e-labour-contract"), "电子劳动合同", 1),
        (agency("mohrss"), "人力资源和社会保障部", concept("e-signature"), "电子签名", 1),
        (agency("samr"), "国家市场监督管理总局", concept("e-labour-contract"), "电子劳动合同", 1),
        (agency("samr"), "国家市场监督管理总局", concept("e-signature"), "电子签名", 1),
    ],
    "implementation-chains": [
        (policy("p1"), P1_TITLE, policy("p1"), policy("p3"), P3_TITLE, "广东省", D(2022, 3, 5)),
        (policy("p1"), P1_TITLE, policy("p3"), policy("p4"), "深圳市电子劳动合同实施方案", "深圳市", D(2022, 3, 20)),
        (policy("p2"), P2_TITLE, policy("p2"), policy("p7"), "杭州市电子签名应用指引", "杭州市", D(2022, 3, 1)),
    ],
    "joint-issuers": [
        (agency("440000-gov"), "广东省人民政府", agency("440300-hrss"), "深圳市人力资源和社会保障局", 1),
        (agency("mohrss"), "人力资源和社会保障部", agency("samr"), "国家市场监督管理总局", 1),
    ],
    "policies-in-region": [
        (policy("p8"), "广东省电子印章管理办法", None, "广东省"),
        (policy("p3"), P3_TITLE, D(2022, 3, 5), "广东省"),
        (policy("p4"), "深圳市电子劳动合同实施方案", D(2022, 3, 20), "深圳市"),
        (policy("p5"), TRICKY_TITLE, D(2022, 3, 25), "南山区"),
    ],
    "concept-diffusion": [
        (concept("e-labour-contract"), "电子劳动合同", region("440000"), "广东省", D(2022, 3, 20)),
        (concept("e-seal"), "电子印章", region("310000"), "上海市", D(2021, 11, 10)),
        (concept("e-seal"), "电子印章", region("440000"), "广东省", D(2022, 3, 5)),
        (concept("e-signature"), "电子签名", region("330000"), "浙江省", D(2022, 3, 1)),
        (concept("legal-equivalence"), "同等法律效力", region("310000"), "上海市", D(2021, 11, 10)),
        (concept("legal-equivalence"), "同等法律效力", region("440000"), "广东省", D(2022, 3, 20)),
    ],
    "title-search": [(policy("p5"), TRICKY_TITLE, D(2022, 3, 25))],
    "node-facts": [
        ("out", URIRef("http://data.europa.eu/eli/ontology#date_document"), D(2022, 3, 5), None, None, None, None),
        ("out", URIRef("http://data.europa.eu/eli/ontology#ensures_implementation_of"), policy("p1"), P1_TITLE, None, None, None),
        ("out", URIRef("http://data.europa.eu/eli/ontology#is_about"), concept("e-seal"), "电子印章", None, None, None),
        ("out", URIRef("http://data.europa.eu/eli/ontology#jurisdiction"), region("440000"), "广东省", None, None, None),
        ("out", URIRef("http://data.europa.eu/eli/ontology#passed_by"), agency("440000-gov"), "广东省人民政府", None, None, None),
        ("out", URIRef("http://purl.org/dc/terms/title"), P3_TITLE, None, None, None, None),
        ("out", URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef("http://data.europa.eu/eli/ontology#LegalResource"), None, None, None, None),
        ("in", URIRef("http://data.europa.eu/eli/ontology#ensures_implementation_of"), policy("p4"), "深圳市电子劳动合同实施方案", None, None, None),
        ("in", URIRef("http://data.europa.eu/eli/ontology#repeals"), policy("p4"), "深圳市电子劳动合同实施方案", None, None, None),
    ],
    "in-force-in-region": [  # p3 repealed by p4, in force since 2022-04-01; p5 a draft; p8 undated
        (policy("p2"), P2_TITLE, D(2021, 7, 1), "中国"),
        (policy("p1"), P1_TITLE, D(2022, 1, 20), "中国"),
        (policy("p4"), "深圳市电子劳动合同实施方案", D(2022, 4, 1), "深圳市"),
    ],
    "policies-about-concept": [
        (policy("p8"), "广东省电子印章管理办法", None, "广东省"),
        (policy("p6"), "上海市电子印章管理暂行办法", D(2021, 11, 10), "上海市"),
        (policy("p1"), P1_TITLE, D(2022, 1, 20), "中国"),
        (policy("p3"), P3_TITLE, D(2022, 3, 5), "广东省"),
        (policy("p5"), TRICKY_TITLE, D(2022, 3, 25), "南山区"),
    ],
    "policies-by-agency": [(policy("p2"), P2_TITLE, D(2021, 7, 1))],
    "policies-between": [
        (policy("p1"), P1_TITLE, D(2022, 1, 20)),
        (policy("p7"), "杭州市电子签名应用指引", D(2022, 3, 1)),
        (policy("p3"), P3_TITLE, D(2022, 3, 5)),
        (policy("p4"), "深圳市电子劳动合同实施方案", D(2022, 3, 20)),
    ],
}
