"""Name evidence for passages not in English, and for text the pipeline's model does not read.

English articles quote Spanish posts and statements. There the English model misreads Spanish
capitalized words ("Señala" as a person, "Obrador" as a date) and misses names after lowercase
Spanish titles ("el presidente López Obrador"). Two corrections, both limited to passages whose
detected language is not English: a name run right after a role word is a person; and where the
passage is not in the model's language, its non-name spans that hold no digit are dropped (dates
there are the timex component's job).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .entity_rules import CUE, Cand, is_piece, match_at, name_run_end
from .lexicon import cue_set, norm


def not_english(doc: Doc, i: int) -> bool:
    lang = doc[i]._.cg_language
    return lang is not None and lang != "en"


def foreign(doc: Doc, i: int) -> bool:
    """Text in another language than the pipeline's (Spanish read by the English model)."""
    lang = doc[i]._.cg_language
    return lang is not None and lang != doc.lang_


def role_persons(doc: Doc) -> list[Cand]:
    """In a non-English passage, capitalized words right after a lowercase role word:
    "el presidente López Obrador", "el gobernador Ruiz" (the role goes to cg_role)."""
    found: list[Cand] = []
    i = 0
    while i < len(doc):
        n = match_at(doc, i, "roles") if not_english(doc, i) and doc[i].text[:1].islower() else 0
        start = i + n
        if not n or start >= len(doc) or not is_piece(doc[start]) or match_at(doc, start, "roles"):
            i += max(n, 1)
            continue
        end = name_run_end(doc, start)
        while end > start and norm(doc[end - 1].text) in cue_set("junk_trailing"):
            end -= 1
        if end > start:
            found.append(Cand(start, end, "PERSON", CUE, role=doc[i:start].text))
        i = max(end, i + 1)
    return found


def foreign_noise(doc: Doc, span: Span) -> bool:
    """A non-name model span (DATE, CARDINAL, ...) in a non-English passage with no digit in it."""
    return foreign(doc, span.start) and not any(c.isdigit() for c in span.text)
