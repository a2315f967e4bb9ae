"""Throughput and latency of the question library under concurrent clients: ``policykg serve``
beside ``oxigraph serve`` (in memory) on the same export, on loopback.

Usage (from the repository root)::

    python -m benchmarks.load_test --graph out [--clients 50] [--rounds 1] [--workers 4]
    python -m benchmarks.load_test --items 10000          # generate and build a corpus first

Each client has its own loopback address (127.0.0.10, .11, …), so the server's per-client share
treats them as the separate users they stand for, and asks every library question ``--rounds``
times in its own order, over one keep-alive connection. Both servers get the same query texts
(parameters bound as VALUES, prefixes declared), so they do the same work. Figures go to
``benchmarks/results/load.json``. Bounded: clients × rounds × questions requests per server, and
``--max-seconds`` in all.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from benchmarks.generate import generate
from benchmarks.triplestores import ROOT, bound_text, load_oxigraph, oxigraph_server, policykg_server
from graph.sparql import load_graph, query
from graph.sparql.library import load_library
from graph.sparql.load import export_file

RESULTS = ROOT / "benchmarks" / "results" / "load.json"
PICK = {  # a parameter's value: the most used term of its kind in the graph, so every answer has rows
    "region": "SELECT ?v WHERE { ?p eli:jurisdiction ?v } GROUP BY ?v ORDER BY DESC(COUNT(*)) ?v LIMIT 1",
    "agency": "SELECT ?v WHERE { ?p eli:passed_by ?v } GROUP BY ?v ORDER BY DESC(COUNT(*)) ?v LIMIT 1",
    "concept": "SELECT ?v WHERE { ?p eli:is_about ?v } GROUP BY ?v ORDER BY DESC(COUNT(*)) ?v LIMIT 1",
    "node": "SELECT ?v WHERE { ?v a eli:LegalResource } ORDER BY ?v LIMIT 1",
}
FIXED = {"keyword": "电子印章", "start": "2021-01-01", "end": "2021-12-31"}


def library_texts(export: Path) -> dict[str, str]:
    """Each question's text as sent to a server, its parameters bound to terms from the graph."""
    graph = load_graph(export)
    values = dict(FIXED) | {name: str(query(graph, text).rows[0][0]) for name, text in PICK.items()}
    return {name: bound_text(graph, name, {p.name: values[p.name] for p in question.params})
            for name, question in load_library().items()}


def hammer(url: str, texts: dict[str, str], clients: int, rounds: int, max_seconds: float) -> dict:
    """Every client asks every question ``rounds`` times; latencies per request, errors counted."""
    parts = urllib.parse.urlsplit(url)
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds

    def client(number: int) -> None:
        order = [name for _ in range(rounds) for name in texts]
        random.Random(number).shuffle(order)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=max_seconds,
                                                source_address=(f"127.0.0.{10 + number}", 0))
        for name in order:
            if time.monotonic() > deadline:
                break
            body = urllib.parse.urlencode({"query": texts[name]})
            start = time.perf_counter()
            try:
                connection.request("POST", parts.path, body=body, headers={
                    "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
                response = connection.getresponse()
                response.read()
                status = response.status
            except OSError:
                status = 0
                connection.close()
            seconds = time.perf_counter() - start
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                if status == 200:
                    latencies.append(seconds)
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    ordered = sorted(latencies)
    return {"requests": sum(statuses.values()), "ok": len(latencies), "statuses": statuses,
            "seconds": round(wall, 2), "throughput_per_s": round(len(latencies) / wall, 1),
            "p50_s": round(statistics.median(ordered), 3) if ordered else None,
            "p99_s": round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 3) if ordered else None}


def built_export(items: int, scratch: Path) -> Path:
    """A corpus of ``items`` generated items, built to N-Triples with policykg."""
    generate(items, scratch / "corpus")
    out = scratch / "out"
    subprocess.run([sys.executable, "-m", "graph.cli", "build", str(scratch / "corpus" / "sources"), "--out", str(out),
                    "--no-views", "--formats", "nt", "--validate", "never"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    return out / "graph.nt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--graph", type=Path, help="an export file or folder")
    source.add_argument("--items", type=int, help="generate and build a corpus of this many items first")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=1, help="times each client asks each question")
    parser.add_argument("--workers", type=int, default=4, help="policykg serve --workers")
    parser.add_argument("--max-seconds", type=float, default=600, help="stop asking after this long, per server")
    args = parser.parse_args()
    if args.clients > 240:
        parser.error("--clients is at most 240 (one loopback address each)")
    with tempfile.TemporaryDirectory() as scratch:
        export = export_file(args.graph) if args.graph else built_export(args.items, Path(scratch))
        texts = library_texts(export)
        triples = sum(1 for _ in export.open("rb"))
        print(f"{export}: {triples} triples; {args.clients} clients × {args.rounds} round(s) × {len(texts)} questions")
        figures = {"source": str(args.graph or f"{args.items} generated items"), "triples": triples,
                   "clients": args.clients, "rounds": args.rounds, "workers": args.workers, "servers": {}}
        options = ("--workers", str(args.workers), "--timeout", "120", "--read-timeout", "60")
        with policykg_server(export, *options) as url:
            figures["servers"]["policykg serve"] = hammer(url, texts, args.clients, args.rounds, args.max_seconds)
        with oxigraph_server() as base:
            load_oxigraph(base, export)
            figures["servers"]["oxigraph serve"] = hammer(f"{base}/query", texts, args.clients, args.rounds,
                                                          args.max_seconds)
        print(f"{'server':16} {'requests':>8} {'ok':>6} {'req/s':>7} {'p50 s':>7} {'p99 s':>7}  statuses")
        for label, f in figures["servers"].items():
            print(f"{label:16} {f['requests']:>8} {f['ok']:>6} {f['throughput_per_s']:>7} {f['p50_s']!s:>7} "
                  f"{f['p99_s']!s:>7}  {f['statuses']}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
