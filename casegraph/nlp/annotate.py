"""Run the pipelines over articles and turn each Doc into plain records (models.Annotation).

Each article goes to the pipeline of its language: the declared one, or the one lingua detects
when the source declared nothing (ingest defaults to "en"). Text in a language without a pipeline
is kept as an Annotation with only its language and passages, never fed to another language's model.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Annotation, Article, Mention
from ..settings import Settings, get_settings
from .extensions import MENTIONS, TIMEXES, doc_entities, doc_list, register_extensions
from .passages import DEFAULT_LANGUAGE, text_language

# Enough text to tell the article's language; lingua's cost grows with the length.
LANGUAGE_SAMPLE_CHARS = 4000
_LINE = re.compile(r"[^\n]+")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"“¿¡A-ZÁÉÍÓÚÑ])")


def article_language(article: Article, settings: Settings) -> str:
    """The declared language, or when the article carries only the default, the language of most of
    its text (lines weighted by length, so a quoted post does not decide)."""
    declared = (article.language or DEFAULT_LANGUAGE).lower()
    if declared != DEFAULT_LANGUAGE:
        return declared
    votes: Counter[str] = Counter()
    for m in _LINE.finditer(article.text[:LANGUAGE_SAMPLE_CHARS]):
        for sentence in _SENTENCE_BREAK.split(m.group()):  # a line may hold a quoted post in another language
            votes[text_language(sentence, settings, "")] += len(sentence)
    votes.pop("", None)  # lines too short to tell
    return votes.most_common(1)[0][0] if votes else DEFAULT_LANGUAGE


def prepare_doc(nlp: Language, article: Article, language: str | None = None) -> Doc:
    register_extensions()
    doc = nlp.make_doc(article.text)
    doc._.cg_article_id = article.id
    doc._.cg_published = article.published
    doc._.cg_language = language or article.language
    return doc


def annotate_articles(
    nlp: Language | Mapping[str, Language],
    articles: Iterable[Article],
    batch_size: int = 16,
    settings: Settings | None = None,
) -> Iterator[Annotation]:
    """Annotate articles in order, one Annotation per article, each with its language's pipeline.

    `nlp` is one pipeline (used for its own language, `nlp.lang`) or {language: pipeline}.
    """
    settings = settings or get_settings()
    pipelines = {nlp.lang: nlp} if isinstance(nlp, Language) else dict(nlp)
    items = [(article, article_language(article, settings)) for article in articles]
    results: dict[int, Annotation] = {}
    for lang in sorted({lang for _, lang in items}):
        chosen = [(i, a) for i, (a, article_lang) in enumerate(items) if article_lang == lang]
        model = pipelines.get(lang)
        if model is None:
            results.update((i, unannotated(a, lang, settings)) for i, a in chosen)
            continue
        docs = (prepare_doc(model, a, lang) for _, a in chosen)
        for (i, _), doc in zip(chosen, model.pipe(docs, batch_size=batch_size)):
            results[i] = doc_to_annotation(doc)
    for i in range(len(items)):
        yield results[i]


def unannotated(article: Article, language: str, settings: Settings) -> Annotation:
    """An article in a language without a pipeline: its language and its lines as passages."""
    passages = [
        (m.start(), m.end(), text_language(m.group(), settings, language))
        for m in _LINE.finditer(article.text)
        if m.group().strip()
    ]
    return Annotation(article_id=article.id, language=language, passages=passages)


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
