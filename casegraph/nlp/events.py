"""The casegraph_events component: arrests, convictions, sentencings, releases ... with who, where, when, status.

Triggers come from event_triggers (data). Participants are read off the dependency parse: the
patient of a passive verb or the object of an active one, possessives and "of" phrases of trigger
nouns, and, when the trigger names no one, the subject of the clause it sits in ("X is awaiting
trial"). Status reads the words around the trigger: "scheduled for", "set to" make it scheduled;
"could", "would be in favor of" make it hypothetical. Precision first: an event with no participant
entity is not recorded.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..models import DateValue, Event, Participant
from . import event_triggers as T
from .extensions import doc_list, register_extensions
from .relation_context import EntityRef, MentionIndex, clause_date, clause_subject, make_evidence, timex_spans

PLACE_LABELS = frozenset({"GPE", "LOC", "FACILITY"})
PLACE_PREPS = frozenset({"at", "in", "inside", "en"})
MAX_CLIMB = 4
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# A trigger noun that names no one borrows its clause's subject only as an object or subject
# ("X is awaiting trial", "X's trial begins"), never from inside a prepositional phrase.
CARRIER_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
RECENT_DAYS = 7


def trigger_type(tok: Token, index: MentionIndex) -> str | None:
    if index.mention(tok) is not None:  # "Metropolitan Detention Center" names a place, not a detention
        return None
    lemma, low = tok.lemma_.lower(), tok.lower_
    children = list(tok.children)
    if tok.pos_ == "VERB":
        if lemma == "find" and any(c.lower_ in T.GUILTY_WORDS for c in children):
            return "conviction"
        if lemma in T.VERB_TRIGGERS and not (tok.dep_ in ("acl", "relcl") and tok.head.lemma_ in T.LETTER_NOUNS):
            return T.VERB_TRIGGERS[lemma]
        return None
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if lemma in T.NOUN_TRIGGERS or low in T.NOUN_TRIGGERS:
        return T.NOUN_TRIGGERS.get(lemma) or T.NOUN_TRIGGERS[low]
    if lemma in T.STATEMENT_NOUNS and any(c.lower_ in T.STATEMENT_QUALIFIERS for c in children):
        return "statement"
    if lemma in T.LETTER_NOUNS and any(c.dep_ in ("acl", "relcl") and c.lemma_ in T.LETTER_VERBS for c in children):
        return "statement"
    if lemma in T.PLEA_HEADS and any(c.lower_ in T.PLEA_WORDS for c in children):
        return "plea_offer"
    return None


def _refs(tok: Token, index: MentionIndex) -> list[EntityRef]:
    return index.entities_with_conj(tok)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _verb_roles(tok: Token, index: MentionIndex) -> tuple[list[EntityRef], list[EntityRef]]:
    patients: list[EntityRef] = []
    agents: list[EntityRef] = []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    subject = clause_subject(tok)
    subject_keys = {r.key for r in _refs(subject, index)} if subject is not None else set()
    for child in tok.children:
        if child.dep_ == "dobj" and child.lower_ in OBJECT_PRONOUNS:
            # "he is not opposed to releasing him": him is never the one speaking
            patients += [r for r in _refs(child, index) if r.key not in subject_keys]
        elif child.dep_ in ("nsubjpass", "dobj"):
            patients += _refs(child, index)
        elif child.dep_ == "nsubj" and not passive:
            agents += _refs(child, index)
        elif child.dep_ == "agent" and (obj := _pobj(child)) is not None:
            agents += _refs(obj, index)
    if not patients and (passive or tok.dep_ == "xcomp") and subject is not None:
        patients += _refs(subject, index)
    return patients, agents


def _noun_roles(tok: Token, etype: str, index: MentionIndex) -> tuple[list[EntityRef], list[EntityRef]]:
    patients: list[EntityRef] = []
    agents: list[EntityRef] = []
    for child in tok.children:
        if child.dep_ in ("poss", "compound") and child.i < tok.i:
            patients += _refs(child, index)
        elif child.dep_ == "prep" and (obj := _pobj(child)) is not None:
            if child.lower_ in ("of", "de", "against", "contra"):
                patients += _refs(obj, index)
            elif child.lower_ in ("by", "por") and etype == "statement":
                patients += _speakers(obj, tok, index)
            elif child.lower_ in ("by", "por"):
                agents += _refs(obj, index)
    verb = tok.head
    if not patients and tok.dep_ == "dobj" and any(c.dep_ == "dative" for c in verb.children):
        # "prosecutors offered him a plea deal": the deal is his, the offer theirs
        patients = [r for c in verb.children if c.dep_ == "dative" for r in _refs(c, index)]
        subject = clause_subject(verb)
        agents += _refs(subject, index) if subject is not None else []
    carried = tok.dep_ in CARRIER_DEPS or etype == "statement" or any(
        c.dep_ == "acl" and c.lemma_.lower() in T.SCHEDULED_WORDS for c in tok.children)
    if not patients and etype not in T.EXPLICIT_PATIENT and carried:
        patients = _clause_subjects(tok, index)
    return patients, agents


def _speakers(obj: Token, trigger: Token, index: MentionIndex) -> list[EntityRef]:
    """Who holds a news conference: the person in "by Mexico's President X", even when parsed as apposition."""
    doc = obj.doc
    # "by Mexico's President X": the parser may hang X anywhere; it follows within a few words.
    after = [doc[i] for i in range(obj.i + 1, min(len(doc), obj.i + 7)) if doc[i].sent == obj.sent]
    tokens = [*obj.subtree, *(t for c in trigger.children if c.dep_ == "appos" for t in c.subtree), *after]
    refs = [r for t in tokens if (r := index.entity(t, resolve=False)) is not None]
    people = [r for r in refs if r.label == "PERSON"]
    return (people or refs)[:1]


def _clause_subjects(tok: Token, index: MentionIndex) -> list[EntityRef]:
    """The subject of the nearest clause above a trigger that names no one itself."""
    head = tok
    for _ in range(MAX_CLIMB):
        if head.head.i == head.i:
            return []
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            subject = clause_subject(head)
            if subject is not None and subject.i != tok.i:
                refs = [r for r in _refs(subject, index) if r.label in ("PERSON", "ORG")]
                if refs:
                    return refs
    return []


def status_of(tok: Token) -> str:
    """happened, scheduled or hypothetical, from the first cue met walking up from the trigger."""
    if any(c.lemma_.lower() in T.SCHEDULED_WORDS for c in tok.children if c.dep_ in ("acl", "relcl", "amod")):
        return "scheduled"  # "sentencing scheduled for October 9"
    current = tok
    for _ in range(MAX_CLIMB + 1):
        aux = {c.lower_ for c in current.children if c.dep_ in ("aux", "auxpass")}
        if aux & T.HYPOTHETICAL_AUX or current.lemma_.lower() in T.HYPOTHETICAL_WORDS:
            return "hypothetical"
        if aux & T.FUTURE_AUX or current.lemma_.lower() in T.SCHEDULED_WORDS:
            return "scheduled"
        if any(c.lower_ in T.HYPOTHETICAL_WORDS for c in current.children if c.dep_ == "mark"):
            return "hypothetical"
        if current.head.i == current.i:
            break
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("xcomp", "pcomp"):
            break  # a new clause: its cues are not this event's
        current = current.head
    return "happened"


def _place(tok: Token, index: MentionIndex) -> EntityRef | None:
    for owner in (tok, tok.head):
        for child in owner.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS and (obj := _pobj(child)) is not None:
                ref = index.entity(obj, resolve=False)
                if ref is not None and ref.label in PLACE_LABELS:
                    return ref
    return None


def _date(doc: Doc, tok: Token) -> DateValue | None:
    for span in timex_spans(doc):  # "the 1985 murder": a date inside the trigger's own phrase
        tx = span._.cg_timex
        if tx.kind == "date" and tx.value and span.root.head.i == tok.i and span.sent == tok.sent:
            return DateValue(tx.value, tx.precision, tx.text)
    return clause_date(doc, tok)


def recent_day(doc: Doc) -> DateValue | None:
    """The one full date within a week before publication, for a statement the text leaves undated."""
    published = doc._.cg_published
    if published is None or published.precision != "day" or not published.value:
        return None
    pub = date.fromisoformat(published.value)
    days = {s._.cg_timex.value for s in timex_spans(doc) if s._.cg_timex.precision == "day" and s._.cg_timex.value}
    recent = [d for d in days if 0 < (pub - date.fromisoformat(d[:10])).days <= RECENT_DAYS]
    return DateValue(recent[0], "day", None) if len(recent) == 1 else None


def extract_events(doc: Doc) -> list[Event]:
    index = MentionIndex(doc)
    found: list[Event] = []
    seen: set[tuple[str, tuple[int, ...], int]] = set()
    for tok in doc:
        etype = trigger_type(tok, index)
        if etype is None:
            continue
        is_verb = tok.pos_ == "VERB"
        patients, agents = _verb_roles(tok, index) if is_verb else _noun_roles(tok, etype, index)
        if not patients:
            continue
        role = T.PATIENT_ROLE.get(etype, T.DEFAULT_PATIENT)
        parts = [Participant(r.key, role) for r in patients]
        agent_role = T.AGENT_ROLE.get(etype)
        if agent_role:
            parts += [Participant(r.key, agent_role) for r in agents if r.key not in {p.entity for p in parts}]
        key = (etype, tuple(sorted(p.entity for p in parts)), tok.sent.start)
        if key in seen:
            continue
        seen.add(key)
        when = _date(doc, tok) or (recent_day(doc) if etype == "statement" else None)
        place = _place(tok, index)
        tokens = [tok.i] + [i for r in patients + agents if r.end > r.start for i in (r.start, r.end - 1)]
        found.append(Event(
            article_id=doc._.cg_article_id or "", type=etype, status=status_of(tok),  # type: ignore[arg-type]
            evidence=make_evidence(doc, [t for t in tokens if tok.sent.start <= t < tok.sent.end]),
            participants=parts, date=when, place=place.key if place else None, trigger=tok.text,
        ))
    return found


# spaCy accepts only top-level attributes here (E183): "doc.spans" stands for cg_mentions and cg_timexes.
@Language.factory("casegraph_events", assigns=["doc._.cg_events"], requires=["doc.spans", "doc._.cg_entities"])
def make_events(nlp: Language, name: str) -> EventFinder:
    register_extensions()
    return EventFinder()


class EventFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc_list(doc, "cg_events").extend(extract_events(doc))
        return doc
