"""The schema is enforced where keys are written, and the writers refuse what it lacks."""

import pytest
import rdflib
from rdflib.namespace import SH

from graph import iris
from graph.model.nodes import Nodes, kind_of
from graph.model.schema import ATTRS, CLASSES, RELATIONS, SCHEMAS, SchemaError
from graph.readwrite.jsonld import node_json
from graph.readwrite.ntriples import node_lines
from graph.readwrite.rdf import rdflib_columns
from graph.readwrite.turtle import node_turtle
from graph.resources import ONTOLOGY_DIR

POLICY = iris.policy("440000", "意见")
AGENCY = iris.agency("440000-gov")
REGION = iris.region("440000")


def test_misspelt_attribute_is_refused_where_it_is_written():
    nodes = Nodes()
    with pytest.raises(SchemaError, match="a policy has no attribute 'titel'"):
        nodes.node(POLICY, titel="意见")


def test_attribute_of_another_kind_is_refused():
    with pytest.raises(SchemaError, match="a region has no attribute 'title'"):
        Nodes().node(REGION, title="广东省")


def test_misspelt_relation_is_refused():
    nodes = Nodes()
    nodes.node(POLICY, title="意见")
    nodes.node(AGENCY, pref_zh="广东省人民政府")
    with pytest.raises(SchemaError, match="a policy has no relation 'pased_by'"):
        nodes.edge(POLICY, "pased_by", AGENCY)
    nodes.edge(POLICY, "passed_by", AGENCY)
    assert nodes.targets(POLICY, "passed_by") == [AGENCY]


def test_relation_to_a_kind_it_does_not_point_to_is_refused():
    nodes = Nodes()
    nodes.node(POLICY)
    nodes.node(REGION)
    with pytest.raises(SchemaError, match="points to agency"):
        nodes.edge(POLICY, "passed_by", REGION)


def test_only_the_classes_a_kind_allows_are_added():
    nodes = Nodes()
    activity = nodes.node(iris.activity("2021-01-01", "会议"))
    nodes.classify(activity, "https://w3id.org/policykg/ontology#Meeting")
    assert nodes.data(activity)["classes"] == ["http://www.w3.org/ns/prov#Activity",
                                               "https://w3id.org/policykg/ontology#Meeting"]
    with pytest.raises(SchemaError):
        nodes.classify(POLICY if POLICY in nodes else nodes.node(POLICY), "https://w3id.org/policykg/ontology#Meeting")


def test_values_accumulate_without_repeats_and_none_adds_nothing():
    nodes = Nodes()
    nodes.node(AGENCY, pref_zh="甲", alt_zh=["乙", "丙"])
    nodes.node(AGENCY, alt_zh="乙", pref_en=None)
    assert nodes.data(AGENCY) == {"type": "agency", "classes": list(CLASSES["agency"]),
                                  "pref_zh": ["甲"], "alt_zh": ["乙", "丙"]}


def test_unknown_kind_of_iri_is_refused():
    with pytest.raises(SchemaError):
        kind_of("https://w3id.org/policykg/id/polcy/x")
    with pytest.raises(SchemaError):
        Nodes().node("http://example.org/x")


@pytest.mark.parametrize("write", [node_lines, node_turtle, node_json,
                                   lambda iri, data: rdflib_columns({iri: data})])
def test_writers_refuse_a_key_the_schema_lacks(write):
    data = {"type": "policy", "classes": list(CLASSES["policy"]), "titel": ["意见"]}
    with pytest.raises(SchemaError, match="'titel'"):
        write(POLICY, data)


def test_every_row_names_known_kinds_and_every_kind_has_a_schema():
    kinds = set(SCHEMAS)
    assert kinds == set(CLASSES)
    for attr in ATTRS.values():
        assert attr.on and set(attr.on) <= kinds
    for relation in RELATIONS.values():
        assert relation.on and relation.to and set(relation.on) | set(relation.to) <= kinds
    assert SCHEMAS["policy"].relations["passed_by"] == {"agency"}
    assert "title" in SCHEMAS["source"].attributes and "title" not in SCHEMAS["agency"].attributes


def test_every_shacl_path_is_a_predicate_of_the_kinds_its_shape_targets():
    shapes = rdflib.Graph().parse(ONTOLOGY_DIR / "shapes.ttl")
    for shape, cls in shapes.subject_objects(SH.targetClass):
        kinds = [s for s in SCHEMAS.values() if str(cls) in s.classes + s.subclasses]
        assert kinds, cls
        held = {ATTRS[a].predicate for s in kinds for a in s.attributes} | \
               {RELATIONS[r].predicate for s in kinds for r in s.relations}
        paths = {str(path) for prop in shapes.objects(shape, SH.property) for path in shapes.objects(prop, SH.path)}
        assert paths <= held, cls


def test_levels_are_one_list():
    from typing import get_args

    from graph.gazetteer import schemes
    from graph.gazetteer.agencies import LEVELS, Level

    assert set(LEVELS.values()) == set(get_args(Level))
    assert {t.iri for t in schemes.of_kind("level")} == {iris.level(level) for level in get_args(Level)}
