"""The graph read into plain records for the pages: the one layer of views, report and explorer that reads RDF.

It sits below ``graph.viz``, ``graph.report`` and ``graph.explorer``, which all import it and never each other.
"""
