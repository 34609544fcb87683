"""Cue verbs whose content is their object: "X cited Y", "X called Y 'a disgrace'", "X urged Y to Z".

The content is the object with its complement (and "for"/"on"/"as" phrases); verbs that are cues
only in some constructions ("called for" but not "called the police") need one of the dependents
listed for them in claim_cues.OBJECT_CUE_NEEDS.
"""

from __future__ import annotations

from spacy.tokens import Token

from .claim_cues import OBJECT_CONTENT_DEPS, OBJECT_CONTENT_PREPS, OBJECT_CUE_NEEDS, OBJECT_CUES
from .claim_found import Found, chars, doc_slice

MIN_CONTENT_WORDS = 2


def _parts(tok: Token, lemma: str) -> list[Token]:
    preps = OBJECT_CONTENT_PREPS | OBJECT_CUE_NEEDS.get(lemma, frozenset())
    return [c for c in tok.children if c.dep_ in OBJECT_CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ in preps)]


def object_cue(tok: Token, lemma: str) -> Found | None:
    stance = OBJECT_CUES.get(lemma)
    if stance is None:
        return None
    parts = _parts(tok, lemma)
    needs = OBJECT_CUE_NEEDS.get(lemma)
    if needs and not any(c.dep_ in needs or c.lower_ in needs for c in parts):
        return None
    if not parts:
        return None
    first = min(c.left_edge.i for c in parts)
    last = max(c.right_edge.i for c in parts)
    tokens = doc_slice(tok.doc, first, last + 1)
    if tok.i in range(first, last + 1) or sum(1 for t in tokens if t.is_alpha) < MIN_CONTENT_WORDS:
        return None
    start, end = chars(tokens)
    return Found(tok.idx, tok.idx + len(tok.text), start, end, stance, tok,
                 targets=[c for c in parts if c.dep_ == "dobj"])
