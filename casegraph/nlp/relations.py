"""The casegraph_relations component: typed, directed relations with role, time, modality and evidence."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Relation
from ..vocabulary import RELATION_TYPES
from .extensions import doc_entities, doc_list, register_extensions
from .relation_charges import charge_candidates, killing_candidates
from .relation_context import EntityRef, MentionIndex, clause_date, make_evidence
from .relation_convictions import conviction_candidates
from .relation_modality import Modality, relation_modality
from .relation_patterns import Candidate, noun_candidates
from .relation_spanish import ud_noun_candidates
from .relation_triggers import CRIMINAL_KINDS, DEMONYMS, HEAD_OF_STATE, OFFICE_TYPE, PROSPECTIVE_WORDS, RANK_WORDS
from .relation_verbs import partner_candidates, prep_verb_candidates, verb_candidates


def _types_ok(rtype: str, subj: EntityRef, obj: EntityRef) -> bool:
    spec = RELATION_TYPES.get(rtype)
    if spec is None or subj.key == obj.key:
        return False
    return subj.label in spec.subject_types and obj.label in spec.object_types


def _country_by_name(doc: Doc, names: tuple[str, ...]) -> EntityRef | None:
    for key, ent in doc_entities(doc).items():
        forms = {ent.name.lower(), *(n.lower() for n in ent.names)}
        if ent.label == "GPE" and forms & set(names):
            return EntityRef(key, "GPE", 0, 0)
    return None


def _demonym_country(doc: Doc, candidate: Candidate) -> EntityRef | None:
    """'Mexican President X': a demonym on the office noun names the country."""
    for child in candidate.trigger.children:
        names = DEMONYMS.get(child.lower_)
        if child.dep_ in ("amod", "compound") and names:
            return _country_by_name(doc, names)
    return None


def _government_country(doc: Doc, found: list[Relation]) -> EntityRef | None:
    """The country whose head of state the article names, for posts in that government."""
    for rel in found:
        if rel.type == OFFICE_TYPE and (rel.role or "").lower() in HEAD_OF_STATE:
            return EntityRef(rel.object, "GPE", 0, 0)
    for tok in doc:
        if tok.lemma_.lower() in ("government", "president", "administration", "gobierno"):
            for child in tok.children:
                names = DEMONYMS.get(child.lower_)
                if child.dep_ == "amod" and names:
                    return _country_by_name(doc, names)
    return None


def _office_type(doc: Doc, c: Candidate, obj: EntityRef) -> str:
    """An office in a criminal organization is membership, or leadership when the title stands bare
    ("chief of the X cartel" leads it; a "logistics chief for" it is a member)."""
    if c.type == "member_of" and obj.label == "PERSON":
        return "works_for"  # "a lieutenant of X", "X's hitman": in X's service, not a member of X
    entity = doc_entities(doc).get(obj.key)
    if c.type != OFFICE_TYPE or entity is None or entity.kind not in CRIMINAL_KINDS:
        return c.type
    qualified = any(t.dep_ in ("compound", "amod") and t.lower_ not in RANK_WORDS for t in c.trigger.lefts)
    return "member_of" if qualified else "leader_of"


def _relation(doc: Doc, c: Candidate, obj: EntityRef, index: MentionIndex) -> Relation | None:
    rtype = _office_type(doc, c, obj)
    if not _types_ok(rtype, c.subject, obj):
        return None
    if any(t.lower_ in PROSPECTIVE_WORDS for t in c.trigger.children if t.dep_ in ("amod", "compound")):
        return None  # "mentioned as a potential Treasury secretary": not (yet) a relation
    mod = relation_modality(doc, c.trigger, index, c.descriptive)
    if mod is None:
        return None
    if c.charged and mod.modality == "stated":
        mod = Modality("alleged")
    tokens = [c.trigger.i, c.subject.start, c.subject.end - 1]
    if obj.end > obj.start:
        tokens += [obj.start, obj.end - 1]
    sent = c.trigger.sent
    tokens = [t for t in tokens if sent.start <= t < sent.end]
    subject, obj = _canonical_order(rtype, c.subject, obj)
    return Relation(
        article_id=doc._.cg_article_id or "",
        type=rtype,
        subject=subject.key,
        object=obj.key,
        modality=mod.modality,  # type: ignore[arg-type]
        evidence=make_evidence(doc, tokens),
        role=c.role,
        attributed_to=mod.attributed_to if mod.modality != "stated" else None,
        # a title inside a noun phrase ("X, the former police chief of Y") is not dated by its clause
        time=None if c.descriptive else clause_date(doc, c.trigger),
    )


# Symmetric links read person first, then organization, then place ("X has ties to the cartel").
_SYMMETRIC_RANK = {"PERSON": 0, "ORG": 1}


def _canonical_order(rtype: str, a: EntityRef, b: EntityRef) -> tuple[EntityRef, EntityRef]:
    spec = RELATION_TYPES.get(rtype)
    if spec is None or not spec.symmetric:
        return a, b
    rank_a, rank_b = _SYMMETRIC_RANK.get(a.label, 2), _SYMMETRIC_RANK.get(b.label, 2)
    if (rank_b, b.start) < (rank_a, a.start):
        return b, a
    return a, b


def extract_relations(doc: Doc, universal: bool = False) -> list[Relation]:
    """Relations in a doc; `universal` when the parse uses Universal Dependencies (the Spanish model)."""
    index = MentionIndex(doc)
    candidates = [*ud_noun_candidates(doc, index)] if universal else [
        *noun_candidates(doc, index), *verb_candidates(doc, index), *killing_candidates(doc, index),
        *conviction_candidates(doc, index), *prep_verb_candidates(doc, index), *charge_candidates(doc, index),
        *partner_candidates(doc, index),
    ]
    found: list[Relation] = []
    pending: list[Candidate] = []
    for c in candidates:
        if c.object is None:
            obj = _demonym_country(doc, c)
            if obj is None:
                pending.append(c)
                continue
        else:
            obj = c.object
        rel = _relation(doc, c, obj, index)
        if rel is not None:
            found.append(rel)
    country = _government_country(doc, found)
    for c in pending:
        if country is not None and c.possessor_office:
            rel = _relation(doc, c, country, index)
            if rel is not None:
                found.append(rel)
    return _dedupe(found)


def _dedupe(relations: list[Relation]) -> list[Relation]:
    seen: set[tuple[str, int, int, str, int | None]] = set()
    out: list[Relation] = []
    for rel in relations:
        key = (rel.type, rel.subject, rel.object, rel.modality, rel.evidence.sentence_start)
        if key in seen:
            continue
        seen.add(key)
        out.append(rel)
    return out


@Language.factory("casegraph_relations", assigns=["doc._.cg_relations"], requires=["doc._.cg_entities"])
def make_relations(nlp: Language, name: str) -> RelationComponent:
    register_extensions()
    return RelationComponent(universal=nlp.lang != "en")


class RelationComponent:
    def __init__(self, universal: bool = False) -> None:
        self.universal = universal

    def __call__(self, doc: Doc) -> Doc:
        relations = doc_list(doc, "cg_relations")
        relations.extend(extract_relations(doc, self.universal))
        return doc
