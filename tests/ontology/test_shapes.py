"""Every shape accepts a well-formed export and rejects each kind of broken one with its own message."""

from __future__ import annotations

from rdflib import BNode, Literal
from rdflib.namespace import RDF, SKOS, XSD

from graph.validation.shacl import validate
from graph.validation.violation import Violation, is_blocking
from ontology_sample import (
    AGENCY, ASSERTION, CN, DCTERMS, ELI, GD, ID, MEETING, PASSAGE, PKG, POLICY, PROV, SCHEMA, SZ, region, valid_graph,
)


def messages(graph) -> set[tuple[str, str]]:
    return {(v.focus, v.message) for v in validate(graph) if v.severity == "Violation"}


def test_valid_graph_has_no_finding():
    assert validate(valid_graph()) == []


def test_validate_does_not_modify_its_input():
    g = valid_graph()
    before = set(g)
    validate(g)
    assert set(g) == before


def test_policy_without_date():
    g = valid_graph()
    g.remove((POLICY, ELI.date_document, None))
    assert messages(g) == {(str(POLICY), "a policy has either an eli:date_document or pkg:undated true")}


def test_undated_policy_is_valid_but_not_when_also_dated():
    g = valid_graph()
    g.add((POLICY, PKG.undated, Literal(True)))
    assert messages(g) == {(str(POLICY), "a policy has either an eli:date_document or pkg:undated true")}
    g.remove((POLICY, ELI.date_document, None))
    assert validate(g) == []


def test_date_must_be_typed():
    g = valid_graph()
    g.set((POLICY, ELI.date_document, Literal("2021-01-05")))
    assert messages(g) == {(str(POLICY), "a policy has at most one eli:date_document, typed xsd:date, xsd:gYearMonth or xsd:gYear")}


def test_a_date_to_the_month_or_the_year_is_valid():
    g = valid_graph()
    for value, datatype in (("2020-05", XSD.gYearMonth), ("2020", XSD.gYear)):
        g.set((POLICY, ELI.date_document, Literal(value, datatype=datatype)))
        assert validate(g) == []


def test_policy_without_issuer_needs_explicit_unknown():
    g = valid_graph()
    g.remove((POLICY, ELI.passed_by, None))
    assert messages(g) == {(str(POLICY), "a policy has either an issuer (eli:passed_by) or pkg:issuerUnknown true")}
    g.add((POLICY, PKG.issuerUnknown, Literal(True)))
    assert validate(g) == []


def test_inferred_issuer_counts_as_issuer():
    g = valid_graph()
    g.remove((POLICY, ELI.passed_by, None))
    g.add((POLICY, PKG.issuerInferred, AGENCY))
    assert validate(g) == []


def test_a_presumed_issuer_is_no_issuer():
    g = valid_graph()
    g.remove((POLICY, ELI.passed_by, None))
    g.add((POLICY, PKG.presumedIssuer, AGENCY))
    assert messages(g) == {
        (str(POLICY), "a policy has either an issuer (eli:passed_by) or pkg:issuerUnknown true"),
        (str(POLICY), "a presumed issuer (pkg:presumedIssuer) is given only when no issuer is named (pkg:issuerUnknown true)"),
    }
    g.add((POLICY, PKG.issuerUnknown, Literal(True)))
    assert validate(g) == []


def test_a_presumed_issuer_beside_a_named_one():
    g = valid_graph()
    g.add((POLICY, PKG.presumedIssuer, AGENCY))
    assert messages(g) == {
        (str(POLICY), "a presumed issuer (pkg:presumedIssuer) is given only when no issuer is named (pkg:issuerUnknown true)")}


def test_policy_without_jurisdiction():
    g = valid_graph()
    g.remove((POLICY, ELI.jurisdiction, None))
    assert messages(g) == {(str(POLICY), "a policy has exactly one eli:jurisdiction, a schema:AdministrativeArea")}


def test_policy_without_chinese_title():
    g = valid_graph()
    g.set((POLICY, DCTERMS.title, Literal("Opinions on smart cities", lang="en")))
    assert messages(g) == {(str(POLICY), "a policy has a dcterms:title in Chinese (@zh)")}


def test_literal_without_language():
    g = valid_graph()
    g.set((GD, SKOS.prefLabel, Literal("广东省")))
    assert (str(GD), "skos:prefLabel must carry a language tag") in messages(g)


def test_region_without_parent():
    g = valid_graph()
    g.remove((SZ, SCHEMA.containedInPlace, None))
    assert messages(g) == {(str(SZ), "a region must reach id/region/CN through schema:containedInPlace")}


def test_region_chain_broken_higher_up_fails_every_region_below():
    g = valid_graph()
    g.remove((GD, SCHEMA.containedInPlace, CN))
    expected = "a region must reach id/region/CN through schema:containedInPlace"
    assert messages(g) == {(str(GD), expected), (str(SZ), expected)}


def test_region_code_must_be_six_digits():
    g = valid_graph()
    region(g, ID["region/44030"], "44030", "某区", SZ)
    assert messages(g) == {(str(ID["region/44030"]), "a region has one skos:notation of six digits")}


def test_agency_needs_chinese_name():
    g = valid_graph()
    g.set((AGENCY, SKOS.prefLabel, Literal("Shenzhen Municipal People's Government", lang="en")))
    assert messages(g) == {(str(AGENCY), "an agency has exactly one skos:prefLabel in Chinese (@zh)")}


def test_activity_subclass_is_checked_through_the_ontology():
    g = valid_graph()
    g.remove((MEETING, PROV.wasDerivedFrom, None))
    g.remove((MEETING, DCTERMS.date, None))
    assert messages(g) == {
        (str(MEETING), "an activity has a prov:wasDerivedFrom source passage"),
        (str(MEETING), "an activity has either a dcterms:date or pkg:undated true"),
    }


def test_topic_must_be_a_declared_concept():
    g = valid_graph()
    g.add((POLICY, ELI.is_about, ID["concept/e-nonsense"]))
    assert messages(g) == {(str(POLICY), "eli:is_about must point to a skos:Concept")}


def test_equivalence_without_traditional_form_is_a_warning_only():
    g = valid_graph()
    g.remove((ASSERTION, PKG.traditionalForm, None))
    found = validate(g)
    assert found == [Violation(str(ASSERTION), str(PKG.traditionalForm),
                               "an equivalence assertion names no traditional form", "Warning")]
    assert not is_blocking(found)


def test_equivalence_of_a_form_no_concept_names_is_a_warning_only():
    """在线诉讼活动与线下诉讼活动具有同等法律效力: an online activity, no concept of the scheme."""
    g = valid_graph()
    g.remove((ASSERTION, PKG.electronicForm, None))
    found = validate(g)
    assert found == [Violation(str(ASSERTION), str(PKG.electronicForm),
                               "an equivalence assertion names no electronic form of the concept scheme", "Warning")]
    assert not is_blocking(found)


def test_undeclared_predicate_and_class():
    g = valid_graph()
    g.add((POLICY, PKG.madeUp, Literal("x", lang="zh")))
    g.add((PASSAGE, RDF.type, PROV.Passage))
    assert {(v.path, v.message) for v in validate(g)} == {
        (str(PKG.madeUp), f"predicate <{PKG.madeUp}> is not declared by the ontology"),
        (str(RDF.type), f"class <{PROV.Passage}> is not declared by the ontology"),
    }


def test_findings_are_sorted_violations_first():
    g = valid_graph()
    g.remove((ASSERTION, PKG.traditionalForm, None))
    g.remove((SZ, SCHEMA.containedInPlace, None))
    g.remove((POLICY, ELI.date_document, None))
    found = validate(g)
    assert [v.severity for v in found] == ["Violation", "Violation", "Warning"]
    assert [v.focus for v in found[:2]] == sorted([str(POLICY), str(SZ)])


def test_statement_without_language_on_a_blank_node_assertion():
    g = valid_graph()
    note = BNode()
    g.add((POLICY, PKG.assertsEquivalence, note))
    g.add((note, RDF.type, PKG.LegalEquivalenceAssertion))
    g.add((note, PKG.electronicForm, ID["concept/e-signature"]))
    g.add((note, PKG.traditionalForm, ID["form/handwritten-signature"]))
    g.add((note, PKG.statement, Literal("与手写签名具有同等的法律效力")))
    assert {m for _, m in messages(g)} == {
        "pkg:statement must carry a language tag",
        "an equivalence assertion has its sentence as pkg:statement@zh",
    }
