"""When, where and how real an event is: status cues, place and date around a trigger word."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from ..models import DateValue
from . import event_triggers as T
from .event_roles import pobj
from .relation_context import EntityRef, MentionIndex, clause_date, timex_spans

MAX_CLIMB = 5
PLACE_LABELS = frozenset({"GPE", "LOC", "FACILITY"})
RECENT_DAYS = 7


def status_of(tok: Token) -> str:
    """happened, scheduled or hypothetical, from the first cue met walking up from the trigger."""
    if any(c.lemma_.lower() in T.SCHEDULED_WORDS for c in tok.children if c.dep_ in ("acl", "relcl", "amod")):
        return "scheduled"  # "the hearing scheduled for May 2"
    current = tok
    for _ in range(MAX_CLIMB):
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
        if current.dep_ == "pobj" and current.head.head.pos_ in ("NOUN", "PROPN"):
            break  # "charges for the murder": the murder is not what the charges' verb plans
        if current.dep_ in ("pcomp", "pobj") and current.head.lower_ in T.STATUS_BARRIER_PREPS:
            break  # "awaiting sentence after being found guilty": the finding is behind, not ahead
        current = current.head
    return "happened"


def negated(tok: Token) -> bool:
    """'X was never arrested', 'no arrest', 'X did not face trial': the event is denied by the text."""
    owners = [tok]
    if tok.pos_ != "VERB" and tok.dep_ == "dobj":
        owners.append(tok.head)
    contrast = any(c.dep_ == "cc" and c.lower_ in T.CONTRAST_WORDS for c in (*tok.head.children, *tok.children))
    if tok.dep_ == "conj" and not contrast:  # "has not been charged with nor convicted of": shared negation
        owners.append(tok.head)
    if tok.dep_ == "pcomp" and tok.head.lower_ in T.NEGATING_PREPS:
        return True  # "held for three years without being convicted"
    subjects = [c for o in owners for c in o.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ in ("preconj", "det") and c.lower_ in T.NEGATIONS for s in subjects for c in s.children):
        return True  # "Neither X nor Y has been charged"
    return any(c.dep_ in ("neg", "det", "preconj") and c.lower_ in T.NEGATIONS for o in owners for c in o.children)


def place_of(tok: Token, index: MentionIndex, patients: list[EntityRef]) -> EntityRef | None:
    """A GPE/LOC/FACILITY in a place phrase on the trigger, on the light verb that carries a trigger
    noun ("held a news conference in Lima"), or hung by the parser on a verb's object ("captured X in Y")."""
    owners = [tok]
    if tok.pos_ == "VERB":
        owners += [tok.doc[r.end - 1] for r in patients if tok.doc[r.end - 1].head.i == tok.i]
    if tok.pos_ != "VERB" and tok.head.lemma_.lower() in T.PLACE_CARRIER_VERBS:
        owners.append(tok.head)
    complements = T.VERB_COMPLEMENTS.get(tok.lemma_.lower(), {}) if tok.pos_ == "VERB" else {}
    owners += [g for c in tok.children for g in (c, *c.children) if g.lower_ in complements]  # "into custody in X"
    for owner in owners:
        for child in owner.children:
            if child.dep_ == "prep" and child.lower_ in T.PLACE_PREPS and (obj := pobj(child)) is not None:
                ref = index.entity(obj, resolve=False)
                if ref is not None and ref.label in PLACE_LABELS:
                    return ref
    return None


def date_of(doc: Doc, tok: Token, etype: str) -> DateValue | None:
    for span in timex_spans(doc):  # "the 1985 murder": a date inside the trigger's own phrase
        tx = span._.cg_timex
        if tx.kind == "date" and tx.value and span.root.head.i == tok.i and span.sent == tok.sent:
            return DateValue(tx.value, tx.precision, tx.text)
    found = clause_date(doc, tok)
    if found is None or not found.value:
        return None
    if tok.pos_ != "VERB" and etype != "statement" and tok.dep_ not in T.DATED_NOUN_DEPS:
        # "indicted in 2018 for the murder of X": the clause's date is the indictment's, not the murder's
        own = {t.i for t in tok.subtree}
        if not any(s._.cg_timex.text == found.text and s.root.i in own for s in timex_spans(doc)):
            return None
    return found


def plausible(when: DateValue | None, status: str, doc: Doc) -> DateValue | None:
    """A date after publication cannot be the date of something that already happened ("a year
    later" read from the publication date instead of from the event before it)."""
    published = doc._.cg_published
    if when is None or not when.value or status != "happened" or published is None or not published.value:
        return when
    n = min(len(when.value), len(published.value))
    return None if when.value[:n] > published.value[:n] else when


def recent_day(doc: Doc) -> DateValue | None:
    """The one full date within a week before publication, for a statement the text leaves undated."""
    published = doc._.cg_published
    if published is None or published.precision != "day" or not published.value:
        return None
    pub = date.fromisoformat(published.value[:10])
    days: dict[str, str] = {}
    for span in timex_spans(doc):
        tx = span._.cg_timex
        if tx.kind == "date" and tx.precision == "day" and tx.value:
            days.setdefault(tx.value[:10], tx.text)
    recent = [d for d in days if 0 < (pub - date.fromisoformat(d)).days <= RECENT_DAYS]
    return DateValue(recent[0], "day", days[recent[0]]) if len(recent) == 1 else None
