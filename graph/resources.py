"""The files shipped with the package, found through ``importlib.resources``, and the parsed ontology.

The repository keeps them in its top-level ``ontology/`` and ``data/`` folders, the one copy in git;
``setup.py`` maps those folders into the package as ``graph.ontology`` and ``graph.data``, so a wheel
carries them and an editable install reads the checkout's own. No other module builds a path to them.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import rdflib


def _folder(package: str) -> Path:
    """The folder of ``package``: the readers need real files, which every pip install gives."""
    found = files(package)
    if not isinstance(found, Path):
        raise RuntimeError(f"{package} is not installed as plain files (a zip?): reinstall policykg with pip")
    return found


PACKAGE_DIR = _folder("graph")
ONTOLOGY_DIR = _folder("graph.ontology")
DATA_DIR = _folder("graph.data")
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"
QUERIES_DIR = ONTOLOGY_DIR / "queries"
SOURCES_DIR = DATA_DIR / "sources"
"""The bundled roundup: what ``policykg build`` reads when given no source."""


def ontology_files() -> list[Path]:
    """The ontology and its schemes: every ontology/*.ttl except the SHACL shapes, sorted."""
    return sorted(p for p in ONTOLOGY_DIR.glob("*.ttl") if p != SHAPES_FILE)


def fingerprint_files() -> list[Path]:
    """Everything extraction depends on (the package's code, its tables and its schemes), sorted."""
    return sorted([*PACKAGE_DIR.rglob("*.py"), *DATA_DIR.glob("*.csv"), *ONTOLOGY_DIR.glob("*.ttl")])


@lru_cache(maxsize=1)
def load_ontology() -> rdflib.Graph:
    """Ontology, external declarations and concept schemes in one graph; callers must not mutate it."""
    import rdflib  # here, not above: the extractor reads the package's files without RDF

    graph = rdflib.Graph()
    for path in ontology_files():
        graph.parse(path, format="turtle")
    return graph


@lru_cache(maxsize=1)
def load_shapes() -> rdflib.Graph:
    """The SHACL shapes every export must satisfy; callers must not mutate it."""
    import rdflib

    return rdflib.Graph().parse(SHAPES_FILE, format="turtle")
