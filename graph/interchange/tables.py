"""The graph as tables: one row per policy, one table per relation, for spreadsheets and DataFrames."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from graph.interchange.facts import Facts
from graph.model.schema import RELATIONS
from graph.model.store import Model
from graph.readwrite.exports import atomic

Table = tuple[list[str], list[list[object]]]
"""Column names and rows; a cell holding several values is a list."""
JOIN = " | "
"""Between the values of one CSV cell (agency names and titles use 、 and ； themselves)."""
POLICY_COLUMNS = ["iri", "date", "title", "number", "issuers", "levels", "region", "province", "concepts",
                  "legal_equivalence", "legal_effect", "forwards", "published", "in_force", "status", "source"]
EDGE_COLUMNS = ["subject", "subject_type", "subject_label", "object", "object_type", "object_label"]


def tables(model: Model) -> dict[str, Table]:
    """``policies`` and every relation the graph holds, by table name; rows sorted, so files are stable."""
    facts = Facts(model)
    out = {"policies": (POLICY_COLUMNS, sorted((_policy(facts, p) for p in facts.of_kind("policy")),
                                                 key=lambda row: (row[1] or "9999", row[2], row[0])))}
    edges: dict[str, list[list[object]]] = {relation: [] for relation in RELATIONS}
    for s in sorted(model):
        data = model[s]
        for relation, targets in data.items():
            if relation in edges:
                head = [s, data["type"], facts.label(s)]
                edges[relation].extend([*head, o, model.get(o, {}).get("type", ""), facts.label(o)] for o in targets)
    out.update((relation, (EDGE_COLUMNS, rows)) for relation, rows in edges.items() if rows)
    return out


def _policy(facts: Facts, p: str) -> list[object]:
    data = facts.model[p]
    issuers = facts.targets(p, "passed_by")
    regions = facts.targets(p, "jurisdiction")
    provinces = {facts.province(r) for r in regions} - {None}
    sources = [facts.model.get(s, {}).get("source_name", [facts.label(s)])[0]
               for passage in facts.targets(p, "derived_from") for s in facts.targets(passage, "part_of")]
    return [
        p, facts.date(p), facts.label(p), _one(data.get("document_number")),
        [facts.label(a) for a in issuers],
        sorted({label for a in issuers for label in facts.labels(a, "classification")}),
        _one([facts.label(r) for r in regions]), _one(sorted(facts.label(r) for r in provinces if r)),
        facts.labels(p, "is_about"),
        sorted({label for eq in facts.targets(p, "asserts") for label in facts.labels(eq, "electronic_form")}),
        _one(facts.labels(p, "legal_effect")),
        facts.labels(p, "ensures_implementation_of"),
        _one(data.get("date_publication")), _one(data.get("date_in_force")), _one(data.get("status")),
        sorted(set(map(str, sources))),
    ]


def _one(values: list | None) -> object:
    return values[0] if values else None


def write_csv(found: dict[str, Table], folder: Path) -> list[Path]:
    """One ``NAME.csv`` per table, UTF-8 with a BOM so that Excel opens the Chinese intact."""
    return _write(found, folder, "csv", _csv)


def write_parquet(found: dict[str, Table], folder: Path) -> list[Path]:
    """One ``NAME.parquet`` per table; a cell holding several values is a list of strings."""
    import pyarrow as pa  # here: an optional dependency, needed for this format only
    import pyarrow.parquet as pq

    def parquet(table: Table, fh) -> None:
        columns, rows = table
        arrays = {name: [row[i] for row in rows] for i, name in enumerate(columns)}
        pq.write_table(pa.table(arrays) if rows else pa.table({n: pa.array([], pa.string()) for n in columns}), fh)

    return _write(found, folder, "parquet", parquet)


def _csv(table: Table, fh) -> None:
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
    writer = csv.writer(text)
    columns, rows = table
    writer.writerow(columns)
    writer.writerows([JOIN.join(map(str, v)) if isinstance(v, list) else ("" if v is None else v) for v in row]
                     for row in rows)
    text.flush()
    text.detach()


def _write(found: dict[str, Table], folder: Path, suffix: str, write: Callable) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, table in found.items():
        path = folder / f"{name}.{suffix}"
        with atomic(path) as fh:
            write(table, fh)
        paths.append(path)
    return paths
