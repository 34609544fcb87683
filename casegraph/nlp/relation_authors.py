"""Who stands behind a noun: the author of a document ("a letter by X", "X's letter", "the letter" when
the article names its author elsewhere) and the head of a body ("the government, headed by X")."""

from __future__ import annotations

from spacy.tokens import Token

from .relation_context import EntityRef, MentionIndex
from .relation_triggers import DOCUMENT_NOUNS, words

HEADED_BY_VERBS = words("head lead run")


def document_author(tok: Token, index: MentionIndex) -> EntityRef | None:
    """For a document noun ("a letter by X", "X's letter"), the entity that wrote it."""
    if tok.lemma_.lower() not in DOCUMENT_NOUNS:
        return index.entity(tok)
    own = _explicit_author(tok, index)
    if own is not None or not any(c.lower_ in ("the", "this", "that") for c in tok.children):
        return own
    # "the letter": the same kind of document whose author the article names elsewhere
    earlier = [t for t in tok.doc[: tok.i]][::-1]
    later = list(tok.doc[tok.i + 1 :])
    for other in earlier + later:
        if other.lemma_.lower() == tok.lemma_.lower():
            ref = _explicit_author(other, index)
            if ref is not None:
                return ref
    return None


def _explicit_author(tok: Token, index: MentionIndex) -> EntityRef | None:
    for child in tok.children:
        if child.dep_ == "poss":
            return index.entity(child)
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "de"):
            for g in child.children:
                if g.dep_ == "pobj":
                    return index.entity(g)
    return None


def headed_by(tok: Token, index: MentionIndex) -> EntityRef | None:
    """'the government, headed by X' stands for X when the noun itself is not an entity."""
    for child in tok.children:
        if child.dep_ == "acl" and child.lemma_ in HEADED_BY_VERBS:
            for agent in child.children:
                if agent.dep_ == "agent":
                    for g in agent.children:
                        if g.dep_ == "pobj":
                            return index.entity(g)
    return None
