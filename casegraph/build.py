"""`build`: read sources, store articles, annotate what is new, resolve the corpus, store the graph."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Protocol

from . import __version__
from .corpus import rebuild_graph
from .errors import CasegraphError, SourceError
from .ingest import count_sources, iter_files, read_file
from .nlp.attribution_model import model_file
from .settings import Settings, get_settings
from .store import Store, open_store


class Progress(Protocol):
    def start(self, name: str, total: int | None) -> None: ...
    def advance(self, name: str, amount: int = 1) -> None: ...


class _Silent:
    def start(self, name: str, total: int | None) -> None:
        pass

    def advance(self, name: str, amount: int = 1) -> None:
        pass


@dataclass
class BuildReport:
    db: str
    files: int = 0
    articles_read: int = 0
    articles_new: int = 0
    annotated: int = 0
    errors: list[str] = field(default_factory=list)
    # Articles stored and searchable but not annotated: no pipeline for their language ({"pt": 2}).
    without_pipeline: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def pipeline_fingerprint(settings: Settings) -> str:
    """Changes when the model or casegraph's NLP code changes, so stale annotations are redone."""
    digest = hashlib.sha1(f"{__version__}|{settings.model}|{settings.spanish_model}".encode())
    # The components' code and their cue tables both decide what an annotation holds.
    for package, suffix in (("casegraph.nlp", ".py"), ("casegraph.data", ".json")):
        folder = resources.files(package)
        for name in sorted(p.name for p in folder.iterdir() if p.name.endswith(suffix)):
            digest.update(folder.joinpath(name).read_bytes())
    model = model_file(settings.attribution_model)
    if model:  # a learned model adds claims: another model, other annotations
        digest.update(b"|attribution|")
        try:
            digest.update(Path(model).expanduser().read_bytes())
        except OSError:  # building the pipeline reports the unreadable file
            digest.update(model.encode())
    return digest.hexdigest()[:16]


def build(
    paths: Sequence[str | Path], db: str | Path, settings: Settings | None = None, progress: Progress | None = None
) -> BuildReport:
    settings = settings or get_settings()
    progress = progress or _Silent()
    store = open_store(db)
    report = BuildReport(db=str(db))
    started = time.perf_counter()
    try:
        _ingest(store, paths, report, progress)
        _annotate(store, settings, report, progress)
        rebuild_graph(store)
        report.counts = graph_counts(store)
    finally:
        store.close()
    report.seconds = time.perf_counter() - started
    return report


def _ingest(store: Store, paths: Sequence[str | Path], report: BuildReport, progress: Progress) -> None:
    report.files = count_sources(paths)
    progress.start("read", report.files)
    for path in iter_files(paths):
        for item in read_file(path):  # a JSONL file holds many articles; the bar counts files
            if isinstance(item, SourceError):
                report.errors.append(item.message)
                continue
            report.articles_read += 1
            if store.upsert_article(item):
                report.articles_new += 1
        progress.advance("read")


def _annotate(store: Store, settings: Settings, report: BuildReport, progress: Progress) -> None:
    from .engine import annotate_pending
    from .nlp.pipeline import LANGUAGE_MODELS

    fingerprint = pipeline_fingerprint(settings)
    pending = store.articles_needing_annotation(fingerprint)
    progress.start("annotate", len(pending))
    if not pending:
        return
    for _article_id, result in annotate_pending(store.articles(pending), settings):
        if isinstance(result, CasegraphError):
            report.errors.append(result.message)
        else:
            store.save_annotation(result, fingerprint)
            report.annotated += 1
            if result.language not in LANGUAGE_MODELS:
                report.without_pipeline[result.language] = report.without_pipeline.get(result.language, 0) + 1
        progress.advance("annotate")


def graph_counts(store: Store) -> dict[str, int]:
    tables = ("articles", "entities", "mentions", "relations", "claims", "events", "stories", "conflicts")
    return {t: int(store.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"]) for t in tables}
