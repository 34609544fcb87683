"""Claims carried by a noun: "Ortega's claim that the port was sold", "a denial by the ministry that ...".

The noun needs a that-clause (its content) and a written source: a possessive or a "by" phrase.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .claim_cues import NOUN_CUES
from .claim_found import Found, chars, noun_phrase

MIN_CONTENT_WORDS = 3


def _source(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _that_clause(noun: Token) -> Token | None:
    for child in noun.children:
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        if child.dep_ in ("acl", "ccomp", "relcl") and that:
            return child
    return None


def noun_claims(doc: Doc) -> Iterator[Found]:
    for tok in doc:
        stance = NOUN_CUES.get(tok.lemma_.lower())
        if stance is None or tok.pos_ != "NOUN":
            continue
        clause = _that_clause(tok)
        source = _source(tok)
        if clause is None or source is None:
            continue
        tokens = list(clause.subtree)
        if sum(1 for t in tokens if t.is_alpha) < MIN_CONTENT_WORDS:
            continue
        start, end = chars(tokens)
        yield Found(tok.idx, tok.idx + len(tok.text), start, end, stance, tok, speaker=noun_phrase(source))
