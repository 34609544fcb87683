"""Speakers the entity steps left without an entity: they get one, so no claim loses its source.

Unnamed sources ("prosecutors", "the campaign", "a new poll") become entities of kind
unnamed_group, one per phrase; a proper name the recognizer missed ("Tester said") first joins an
entity that already carries that word as a name, else becomes a named entity of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..models import UNNAMED_KIND, LocalEntity
from .claim_cues import ORG_NAME_WORDS, UNNAMED_SOURCES
from .extensions import MENTIONS, doc_entities
from .lexicon import cue_set, first_name_gender


def add_mention(doc: Doc, span: Span, key: int, label: str) -> None:
    mention = Span(doc, span.start, span.end, label=label)
    mention._.cg_entity = key
    mention._.cg_via = "name"
    group = list(doc.spans.get(MENTIONS, []))
    group.append(mention)
    doc.spans[MENTIONS] = group


def new_entity(doc: Doc, span: Span, label: str, kind: str | None, known: dict[str, int]) -> int:
    """The entity created for this phrase (once per phrase, `known` remembers), with a mention here."""
    phrase = span.text
    norm = phrase.lower()
    key = known.get(norm)
    if key is None:
        entities = doc_entities(doc)
        key = max(entities, default=-1) + 1
        entities[key] = LocalEntity(key=key, label=label, name=phrase, names=[phrase], kind=kind)  # type: ignore[arg-type]
        known[norm] = key
    add_mention(doc, span, key, label)
    return key


def unnamed(doc: Doc, span: Span, known: dict[str, int]) -> int:
    label = UNNAMED_SOURCES.get(span.root.lower_, "ORG")
    return new_entity(doc, span, label, UNNAMED_KIND, known)


def by_name_word(doc: Doc, span: Span, gender: str | None = None) -> int | None:
    """An entity that has one of the span's proper-noun words as a word of one of its names; with
    the gender an honorific gives ("el señor Vega"), one whose given name is not of the other."""
    words = {t.lower_ for t in span if (t.pos_ == "PROPN" or t.is_upper) and len(t.text) > 2}
    if not words:
        return None
    for key, ent in doc_entities(doc).items():
        if ent.kind == UNNAMED_KIND or (gender and first_name_gender(ent.name.split()[0]) not in (None, gender)):
            continue
        if any(words & set(name.lower().split()) for name in [ent.name, *ent.names]):
            return int(key)
    return None


def name_shaped(span: Span) -> bool:
    """Every word after the article capitalised, or a name connector ("Banco de México"): a name,
    not a description the tagger called a proper noun ("the white paper", "Democrats and voters")."""
    words = [t for t in _without_article(span) if t.is_alpha]
    # "Many Americans have heard ...": a quantifier is capitalised only because it opens the sentence
    if words and words[0].is_sent_start and words[0].pos_ in ("DET", "ADJ", "PRON", "NUM"):
        return False
    return bool(words) and all(t.text[:1].isupper() or t.lower_ in cue_set("name_connectors") for t in words)


def named(doc: Doc, span: Span, known: dict[str, int]) -> int:
    """A missed proper name: an organisation when it looks like one, else a person."""
    words = {t.lower_ for t in span}
    looks_org = bool(words & ORG_NAME_WORDS) or (len(span) == 1 and span.text.isupper())
    return new_entity(doc, _without_article(span), "ORG" if looks_org else "PERSON", None, known)


def _without_article(span: Span) -> Span:
    """The name in a phrase: "the Indian navy" -> "Indian navy" (a lone word is kept)."""
    start = span.start
    while start < span.end - 1 and span.doc[start].pos_ == "DET":
        start += 1
    return span.doc[start : span.end]


# Collective bodies a country or place has one of ("the Indian navy"); "a Texas judge" is a person.
INSTITUTION_HEADS = frozenset(
    "navy army military police government guard marines ministry administration embassy consulate "
    "parliament congress senate judiciary".split()
)


def national_modifier(head: Token) -> bool:
    """"the Indian navy", "the Mexican army": a capitalised modifier (not the sentence's first word)
    makes an institution's common noun one country's or place's body, the same one in every article."""
    plural = head.tag_ in ("NNS", "NNPS") and head.lower_ != "police"  # "police" is tagged either way
    return head.lower_ in INSTITUTION_HEADS and not plural and any(
        c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN") and c.text[:1].isupper()
        and c.i != c.sent.start for c in head.lefts
    )


def national_body(doc: Doc, span: Span, known: dict[str, int]) -> int:
    """An organisation named by the phrase without its article ("Indian navy"): it resolves across articles."""
    return new_entity(doc, _without_article(span), "ORG", None, known)


def named_body(head: Token, mentions: list[Span], sent_of: dict[int, int], max_back: int) -> int | None:
    """"the office said": an organisation named before whose name ends in that word ("the Attorney
    General's Office"), else the nearest public body, else the nearest named organisation."""
    here = sent_of.get(head.i, 0)
    entities = doc_entities(head.doc)
    named_orgs = [m for m in mentions if m.end <= head.i and m.label_ == "ORG"
                  and here - sent_of.get(m.root.i, 0) <= max_back
                  and (ent := entities.get(m._.cg_entity)) is not None and ent.kind != UNNAMED_KIND]
    word = head.lemma_.lower()
    for pool in ([m for m in named_orgs if m[-1].lemma_.lower() == word or m[-1].lower_ == word],
                 [m for m in named_orgs if entities[m._.cg_entity].kind == "government_body"], named_orgs):
        if pool:
            return int(pool[-1]._.cg_entity)
    return None
