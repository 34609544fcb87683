"""Time words that name something else: a programme ("CBS's 60 Minutes"), a film ("High Noon"), a
newspaper ("the Communist Party daily Granma").

A unit word written with a capital inside an ordinary sentence is part of a title, unless a name
comes before it inside the expression (a named day: "Thanksgiving Day", "Election Night"); in a
headline written in title case every word has a capital, so there it says nothing. "daily" right
before a name is the newspaper, not "every day" (TimeBank marks "the Communist Party daily Granma"
as a SET; casegraph does not).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..text import words

UNIT_WORDS = words("second seconds minute minutes hour hours day days week weeks month months year years "
                   "decade decades century noon midnight morning evening night tonight")
HEADLINE_SHARE = 0.6  # a sentence whose small words mostly start with a capital is a title-case headline
SMALL_WORDS = words("VERB AUX ADP DET ADV CCONJ SCONJ PART")  # capitalised in a headline, not in a sentence


def _headline(sent: Span) -> bool:
    """Title case: the verbs, prepositions and articles after the first word mostly have capitals."""
    rest = [t for t in sent[1:] if t.is_alpha]
    small = [t for t in rest if t.pos_ in SMALL_WORDS] or rest
    return bool(small) and sum(t.text[:1].isupper() for t in small) / len(small) >= HEADLINE_SHARE


def _capital_unit(tok: Token) -> bool:
    return tok.lower_ in UNIT_WORDS and tok.text[:1].isupper() and tok.i != tok.sent.start


def _named_day(span: Span, unit: Token) -> bool:
    return any(t.is_alpha and t.text[:1].isupper() and t.lower_ not in UNIT_WORDS for t in span[: unit.i - span.start])


def names_something(span: Span) -> bool:
    """True when the time expression is (part of) a name rather than a time."""
    units = [t for t in span if _capital_unit(t)]
    if units and not _named_day(span, units[0]) and not _headline(span.sent):
        return True
    if span.text.lower() == "daily" and span.end < len(span.doc):
        following = span.doc[span.end]
        return following.pos_ == "PROPN" or following.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART")
    return False
