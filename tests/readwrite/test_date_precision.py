"""A date the source gives to the month or the year only is kept at that precision end to end:
xsd:gYearMonth / xsd:gYear in every export, valid under the shapes, found by the date-range question."""

from __future__ import annotations

import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from graph.namespaces import ELI
from graph.pipeline import build
from graph.readwrite import from_rdflib, to_rdflib
from graph.readwrite.exports import write_exports
from graph.sparql import query
from graph.validation.shacl import validate

ROUNDUP = ("2021年政策回顾\n\n2021年3月5日，甲省人民政府印发《甲省电子证照管理办法》。\n\n"
           "【2020年5月】乙省人民政府印发《乙省电子印章管理办法》。\n")


def test_month_dates_are_gyearmonth_in_every_export_and_valid(tmp_path):
    source = tmp_path / "r.txt"
    source.write_text(ROUNDUP, encoding="utf-8")
    result = build([source])
    write_exports(result.model, tmp_path / "out")
    graphs = [rdflib.Graph().parse(tmp_path / "out" / name, format=fmt)
              for name, fmt in (("graph.nt", "nt"), ("graph.ttl", "turtle"), ("graph.jsonld", "json-ld"))]
    assert isomorphic(graphs[0], graphs[1]) and isomorphic(graphs[0], graphs[2])
    dates = sorted((str(o), o.datatype) for o in graphs[0].objects(None, rdflib.URIRef(ELI + "date_document")))
    assert dates == [("2020-05", XSD.gYearMonth), ("2021-03-05", XSD.date)]
    assert validate(graphs[0]) == []
    assert isomorphic(to_rdflib(from_rdflib(graphs[0])), graphs[0])


def test_the_date_range_question_finds_a_month_that_overlaps_it(tmp_path):
    source = tmp_path / "r.txt"
    source.write_text(ROUNDUP, encoding="utf-8")
    g = to_rdflib(build([source]).model)

    def titles(start: str, end: str) -> list[str]:
        result = query(g, "policies-between", {"start": start, "end": end})
        return sorted(str(row[result.vars.index("title")]) for row in result.rows)

    assert titles("2020-05-20", "2021-03-05") == ["乙省电子印章管理办法", "甲省电子证照管理办法"]
    assert titles("2020-06-01", "2021-12-31") == ["甲省电子证照管理办法"]
    assert titles("2020-01-01", "2020-04-30") == []
