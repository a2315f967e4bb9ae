from graph.gazetteer.agencies import central, stems
from graph import iris
from graph.gazetteer.schemes import concepts, of_kind


def test_every_parent_exists_and_forms_are_unique():
    by_id, surfaces = central()
    assert all(a.parent in by_id for a in by_id.values() if a.parent)
    assert by_id[surfaces["人社部"]].name == "人力资源和社会保障部"
    assert by_id[surfaces["国家发展改革委会"]].id == "ndrc"
    assert by_id[surfaces["中华人民共和国财政部"]].id == "mof"


def test_every_sector_is_in_the_sector_scheme():
    sectors = {t.iri for t in of_kind("sector")}
    used = {a.sector for a in central()[0].values() if a.sector} | {s.sector for s in stems()[0].values()}
    assert {iris.sector(s) for s in used} <= sectors


def test_concept_matcher_prefers_longest_label():
    found = [t.pref_zh for t in concepts().terms_in("推广电子劳动合同和电子签章，电子劳动合同")]
    assert found == ["电子劳动合同", "电子印章"]
