"""The casegraph_dates component: time expressions, normalized against the publication date.

Detection and normalization live in timex_patterns / timex_normalize (declarative tables per
language), the tense that sets the direction of "on Wednesday" or "October 9" in timex_tense; this
component runs them per passage language, aligns expressions to tokens and records calendar errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..models import Conflict, Evidence, Timex
from .extensions import TIMEXES, doc_list, register_extensions
from .timex_context import DocumentContext
from .timex_contract import contract_value
from .timex_normalize import LEXICONS, Kind, normalize_timex, words_of
from .timex_patterns import find_candidates
from .timex_tense import tense_of
from .timex_titles import names_something

AGE_TAILS = ("-old", " old", "-olds", " de edad")  # "72-year-old", "72 years old": an age, not a span of time
# "un hombre de 45 años", "la joven, de 19 años": a count of years after "de" is an age in Spanish,
# unless "de" follows a word for a stretch of time ("una condena de 20 años").
SPANISH_AGE = re.compile(r"(\w*)\W*de\s+$")
SPANISH_YEARS = re.compile(r"\d{1,3}\s+años")
SPANISH_SPAN_NOUNS = frozenset({"condena", "condenas", "pena", "penas", "sentencia", "prisión", "cárcel", "periodo",
                                "período", "plazo", "lapso", "término", "mandato", "gestión", "más", "menos",
                                "alrededor", "cerca", "máximo", "mínimo", "reclusión", "encierro"})
# "a day" after an amount or a noun is a rate ("24 hours a day", "$2 a year"), not a stretch of time.
RATE = re.compile(r"an? (?:year|month|week|day|night|hour|minute|second|quarter)")
RATE_AFTER_POS = frozenset({"NUM", "NOUN", "PROPN", "SYM"})
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def anchor_of(doc: Doc) -> date | None:
    published = doc._.cg_published
    if published is None or published.precision != "day" or not published.value:
        return None
    return date.fromisoformat(published.value)


def passages(doc: Doc) -> list[tuple[int, int, str]]:
    found = doc._.cg_passages
    return list(found) if found else [(0, len(doc.text), doc._.cg_language or "en")]


def _evidence(doc: Doc, span: Span) -> Evidence:
    sent = span.sent
    return Evidence(doc._.cg_article_id, span.start_char, span.end_char, sent.start_char, sent.end_char)


def weekday_conflict(doc: Doc, span: Span, text: str, lang: str, value: str | None) -> Conflict | None:
    """A weekday written next to a calendar date that falls on another day ("Tuesday, September 13")."""
    if value is None or len(value) != 10:
        return None
    lex = LEXICONS.get(lang)
    named = [lex.weekdays[w] for w in words_of(text) if lex and w in lex.weekdays]
    if not named or len(words_of(text)) < 3:
        return None
    actual = date.fromisoformat(value).weekday()
    if named[0] == actual:
        return None
    description = (f"“{text}”: {date.fromisoformat(value).strftime('%d %B %Y')} was a {WEEKDAY_NAMES[actual]}, "
                   f"not a {WEEKDAY_NAMES[named[0]]}")
    return Conflict("weekday_mismatch", description, [_evidence(doc, span)])


@dataclass(frozen=True)
class Found:
    """One detected expression: its span, exact characters and TimeML value (before contraction)."""

    span: Span
    start: int
    end: int
    text: str
    kind: Kind
    raw: str | None
    lang: str


def detect(doc: Doc) -> list[Found]:
    """Every time expression in the passages of a language with tables, leftmost first."""
    anchor = anchor_of(doc)
    context = DocumentContext()
    found: list[Found] = []
    whole = doc.text  # doc.text is rebuilt on each access
    for p_start, p_end, passage_lang in passages(doc):
        if passage_lang not in LEXICONS:
            continue
        for start, end, lang in candidates(whole[p_start:p_end], passage_lang):
            start, end = p_start + start, p_start + end
            if whole[end : end + 8].startswith(AGE_TAILS) or _spanish_age(whole, start, end, lang):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or any(f.span.start < span.end and span.start < f.span.end for f in found):
                continue
            if _is_rate(span) or names_something(span):
                continue
            text = whole[start:end]
            kind, raw, _ = normalize_timex(text, anchor, tense=tense_of(span), lang=lang)
            kind, raw = context.adjust(text, kind, raw, whole[end : end + 12])
            found.append(Found(span, start, end, text, kind, raw, lang))
    return found


def candidates(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, language of the table that matched). A Spanish post quoted in an English article
    still carries its date line in English ("August 20, 2021"): an English match that strictly
    contains the passage language's one replaces it; others only fill the gaps."""
    found = [(s, e, lang) for s, e, _ in find_candidates(text, lang)]
    if lang == "en":
        return found
    for s, e, _ in find_candidates(text, "en"):
        overlapping = [f for f in found if f[0] < e and s < f[1]]
        if all(s <= f[0] and f[1] <= e and (f[0], f[1]) != (s, e) for f in overlapping):
            found = [f for f in found if f not in overlapping] + [(s, e, "en")]
    return sorted(found)


def _spanish_age(text: str, start: int, end: int, lang: str) -> bool:
    if lang != "es" or not SPANISH_YEARS.fullmatch(text[start:end]):
        return False
    before = SPANISH_AGE.search(text[max(0, start - 24) : start])
    return before is not None and before[1].lower() not in SPANISH_SPAN_NOUNS


def _is_rate(span: Span) -> bool:
    if not RATE.fullmatch(span.text.lower()) or span.start == 0:
        return False
    return span.doc[span.start - 1].pos_ in RATE_AFTER_POS


def find_timexes(doc: Doc) -> tuple[list[Span], list[Conflict]]:
    spans: list[Span] = []
    conflicts: list[Conflict] = []
    for f in detect(doc):
        value, precision = contract_value(f.kind, f.raw)
        sent = f.span.sent
        f.span._.cg_timex = Timex(doc._.cg_article_id, f.start, f.end, f.text, f.kind, value, precision,
                                  sent.start_char, sent.end_char)
        spans.append(f.span)
        if f.kind == "date":
            conflict = weekday_conflict(doc, f.span, f.text, f.lang, value)
            if conflict is not None:
                conflicts.append(conflict)
    return spans, conflicts


# spaCy only accepts top-level attributes here: "doc.spans" stands for doc.spans[TIMEXES].
@Language.factory("casegraph_dates", assigns=["doc.spans", "doc._.cg_conflicts"], requires=["doc._.cg_passages"])
def make_dates(nlp: Language, name: str) -> DateFinder:
    register_extensions()
    return DateFinder()


class DateFinder:
    def __call__(self, doc: Doc) -> Doc:
        spans, conflicts = find_timexes(doc)
        doc.spans[TIMEXES] = spans
        doc_list(doc, "cg_conflicts").extend(conflicts)
        return doc
