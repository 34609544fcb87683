"""Resolve pronouns and role nominals ("he", "the drug lord", "the former official") to a local entity.

Shared by the relation, event and claim components. Role words are grouped into classes so a
nominal only resolves to a person described with a word of the same class; pronouns prefer the
nearest preceding person who is the subject of a clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .coref_gender import compatible, gender_of
from .extensions import MENTIONS, doc_entities
from .relation_triggers import words

ROLE_CLASSES: dict[str, frozenset[str]] = {
    "criminal": words("lord kingpin capo trafficker narco boss smuggler gangster mobster criminal cartel "
        "narcotraficante capo jefe sicario"),
    "official": words("president politician official secretary minister governor mayor senator chief "
        "leader head director commissioner presidente secretario gobernador"),
    "agent": words("agent officer investigator detective"),
    "lawyer": words("lawyer attorney counsel abogado"),
    "judge": words("judge magistrate juez"),
}
PERSON_PRONOUNS = words("he him his himself she her hers herself")
# Spanish object clitics for one person ("un jurado lo declaró culpable"); "la" and "lo" are also
# articles, so only a token tagged as a pronoun counts.
OBJECT_CLITICS = words("lo la")


def is_person_pronoun(tok: Token) -> bool:
    return tok.lower_ in PERSON_PRONOUNS or (tok.lower_ in OBJECT_CLITICS and tok.pos_ == "PRON")
MAX_BACK_SENTENCES = 4
MAX_FORWARD_SENTENCES = 2


def role_class(word: str) -> str | None:
    low = word.lower()
    for name, members in ROLE_CLASSES.items():
        if low in members:
            return name
    return None


def _person_mentions(doc: Doc) -> list[Span]:
    spans = [s for s in doc.spans.get(MENTIONS, []) if s.label_ == "PERSON" and s._.cg_entity is not None]
    return sorted(spans, key=lambda s: (s.start, -s.end))


def _title_words(span: Span) -> list[str]:
    """Role words written next to a mention: the nouns right before it and appositive heads."""
    words: list[str] = []
    i = span.start - 1
    while i >= 0 and span.doc[i].pos_ in ("NOUN", "PROPN") and span.doc[i].sent == span.sent:
        words.append(span.doc[i].lower_)
        i -= 1
    root = span.root
    for tok in root.children:
        if tok.dep_ == "appos" and tok.i >= span.end:
            words.append(tok.lower_)
            words.extend(c.lower_ for c in tok.children if c.dep_ == "compound")
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
        words.append(root.head.lower_)
    return words


def entity_role_words(doc: Doc) -> dict[int, list[str]]:
    """Role words each person entity is described with anywhere in the document."""
    found: dict[int, list[str]] = {}
    for key, ent in doc_entities(doc).items():
        for role in getattr(ent, "roles", []) or []:
            found.setdefault(key, []).extend(str(role).split())
    for span in _person_mentions(doc):
        words = list(_title_words(span))
        if span._.cg_role:
            words.extend(str(span._.cg_role).split())
        found.setdefault(int(span._.cg_entity), []).extend(words)
    return found


def entity_role_classes(doc: Doc) -> dict[int, set[str]]:
    """Role classes each person entity is described with anywhere in the document."""
    classes: dict[int, set[str]] = {}
    for key, described in entity_role_words(doc).items():
        for word in described:
            cls = role_class(word)
            if cls:
                classes.setdefault(key, set()).add(cls)
    return classes


def entity_genders(doc: Doc) -> dict[int, str | None]:
    roles = entity_role_words(doc)
    return {key: gender_of(ent.name, roles.get(key, [])) for key, ent in doc_entities(doc).items()}


def _sent_index(doc: Doc) -> dict[int, int]:
    return {tok.i: n for n, sent in enumerate(doc.sents) for tok in sent}


def _is_subject(span: Span) -> bool:
    """A clause subject, or a name in apposition to one ("X's minister, Hugo Benavente, resigned")."""
    root = span.root
    if root.dep_ == "appos":
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def resolve_reference(doc: Doc, span: Span) -> int | None:
    """The local entity key a pronoun or role nominal refers to, or None when unsure."""
    head: Token = span.root
    sent_of = _sent_index(doc)
    here = sent_of.get(head.i, 0)
    persons = _person_mentions(doc)
    before = [m for m in persons if m.end <= span.start and here - sent_of.get(m.root.i, 0) <= MAX_BACK_SENTENCES]
    if is_person_pronoun(head):
        return _resolve_pronoun(doc, span, before, sent_of)
    cls = role_class(head.lemma_) or role_class(head.text)
    if cls is None:
        return None
    classes = entity_role_classes(doc)

    def fits(m: Span, strict: bool) -> bool:
        known = classes.get(m._.cg_entity)
        if not known:
            return not strict
        return cls in known

    for m in reversed(before):
        if fits(m, strict=False):
            return int(m._.cg_entity)
    after = [m for m in persons if m.start >= span.end and sent_of.get(m.root.i, 0) - here <= MAX_FORWARD_SENTENCES]
    for m in after:
        if fits(m, strict=True):
            return int(m._.cg_entity)
    return None


def _resolve_pronoun(doc: Doc, span: Span, before: list[Span], sent_of: dict[int, int]) -> int | None:
    """Nearest subject in the same sentence (a name or a resolvable role nominal), else recent subjects;
    never a person whose known gender the pronoun contradicts."""
    genders = entity_genders(doc)
    pronoun = span.root.lower_

    def fits(key: int | None) -> bool:
        return key is not None and compatible(genders.get(key), pronoun)

    before = [m for m in before if fits(int(m._.cg_entity))]
    by_token = {i: m for m in before for i in range(m.start, m.end)}
    owner = span.root.head
    if span.root.dep_ == "poss" and owner.dep_ == "conj" and owner.head.i in by_token:
        return int(by_token[owner.head.i]._.cg_entity)  # "X and his wife Y": his is X's
    for tok in reversed(list(doc[span.sent.start : span.start])):
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if tok.i in by_token:
            return int(by_token[tok.i]._.cg_entity)
        if tok.pos_ in ("NOUN", "PROPN") and role_class(tok.lemma_):
            key = resolve_reference(doc, doc[tok.i : tok.i + 1])
            if fits(key):
                return key
    root = span.sent.root
    if span.root.i < root.i:  # "In his letter, X says": a fronted phrase points at the clause subject
        for tok in root.children:
            if tok.dep_ == "nsubj" and tok.i > span.root.i:
                for m in _person_mentions(doc):
                    if m.start <= tok.i < m.end and fits(int(m._.cg_entity)):
                        return int(m._.cg_entity)
    if not before:
        return None
    here = sent_of.get(span.root.i, 0)
    subjects = [m for m in before if _is_subject(m) and here - sent_of.get(m.root.i, 0) <= 2]
    pool = subjects or before
    return int(pool[-1]._.cg_entity)
