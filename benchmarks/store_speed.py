"""The store's own work in SQLite and in PostgreSQL, on the same annotations: no NLP is timed.

    python benchmarks/store_speed.py [--repeat N] [--postgres URL]

The project's examples are annotated once (repeated N times, each copy with a marker line so
article ids differ); after one warm-up run, for each store, the articles and their annotations are written, the
graph is resolved and written (`rebuild_graph`), the JSON export is written, and every entity's
profile is read (`show`). URL is a server database the benchmark may create databases from
(default postgresql:///postgres, the server `make test` starts).
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
from rich.console import Console
from rich.table import Table
from throughput import load_articles

from casegraph.corpus import rebuild_graph
from casegraph.export.json_export import export_json
from casegraph.models import Annotation, Article
from casegraph.nlp.annotate import annotate_articles
from casegraph.nlp.pipeline import build_pipelines
from casegraph.queries import show
from casegraph.settings import get_settings
from casegraph.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent


def copies(repeat: int) -> list[Article]:
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(repeat):
            for i, article in enumerate(load_articles([ROOT / "examples"])):
                (Path(tmp) / f"{n:04d}_{i:03d}.txt").write_text(f"{article.text}\n\nArchive copy {n}.\n", "utf-8")
        return load_articles([Path(tmp)])


def timings(store: Store, annotated: list[tuple[Article, Annotation]]) -> dict[str, float]:
    def clock(fn: Callable[[], object]) -> float:
        started = time.perf_counter()
        fn()
        return time.perf_counter() - started

    def write() -> None:
        for article, annotation in annotated:
            store.upsert_article(article)
            store.save_annotation(annotation, "benchmark")

    return {
        "write articles + annotations": clock(write),
        "resolve + write graph": clock(lambda: rebuild_graph(store)),
        "export json": clock(lambda: export_json(store, io.StringIO())),
        "show every entity": clock(lambda: [show(store, r["id"]) for r in store.query("SELECT id FROM entities")]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--postgres", default="postgresql:///postgres")
    args = parser.parse_args()
    articles = copies(args.repeat)
    settings = get_settings()
    annotated = list(zip(articles, annotate_articles(build_pipelines(settings), articles, settings.batch_size)))
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        warm = open_store(Path(tmp) / "warm-up.db")  # first use loads lazy parts (name lists, vectorizers)
        timings(warm, annotated)
        warm.close()
        lite = open_store(Path(tmp) / "graph.db")
        results["SQLite"] = timings(lite, annotated)
        lite.close()
    name = "casegraph_bench_" + uuid.uuid4().hex[:8]
    with psycopg.connect(args.postgres, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            head = args.postgres.rsplit("/", 1)[0]
            pg = open_store(f"{head}/{name}")
            results["PostgreSQL"] = timings(pg, annotated)
            pg.close()
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    table = Table(title=f"{len(articles)} articles (examples x{args.repeat}), seconds")
    table.add_column("step")
    for store_name in results:
        table.add_column(store_name, justify="right")
    for step in results["SQLite"]:
        table.add_row(step, *(f"{results[s][step]:.2f}" for s in results))
    Console().print(table)


if __name__ == "__main__":
    main()
