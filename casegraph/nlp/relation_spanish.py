"""Relation candidates from trigger nouns on a Universal Dependencies parse (the Spanish model).

"Ricardo Salcedo, gobernador de Tamaulipas", "el abogado de X, Y", "X, quien fue jefe de logística
del Cártel del Golfo": the trigger noun's holder is the name it is in apposition with (or the
subject of its copula), its object the entity in a "de"/"a"/"con" phrase (nmod with a case word).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .event_spanish import case_of
from .extensions import doc_entities
from .relation_context import RELATIVE_PRONOUNS, EntityRef, MentionIndex
from .relation_patterns import Candidate, trigger_of
from .relation_triggers import CRIMINAL_KINDS, OFFICE_TYPE, past_office, words

OBJECT_CASES = words("de del a al con para")


def _person(tok: Token, index: MentionIndex) -> EntityRef | None:
    ref = index.entity(tok, resolve=False)
    return ref if ref is not None and ref.label == "PERSON" else None


def ud_holders(tok: Token, index: MentionIndex) -> tuple[list[EntityRef], bool]:
    """Who holds the role the trigger noun names, and whether the phrase merely describes them."""
    for child in tok.children:
        if child.dep_ == "appos" and (ref := _person(child, index)) is not None:
            return [ref], True  # "el abogado de X, Y" / "el gobernador Salcedo"
    if tok.dep_ == "appos" and (ref := _person(tok.head, index)) is not None:
        return [ref], True  # "Y, abogado de X"
    if any(c.dep_ == "cop" for c in tok.children):
        for child in tok.children:
            if child.dep_ == "nsubj" and not child.is_space:
                if child.lower_ in RELATIVE_PRONOUNS and tok.dep_ in ("acl", "relcl"):
                    ref = index.entity(tok.head)  # "X, quien fue jefe de ...": the relative's antecedent
                else:
                    ref = index.entity(child)
                return ([ref] if ref is not None and ref.label == "PERSON" else []), False
    return [], False


def ud_role(tok: Token) -> str:
    """The title as a role; a past office ("exgobernador", "ex presidente") as "ex <office>"."""
    if (office := past_office(tok.text)) is not None:
        return "ex " + office
    return ("ex " if any(c.lower_ == "ex" for c in tok.lefts) else "") + tok.text


def ud_noun_candidates(doc: Doc, index: MentionIndex) -> Iterator[Candidate]:
    entities = doc_entities(doc)
    for tok in doc:
        found = trigger_of(tok)
        if found is None or index.mention(tok) is not None:
            continue
        rtype, office = found
        objs = [r for c in tok.children if c.dep_ == "nmod" and case_of(c) in OBJECT_CASES
                for r in index.entities_with_conj(c)]
        # "jefe de logística del cártel": a qualified title in a criminal organization is membership
        qualified = any(c.dep_ == "nmod" and c.pos_ == "NOUN" and index.mention(c) is None for c in tok.children)
        holders, descriptive = ud_holders(tok, index)
        for subj in holders:
            for obj in objs:
                kind = entities[obj.key].kind if obj.key in entities else None
                if kind in CRIMINAL_KINDS and (office or rtype == "leader_of"):
                    rel = "member_of" if qualified else "leader_of"
                elif office:
                    rel = "works_for" if obj.label == "PERSON" else OFFICE_TYPE
                else:
                    rel = rtype
                yield Candidate(rel, subj, obj, tok, ud_role(tok), descriptive=descriptive)
