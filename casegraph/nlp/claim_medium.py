"""Where and when a claim was made: the medium ("in a letter", "during a news conference") and date.

A medium written in the claim's sentence wins. Otherwise a medium mentioned earlier together with
the same speaker ("a news conference by X ...") carries over to that speaker's later claims.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..models import DateValue
from .claim_cues import MEDIUM_QUALIFIERS, MEDIUM_WORDS
from .extensions import MENTIONS, TIMEXES


@dataclass
class MediumEvent:
    token: int
    medium: str
    entities: set[int]
    date: DateValue | None


def medium_of(tok: Token) -> str | None:
    """The medium a token names, if it does (qualified words need their qualifier nearby)."""
    key = tok.lemma_.lower() if tok.lemma_.lower() in MEDIUM_WORDS else tok.lower_
    medium = MEDIUM_WORDS.get(key)
    if medium is None or tok.pos_ not in ("NOUN", "PROPN", "VERB"):
        return None
    needs = MEDIUM_QUALIFIERS.get(key)
    if needs:
        near = {t.lower_ for t in tok.doc[max(0, tok.i - 3) : tok.i]} | {c.lower_ for c in tok.children}
        if not near & needs:
            return None
    return medium


def medium_in(span: Span, skip: tuple[int, int]) -> str | None:
    """First medium word in the span outside the character range `skip` (the claim content)."""
    for tok in span:
        if skip[0] <= tok.idx < skip[1]:
            continue
        medium = medium_of(tok)
        if medium:
            return medium
    return None


# Time words that place a claim nowhere on a calendar.
GENERAL_TIME_WORDS = frozenset("now current currently recently nowadays lately ahora actualmente recientemente".split())


def date_in(doc: Doc, start: int, end: int, skip: tuple[int, int]) -> DateValue | None:
    """The first date expression within [start, end) and outside `skip`."""
    for span in doc.spans.get(TIMEXES, []):
        timex = span._.cg_timex
        if timex is None or timex.kind != "date":
            continue
        if not (start <= span.start_char and span.end_char <= end) or skip[0] <= span.start_char < skip[1]:
            continue
        if timex.value is None and timex.text.lower() in GENERAL_TIME_WORDS:
            continue  # "he currently says": no date to put the claim on
        if not _describes_someone(span):
            return DateValue(timex.value, timex.precision, timex.text)
    return None


def _describes_someone(span: Span) -> bool:
    """"X, who is set to be sentenced in early October, goes on to cite ...": a date in a clause about a
    person or thing is that clause's, not the claim's ("a letter released on Tuesday" keeps it)."""
    tok = span.root
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl") and medium_of(tok.head) is None:
            return True
        tok = tok.head
    return False


def medium_events(doc: Doc) -> list[MediumEvent]:
    """Every medium word with the entities named in its sentence and the sentence's date."""
    events: list[MediumEvent] = []
    mentions = list(doc.spans.get(MENTIONS, []))
    for sent in doc.sents:
        for tok in sent:
            medium = medium_of(tok)
            if medium is None:
                continue
            keys = {
                int(m._.cg_entity) for m in mentions
                if m._.cg_entity is not None and sent.start <= m.start and m.end <= sent.end
            }
            date = date_in(doc, sent.start_char, sent.end_char, (0, 0))
            events.append(MediumEvent(tok.i, medium, keys, date))
    return events


def carried_medium(events: list[MediumEvent], speaker: int | None, before: int) -> MediumEvent | None:
    """The latest medium event before token `before` that names the speaker."""
    if speaker is None:
        return None
    for event in reversed(events):
        if event.token < before and speaker in event.entities:
            return event
    return None
