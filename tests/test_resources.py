"""The shipped files are found from the package, and the ontology excludes the shapes."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from importlib.resources import files
from pathlib import Path

from rdflib.namespace import RDF, SH

from graph.resources import DATA_DIR, ONTOLOGY_DIR, QUERIES_DIR, SOURCES_DIR, load_ontology, load_shapes, ontology_files

CHECKOUT = Path(__file__).resolve().parents[1]


def test_shipped_folders_are_the_packages_graph_ontology_and_graph_data():
    assert ONTOLOGY_DIR == files("graph.ontology") and DATA_DIR == files("graph.data")
    assert (ONTOLOGY_DIR / "policykg.ttl").is_file() and (DATA_DIR / "wikidata_provinces.csv").is_file()
    assert sorted(QUERIES_DIR.glob("*.rq")) and sorted(SOURCES_DIR.iterdir())


def test_the_editable_install_reads_the_checkouts_one_copy():
    """The top-level folders are the one copy in git: an editable install maps the package onto them."""
    assert ONTOLOGY_DIR.resolve() == CHECKOUT / "ontology" and DATA_DIR.resolve() == CHECKOUT / "data"


def test_ontology_holds_every_ttl_but_the_shapes():
    names = [p.name for p in ontology_files()]
    assert names == sorted(names) and "shapes.ttl" not in names
    assert {"policykg.ttl", "external.ttl", "concepts.ttl", "doctypes.ttl", "levels.ttl", "legal-effect.ttl"} <= set(names)
    assert not set(load_ontology().subjects(RDF.type, SH.NodeShape))
    assert set(load_shapes().subjects(RDF.type, SH.NodeShape))


def test_ontology_is_parsed_once():
    assert load_ontology() is load_ontology()


def test_no_other_module_builds_a_path_to_the_shipped_files():
    pattern = re.compile(r"__file__|\.parents\[|\bROOT\b")
    offenders = [str(p.relative_to(CHECKOUT)) for p in sorted((CHECKOUT / "graph").rglob("*.py"))
                 if p.name != "resources.py" and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_wheel_carries_every_file_read_at_run_time(tmp_path):
    source = tmp_path / "source"  # a copy: a stale build/ folder in the checkout must not reach the wheel
    shutil.copytree(CHECKOUT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "__pycache__", "tests", "benchmarks", "notebooks", "out", ".*cache*"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(source)],
                   check=True, capture_output=True)
    (wheel,) = tmp_path.glob("policykg-*.whl")
    shipped = {name for name in zipfile.ZipFile(wheel).namelist() if name.startswith(("graph/ontology/", "graph/data/"))}
    kept = {f"graph/{p.relative_to(CHECKOUT)}" for folder in ("ontology", "data") for p in (CHECKOUT / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}
    documentation = {name for name in kept - shipped if name.endswith((".md", "catalog-v001.xml"))}
    assert shipped == kept - documentation
    assert {"graph/ontology/context.jsonld", "graph/ontology/queries/joint-issuers.rq",
            "graph/data/sources/2021-roundup.txt", "graph/data/agencies.csv"} <= shipped
