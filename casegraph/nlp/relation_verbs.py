"""Relations stated by a verb and its preposition: "X worked for Y", "X served under Y", "X belongs to Y".

The subject of the verb (inherited through conjunction and relative clauses) stands in the relation
to the object of the preposition; the pair of words comes from PREP_VERB_TRIGGERS (data).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from .relation_context import MentionIndex, clause_subject
from .relation_patterns import Candidate
from .relation_triggers import VERB_TRIGGERS

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
