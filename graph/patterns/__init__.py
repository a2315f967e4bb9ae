"""The lower text layer: date and marker patterns that reading (``graph.read``) and extraction
(``graph.extract``) both match, so neither imports the other."""
