"""Synthetic sources at any size and the measurements of the build on them (project issue 6)."""
