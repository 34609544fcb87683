"""Annotate articles in this process, in spaCy batches; one bad article does not stop the rest."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from spacy.language import Language

from ..errors import CasegraphError
from ..models import Annotation, Article
from ..nlp.annotate import annotate_articles
from ..nlp.pipeline import build_pipelines
from ..settings import Settings

Result = tuple[str, Annotation | CasegraphError]


class AnnotationError(CasegraphError):
    def __init__(self, article: Article, reason: str) -> None:
        super().__init__(f"{article.source}: could not be annotated ({reason})")
        self.article_id, self.reason = article.id, reason


def annotate_pending(articles: Sequence[Article], settings: Settings) -> Iterator[Result]:
    nlp = build_pipelines(settings)
    for batch in batches(articles, settings.batch_size):
        yield from annotate_batch(nlp, batch, settings)


def batches(articles: Sequence[Article], size: int) -> Iterator[Sequence[Article]]:
    size = max(1, size)
    for i in range(0, len(articles), size):
        yield articles[i : i + size]


def annotate_batch(nlp: Mapping[str, Language], batch: Sequence[Article], settings: Settings) -> list[Result]:
    """(article id, annotation or error) for each article of the batch, in order; the batch both
    engines map over articles."""
    try:
        results = list(annotate_articles(nlp, batch, batch_size=max(1, settings.batch_size), settings=settings))
    except Exception:
        # Find the article that broke the batch; the others are kept.
        return [(article.id, _annotate_one(nlp, article, settings)) for article in batch]
    return [(article.id, annotation) for article, annotation in zip(batch, results)]


def _annotate_one(nlp: Mapping[str, Language], article: Article, settings: Settings) -> Annotation | CasegraphError:
    try:
        return next(annotate_articles(nlp, [article], settings=settings))
    except Exception as exc:  # spaCy and component errors alike: report, keep going
        return AnnotationError(article, f"{type(exc).__name__}: {exc}")
