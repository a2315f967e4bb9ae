"""Anchor detectors: each finds one kind of anchor an item is cut around (a date, a 《title》, an
issuing body and its action, a table row, a section header, a noise line). Pure functions of
normalized text; ``graph.read.segment`` is the one place that combines them."""
