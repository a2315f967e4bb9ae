"""The in-memory model: a networkx MultiDiGraph whose node ids are IRIs."""
