"""Open each page a build wrote in headless Chromium and time it until it is drawn.

Usage (from the repository root): ``python -m benchmarks.views_bench OUT_DIR [--repeat 3]``, after
``policykg build … --out OUT_DIR``. For each page it prints the file size, the time from navigation
to the load event (scripts run, the network and its data built), and to the end of the network's
first frame drawn after that, with the nodes and edges drawn. Pages are opened offline, as the
tests open them (every request that is not a local file is refused), in Debian's Chromium.
Figures go to benchmarks/results/views.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]

DRAWN = """() => new Promise(done => {
  const loaded = performance.getEntriesByType('navigation')[0].loadEventEnd;
  const list = document.getElementById('policy-list');
  if (list) {  // the explorer: drawn once its matrix and the first page of its list are on screen
    const cells = () => document.querySelectorAll('#matrix td.cell').length;
    const check = () => list.hasAttribute('data-ready')
      ? done([loaded, performance.now(), cells(), list.children.length]) : requestAnimationFrame(check);
    check();
    return;
  }
  if (typeof network === 'undefined') { done([loaded, loaded, 0, 0]); return; }
  network.once('afterDrawing', () => done([loaded, performance.now(),
      network.body.nodeIndices.length, network.body.edgeIndices.length]));
  network.redraw();
})"""
"""Milliseconds from navigation to the load event and to the end of the next drawn frame (for the explorer,
until its list is filled: matrix cells and listed policies stand in the nodes and edges columns)."""


def measure(browser, page_path: Path) -> tuple[float, float, int, int]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    try:
        page = context.new_page()
        page.goto(page_path.resolve().as_uri(), wait_until="load", timeout=120_000)
        loaded, drawn, nodes, edges = page.evaluate(DRAWN)
        return loaded / 1000, drawn / 1000, int(nodes), int(edges)
    finally:
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a folder `policykg build` wrote")
    parser.add_argument("--repeat", type=int, default=3, help="opens per page; the median is kept")
    args = parser.parse_args()
    pages = sorted(args.out.glob("*.html"))
    figures: dict[str, dict[str, float | int]] = {}
    print(f"{'page':24} {'MB':>6} {'load s':>7} {'drawn s':>8} {'nodes':>6} {'edges':>6}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for page_path in pages:
            runs = [measure(browser, page_path) for _ in range(args.repeat)]
            loaded = statistics.median(r[0] for r in runs)
            drawn = statistics.median(r[1] for r in runs)
            nodes, edges = runs[-1][2], runs[-1][3]
            size = page_path.stat().st_size / 1e6
            figures[page_path.name] = {"mb": round(size, 2), "load_s": round(loaded, 2), "drawn_s": round(drawn, 2),
                                       "nodes": nodes, "edges": edges}
            print(f"{page_path.name:24} {size:>6.2f} {loaded:>7.2f} {drawn:>8.2f} {nodes:>6} {edges:>6}")
        browser.close()
    out = ROOT / "benchmarks" / "results" / "views.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"source": str(args.out), "pages": figures}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
