"""casegraph_passages: sentence-sized passages, each with its detected language.

English articles often quote Spanish posts or statements; later components need to know which
tokens are Spanish. Short passages (a lone name, a dateline) inherit the document language.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..settings import Settings, get_settings
from .extensions import register_extensions

DEFAULT_LANGUAGE = "en"


@lru_cache(maxsize=4)
def detector(languages: tuple[str, ...]) -> Any:
    """A lingua detector restricted to the given ISO 639-1 codes, built once per set."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder
    from lingua import Language as LinguaLanguage

    chosen = [LinguaLanguage.from_iso_code_639_1(IsoCode639_1.from_str(code)) for code in languages]
    if len(chosen) < 2:
        chosen.append(LinguaLanguage.ENGLISH if DEFAULT_LANGUAGE not in languages else LinguaLanguage.SPANISH)
    return LanguageDetectorBuilder.from_languages(*chosen).build()


MIN_COMMON_WORDS = 3
SENTENCE_ENDS = ".!?:\"“”»"


def detect(text: str, languages: tuple[str, ...]) -> str | None:
    """The language of the text's common words: names ("Ciudad Juárez", "Cruz Pérez Cuéllar") would
    otherwise make an English sentence about Mexico Spanish."""
    words = text.split()
    common = [w for i, w in enumerate(words)  # a capital after a full stop opens a sentence; elsewhere, a name
              if not w[:1].isupper() or i == 0 or words[i - 1][-1:] in SENTENCE_ENDS]
    sample = " ".join(common) if len(common) >= MIN_COMMON_WORDS else text
    found = detector(languages).detect_language_of(sample)
    return None if found is None else str(found.iso_code_639_1.name.lower())


def configured_languages(settings: Settings) -> tuple[str, ...]:
    return tuple(c.strip().lower() for c in settings.languages.split(",") if c.strip())


def text_language(text: str, settings: Settings, fallback: str = DEFAULT_LANGUAGE) -> str:
    """Language of a stretch of text; `fallback` when it is shorter than min_passage_chars or unclear."""
    text = text.strip()
    if len(text) < settings.min_passage_chars:
        return fallback
    return detect(text, configured_languages(settings)) or fallback


def passage_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token (start, end) of each sentence, cut at line breaks (a sentence the parser ran over a
    paragraph end is two passages); the whole doc when no sentence boundaries are set."""
    if not doc.has_annotation("SENT_START"):
        return [(0, len(doc))] if len(doc) else []
    bounds: list[tuple[int, int]] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text and tok.i > start:
                bounds.append((start, tok.i + 1))
                start = tok.i + 1
        if start < sent.end:
            bounds.append((start, sent.end))
    return bounds


def mark_passages(doc: Doc, languages: tuple[str, ...], min_chars: int) -> Doc:
    given = doc._.cg_language
    explicit = bool(given) and given != DEFAULT_LANGUAGE
    fallback = given or DEFAULT_LANGUAGE
    detected: list[tuple[int, int, str | None]] = []
    for start, end in passage_bounds(doc):
        span = doc[start:end]
        text = span.text.strip()
        lang = detect(text, languages) if len(text) >= min_chars else None
        detected.append((start, end, lang))
    if not explicit:
        votes: Counter[str] = Counter()
        for start, end, lang in detected:
            if lang:
                votes[lang] += len(doc[start:end].text)
        if votes:
            fallback = votes.most_common(1)[0][0]
        doc._.cg_language = fallback
    passages: list[tuple[int, int, str]] = []
    for start, end, lang in detected:
        final = lang or fallback
        span = doc[start:end]
        passages.append((span.start_char, span.end_char, final))
        for token in span:
            token._.cg_language = final
    doc._.cg_passages = passages
    return doc


@Language.factory(
    "casegraph_passages",
    assigns=["doc._.cg_passages", "doc._.cg_language", "token._.cg_language"],
    requires=["token.is_sent_start"],
)
def make_passages(nlp: Language, name: str) -> Passages:
    register_extensions()
    return Passages()


class Passages:
    def __init__(self) -> None:
        settings = get_settings()
        self.languages = configured_languages(settings)
        self.min_chars = settings.min_passage_chars

    def __call__(self, doc: Doc) -> Doc:
        return mark_passages(doc, self.languages, self.min_chars)
