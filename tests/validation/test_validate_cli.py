"""`policykg validate PATH` reads an export file or folder and exits 1 on violations, 0 otherwise."""

from __future__ import annotations

import argparse

from rdflib import Graph

from graph.validation.cli import add_commands

GOOD = """
@prefix schema: <http://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/policykg/id/region/CN> a schema:AdministrativeArea ;
    skos:notation "100000" ; skos:prefLabel "中国"@zh .
<https://w3id.org/policykg/id/region/440000> a schema:AdministrativeArea ;
    skos:notation "440000" ; skos:prefLabel "广东省"@zh ;
    schema:containedInPlace <https://w3id.org/policykg/id/region/CN> .
"""
BAD = GOOD.replace("""skos:prefLabel "广东省"@zh ;
    schema:containedInPlace <https://w3id.org/policykg/id/region/CN> .""", 'skos:prefLabel "广东省"@zh .')


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="policykg")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def test_valid_folder_exits_zero(tmp_path, capsys):
    (tmp_path / "graph.ttl").write_text(GOOD, encoding="utf-8")
    assert run(["validate", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip().endswith("0 violations, 0 warnings")


def test_violation_exits_one_and_is_printed(tmp_path, capsys):
    path = tmp_path / "kg.ttl"
    path.write_text(BAD, encoding="utf-8")
    assert run(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "region/440000" in out and "a region must reach id/region/CN" in out


def test_missing_export_exits_two(tmp_path, capsys):
    assert run(["validate", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"policykg validate: no export in {tmp_path}: expected one of graph.nt, graph.ttl, graph.jsonld\n"


def test_ntriples_export_is_read(tmp_path, capsys):
    Graph().parse(data=GOOD, format="turtle").serialize(tmp_path / "graph.nt", format="nt", encoding="utf-8")
    assert run(["validate", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == "7 triples, 0 violations, 0 warnings"


def test_unknown_suffix_is_one_line(tmp_path, capsys):
    path = tmp_path / "graph.xyz"
    path.write_text("", encoding="utf-8")
    assert run(["validate", str(path)]) == 2
    assert capsys.readouterr().err == f"policykg validate: cannot tell the RDF format of {path} from its extension\n"
