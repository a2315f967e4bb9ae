"""Extraction quality on the development corpus (``benchmarks/corpus/``): gold items against a build."""
