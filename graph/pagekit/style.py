"""One legend for every page: the colour and shape of each node kind and agency level mean the same
on the views, the report and the explorer. Agencies are red, a darker red the higher the level."""

from __future__ import annotations

KIND_COLOURS = {
    "policy": "#4e79a7", "activity": "#76b7b2", "agency": "#e15759", "region": "#59a14f",
    "concept": "#b07aa1", "equivalence": "#edc948", "form": "#ff9da7", "doctype": "#9c755f",
    "level": "#bab0ac", "sector": "#f28e2b", "effect": "#86bcb6", "source": "#8cd17d",
    "passage": "#d4d4d4",
}
KIND_NAMES = {
    "policy": "政策 policy", "activity": "活动 activity", "agency": "机构 agency", "region": "地区 region",
    "concept": "概念 concept", "equivalence": "同等效力 equivalence", "form": "传统形式 form",
    "doctype": "文种 doctype", "level": "层级 level", "sector": "领域 sector", "effect": "效力级别 effect",
    "source": "来源 source", "passage": "段落 passage",
}
KIND_SHAPES = {"policy": "dot", "activity": "triangle", "agency": "square", "region": "star", "concept": "diamond"}
"""vis-network shapes; kinds not listed are dots."""
STRUCTURAL = frozenset({"passage", "doctype", "level", "sector", "effect", "source", "form"})
"""Kinds that hold the model together rather than answer a question: hidden by default in network views."""
LEVEL_COLOURS = {
    "national": "#7f1d1d", "provincial": "#c0392b", "municipal": "#e8847c", "county": "#f4c2bd", None: "#9e9e9e",
}
LEVEL_NAMES = {
    "national": "国家级 national", "provincial": "省级 provincial", "municipal": "市级 municipal",
    "county": "区县级 county", None: "层级不详 level unknown",
}
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")
"""Series colours of charts, in order."""
RELATION_WORDS = {
    "eli:passed_by": "发布 issued by", "prov:wasAssociatedWith": "参与 involves", "eli:is_about": "关于 about",
    "dcterms:subject": "关于 about", "eli:jurisdiction": "适用地区 applies in", "dcterms:spatial": "地区 in",
    "eli:ensures_implementation_of": "转发/落实 forwards or implements", "pkg:publishes": "印发 publishes",
    "pkg:assertsEquivalence": "表述同等效力 asserts equivalence", "pkg:electronicForm": "电子形式 electronic form",
    "pkg:traditionalForm": "传统形式 traditional form", "prov:wasDerivedFrom": "出自 from passage",
    "dcterms:isPartOf": "属于 part of", "schema:containedInPlace": "隶属 within", "schema:areaServed": "服务地区 serves",
    "org:subOrganizationOf": "隶属 part of", "org:classification": "层级 level", "pkg:sector": "领域 sector",
    "skos:broader": "上位概念 broader", "skos:inScheme": "属于方案 in scheme", "dcterms:type": "文种 document form",
    "eli:type_document": "文种 document form", "pkg:wrapperType": "印发文种 wrapper form", "pkg:legalEffect": "效力级别 legal effect",
    "pkg:approves": "审议通过 approves", "dcterms:references": "提及 mentions", "pkg:issuerInferred": "推定发布 inferred issuer",
    "pkg:presumedIssuer": "推测发布 presumed issuer", "eli:cites": "引用 cites",
}
"""Relations in words for tooltips (the CURIE is the fallback)."""
