"""The top-level ontology/ and data/ folders ship inside the package as graph.ontology and graph.data.

pyproject.toml cannot add mapped packages to the ones it finds, hence this file; the rest of the
configuration (package data included) is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["graph*"]), "graph.ontology", "graph.data"],
    package_dir={"graph.ontology": "ontology", "graph.data": "data"},
)
