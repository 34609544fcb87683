"""Relations stated by verbs: subject and object of a trigger verb ("X leads Y"), custody ("the prison
holds X"), a verb and its preposition ("X worked for Y", "X served under Y", "X belongs to Y").

The subject of the verb (inherited through conjunction and relative clauses) stands in the relation
to the object of the preposition; the pair of words comes from PREP_VERB_TRIGGERS (data).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .relation_context import MentionIndex, clause_subject
from .relation_patterns import Candidate, subject_of_clause
from .relation_triggers import CUSTODY_OBJECT_TYPES, CUSTODY_PREPS, CUSTODY_VERBS, VERB_TRIGGERS

# (verb lemma, preposition) -> relation type, subject first.
PREP_VERB_TRIGGERS: dict[tuple[str, str], str] = {
    ("work", "for"): "works_for", ("serve", "under"): "works_for", ("report", "to"): "works_for",
    ("trabajar", "para"): "works_for",
    ("belong", "to"): "member_of", ("pertenecer", "a"): "member_of",
    ("collaborate", "with"): "linked_to", ("conspire", "with"): "linked_to", ("colaborar", "con"): "linked_to",
}


def prep_verb_candidates(doc: Doc, index: MentionIndex) -> Iterator[Candidate]:
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        for prep in verb.children:
            rtype = PREP_VERB_TRIGGERS.get((lemma, prep.lower_)) if prep.dep_ == "prep" else None
            if rtype is None:
                continue
            subject = clause_subject(verb)
            if subject is None:
                continue
            for obj_tok in (c for c in prep.children if c.dep_ == "pobj"):
                for subj in index.entities_with_conj(subject):
                    for obj in index.entities_with_conj(obj_tok):
                        if subj.key != obj.key:
                            yield Candidate(rtype, subj, obj, verb)


# Relations a partner shares: "X co-founded Y with Z" makes Z a founder of Y too.
SHARED_TYPES = frozenset({"founder_of", "leader_of"})


def partner_candidates(doc: Doc, index: MentionIndex) -> Iterator[Candidate]:
    for verb in doc:
        rtype = VERB_TRIGGERS.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        if rtype not in SHARED_TYPES:
            continue
        dobjs = [c for c in verb.children if c.dep_ == "dobj"]
        objects = [r for c in dobjs for r in index.entities_with_conj(c)]
        partners = [r for host in (verb, *dobjs) for p in host.children  # the parser hangs "with" on either
                    if p.dep_ == "prep" and p.lower_ in ("with", "con")
                    for g in p.children if g.dep_ == "pobj" for r in index.entities_with_conj(g)]
        for partner in (r for r in partners if r.label == "PERSON"):
            for obj in (r for r in objects if r.label == "ORG"):
                yield Candidate(str(rtype), partner, obj, verb)


def verb_candidates(doc: Doc, index: MentionIndex) -> Iterator[Candidate]:
    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        rtype = VERB_TRIGGERS.get(lemma)
        if rtype is not None:
            passive = any(c.dep_ == "nsubjpass" for c in tok.children)
            agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            objs_tok = [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
            if passive:
                subj_refs = [r for a in agents for r in index.entities_with_conj(a)]
            else:
                subj_refs = subject_of_clause(tok, index)
            for o in objs_tok:
                for sref in subj_refs:
                    for oref in index.entities_with_conj(o):
                        yield Candidate(rtype, sref, oref, tok)
            if tok.dep_ == "acl" and tok.tag_ == "VBN":
                yield from _participle(tok, rtype, agents, index)
        if lemma in CUSTODY_VERBS:
            yield from _custody(tok, index)


def _participle(verb: Token, rtype: str, agents: list[Token], index: MentionIndex) -> Iterator[Candidate]:
    """"the Sinaloa Cartel, founded by X", "CJNG, the criminal group led by X": the noun the participle
    modifies (or the name that noun stands beside) is what X founded or leads."""
    noun = verb.head
    target = index.entity(noun, resolve=False)
    if target is None and noun.dep_ == "appos":
        target = index.entity(noun.head, resolve=False)
    if target is None:  # "..., the Jalisco Cartel (CJNG), the criminal group led by X" parsed as another object
        target = index.linear_appos(noun, definite=False)
    if target is None or target.label == "PERSON":
        return
    for agent in agents:
        for ref in index.entities_with_conj(agent):
            if ref.key != target.key:
                yield Candidate(rtype, ref, target, verb)


def _custody(verb: Token, index: MentionIndex) -> Iterator[Candidate]:
    subj = clause_subject(verb)
    subj_ref = index.entity(subj) if subj is not None else None
    dobjs = [c for c in verb.children if c.dep_ == "dobj"]
    if subj_ref is not None and subj_ref.label in CUSTODY_OBJECT_TYPES:
        for o in dobjs:  # "the prison holds X"
            for ref in index.entities_with_conj(o):
                if ref.label == "PERSON":
                    yield Candidate("detained_at", ref, subj_ref, verb)
        return
    if subj_ref is None or subj_ref.label != "PERSON":
        return
    for host in [verb, *dobjs]:
        for prep in host.children:
            if prep.dep_ == "prep" and prep.lower_ in CUSTODY_PREPS:
                for g in prep.children:
                    if g.dep_ == "pobj":
                        place = index.entity(g, resolve=False)
                        if place is not None and place.label in CUSTODY_OBJECT_TYPES:
                            yield Candidate("detained_at", subj_ref, place, verb)
