"""The graph for the tools researchers open: Gephi (GEXF, GraphML) and spreadsheets or DataFrames (CSV, Parquet)."""
