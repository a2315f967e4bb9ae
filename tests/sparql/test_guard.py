"""The checks every query passes before an engine sees it, on short queries written for each rule."""

from __future__ import annotations

import pytest

from graph.sparql.errors import QueryError
from graph.sparql.guard import Guard, Refused, TooLarge, depth, unescaped
from graph.sparql.lexer import tokens
from graph.sparql.library import load_library


@pytest.mark.parametrize("text", [
    "SELECT * { SERVICE <http://h.example/sparql> { ?s ?p ?o } }",
    "SELECT * { service silent <http://h.example/sparql> { ?s ?p ?o } }",
    "PREFIX h: <http://h.example/> SELECT * { SERVICE h:sparql { ?s ?p ?o } }",
    "SELECT * { SERVICE ?where { ?s ?p ?o } }",
    "SELECT * { \\u0053ERVICE <http://h.example/> { ?s ?p ?o } }",
    "SELECT * { SERVICE <sparql> { ?s ?p ?o } }",
])
def test_service_is_refused_by_default(text: str) -> None:
    with pytest.raises(Refused):
        Guard().check(text)


def test_allowed_hosts_may_be_called_by_name_or_with_their_port() -> None:
    Guard(frozenset({"h.example"})).check("SELECT * { SERVICE <http://H.example:8890/sparql> { ?s ?p ?o } }")
    Guard(frozenset({"h.example:8890"})).check("SELECT * { SERVICE <http://h.example:8890/sparql> { ?s ?p ?o } }")
    with pytest.raises(Refused, match="not one of --allow-service h.example:8890"):
        Guard(frozenset({"h.example:8890"})).check("SELECT * { SERVICE <http://h.example:9999/> { ?s ?p ?o } }")


@pytest.mark.parametrize("text", [
    'SELECT * { ?s ?p "SERVICE <http://h.example/>" }',
    "SELECT * { ?s ?p ?o } # SERVICE <http://h.example/>",
    "PREFIX ex: <http://e.example/> SELECT ?service { ?service ex:SERVICE ?o }",
])
def test_the_word_in_a_string_comment_or_name_is_not_a_call(text: str) -> None:
    Guard().check(text)


def test_depth_counts_brackets_and_runs_of_prefix_operators() -> None:
    assert depth(list(tokens("SELECT * { { ?s ?p ?o } }"))) == 2
    assert depth(list(tokens("ASK { FILTER(!!!true) }"))) == 5
    assert depth(list(tokens("ASK { FILTER(?a != ?b) }"))) == 3
    with pytest.raises(QueryError, match="nests 70 levels deep; the limit is 64"):
        Guard().check("SELECT * WHERE " + "{" * 70 + "}" * 70)


def test_size_is_checked_in_bytes() -> None:
    with pytest.raises(TooLarge, match="the query is 33 bytes; the limit is 30"):
        Guard(max_bytes=30).check("SELECT * { ?s ?p \"电子印章\" }")


def test_every_library_question_passes() -> None:
    for question in load_library().values():
        Guard().check(question.text)


def test_unescaped_applies_codepoint_escapes_only() -> None:
    assert unescaped("\\u0053ERVICE \\U0001F600 \\uD800 \\n") == "SERVICE \U0001F600 \\uD800 \\n"
