"""Synthetic sources at any size: roundup text in three layouts plus CSV and JSON records.

Usage (from the repository root): ``python -m benchmarks.generate --items 10000 --out DIR [--seed 1]``.
Writes ``DIR/sources/`` (about 500 items a file) and ``DIR/manifest.json`` with the item count the
build must read. Each file draws from its own ``Random(f"{seed}:{index}")``, so a seed gives the
same bytes whatever the size, and file n of a large run equals file n of a small one.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

from benchmarks.compose import Composer, Item, random_date
from benchmarks.vocab import vocabulary

ITEMS_PER_FILE = 500
LAYOUTS = ("dateline", "inline", "numbered", "csv", "dateline", "json")
EXTENSIONS = {"dateline": "txt", "inline": "txt", "numbered": "txt", "csv": "csv", "json": "json"}
MONTHS = ("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月")
SECTIONS = ("一、国家层面", "二、地方政策")
MANIFEST = "manifest.json"
GENERATED = re.compile(r"\d{5}-[a-z]+\.[a-z]+")


def cn_date(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def dateline(index: int, items: list[Item], year: int) -> str:
    """A yearly roundup: headline with the year, month headers, a date line above every entry."""
    out = [f"{year}年电子签名、电子印章推广政策盘点（{index}）", f"{year}-12-31", "",
           f"{year}年，各地区各部门持续推进电子签章在政务服务和企业经营中的应用，现将相关政策整理如下。", ""]
    month = 0
    for item in items:
        if item.date.month != month:
            month = item.date.month
            out += [MONTHS[month - 1], ""]
        out += [f"{month}月{item.date.day}日", "", item.sentence, ""]
        if item.continuation:
            out += [item.continuation, ""]
    return "\n".join(out)


def inline(index: int, items: list[Item], rng: random.Random) -> str:
    """Dates opening each paragraph; a repeated date is sometimes written 同日."""
    out = [f"各地电子签章政策动态汇编（{index}）", "",
           "近期各地区各部门出台了一批推进电子签名、电子印章和电子合同应用的政策，摘要如下。", ""]
    previous = None
    for item in items:
        lead = "同日，" if item.date == previous and rng.random() < 0.5 else f"{cn_date(item.date)}，"
        out += [lead + item.sentence, ""]
        if item.continuation:
            out += [item.continuation, ""]
        previous = item.date
    return "\n".join(out)


def numbered(index: int, items: list[Item], rng: random.Random) -> str:
    """A numbered list in two sections, the date leading or in brackets at the end."""
    out = [f"电子签章相关政策文件清单（{index}）", ""]
    for header, wanted in zip(SECTIONS, (True, False)):
        out += [header, ""]
        section = [item for item in items if (item.region == "全国") == wanted]
        for n, item in enumerate(section, 1):
            if rng.random() < 0.5:
                out.append(f"{n}. {cn_date(item.date)}，{item.sentence}")
            else:
                out.append(f"{n}. {item.sentence}（{cn_date(item.date)}）")
            if item.continuation:
                out.append(item.continuation)
        out.append("")
    return "\n".join(out)


def record(item: Item, date: str) -> dict[str, str]:
    text = f"{item.text}{item.continuation}"
    return {"date": date, "title": item.title, "agency": item.agency, "region": item.region, "text": text}


def records_csv(items: list[Item]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=("date", "title", "agency", "region", "text"), lineterminator="\n")
    writer.writeheader()
    writer.writerows(record(item, item.date.isoformat()) for item in items)
    return buffer.getvalue()


def records_json(items: list[Item]) -> str:
    return json.dumps([record(item, cn_date(item.date)) for item in items], ensure_ascii=False, indent=1) + "\n"


def write_file(index: int, layout: str, count: int, seed: int) -> tuple[str, str]:
    """(file name, text) of file ``index``: it depends on nothing but its index, layout, count and seed."""
    rng = random.Random(f"{seed}:{index}")
    composer = Composer(vocabulary(), rng)
    year = random_date(rng).year
    dates = sorted(random_date(rng, year if layout == "dateline" else None) for _ in range(count))
    items = [composer.item(d) for d in dates]
    if layout == "dateline":
        text = dateline(index, items, year)
    elif layout == "inline":
        text = inline(index, items, rng)
    elif layout == "numbered":
        text = numbered(index, items, rng)
    elif layout == "csv":
        text = records_csv(items)
    else:
        text = records_json(items)
    return f"{index:05d}-{layout}.{EXTENSIONS[layout]}", text


def plan(items: int) -> list[tuple[str, int]]:
    """(layout, item count) of each file, layouts in turn, the last file taking the remainder."""
    counts = [ITEMS_PER_FILE] * (items // ITEMS_PER_FILE)
    if items % ITEMS_PER_FILE:
        counts.append(items % ITEMS_PER_FILE)
    return [(LAYOUTS[i % len(LAYOUTS)], n) for i, n in enumerate(counts)]


def generate(items: int, out: Path, seed: int = 1) -> dict:
    """Write the sources and the manifest into ``out`` (replacing an earlier generated set)."""
    sources = out / "sources"
    if sources.exists():
        if any(not GENERATED.fullmatch(p.name) for p in sources.iterdir()):
            raise SystemExit(f"{sources} holds files the generator did not write: not replacing it")
        shutil.rmtree(sources)
    (out / MANIFEST).unlink(missing_ok=True)  # written last: its presence means a complete set
    sources.mkdir(parents=True)
    layouts: Counter[str] = Counter()
    for index, (layout, count) in enumerate(plan(items), 1):
        name, text = write_file(index, layout, count, seed)
        (sources / name).write_bytes(text.encode("utf-8"))
        layouts[layout] += count
    manifest = {"items": items, "seed": seed, "files": len(plan(items)), "items_by_layout": dict(sorted(layouts.items()))}
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Write synthetic policy sources for benchmarks.")
    p.add_argument("--items", type=int, required=True, help="number of items (1000, 10000, 100000, 1000000)")
    p.add_argument("--out", type=Path, required=True, help="output folder (sources/ and manifest.json)")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    manifest = generate(args.items, args.out, args.seed)
    print(f"wrote {manifest['items']} items in {manifest['files']} files to {args.out}/sources")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
