"""Who makes a claim: the speaker's written span and the local entity it resolves to.

Named speakers map to the mention covering them; pronouns and role descriptions resolve to a
recent compatible speaker or person; unnamed sources ("prosecutors", "a witness") become new
LocalEntity records of kind unnamed_group with a mention of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .claim_cues import (
    GROUP_PRONOUNS,
    INDEFINITE_SOURCES,
    MEDIUM_SUBJECTS,
    MEDIUM_WORDS,
    ORG_REFERENCES,
    PERSON_PRONOUNS,
    ROLE_WORDS,
    UNNAMED_SOURCES,
    words,
)
from .claim_found import noun_phrase
from .claim_new_speakers import (
    by_name_word,
    name_shaped,
    named,
    named_body,
    national_body,
    national_modifier,
    unnamed,
)
from .coref_roles import resolve_reference
from .event_triggers import NOUN_TRIGGERS
from .extensions import MENTIONS, doc_entities
from .lexicon import honorific_gender_of

MAX_BACK_SENTENCES = 4
FAR_BACK_SENTENCES = 12
RELATIVE_PRONOUNS = words("who that which")
DEFINITE = words("the this that el la este esta ese esa dicha dicho")
DOCUMENT_EVENTS = words("indictment")


@dataclass
class Said:
    """A speaker already resolved in this document, for pronoun and medium carry-over."""

    key: int
    label: str
    sentence: int
    medium: str | None


class SpeakerResolver:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.sent_of = {tok.i: n for n, sent in enumerate(doc.sents) for tok in sent}
        self.history: list[Said] = []
        self._unnamed: dict[str, int] = {}

    def mentions(self) -> list[Span]:
        spans = [s for s in self.doc.spans.get(MENTIONS, []) if s._.cg_entity is not None]
        return sorted(spans, key=lambda s: (s.start, -s.end))

    def resolve(self, span: Span) -> int | None:
        key = self._resolve(span)
        return key if key is not None else self._fallback(span)

    def _fallback(self, span: Span) -> int | None:
        """Longer reach for pronouns, relative pronouns to their antecedent, and an entity for the rest."""
        head = span.root
        low = head.lower_
        if low in RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and head.head.head.i != head.i:
            return self.resolve(noun_phrase(head.head.head))
        if low in PERSON_PRONOUNS:
            return self._recent(head, ("PERSON",), max_back=FAR_BACK_SENTENCES)
        if low in GROUP_PRONOUNS or low == "it":
            key = self._recent(head, ("ORG", "GPE"), max_back=MAX_BACK_SENTENCES)
            return key if key is not None else self._previous_subject(head)
        if low in INDEFINITE_SOURCES:  # "some say", "those close to him", "not everyone agrees"
            return unnamed(self.doc, span, self._unnamed)
        if head.pos_ == "PRON" or not any(t.is_alpha for t in span):
            return None
        if head.lemma_.lower() in NOUN_TRIGGERS and head.lemma_.lower() not in DOCUMENT_EVENTS:
            # "the arrest showed that ...": an event is nobody's source (an indictment is a document)
            return None
        inside = [m for m in self.mentions() if span.start <= m.start and m.end <= span.end]
        gender = honorific_gender_of(head.text)
        # "a New York judge" is a judge, not New York; "el señor Vega" is Vega
        if inside and (head.pos_ != "NOUN" or gender):
            return int(inside[0]._.cg_entity)
        if gender and any(t.pos_ == "PROPN" for t in span):
            # "El señor Vega dijo" with no name found in it: the Vega the honorific can be
            found = by_name_word(self.doc, span, gender)
            return found if found is not None else named(self.doc, span, self._unnamed)
        if head.pos_ == "PROPN":
            found = by_name_word(self.doc, span)
            if found is not None or name_shaped(span):
                return found if found is not None else named(self.doc, span, self._unnamed)
            # the tagger's PROPN on "the white paper", "Democrats and environmentalists": a description
        if national_modifier(head):
            return national_body(self.doc, span, self._unnamed)
        return unnamed(self.doc, span, self._unnamed)

    def _previous_subject(self, head: Token) -> int | None:
        """"The city sent a letter. It says ...": the noun subject of the sentence before."""
        sent = head.sent
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        return self.resolve(noun_phrase(subject))

    def _resolve(self, span: Span) -> int | None:
        head = span.root
        mentions = self.mentions()  # sorted once here, not once per apposition or title
        for m in mentions:
            if m.start <= head.i < m.end:
                return int(m._.cg_entity)
        # "His lawyer, Adriana Beltrán, denied ...": the apposition names the speaker; in "the lawyer for X,
        # Y, said" the parser hangs it on X.
        appositions = [c for c in head.children if c.dep_ == "appos"]
        if head.pos_ == "NOUN":
            appositions += [a for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                      for o in p.children if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos"]
        for child in appositions:
            for m in mentions:
                # enclosed in commas: in "según la fiscalía, Ortega lavó ..." the parser's apposition is the subject
                enclosed = m.end >= len(self.doc) or self.doc[m.end].text in (",", ")", "—")
                if m.start <= child.i < m.end and m.label_ == "PERSON" and enclosed:
                    return int(m._.cg_entity)
        low = head.lower_
        if low in PERSON_PRONOUNS:
            return self._recent(head, ("PERSON",))
        if low in GROUP_PRONOUNS:
            return self._recent(head, ("ORG", "GPE"), max_back=2)
        lemma = head.lemma_.lower()
        definite = any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in head.lefts)
        if low in ROLE_WORDS or lemma in ROLE_WORDS:  # "the governor Luis Vega", "el gobernador Salcedo"
            titled = [m for m in mentions
                      if span.start <= m.start and m.end <= span.end and m.label_ == "PERSON"]
            if titled:
                return int(titled[0]._.cg_entity)
        if (low in ROLE_WORDS or lemma in ROLE_WORDS) and definite and head.tag_ != "NNS":
            found = self._role(head)
            if found is not None:
                return found
        bare = all(c.dep_ == "det" for c in head.lefts)  # "the agency", not "the state prosecutor's office"
        if lemma in ORG_REFERENCES and definite and bare and head.tag_ != "NNS":
            found = named_body(head, mentions, self.sent_of, MAX_BACK_SENTENCES)
            if found is not None:
                return found
        if low in UNNAMED_SOURCES or (lemma in UNNAMED_SOURCES and head.tag_ == "NNS"):
            national = low == "police" and national_modifier(head)  # "the Colombian police": one body
            return (national_body if national else unnamed)(self.doc, span, self._unnamed)
        inside = [m for m in mentions if span.start <= m.start and m.end <= span.end]
        if inside and head.pos_ == "PROPN":
            return int(inside[0]._.cg_entity)
        if head.lemma_.lower() in MEDIUM_SUBJECTS:
            return self._author(head)
        return None

    def remember(self, key: int | None, tok: Token, medium: str | None) -> None:
        if key is None:
            return
        ent = doc_entities(self.doc).get(key)
        label = ent.label if ent is not None else "PERSON"
        self.history.append(Said(key, label, self.sent_of.get(tok.i, 0), medium))

    def last_medium(self, key: int | None, tok: Token, max_back: int = 3) -> str | None:
        """The medium of the speaker's previous claim, if it was made a few sentences before."""
        here = self.sent_of.get(tok.i, 0)
        for said in reversed(self.history):
            if here - said.sentence > max_back:
                return None
            if said.key == key:
                return said.medium
        return None

    def _recent(self, head: Token, labels: tuple[str, ...], max_back: int = MAX_BACK_SENTENCES) -> int | None:
        here = self.sent_of.get(head.i, 0)
        for said in reversed(self.history):
            if said.label in labels and here - said.sentence <= max_back:
                return said.key
        before = [
            m for m in self.mentions()
            if m.end <= head.i and m.label_ in labels and here - self.sent_of.get(m.root.i, 0) <= max_back
        ]
        subjects = [m for m in before if m.root.dep_ in ("nsubj", "nsubjpass")]
        pool = subjects or before
        return int(pool[-1]._.cg_entity) if pool else None

    def _role(self, head: Token) -> int | None:
        # The role-class resolver ("the drug lord" = the person the text calls a drug lord) first;
        # a role no one carries falls back only to a speaker of the last two sentences.
        key = resolve_reference(self.doc, self.doc[head.i : head.i + 1])
        if key is not None:
            return key
        word = head.lemma_.lower()
        entities = doc_entities(self.doc)
        persons = [m for m in self.mentions() if m.end <= head.i and m.label_ == "PERSON"]
        for m in reversed(persons):
            ent = entities.get(m._.cg_entity)
            if ent is not None and any(word in r.lower().split() for r in ent.roles):
                return int(m._.cg_entity)
        return self._recent_speaker(head, max_back=2)

    def _recent_speaker(self, head: Token, max_back: int) -> int | None:
        here = self.sent_of.get(head.i, 0)
        for said in reversed(self.history):
            if said.label == "PERSON" and here - said.sentence <= max_back:
                return said.key
        return None

    def _author(self, head: Token) -> int | None:
        """The author of "his letter" / "a letter by X"; else whoever last spoke through one."""
        for child in head.children:
            if child.dep_ == "poss" and child.lower_ in ("his", "her"):
                return self._recent(head, ("PERSON",))
            if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                for obj in child.children:
                    for m in self.mentions():
                        if m.start <= obj.i < m.end:
                            return int(m._.cg_entity)
        medium = MEDIUM_WORDS.get(head.lemma_.lower())
        for said in reversed(self.history):
            if said.medium and said.medium == medium:
                return said.key
        return None
