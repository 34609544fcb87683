"""Links a conviction establishes: "X was found guilty of/on charges of working with <criminal org>".

A court's finding is reported as fact, so every criminal organization named inside what someone was
convicted of (the "of/on/for" phrases of the conviction verb, or the "guilty of" phrase) is linked to
the convicted person. The modality is still read as for any relation, so a conviction mentioned
inside someone's claim stays that person's word.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .event_roles import verb_roles
from .event_triggers import GUILTY_WORDS, VERB_TRIGGERS
from .extensions import doc_entities
from .relation_context import EntityRef, MentionIndex
from .relation_patterns import Candidate
from .relation_triggers import words

CHARGE_PREPS = words("of on for de por")
LINKED_KINDS = frozenset({"criminal_organization"})


def _is_conviction(tok: Token) -> bool:
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if VERB_TRIGGERS.get(lemma) == "conviction":
        return True
    return lemma == "find" and any(c.lower_ in GUILTY_WORDS for c in tok.children)


def _charge_phrases(verb: Token) -> Iterator[Token]:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in CHARGE_PREPS:
            yield child
        elif child.lower_ in GUILTY_WORDS:
            yield from (g for g in child.children if g.dep_ == "prep" and g.lower_ in CHARGE_PREPS)


def _organizations(doc: Doc, phrase: Token, index: MentionIndex) -> list[EntityRef]:
    entities = doc_entities(doc)
    found: dict[int, EntityRef] = {}
    for tok in phrase.subtree:
        span = index.mention(tok)
        if span is None or span.label_ != "ORG":
            continue
        entity = entities.get(int(span._.cg_entity))
        if entity is not None and entity.kind in LINKED_KINDS:
            found.setdefault(entity.key, EntityRef(entity.key, "ORG", span.start, span.end))
    return list(found.values())


def conviction_candidates(doc: Doc, index: MentionIndex) -> Iterator[Candidate]:
    for tok in doc:
        if not _is_conviction(tok):
            continue
        convicted = [r for r in verb_roles(tok, index)[0] if r.label == "PERSON"]
        for phrase in _charge_phrases(tok):
            for org in _organizations(doc, phrase, index):
                for person in convicted:
                    yield Candidate("linked_to", person, org, tok)
