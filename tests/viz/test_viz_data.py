from rdflib import Graph, Literal, URIRef

from viz_graphs import ELI, ID, XSS, sample_graph
from graph.viz.data import curie, read_graph


def test_records_carry_what_tooltips_need():
    kg = read_graph(sample_graph())
    p4 = kg.policies[str(ID["policy/p4"])]
    assert p4.title == "深圳市推行电子劳动合同实施方案"
    assert p4.date == "2021-07-20"
    assert [kg.name(a) for a in p4.issuers] == ["广东省人民政府", "深圳市人力资源和社会保障局"]
    assert p4.passages[0].startswith("深圳市推行电子劳动合同实施方案。")
    assert kg.policies[str(ID["policy/p5"])].title == XSS


def test_levels_regions_and_activities():
    kg = read_graph(sample_graph())
    assert kg.agencies[str(ID["agency/310112-gov"])].level == "county"
    assert kg.regions[str(ID["region/440300"])].parent == str(ID["region/440000"])
    assert kg.regions[str(ID["region/440300"])].code == "440300"
    activity = kg.activities[str(ID["activity/2021-06-01-launch"])]
    assert (activity.title, activity.date) == ("深圳市电子印章平台上线", "2021-06-01")
    assert set(kg.nodes[str(ID["concept/e-seal"])].names) == {"电子印章", "电子签章", "electronic seal"}


def test_foreign_iris_get_a_kind_from_the_property_pointing_at_them():
    g = Graph()
    policy, topic = URIRef("http://example.org/doc/1"), URIRef("http://example.org/topic/seal")
    g.add((policy, ELI.is_about, topic))
    g.add((policy, ELI.passed_by, URIRef("http://example.org/body/1")))
    kg = read_graph(g)
    assert kg.nodes[str(topic)].kind == "concept"
    assert kg.nodes["http://example.org/body/1"].kind == "agency"
    assert "http://example.org/doc/1" not in kg.nodes


def test_labels_prefer_chinese():
    g = Graph()
    node = ID["concept/x"]
    g.add((node, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("seal", lang="en")))
    g.add((node, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("印章", lang="zh-Hans")))
    assert read_graph(g).nodes[str(node)].label == "印章"


def test_curie_names_known_namespaces_only():
    assert curie(str(ELI.passed_by)) == "eli:passed_by"
    assert curie("http://example.org/p") == "http://example.org/p"
