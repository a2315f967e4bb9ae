"""The query sub-command, run as a process like a user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from servers import ROOT


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph.sparql", "query", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_table_aligns_chinese_by_display_width(kg_file: Path) -> None:
    out = run("--graph", str(kg_file), "equivalence-provinces").stdout.splitlines()
    assert out[2] == "id:region/310000  上海市         2021-11-10         1"
    assert out[3] == "id:region/440000  广东省         2022-03-20         1"
    assert out[-1] == "2 rows"


def test_parameter_with_quotes_and_braces_and_json(kg_file: Path) -> None:
    done = run("--graph", str(kg_file), "title-search", "--param", 'keyword="电子印章"{', "--format", "json")
    assert done.returncode == 0 and '南山区\\"电子印章\\"{试点}方案' in done.stdout


def test_file_and_expression_and_construct(kg_file: Path, tmp_path: Path) -> None:
    file = tmp_path / "q.rq"
    file.write_text('SELECT ?c WHERE { ?c skos:altLabel "电子签章"@zh }', encoding="utf-8")
    csv = run("--graph", str(kg_file), str(file), "--format", "csv").stdout
    assert csv.splitlines() == ["c", "https://w3id.org/policykg/id/concept/e-seal"]
    done = run("--graph", str(kg_file), "-e", "CONSTRUCT { ?r a schema:AdministrativeArea } WHERE { ?r skos:notation \"440305\" }")
    assert done.stdout == ("@prefix schema: <http://schema.org/> .\n\n"
                           "<https://w3id.org/policykg/id/region/440305> a schema:AdministrativeArea .\n\n")


def test_errors_are_short_and_point_at_the_problem(kg_file: Path) -> None:
    done = run("--graph", str(kg_file), "-e", "SELECT ?s WHERE {\n ?s zz:p ?o }")
    assert done.returncode == 1
    assert done.stderr == "policykg: error: unknown prefix 'zz:' at line 2, column 5; declare it with PREFIX\n"
    missing = run("--graph", str(kg_file / "nothing-here"), "joint-issuers")
    assert missing.returncode == 1 and "nothing-here" in missing.stderr


def test_list_shows_one_line_per_question() -> None:
    lines = run("--list").stdout.splitlines()
    assert len(lines) == len(list((ROOT / "ontology" / "queries").glob("*.rq")))
    assert any(line.startswith("policies-in-region --param region=<region>\t") for line in lines)
