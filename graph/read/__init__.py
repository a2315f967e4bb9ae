"""Readers: source files in, raw items out."""
