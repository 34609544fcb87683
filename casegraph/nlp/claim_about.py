"""What a claim is about, and whether its content denies: entities in and around the content.

Entities named in the content, the accused of "X accused Y of ...", persons named by role
("the President" is the one the article calls President), and for "X denies these accusations"
the entities of the sentences before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .claim_cues import ACCUSATION_NOUNS
from .coref_roles import resolve_reference, role_class
from .extensions import MENTIONS, doc_entities

NEGATORS = frozenset({"not", "n't", "never", "no", "nunca"})
SELF_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "él", "ella"})
ANAPHORIC_DETERMINERS = frozenset({"these", "those", "the", "such", "this", "that", "estas", "esas", "las", "tales"})
ANAPHORIC_SENTENCES = 2


def self_denial(doc: Doc, start: int, end: int) -> bool:
    """"X claimed that he never met Y": a speaker's negated statement about himself denies."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.pos_ != "VERB":  # "he is not opposed to ...": a negated state, not a denial
        return False
    negated = any(c.lower_ in NEGATORS for c in root.children if c.dep_ in ("neg", "advmod", "det"))
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return negated and subject is not None and subject.lower_ in SELF_PRONOUNS


def anaphoric(doc: Doc, start: int, end: int) -> list[int]:
    """"X denies these accusations": the entities of the two sentences before."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in ACCUSATION_NOUNS:
        return []
    if not any(c.lower_ in ANAPHORIC_DETERMINERS for c in span.root.children):
        return []
    sents = list(doc.sents)
    here = next(i for i, sent in enumerate(sents) if sent.start <= span.root.i < sent.end)
    window = (sents[max(0, here - ANAPHORIC_SENTENCES)].start_char, span.sent.start_char)
    keys: list[int] = []
    for mention in doc.spans.get(MENTIONS, []):
        key = mention._.cg_entity
        if window[0] <= mention.start_char < window[1] and key is not None and int(key) not in keys:
            keys.append(int(key))
    return keys


def roles_in(doc: Doc, start: int, end: int) -> list[int]:
    """Persons the content names by role: "the President" is the one the article calls President."""
    span = doc.char_span(start, end, alignment_mode="expand")
    entities = doc_entities(doc)
    keys: list[int] = []
    for tok in span or []:
        if tok.pos_ not in ("NOUN", "PROPN") or not role_class(tok.lemma_):
            continue
        if not any(c.lower_ == "the" for c in tok.children):
            continue
        titled = [k for k, e in entities.items()
                  if e.label == "PERSON" and any(tok.lower_ in r.lower().split() for r in e.roles)]
        key = titled[0] if len(titled) == 1 else resolve_reference(doc, doc[tok.i : tok.i + 1])
        if key is not None:
            keys.append(key)
    return keys


def about(doc: Doc, start: int, end: int, speaker: int, denies: bool, targets: list[Token]) -> list[int]:
    keys: list[int] = []
    if denies:
        keys = [k for k in anaphoric(doc, start, end) if k != speaker]
    keys += [k for k in roles_in(doc, start, end) if k != speaker and k not in keys]
    for span in doc.spans.get(MENTIONS, []):
        inside = start <= span.start_char and span.end_char <= end
        target = any(span.start <= t.i < span.end for t in targets)
        key = span._.cg_entity
        if (inside or target) and key is not None and key != speaker and key not in keys:
            keys.append(int(key))
    return keys
