"""Time every library question on rdflib's memory store and on the Oxigraph stores.

Builds a synthetic graph in the public vocabulary (``--policies N``, default 100,000), writes
it as N-Triples, loads it into rdflib's memory store and into Oxigraph in memory and on disk,
runs each question ``--repeat`` times per store (median) and prints a side-by-side table;
figures go to benchmarks/results/sparql.json.
``--servers`` also times the same questions over HTTP on ``oxigraph serve`` (in memory, loaded by
POST) and on Debian's Virtuoso (bulk-loaded), both started on loopback, with the parameters bound
in the query text so all stores do the same work; a server's time is the round trip with the
answer read as TSV. ``--nt PATH`` times a graph the build wrote instead (any export file or folder), since a real
graph's shape (agencies, joint issuance, chains) differs from the synthetic one; its figures go
to benchmarks/results/sparql-export.json. ``--no-rdflib`` leaves out the memory store, which
takes minutes per question on a million-triple graph.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import urllib.parse
from contextlib import ExitStack
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.sparql import load_graph, query  # noqa: E402
from graph.sparql.library import load_library  # noqa: E402
from graph.sparql.load import export_file  # noqa: E402
from benchmarks.triplestores import (  # noqa: E402
    answer_rows, bound_text, load_oxigraph, oxigraph_server, virtuoso_missing, virtuoso_server)

ID = "https://w3id.org/policykg/id/"
P = {"eli": "http://data.europa.eu/eli/ontology#", "dct": "http://purl.org/dc/terms/",
     "skos": "http://www.w3.org/2004/02/skos/core#", "schema": "http://schema.org/",
     "org": "http://www.w3.org/ns/org#", "pkg": "https://w3id.org/policykg/ontology#",
     "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
GRAPH = "https://w3id.org/policykg/graph"
CONCEPTS = ["e-signature", "e-seal", "e-contract", "e-labour-contract", "e-licence", "legal-equivalence"]
PARAMS = {"policies-in-region": {"region": "110000"}, "title-search": {"keyword": "电子印章"},
          "node-facts": {"node": ID + "policy/CN-0"}, "policies-about-concept": {"concept": ID + "concept/e-seal"},
          "policies-by-agency": {"agency": ID + "agency/110000-gov"},
          "policies-between": {"start": "2021-01-01", "end": "2021-03-31"}}


def synthetic(policies: int, seed: int = 7) -> list[str]:
    """N-Triples lines: 31 provinces × 10 cities × 3 counties, their agencies, concepts, policies."""
    rnd = random.Random(seed)
    t = []

    def add(s: str, p: str, o: str) -> None:
        t.append(f"<{s}> <{p}> {o} .")

    regions = [("CN", None)]
    for prov in range(11, 42):
        code = f"{prov}0000"
        regions.append((code, "CN"))
        for city in range(1, 11):
            regions.append((f"{prov}{city:02d}00", code))
            regions += [(f"{prov}{city:02d}{c:02d}", f"{prov}{city:02d}00") for c in range(1, 4)]
    for code, parent in regions:
        add(ID + f"region/{code}", P["rdf"] + "type", f"<{P['schema']}AdministrativeArea>")
        add(ID + f"region/{code}", P["skos"] + "prefLabel", f'"地区{code}"@zh')
        add(ID + f"region/{code}", P["skos"] + "notation", f'"{code}"')
        if parent:
            add(ID + f"region/{code}", P["schema"] + "containedInPlace", f"<{ID}region/{parent}>")
        add(ID + f"agency/{code}-gov", P["rdf"] + "type", f"<{P['org']}Organization>")
        add(ID + f"agency/{code}-gov", P["skos"] + "prefLabel", f'"{code}人民政府"@zh')
    for slug in CONCEPTS:
        add(ID + f"concept/{slug}", P["rdf"] + "type", f"<{P['skos']}Concept>")
        add(ID + f"concept/{slug}", P["skos"] + "prefLabel", f'"{slug}"@zh')
    for n in range(policies):
        code, _ = regions[0] if n % 20 == 0 else rnd.choice(regions[1:])
        node = ID + f"policy/{code}-{n}"
        date = f"20{rnd.randint(15, 24)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        add(node, P["rdf"] + "type", f"<{P['eli']}LegalResource>")
        add(node, P["dct"] + "title", f'"{code}关于{rnd.choice(["电子印章", "电子签名", "电子合同"])}的通知{n}"@zh')
        add(node, P["eli"] + "date_document", f'"{date}"^^<http://www.w3.org/2001/XMLSchema#date>')
        add(node, P["eli"] + "jurisdiction", f"<{ID}region/{code}>")
        for agency in {code, rnd.choice(regions)[0]}:
            add(node, P["eli"] + "passed_by", f"<{ID}agency/{agency}-gov>")
        for slug in rnd.sample(CONCEPTS, 2):
            add(node, P["eli"] + "is_about", f"<{ID}concept/{slug}>")
        if n % 3 == 0:
            add(node, P["pkg"] + "assertsEquivalence", f"<{ID}equivalence/{n}>")
        if n % 20 and rnd.random() < 0.3:
            add(node, P["eli"] + "ensures_implementation_of", f"<{ID}policy/CN-{rnd.randrange(0, n, 20) if n >= 20 else 0}>")
    return t


def timed(ask: Callable[[str], int], name: str, repeat: int) -> tuple[float, int]:
    """Median seconds of ``repeat`` runs (the machine is shared, single runs are noisy) and the row count."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        rows = ask(name)
        times.append(time.perf_counter() - start)
    return statistics.median(times), rows


def start_servers(export: Path, scratch: Path, stack: ExitStack, figures: dict) -> dict[str, tuple[str, str]]:
    """``oxigraph serve`` and Virtuoso (when installed) loaded with the export: label → (query URL, graph)."""
    servers = {}
    start = time.perf_counter()
    base = stack.enter_context(oxigraph_server())
    load_oxigraph(base, export)
    figures["load_oxigraph-serve_s"] = round(time.perf_counter() - start, 2)
    servers["oxigraph-serve"] = f"{base}/query"
    if virtuoso_missing() is None:
        start = time.perf_counter()
        (scratch / "virtuoso").mkdir()
        virtuoso = stack.enter_context(virtuoso_server(scratch / "virtuoso"))
        virtuoso.bulk_load(export, GRAPH)
        figures["load_virtuoso_s"] = round(time.perf_counter() - start, 2)
        servers["virtuoso"] = f"{virtuoso.sparql}?{urllib.parse.urlencode({'default-graph-uri': GRAPH})}"
    else:
        print(f"Virtuoso left out: {virtuoso_missing()}")
    return servers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policies", type=int, default=100_000)
    parser.add_argument("--nt", type=Path, help="time this export file or folder instead of a synthetic graph")
    parser.add_argument("--repeat", type=int, default=1, help="runs per question and store; the median is kept")
    parser.add_argument("--no-rdflib", action="store_true", help="time the Oxigraph store only")
    parser.add_argument("--servers", action="store_true", help="also time oxigraph serve and Virtuoso over HTTP")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch, ExitStack() as stack:
        if args.nt:
            export = export_file(args.nt)
            figures = {"source": str(args.nt), "questions": {}}
        else:
            export = Path(scratch) / "graph.nt"
            lines = synthetic(args.policies)
            export.write_text("\n".join(lines) + "\n", encoding="utf-8")
            figures = {"policies": args.policies, "triples": len(lines), "questions": {}}
        kinds = {"rdflib": "memory", "oxigraph": "oxigraph", "oxigraph-disk": f"oxigraph:{scratch}/ox"}
        if args.no_rdflib:
            del kinds["rdflib"]
        stores = {}
        for label, store in kinds.items():
            start = time.perf_counter()
            stores[label] = load_graph(export, store)
            figures[f"load_{label}_s"] = round(time.perf_counter() - start, 2)
        params = dict(PARAMS)
        if args.nt:
            figures["triples"] = int(query(stores["oxigraph"], "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0])
            first = "SELECT ?p WHERE { ?p a eli:LegalResource } ORDER BY ?p LIMIT 1"
            params["node-facts"] = {"node": str(query(stores["oxigraph"], first).rows[0][0])}
        asks: dict[str, Callable[[str], int]] = {
            label: (lambda name, graph=graph: len(query(graph, name, params.get(name)).terms))
            for label, graph in stores.items()}
        if args.servers:
            texts = {name: bound_text(stores["oxigraph"], name, params.get(name)) for name in load_library()}
            for label, url in start_servers(export, Path(scratch), stack, figures).items():
                asks[label] = lambda name, url=url: answer_rows(url, texts[name])
        loads = ", ".join(f"{label} {figures[f'load_{label}_s']} s" for label in asks)
        print(f"{figures.get('source', f'{args.policies} policies')}, {figures['triples']} triples; load {loads}")
        print(f"{'question':30} {'rows':>7}" + "".join(f" {label + ' s':>16}" for label in asks))
        for name in load_library():
            seconds = {}
            for label, ask in asks.items():
                seconds[label], rows = timed(ask, name, args.repeat)
                figures["questions"].setdefault(name, {"rows": rows})
                assert rows == figures["questions"][name]["rows"], f"{name}: {rows} rows on {label}"
                figures["questions"][name][f"{label}_s"] = round(seconds[label], 3)
            print(f"{name:30} {rows:>7}" + "".join(f" {seconds[label]:>16.3f}" for label in asks))
    out = ROOT / "benchmarks" / "results" / ("sparql-export.json" if args.nt else "sparql.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
