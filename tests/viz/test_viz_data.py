import json
from collections import Counter
from dataclasses import asdict, fields, is_dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF

from viz_graphs import ELI, ID, PKG, PROV, SDO, XSS, sample_graph
from graph.pipeline import build
from graph.readwrite.ntriples import generate_ntriples
from graph.readwrite.rdf import rdflib_columns
from graph.records.data import curie, read_graph
from graph.records.table import Table


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


def _plain(value):
    """Records as JSON-like data: dataclasses to dicts, tuples to lists."""
    if is_dataclass(value):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def test_records_match_those_of_the_per_node_reader():
    """read_graph_sample.json holds the sample graph's records as the reader built them before it
    became one pass over the triples (per-node g.objects lookups)."""
    golden = json.loads((Path(__file__).parent / "read_graph_sample.json").read_text(encoding="utf-8"))
    kg = read_graph(sample_graph())
    links = _plain(kg.links)
    new = ("dcterms:isPartOf", "eli:ensures_implementation_of", "skos:broader")  # added to the sample since
    assert sorted({link["relation"] for link in links if link not in golden["links"]}) == sorted(new)
    golden["links"] = sorted(golden["links"], key=lambda link: (link["source"], link["relation"], link["target"]))
    kept = sorted((link for link in links if link["relation"] not in new), key=lambda link: (link["source"], link["relation"], link["target"]))
    assert {name: _like(_plain(getattr(kg, name)), golden[name]) for name in golden if name != "links"} == {
        name: value for name, value in golden.items() if name != "links"}
    assert kept == golden["links"]


def _like(value, golden):
    """``value`` with only the keys ``golden`` has: the reader has since learnt facts the old one did not read."""
    if isinstance(value, dict) and isinstance(golden, dict):
        return {k: _like(value.get(k), golden[k]) for k in golden}
    if isinstance(value, list) and isinstance(golden, list) and len(value) == len(golden):
        return [_like(v, g) for v, g in zip(value, golden)]
    return value


def test_records_hold_what_the_explorer_shows():
    kg = read_graph(sample_graph())
    agency = kg.agencies[str(ID["agency/440300-hrss"])]
    assert (agency.level, agency.region) == ("municipal", str(ID["region/440300"]))
    p4 = kg.policies[str(ID["policy/p4"])]
    passage = kg.passages[p4.sources[0]]
    assert passage.text == p4.passages[0] and passage.source == "sample.txt" and passage.end > passage.start


def test_records_read_from_the_models_columns_are_those_read_from_its_export():
    model = build().model
    from_columns = read_graph(Table(*rdflib_columns(model)))
    from_export = read_graph(Graph().parse(data=generate_ntriples(model), format="nt"))
    records = [f.name for f in fields(from_columns) if f.name != "network"] + ["links"]
    assert len(from_columns.policies) > 50
    assert {name: _plain(getattr(from_columns, name)) for name in records} == {
        name: _plain(getattr(from_export, name)) for name in records}


def test_kind_precedence_and_blank_node_passages():
    g = Graph()
    doc, body, place, passage = ID["policy/d"], URIRef("http://example.org/b"), ID["agency/x"], BNode()
    g.add((doc, RDF.type, ELI.LegalResource))
    g.add((doc, RDF.type, PKG.Meeting))
    g.add((doc, ELI.passed_by, body))
    g.add((doc, ELI.jurisdiction, body))
    g.add((place, RDF.type, SDO.AdministrativeArea))
    g.add((doc, PROV.wasDerivedFrom, passage))
    g.add((passage, PROV.value, Literal("原文", lang="zh")))
    kg = read_graph(g)
    assert {iri: n.kind for iri, n in kg.nodes.items()} == {str(doc): "activity", str(body): "region", str(place): "region"}
    assert kg.activities[str(doc)].passages == ("原文",)
    assert [(l.target, l.relation) for l in kg.links] == [(str(body), "eli:jurisdiction"), (str(body), "eli:passed_by")]


def test_network_answers_as_the_list_of_links_does():
    """The views ask the network for degrees, the links among the nodes they keep and a node's
    neighbours rather than list every link: each answer must match that list, repeats counted once."""
    g = sample_graph()
    links = read_graph(g).links
    kg = read_graph([*g, *g])
    assert kg.links == links
    assert kg.network.degree == Counter(end for link in links for end in (link.source, link.target))
    some = {link.source for link in links[::3]} | {link.target for link in links[::2]}
    assert kg.network.among(some) == [link for link in links if link.source in some and link.target in some]
    centre = str(ID["concept/e-seal"])
    ends = {end for link in links if centre in (link.source, link.target) for end in (link.source, link.target)}
    assert kg.network.touching(centre) | {centre} == ends | {centre}
