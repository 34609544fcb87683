"""Run the pipeline over articles and turn each Doc into plain records (models.Annotation)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Annotation, Article, Mention
from .extensions import MENTIONS, TIMEXES, doc_entities, doc_list, register_extensions


def prepare_doc(nlp: Language, article: Article) -> Doc:
    register_extensions()
    doc = nlp.make_doc(article.text)
    doc._.cg_article_id = article.id
    doc._.cg_published = article.published
    doc._.cg_language = article.language
    return doc


def annotate_articles(nlp: Language, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Annotation]:
    """Annotate articles in order, one Annotation per article."""
    docs = (prepare_doc(nlp, a) for a in articles)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield doc_to_annotation(doc)


def doc_to_annotation(doc: Doc) -> Annotation:
    article_id = doc._.cg_article_id
    mentions = []
    for span in doc.spans.get(MENTIONS, []):
        sent = span.sent
        mentions.append(
            Mention(
                article_id=article_id,
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                label=span.label_,  # type: ignore[arg-type]
                entity=span._.cg_entity,
                via=span._.cg_via,
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
            )
        )
    mentions.sort(key=lambda m: (m.start, m.end))
    timexes = [span._.cg_timex for span in doc.spans.get(TIMEXES, []) if span._.cg_timex is not None]
    entities = sorted(doc_entities(doc).values(), key=lambda e: e.key)
    return Annotation(
        article_id=article_id,
        language=doc._.cg_language,
        entities=entities,
        mentions=mentions,
        timexes=timexes,
        claims=list(doc_list(doc, "cg_claims")),
        relations=list(doc_list(doc, "cg_relations")),
        events=list(doc_list(doc, "cg_events")),
        conflicts=list(doc_list(doc, "cg_conflicts")),
        passages=list(doc._.cg_passages or []),
    )
