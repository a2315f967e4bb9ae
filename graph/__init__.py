"""policykg: a knowledge graph of Chinese policy on electronic signatures, seals and contracts."""

from graph.pipeline import BuildResult, build

__all__ = ["BuildResult", "build"]
