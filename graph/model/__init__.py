"""The in-memory model: plain dicts keyed by IRI while building (``store``), a networkx
MultiDiGraph for users."""
