"""Validation of exported graphs against the project's SHACL shapes and closed vocabulary."""
