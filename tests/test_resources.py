"""The shipped files are found from the package, and the ontology excludes the shapes."""

from __future__ import annotations

from rdflib.namespace import RDF, SH

from graph.resources import DATA_DIR, ONTOLOGY_DIR, load_ontology, load_shapes, ontology_files


def test_paths_point_into_the_repository():
    assert (ONTOLOGY_DIR / "policykg.ttl").is_file()
    assert (DATA_DIR / "wikidata_provinces.csv").is_file()


def test_ontology_holds_every_ttl_but_the_shapes():
    names = [p.name for p in ontology_files()]
    assert names == sorted(names) and "shapes.ttl" not in names
    assert {"policykg.ttl", "external.ttl", "concepts.ttl", "doctypes.ttl", "levels.ttl", "legal-effect.ttl"} <= set(names)
    assert not set(load_ontology().subjects(RDF.type, SH.NodeShape))
    assert set(load_shapes().subjects(RDF.type, SH.NodeShape))


def test_ontology_is_parsed_once():
    assert load_ontology() is load_ontology()
