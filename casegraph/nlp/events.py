"""The casegraph_events component: arrests, convictions, sentencings, releases ... with who, where, when, status.

Triggers come from event_triggers (data); participants from event_roles (the dependency parse);
status, place and date from event_context. Status reads the words around the trigger: "scheduled
for", "set to" make it scheduled; "could", "would be in favor of" make it hypothetical. Precision
first: an event with no participant entity is not recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..models import DateValue, Event, Participant
from ..vocabulary import EVENT_TYPES, SAME_EVENT
from . import event_triggers as T
from .event_context import date_of, negated, place_of, plausible, recent_day, status_of
from .event_roles import noun_roles, supported, verb_roles
from .event_spanish import ud_negated, ud_place, ud_roles, ud_status
from .extensions import doc_list, register_extensions
from .relation_context import EntityRef, MentionIndex, make_evidence


def trigger_type(tok: Token, index: MentionIndex) -> str | None:
    if index.mention(tok) is not None:  # "Metropolitan Detention Center" names a place, not a detention
        return None
    lemma, low = tok.lemma_.lower(), tok.lower_
    children = list(tok.children)
    if tok.pos_ == "VERB":
        complements = T.VERB_COMPLEMENTS.get(lemma, {})
        near = children + [g for c in children if c.dep_ == "prep" for g in c.children]
        for word in (c.lower_ for c in near if c.lower_ in complements and not _negated_word(c)):
            return complements[word]
        if lemma in T.VERB_TRIGGERS and not (tok.dep_ in ("acl", "relcl") and tok.head.lemma_ in T.LETTER_NOUNS):
            return T.VERB_TRIGGERS[lemma]
        return None
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if lemma in T.NOUN_TRIGGERS or low in T.NOUN_TRIGGERS:
        return T.NOUN_TRIGGERS.get(lemma) or T.NOUN_TRIGGERS[low]
    if lemma in T.STATEMENT_NOUNS and any(c.lower_ in T.STATEMENT_QUALIFIERS for c in children):
        return "statement"
    if lemma in T.LETTER_NOUNS and _published(tok):
        return "statement"
    if lemma in T.PLEA_HEADS and any(c.lower_ in T.PLEA_WORDS for c in children):
        return "plea_offer"
    return None


def _negated_word(tok: Token) -> bool:
    """"pleaded not guilty": the negation sits on the complement, not on the verb."""
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    return before in T.NEGATIONS or any(c.dep_ in ("neg", "advmod") and c.lower_ in T.NEGATIONS for c in tok.children)


def _published(letter: Token) -> bool:
    """'a letter released on Monday'; also 'a letter by X, which was leaked', where the parser hangs the
    relative clause on the author."""
    authors = [g for c in letter.children if c.dep_ == "prep" and c.lower_ in T.AGENT_PREPS for g in c.children]
    return any(c.dep_ in ("acl", "relcl", "amod") and (c.lemma_ in T.LETTER_VERBS or c.lower_ in T.LETTER_VERBS)
               for owner in (letter, *authors) for c in owner.children)


def participants(etype: str, patients: list[EntityRef], agents: list[EntityRef]) -> list[Participant]:
    parts = [Participant(r.key, EVENT_TYPES[etype].participant_role) for r in patients]
    taken = {p.entity for p in parts}
    for r in agents:
        role = T.PERSON_AGENT_ROLE.get(etype) if r.label == "PERSON" else None
        role = role or T.AGENT_ROLE.get(etype)
        if role and r.key not in taken:
            parts.append(Participant(r.key, role))
            taken.add(r.key)
    return parts


class Reader(NamedTuple):
    """How to read a parse: the English model's labels, or Universal Dependencies (Spanish model)."""

    roles: Callable[[Token, str, MentionIndex], tuple[list[EntityRef], list[EntityRef]]]
    negated: Callable[[Token], bool]
    status: Callable[[Token], str]
    place: Callable[[Token, MentionIndex, list[EntityRef]], EntityRef | None]


def _english_roles(tok: Token, etype: str, index: MentionIndex) -> tuple[list[EntityRef], list[EntityRef]]:
    return verb_roles(tok, index) if tok.pos_ == "VERB" else noun_roles(tok, etype, index)


ENGLISH = Reader(_english_roles, negated, status_of, place_of)
UNIVERSAL = Reader(ud_roles, ud_negated, ud_status, lambda tok, index, _patients: ud_place(tok, index))


CARRY_SENTENCES = 2


def extract_events(doc: Doc, reader: Reader = ENGLISH) -> list[Event]:
    index = MentionIndex(doc)
    found: list[Event] = []
    seen: set[tuple[str, tuple[int, ...], int]] = set()
    sent_no = {sent.start: n for n, sent in enumerate(doc.sents)}
    dated: dict[str, tuple[int, DateValue]] = {}  # last dated trigger per kind of event, named or not
    for tok in doc:
        etype = trigger_type(tok, index)
        if etype is None or reader.negated(tok):
            continue
        status = reader.status(tok)
        here = sent_no.get(tok.sent.start, 0)
        telling = SAME_EVENT.get(etype, etype)
        own_date = plausible(date_of(doc, tok, etype), status, doc)
        if own_date is not None and status == "happened":
            dated[telling] = (here, own_date)
        patients, agents = reader.roles(tok, etype, index)
        patients = [r for r in patients if supported(r, index)
                    and (r.label == "PERSON" or etype not in T.PERSON_PATIENT_TYPES)]
        if not patients:
            continue
        parts = participants(etype, patients, agents)
        key = (etype, tuple(sorted(p.entity for p in parts)), tok.sent.start)
        if key in seen:
            continue
        seen.add(key)
        when = own_date or (recent_day(doc) if etype == "statement" else None)
        if when is None and status == "happened" and telling in dated and here - dated[telling][0] <= CARRY_SENTENCES:
            # "Authorities on Tuesday detained a man ... Quiroga was taken into custody": the same arrest, told on
            when = dated[telling][1]
        place = reader.place(tok, index, patients)
        words = [tok.i] + [i for r in patients + agents if r.end > r.start for i in (r.start, r.end - 1)]
        found.append(Event(
            article_id=doc._.cg_article_id or "", type=etype, status=status,  # type: ignore[arg-type]
            evidence=make_evidence(doc, [t for t in words if tok.sent.start <= t < tok.sent.end]),
            participants=parts, date=when, place=place.key if place else None, trigger=tok.text,
        ))
    return found


# spaCy accepts only top-level attributes here (E183): "doc.spans" stands for cg_mentions and cg_timexes.
@Language.factory("casegraph_events", assigns=["doc._.cg_events"], requires=["doc.spans", "doc._.cg_entities"])
def make_events(nlp: Language, name: str) -> EventFinder:
    register_extensions()
    return EventFinder(ENGLISH if nlp.lang == "en" else UNIVERSAL)


class EventFinder:
    def __init__(self, reader: Reader) -> None:
        self.reader = reader

    def __call__(self, doc: Doc) -> Doc:
        doc_list(doc, "cg_events").extend(extract_events(doc, self.reader))
        return doc
