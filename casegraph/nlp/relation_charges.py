"""Killings: "the mastermind behind the murder of X", "X's killer", and killings named in what
someone is charged with, convicted of or arrested for.

"X was convicted of killing Y", "X faces charges for the murder of Y", "X, suspected of the
assassination of Y", "police arrested X for the slaying of Y": the person the legal action is about
killed the victim named inside the charge. The trigger handed on is the killing word, so the usual
modality walk decides: "accused"/"charged"/"arrested" make it alleged (by whoever brought the
charge), a conviction leaves it stated, a negation drops it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .event_roles import implicit_subject, verb_roles
from .relation_context import EntityRef, MentionIndex, conjuncts
from .relation_patterns import Candidate, holders, objects
from .relation_triggers import (
    ATTEMPT_WORDS,
    INSTIGATOR_NOUNS,
    KILLER_NOUNS,
    KILLING_NOUNS,
    NEGATIONS,
    VERB_TRIGGERS,
    words,
)

LEGAL_VERBS = words("convict charge indict accuse suspect sentence arrest detain jail prosecute try extradite "
    "find blame implicate tie link face plead admit confess acusar detener sentenciar condenar")
# Verbs whose subject is the accused: "X faces charges", "X pleaded guilty to".
SELF_VERBS = words("face plead admit confess")
# Charges faced are someone's accusation even when no accuser is named.
CHARGE_ONLY_VERBS = words("face")
KILL_VERBS = frozenset(lemma for lemma, rtype in VERB_TRIGGERS.items() if rtype == "killed")
SCOPE_DEPS = frozenset({"prep", "pobj", "pcomp", "dobj", "oprd", "acomp", "conj", "compound"})
MAX_DEPTH = 6


def _accused(verb: Token, index: MentionIndex) -> list[EntityRef]:
    patients, agents = verb_roles(verb, index)
    if verb.lemma_.lower() in SELF_VERBS:
        subject = implicit_subject(verb)
        patients = index.entities_with_conj(subject) if subject is not None else []
    elif verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN":  # "X, (the man) suspected of ..."
        ref = index.entity(verb.head)
        patients = patients + ([ref] if ref is not None else [])
    return [r for r in patients if r.label == "PERSON"]


def _scope(verb: Token) -> Iterator[Token]:
    """Tokens inside the charge: prepositional and object phrases, not other clauses."""
    frontier = [c for c in verb.children if c.dep_ in SCOPE_DEPS - {"conj"}]
    for _ in range(MAX_DEPTH):
        yield from frontier
        frontier = [c for t in frontier for c in t.children if c.dep_ in SCOPE_DEPS]


def _victims(tok: Token, index: MentionIndex) -> list[EntityRef]:
    lemma = tok.lemma_.lower()
    if any(c.lower_ in ATTEMPT_WORDS for c in tok.children if c.dep_ in ("amod", "compound")):
        return []  # "the attempted murder of X"
    if tok.pos_ in ("NOUN", "PROPN") and lemma in KILLING_NOUNS:
        heads = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "de") for g in p.children
                 if g.dep_ == "pobj"]
    elif tok.pos_ == "VERB" and lemma in KILL_VERBS:
        heads = [c for c in tok.children if c.dep_ == "dobj"]
    else:
        return []
    return [r for h in heads for r in index.entities_with_conj(h) if r.label == "PERSON"]


def charge_candidates(doc: Doc, index: MentionIndex) -> Iterator[Candidate]:
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in LEGAL_VERBS:
            continue
        if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in verb.children):
            continue  # "was never charged with the murder" is no word either way on the killing
        accused = _accused(verb, index)
        if not accused:
            continue
        for tok in _scope(verb):
            for victim in _victims(tok, index):
                for person in accused:
                    if person.key != victim.key:
                        yield Candidate("killed", person, victim, tok, charged=verb.lemma_.lower() in CHARGE_ONLY_VERBS)


def killing_candidates(doc: Doc, index: MentionIndex) -> Iterator[Candidate]:
    """'the mastermind behind the murder of X', 'X's killer'."""
    for tok in doc:
        if tok.lemma_.lower() not in KILLER_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        victims: list[EntityRef] = []
        for prep in tok.children:
            if prep.dep_ != "prep":
                continue
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                for noun in conjuncts(pobj):
                    attempted = any(c.lower_ in ATTEMPT_WORDS for c in noun.children if c.dep_ == "amod")
                    if noun.lemma_.lower() in KILLING_NOUNS and not attempted:
                        victims.extend(objects(noun, index, link=False))
        if tok.lemma_.lower() not in INSTIGATOR_NOUNS:  # an "author of" something killed no one by that alone
            victims.extend(r for r in objects(tok, index, link=False) if r.label == "PERSON")
        for subj in holders(tok, index, link=False)[0]:
            for victim in victims:
                yield Candidate("killed", subj, victim, tok)
