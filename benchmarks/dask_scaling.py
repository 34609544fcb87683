"""The annotate step on the local engine and on the Dask engine with 1 and 2 worker processes.

    python benchmarks/dask_scaling.py [PATH ...] [--articles N] [--workers 1 2]

The articles under PATH (default: the project's examples/) are repeated, each copy with a marker
line, until there are N. Startup is timed apart from annotation: for local, building the spaCy
pipelines in this process; for Dask, starting a LocalCluster and building the pipelines in every
worker. Annotation is then `annotate_pending` over the N articles, and its results are compared with
the local engine's.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import replace
from itertools import cycle
from pathlib import Path
from typing import TypeVar

from distributed import Client
from rich.console import Console
from rich.table import Table

from casegraph.engine import annotate_pending
from casegraph.engine.dask_engine import local_cluster
from casegraph.engine.local import Result
from casegraph.ingest import read_sources
from casegraph.models import Article
from casegraph.nlp.pipeline import build_pipelines
from casegraph.settings import Settings, get_settings

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")


def make_articles(paths: list[Path], n: int) -> list[Article]:
    base = [item for item in read_sources(paths) if isinstance(item, Article)]
    return [
        replace(article, id=f"{article.id}-{i}", text=f"{article.text}\n\nArchive copy {i // len(base)}.\n")
        for i, article in zip(range(n), cycle(base))
    ]


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def run_local(articles: list[Article], settings: Settings) -> tuple[float, float, list[Result]]:
    _, startup = timed(lambda: build_pipelines(settings))
    results, seconds = timed(lambda: list(annotate_pending(articles, settings)))
    return startup, seconds, results


def run_dask(articles: list[Article], settings: Settings, workers: int) -> tuple[float, float, list[Result]]:
    started = time.perf_counter()
    with local_cluster(workers) as cluster, Client(cluster, set_as_default=False) as client:
        client.run(build_pipelines, settings)
        startup = time.perf_counter() - started
        on_cluster = replace(settings, engine="dask", dask_address=cluster.scheduler_address)
        results, seconds = timed(lambda: list(annotate_pending(articles, on_cluster)))
    return startup, seconds, results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "examples"])
    parser.add_argument("--articles", type=int, default=140)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    settings = get_settings(engine="local")
    articles = make_articles(args.paths, args.articles)
    words = sum(len(a.text.split()) for a in articles)
    startup, local_seconds, expected = run_local(articles, settings)
    rows = [("local (this process)", startup, local_seconds, "reference")]
    for workers in args.workers:
        startup, seconds, results = run_dask(articles, settings, workers)
        same = "yes" if results == expected else "NO"
        rows.append((f"dask, {workers} worker{'s' if workers > 1 else ''}", startup, seconds, same))
    table = Table(title=f"{len(articles)} articles, {words} words, model {settings.model}, batch {settings.batch_size}")
    for column in ("engine", "startup s", "annotate s", "articles/s", "words/s", "vs local", "same results"):
        table.add_column(column, justify="left" if column == "engine" else "right")
    for label, startup, seconds, same in rows:
        table.add_row(label, f"{startup:.1f}", f"{seconds:.1f}", f"{len(articles) / seconds:.1f}",
                      f"{words / seconds:,.0f}", f"{local_seconds / seconds:.2f}x", same)
    Console(width=140).print(table)


if __name__ == "__main__":
    main()
