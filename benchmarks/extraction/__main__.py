"""Score the build of every corpus document against its gold file.

Usage (from the repository root)::

    python -m benchmarks.extraction [NAME ...] [--misses [--field FIELD]] [--corpus DIR] [--perturb [P ...]]

Each document is built on its own with ``graph.build`` (no cache, no views). The table has one row
per document; ``--misses`` lists every miss (expected vs got); the last line is the overall summary.
``--perturb`` scores the corpus again under each perturbation of ``benchmarks.extraction.perturb``
(all, or the ones named): one row per perturbation beside the clean run, then the perturbed total.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from benchmarks.extraction.facts import aligned, records
from benchmarks.extraction.gold import CORPUS, Document, GoldError, Record, documents
from benchmarks.extraction.perturb import PERTURBATIONS, perturbed
from benchmarks.extraction.score import FIELDS, Count, Score, score
from graph import build

COLUMNS = ("items", "titles", "dates", "agencies", "region", "province", "concepts", "equivalence",
           "forwarding", "kind")


def built(doc: Document) -> tuple[list[Record], str | None]:
    """The document's items as the project reads them, and why there are none when there are none."""
    with tempfile.TemporaryDirectory(prefix="policykg-texts-") as texts:
        try:
            result = build([doc.path], jobs=1, cache=False, texts=Path(texts))
        except Exception as exc:  # a benchmark reports a crash on one document and goes on
            return [], f"build failed: {type(exc).__name__}: {exc}"
        kept = [p.read_bytes().decode("utf-8") for p in Path(texts).glob("*.txt")]  # as written: CRLF kept
    found = records(result.to_rdflib())
    if kept:
        found = aligned(found, kept[0], doc.text)
    if not found:  # say why, as the build reported it
        return found, "no item read: " + "; ".join(p.reason for p in result.problems[:3])
    return found, None


def _num(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def _pr(c: Count) -> str:
    return f"{_num(c.precision)}/{_num(c.recall)}"


def row(name: str, s: Score) -> str:
    items = s.counts["items"]
    cells = [f"{name[:28]:<28}", f"{items.gold:>4}", f"{items.got:>4}"]
    cells += [_pr(s.counts[f]) for f in COLUMNS]
    return "  ".join(cells)


def header() -> str:
    cells = [f"{'document':<28}", "gold", " got"] + [f"{f[:11] + ' P/R':<11}" for f in COLUMNS]
    return "  ".join(cells)


def summary(s: Score) -> str:
    c = s.counts
    parts = [f"{f} P {_num(c[f].precision)} R {_num(c[f].recall)}" for f in
             ("items", "titles", "dates", "agencies", "region", "province")]
    parts += [f"{f} F1 {_num(c[f].f1)}" for f in ("concepts", "equivalence")]
    parts += [f"{f} P {_num(c[f].precision)} R {_num(c[f].recall)}" for f in ("forwarding", "kind", "cites", "numbers")]
    return "overall: " + ", ".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.extraction", description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="documents to score (file stems; default: all)")
    ap.add_argument("--misses", action="store_true", help="list every miss, expected vs got")
    ap.add_argument("--field", choices=FIELDS, help="with --misses: only this field's misses")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder of NAME.txt + NAME.gold.json")
    ap.add_argument("--perturb", nargs="*", metavar="P", choices=sorted(PERTURBATIONS),
                    help="score each perturbation (default: all) beside the clean run")
    args = ap.parse_args(argv)
    try:
        docs = documents(args.corpus)
    except (GoldError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.names:
        docs = [d for d in docs if Path(d.name).stem in args.names]
    if not docs:
        print(f"error: no gold files to score in {args.corpus}", file=sys.stderr)
        return 2
    if args.perturb is not None:
        return _perturbed(docs, args.perturb or sorted(PERTURBATIONS), args)
    total, lines, notes = _scored(docs)
    print("\n".join([header(), *lines, row("all", total), *notes]))
    _misses(total, args)
    print(summary(total))
    return 0


def _scored(docs: list[Document], prefix: str = "") -> tuple[Score, list[str], list[str]]:
    """The total score of ``docs``, a row per document and a note per document that failed."""
    total = Score()
    lines, notes = [], []
    for doc in docs:
        got, failure = built(doc)
        s = score(doc.gold, got, prefix + Path(doc.name).stem)
        total.add(s)
        lines.append(row(Path(doc.name).stem, s))
        if failure:
            notes.append(f"{prefix}{doc.name}: {failure}")
    return total, lines, notes


def _misses(total: Score, args: argparse.Namespace) -> None:
    if args.misses:
        shown = [m for m in total.misses if args.field in (None, m.field)]
        print(f"\n{len(shown)} miss(es):")
        for miss in shown:
            print(f"  {miss}")


def _perturbed(docs: list[Document], names: list[str], args: argparse.Namespace) -> int:
    """One row for the clean corpus, one per perturbation, one for all perturbations together."""
    clean, _, notes = _scored(docs)
    lines = [header(), row("clean", clean)]
    total = Score()
    for name in names:
        with tempfile.TemporaryDirectory(prefix="policykg-perturbed-") as folder:
            try:
                copies = [perturbed(doc, name, Path(folder)) for doc in docs]
            except GoldError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
            s, _, failed = _scored(copies, f"{name}: ")
        total.add(s)
        lines.append(row(name, s))
        notes.extend(failed)
    lines.append(row("perturbed", total))
    print("\n".join(lines + notes))
    _misses(total, args)
    print("clean " + summary(clean))
    print("perturbed " + summary(total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
