"""Whose word a relation rests on: stated by the reporter, alleged by someone, or denied."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..models import Claim
from .relation_authors import document_author
from .relation_context import MentionIndex, clause_subject
from .relation_triggers import (
    ALLEGE_NOUNS,
    ALLEGE_VERBS,
    CONTRAST_CC,
    DENY_VERBS,
    DOCUMENT_NOUNS,
    HEDGE_WORDS,
    NEGATIONS,
)

# Edges from a speaker (or the topic) to a cue verb: what sits there is not the content of the cue.
OUTSIDE_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "npadvmod", "csubj", "expl"})
# "X, the man convicted of killing Y, did not ...": a modifier clause keeps its own polarity.
MODIFIER_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "appos"})


@dataclass(frozen=True)
class Modality:
    modality: str  # stated | alleged | denied
    attributed_to: int | None = None


def _negated(tok: Token) -> bool:
    for child in tok.children:
        if child.dep_ == "neg" or (child.lower_ in NEGATIONS and child.dep_ in ("advmod", "det")):
            return True
    return False


def _contrast(tok: Token) -> bool:
    """A conjunct joined by 'but': the parser hangs the cc on the first conjunct or on this one."""
    if tok.dep_ != "conj":
        return False
    lo, hi = sorted((tok.head.i, tok.i))
    ccs = [c for c in (*tok.children, *tok.head.children) if c.dep_ == "cc" and lo < c.i < hi + 1]
    return any(c.lower_ in CONTRAST_CC for c in ccs)


def _hedged(tok: Token) -> bool:
    if tok.lower_ in HEDGE_WORDS:
        return True
    return any(c.lower_ in HEDGE_WORDS for c in tok.children if c.dep_ in ("amod", "advmod"))


def _source(verb: Token, index: MentionIndex) -> int | None:
    """Who speaks through a cue verb: the passive agent, else the (document-resolved) subject."""
    for child in verb.children:
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    ref = document_author(g, index)
                    return ref.key if ref else None
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
        return None
    subj = clause_subject(verb) if not _own_subject_is_advcl(verb) else _advcl_subject(verb)
    if subj is None:
        return None
    ref = document_author(subj, index)
    return ref.key if ref else None


def _own_subject_is_advcl(verb: Token) -> bool:
    return verb.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _advcl_subject(verb: Token) -> Token | None:
    return clause_subject(verb.head)


def walk_modality(trigger: Token, index: MentionIndex) -> tuple[Modality | None, bool, bool]:
    """(cue-based modality or None, negated, reporter_boundary) from the trigger up to the root."""
    negated = False
    hedged = False
    described = False  # past a modifier clause: negations above it are about something else
    t = trigger
    via = ""
    for _ in range(20):
        negated = negated or (not described and _negated(t))
        hedged = hedged or _hedged(t)
        if t.dep_ == "conj" and not _contrast(t):
            negated = negated or (not described and _negated(t.head))
        lemma = t.lemma_.lower()
        inside = t.i != trigger.i and via not in OUTSIDE_DEPS
        if inside and t.pos_ in ("VERB", "AUX"):
            if lemma in DENY_VERBS:
                return Modality("denied", _source(t, index)), negated, False
            if lemma in ALLEGE_VERBS:
                kind = "denied" if negated or _negated(t) else "alleged"
                return Modality(kind, _source(t, index)), negated, False
        if inside and t.pos_ == "NOUN" and lemma in ALLEGE_NOUNS:
            ref = _noun_author(t, index)
            return Modality("denied" if negated else "alleged", ref), negated, False
        if _contrast(t):
            return (Modality("alleged") if hedged else None), negated, True
        if t.head.i == t.i:
            break
        described = described or t.dep_ in MODIFIER_CLAUSE_DEPS
        via = t.dep_
        t = t.head
    return (Modality("alleged") if hedged else None), negated, False


def _noun_author(noun: Token, index: MentionIndex) -> int | None:
    """Who made an accusation: 'X's accusation', 'the accusation by X', 'the point of X's letter is the accusation'."""
    for c in noun.children:
        if c.dep_ == "poss":
            ref = document_author(c, index)
            return ref.key if ref else None
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for g in c.children:
                if g.dep_ == "pobj":
                    ref = document_author(g, index)
                    return ref.key if ref else None
    if noun.dep_ == "attr":
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
        for tok in (t for subj in subjects for t in subj.subtree):
            if tok.dep_ == "pobj" and tok.lemma_.lower() in DOCUMENT_NOUNS:
                ref = document_author(tok, index)
                if ref is not None:
                    return ref.key
    return None


def _claim_for(doc: Doc, char: int) -> Claim | None:
    best: Claim | None = None
    for claim in doc._.cg_claims or []:
        inside = claim.content_start <= char < claim.content_end
        if inside and (best is None or claim.content_end - claim.content_start < best.content_end - best.content_start):
            best = claim
    return best


def relation_modality(
    doc: Doc, trigger: Token, index: MentionIndex, descriptive: bool = False
) -> Modality | None:
    """The modality of a relation whose trigger is `trigger`; None when the reporter negates it.

    Descriptive relations (titles and appositions inside one noun phrase) are the writer's own
    description of a person, so only a hedge on the trigger itself makes them alleged.
    """
    if descriptive:
        return Modality("alleged") if _hedged(trigger) else Modality("stated")
    cue, negated, boundary = walk_modality(trigger, index)
    claim = None if boundary else _claim_for(doc, trigger.idx)
    if cue is not None:
        if cue.attributed_to is None and claim is not None:
            return Modality(cue.modality, claim.speaker)
        return cue
    if claim is not None:
        if claim.stance == "deny" or negated:
            return Modality("denied", claim.speaker)
        return Modality("alleged", claim.speaker)
    if negated:
        return None
    return Modality("stated")
