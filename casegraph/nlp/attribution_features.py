"""Candidate attributions read off the dependency parse, and the features a learned model scores.

A candidate is a head word (verb, noun or adjective) with one dependent that could be what a
source said, believed or wanted: a clausal complement ("said that ..."), an object ("criticized
the plan"), an open complement ("wants to leave") or a prepositional object ("spoke about the
deal"). Training (benchmarks/attribution/train.py) and prediction (claim_learned) both read
candidates and features from here, so they see the same thing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ..text import words
from .claim_rules import subject_of

HEAD_POS = words("VERB NOUN ADJ AUX")
CONTENT_DEPS = words("ccomp dobj xcomp advcl oprd acl attr")
CONTENT_PREPS = words("about for to on of against with as over in")
QUOTE_MARKS = "\"“”"

Candidate = tuple[Token, Token, str]  # (cue head, content head, kind of link between them)


def candidates(doc: Doc) -> Iterator[Candidate]:
    for tok in doc:
        if tok.pos_ not in HEAD_POS:
            continue
        for child in tok.children:
            if child.dep_ in CONTENT_DEPS:
                yield tok, child, child.dep_
            elif child.dep_ == "prep" and child.lower_ in CONTENT_PREPS:
                for obj in child.children:
                    if obj.dep_ in ("pobj", "pcomp"):
                        yield tok, obj, "prep-" + child.lower_


def source_of(cue: Token) -> Token | None:
    """Who the candidate is attributed to: the speaking subject, else a possessor ("his criticism of")."""
    subject = subject_of(cue)
    if subject is not None:
        return subject
    return next((c for c in cue.children if c.dep_ == "poss"), None)


def _source_kind(source: Token | None) -> str:
    if source is None:
        return "none"
    if source.ent_type_:
        return source.ent_type_
    if source.pos_ == "PRON":
        return "PRON:" + source.lower_
    return source.pos_


def features(cue: Token, content: Token, kind: str) -> list[str]:
    """Binary features of one candidate: the cue's word and tag, the link, the source, the content's start."""
    source = source_of(cue)
    lemma = cue.lemma_.lower()
    source_kind = _source_kind(source)
    first = content.left_edge
    negated = any(c.dep_ == "neg" for c in cue.children)
    return [
        "k=" + kind,
        "l=" + lemma,
        "lk=" + lemma + "|" + kind,
        "p=" + cue.pos_ + "|" + kind,
        "d=" + cue.dep_,
        "st=" + source_kind,
        "stk=" + source_kind + "|" + kind,
        "cp=" + content.pos_,
        "cf=" + first.lower_,
        "cfk=" + first.lower_ + "|" + kind,
        "ct=" + content.tag_ + "|" + kind,
        "tt=" + cue.tag_,
        "ls=" + lemma + "|" + ("none" if source is None else "subj"),
        "sl=" + ("-" if source is None else source.lemma_.lower()),
        "hl=" + cue.head.lemma_.lower() + "|" + cue.dep_,
        "q=" + str(any(t.text in QUOTE_MARKS for t in cue.sent)),
        "neg=" + str(negated),
    ]
