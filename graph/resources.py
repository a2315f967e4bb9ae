"""Paths of the files shipped with the package, and the parsed ontology (read once per process)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import rdflib

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_DIR = ROOT / "ontology"
DATA_DIR = ROOT / "data"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"


def ontology_files() -> list[Path]:
    """The ontology and its schemes: every ontology/*.ttl except the SHACL shapes, sorted."""
    return sorted(p for p in ONTOLOGY_DIR.glob("*.ttl") if p != SHAPES_FILE)


@lru_cache(maxsize=1)
def load_ontology() -> rdflib.Graph:
    """Ontology, external declarations and concept schemes in one graph; callers must not mutate it."""
    graph = rdflib.Graph()
    for path in ontology_files():
        graph.parse(path, format="turtle")
    return graph


@lru_cache(maxsize=1)
def load_shapes() -> rdflib.Graph:
    """The SHACL shapes every export must satisfy; callers must not mutate it."""
    return rdflib.Graph().parse(SHAPES_FILE, format="turtle")
