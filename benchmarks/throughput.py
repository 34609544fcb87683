"""Build throughput next to bare `nlp.pipe` of the same spaCy model on the same texts, in one run.

    python benchmarks/throughput.py [PATH ...] [--repeat N]

PATH defaults to the project's examples/. The texts are repeated N times (each copy gets a marker
line so article ids differ) to give the timer something to chew on. Prints words/s and articles/s
for: the bare model, casegraph's annotation pipeline alone, and the whole `casegraph build`
(ingest, annotate, resolve, store) into a fresh SQLite file.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from casegraph.build import build
from casegraph.ingest import read_sources
from casegraph.models import Article
from casegraph.nlp.annotate import annotate_articles
from casegraph.nlp.pipeline import build_pipeline, load_model
from casegraph.settings import get_settings

ROOT = Path(__file__).resolve().parent.parent


def load_articles(paths: list[Path]) -> list[Article]:
    return [item for item in read_sources(paths) if isinstance(item, Article)]


def write_copies(articles: list[Article], repeat: int, folder: Path) -> list[str]:
    texts = []
    for n in range(repeat):
        for i, article in enumerate(articles):
            text = f"{article.text}\n\nArchive copy {n}.\n"
            (folder / f"{n:04d}_{i:03d}.txt").write_text(text, encoding="utf-8")
            texts.append(text)
    return texts


def timed(label: str, fn: object, words: int, docs: int) -> tuple[str, float, float, float]:
    started = time.perf_counter()
    fn()  # type: ignore[operator]
    seconds = time.perf_counter() - started
    return label, seconds, words / seconds, docs / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "examples"])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    settings = get_settings()
    base = load_articles(args.paths)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        texts = write_copies(base, args.repeat, folder)
        words = sum(len(t.split()) for t in texts)
        copies = load_articles([folder])
        bare = load_model(settings.model)
        ours = build_pipeline(settings)
        rows = [
            timed("bare nlp.pipe", lambda: list(bare.pipe(texts, batch_size=settings.batch_size)), words, len(texts)),
            timed("casegraph pipeline", lambda: list(annotate_articles(ours, copies, settings.batch_size)),
                  words, len(texts)),
            timed("casegraph build", lambda: build([folder], Path(tmp) / "graph.db", settings), words, len(texts)),
        ]
    table = Table(title=f"{len(texts)} articles, {words} words, model {settings.model}")
    for column in ("run", "seconds", "words/s", "articles/s", "vs bare"):
        table.add_column(column, justify="right" if column != "run" else "left")
    bare_rate = rows[0][2]
    for label, seconds, wps, aps in rows:
        table.add_row(label, f"{seconds:.2f}", f"{wps:,.0f}", f"{aps:.1f}", f"{wps / bare_rate:.2f}x")
    Console().print(table)


if __name__ == "__main__":
    main()
