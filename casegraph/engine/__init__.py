"""Executors that map the per-article annotate step over articles: local (default) or Dask."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..models import Article
from ..settings import Settings
from .local import Result


def annotate_pending(articles: Sequence[Article], settings: Settings) -> Iterator[Result]:
    """(article id, Annotation or error) for every article, by the engine `settings.engine` names
    (Settings rejects any other name than local and dask)."""
    if settings.engine == "dask":
        from .dask_engine import annotate_pending as run  # distributed is imported only when asked for
    else:
        from .local import annotate_pending as run
    return run(articles, settings)
