"""Package data, not code: the gazetteers and the bundled roundup, shipped as graph.data."""
