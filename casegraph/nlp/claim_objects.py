"""Cue verbs whose content is their object: "X cited Y", "X called Y 'a disgrace'", "X urged Y to Z",
and passive cues whose agent is the source: "the accusations were denied by X".

The content is the object with its complement (and "for"/"on"/"as" phrases); verbs that are cues
only in some constructions ("called for" but not "called the police") need one of the dependents
listed for them in claim_cues.OBJECT_CUE_NEEDS.
"""

from __future__ import annotations

from spacy.tokens import Token

from .claim_cues import (
    ACCUSATION_NOUNS,
    CUE_VERBS,
    DENY_WITH_OBJECT,
    OBJECT_CONTENT_DEPS,
    OBJECT_CONTENT_PREPS,
    OBJECT_CUE_NEEDS,
    OBJECT_CUES,
)
from .claim_found import Found, chars, doc_slice, noun_phrase

MIN_CONTENT_WORDS = 2


def _parts(tok: Token, lemma: str) -> list[Token]:
    preps = OBJECT_CONTENT_PREPS | OBJECT_CUE_NEEDS.get(lemma, frozenset())
    return [c for c in tok.children if c.dep_ in OBJECT_CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ in preps)]


def _lacks_needed(lemma: str, parts: list[Token]) -> bool:
    needs = OBJECT_CUE_NEEDS.get(lemma, frozenset())
    return bool(needs) and not any(c.dep_ in needs or c.lower_ in needs for c in parts)


def lacks_needed_dependent(tok: Token, lemma: str) -> bool:
    """A verb that is a cue only in some constructions, used in none of them ("called the police")."""
    return _lacks_needed(lemma, _parts(tok, lemma))


def object_cue(tok: Token, lemma: str) -> Found | None:
    stance = OBJECT_CUES.get(lemma)
    if stance is None:
        return None
    parts = _parts(tok, lemma)
    if not parts or _lacks_needed(lemma, parts):
        return None
    first = min(c.left_edge.i for c in parts)
    last = max(c.right_edge.i for c in parts)
    tokens = doc_slice(tok.doc, first, last + 1)
    if tok.i in range(first, last + 1) or sum(1 for t in tokens if t.is_alpha) < MIN_CONTENT_WORDS:
        return None
    start, end = chars(tokens)
    return Found(tok.idx, tok.idx + len(tok.text), start, end, stance, tok,
                 targets=[c for c in parts if c.dep_ == "dobj"])


def passive_cue(tok: Token, lemma: str) -> Found | None:
    """"The report was denied by the ministry": the agent speaks, the passive subject (or the that-clause) is said."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    stance = CUE_VERBS.get(lemma) or OBJECT_CUES.get(lemma)
    if source is None or subject is None or stance is None:
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    content = clause if clause is not None or subject.pos_ == "PRON" else subject
    if content is None:
        return None
    tokens = list(content.subtree)
    if sum(1 for t in tokens if t.is_alpha) < MIN_CONTENT_WORDS:
        return None
    if lemma in DENY_WITH_OBJECT and subject.lemma_.lower() in ACCUSATION_NOUNS:
        stance = "deny"
    start, end = chars(tokens)
    return Found(tok.idx, tok.idx + len(tok.text), start, end, stance, tok, speaker=noun_phrase(source))
