"""Annotate articles in this process, in spaCy batches; one bad article does not stop the rest."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from spacy.language import Language

from ..errors import CasegraphError
from ..models import Annotation, Article
from ..nlp.annotate import annotate_articles
from ..nlp.pipeline import build_pipelines
from ..settings import Settings


class AnnotationError(CasegraphError):
    def __init__(self, article: Article, reason: str) -> None:
        super().__init__(f"{article.source}: could not be annotated ({reason})")
        self.article_id, self.reason = article.id, reason


def annotate_pending(
    articles: Sequence[Article], settings: Settings
) -> Iterator[tuple[str, Annotation | CasegraphError]]:
    nlp = build_pipelines(settings)
    size = max(1, settings.batch_size)
    for i in range(0, len(articles), size):
        batch = articles[i : i + size]
        try:
            results = list(annotate_articles(nlp, batch, batch_size=size, settings=settings))
        except Exception:
            # Find the article that broke the batch; the others are kept.
            for article in batch:
                yield article.id, _annotate_one(nlp, article, settings)
            continue
        for article, annotation in zip(batch, results):
            yield article.id, annotation


def _annotate_one(nlp: Mapping[str, Language], article: Article, settings: Settings) -> Annotation | CasegraphError:
    try:
        return next(annotate_articles(nlp, [article], settings=settings))
    except Exception as exc:  # spaCy and component errors alike: report, keep going
        return AnnotationError(article, f"{type(exc).__name__}: {exc}")
