"""casegraph_entities: correct the model's name spans into PERSON/ORG/GPE/LOC/FACILITY.

Evidence, strongest first: cues in the text (roles, name-shape patterns, media and nickname cues),
the first-name lexicon, then the model's label. Every span with the same surface in the doc
takes the label of its strongest evidence. Role words are cut out of names and kept in cg_role.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .entity_foreign import foreign_noise, role_persons
from .entity_heads import head_patterns
from .entity_lexicon import MODEL_LABELS, country_names, lexicon_persons
from .entity_patterns import acronyms, media_cues, nickname_cues, quoted_after_person
from .entity_rules import (
    CUE,
    MEASURE_LABELS,
    MODEL,
    Cand,
    is_connector,
    is_piece,
    match_ending,
    role_after,
    role_before,
)
from .entity_trim import trim
from .entity_vote import NAME_LABELS, foreign_junk, is_junk, surface, vote
from .extensions import register_extensions
from .lexicon import cue_set, norm


def is_place_name(doc: Doc, cand: Cand) -> bool:
    """"Mt Cook", "Lake Chapala", "Cerro del Cuatro" that the model called an organisation or a person: a
    mountain or a lake (pattern-typed names such as "Mount Sinai Hospital" keep their type)."""
    if cand.typed_by_pattern or cand.label not in ("ORG", "PERSON"):
        return False
    if norm(doc[cand.start].text) not in cue_set("place_prefixes"):
        return False
    rest = doc[cand.start + 1 : cand.end]
    # one name after the prefix, or "del Cuatro": longer runs are often companies ("Mount Holdings Ltd")
    return (len(rest) == 1 and is_piece(rest[0])) or (len(rest) == 2 and is_connector(rest[0]) and is_piece(rest[1]))


def is_plural_group(doc: Doc, cand: Cand) -> bool:
    """"the Jaguars", "the Zetas", "the Beltrán Leyvas": a plural name after "the" heading its phrase is
    a team, a gang or a family, not a person ("the Ortiz family", "the Bush administration": a name
    modifying a noun stays what it was)."""
    if cand.label != "PERSON" or cand.typed_by_pattern or cand.strength >= CUE or cand.start == 0:
        return False
    last = doc[cand.end - 1]
    return (doc[cand.start - 1].lower_ == "the" and last.text.endswith("s") and len(last.text) > 3
            and last.dep_ != "compound" and last.tag_ in ("NNPS", "NNP"))


def is_head_word_person(doc: Doc, cand: Cand) -> bool:
    """"The Cartel", "the Navy" that the model called a person: the word that names a kind of body."""
    if cand.label != "PERSON" or cand.typed_by_pattern or cand.end - cand.start != 1:
        return False
    word = norm(doc[cand.start].text)
    return word in cue_set("criminal_org_heads") or word in cue_set("government_heads")


def resolve(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping spans, preferring stronger then longer ones."""
    taken: set[int] = set()
    chosen: list[Cand] = []
    for cand in sorted(cands, key=lambda c: (-c.strength, -(c.end - c.start), c.start)):
        if cand.end > cand.start and not taken.intersection(range(cand.start, cand.end)):
            chosen.append(cand)
            taken.update(range(cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


def apply_roles(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Record role cues; a role makes a span a PERSON; spans inside a role title are dropped."""
    title_tokens: set[int] = set()
    for cand in cands:
        if doc[cand.end - 1].is_lower:  # "the official IRNA news agency": a person's name ends in a name
            continue
        before = role_before(doc, cand.start)
        after = None if before else role_after(doc, cand.end)
        if before:
            title_tokens.update(range(before[0], cand.start))
            cand.role = cand.role or before[1].rstrip(" ,")
        elif after and cand.label in ("PERSON", "ORG"):
            title_tokens.update(range(cand.end, after[0]))
            cand.role = cand.role or after[1]
        if (before or after) and not cand.typed_by_pattern:
            cand.label, cand.strength = "PERSON", max(cand.strength, CUE)
        if not cand.typed_by_pattern and governed_place(doc, cand.start):
            cand.label, cand.strength = "GPE", max(cand.strength, CUE)
    return [c for c in cands if c.typed_by_pattern or not title_tokens.issuperset(range(c.start, c.end))]


def governed_place(doc: Doc, start: int) -> bool:
    """Whether the span follows "governor of", "mayor of", "President of" (a place, not an org)."""
    if start < 2 or doc[start - 1].lower_ not in ("of", "de"):
        return False
    return match_ending(doc, start - 1, "territorial_roles") >= 0


def correct_entities(doc: Doc) -> Doc:
    model: list[Cand] = []
    others: list[Span] = []
    for ent in doc.ents:
        if ent.label_ in MODEL_LABELS:
            trimmed = trim(doc, Cand(ent.start, ent.end, MODEL_LABELS[ent.label_], MODEL))
            if trimmed:
                model.append(trimmed)
        elif ent.label_ in MEASURE_LABELS and not foreign_noise(doc, ent):
            others.append(ent)
    cands = resolve(model + lexicon_persons(doc) + head_patterns(doc) + nickname_cues(doc) + role_persons(doc)
                    + country_names(doc))
    cands = resolve(cands + quoted_after_person(doc, cands))
    cands = resolve(cands + acronyms(doc, cands))
    # Person candidates from the lexicon and patterns can start with a title ("Judge Miriam Kessler"): trim
    # them too. Organisations keep theirs: "Attorney General's Office" is a name, not a role plus a name.
    cands = [t for c in cands if (t := trim(doc, c) if c.label == "PERSON" else c) is not None]
    cands = apply_roles(doc, cands)
    media_cues(doc, cands)
    for cand in cands:
        if is_place_name(doc, cand):
            cand.label, cand.kind = "LOC", None
        elif is_plural_group(doc, cand) or is_head_word_person(doc, cand):
            cand.label, cand.strength = "ORG", CUE
    vote(doc, cands)
    known = {surface(doc, c) for c in cands if c.end - c.start > 1 or not doc[c.start].is_sent_start}
    known |= {w for c in cands if c.end - c.start > 1 for w in surface(doc, c).split()}
    cands = [c for c in cands if not is_junk(doc, c) and not foreign_junk(doc, c, known)]
    set_entities(doc, cands, others)
    return doc


def set_entities(doc: Doc, cands: list[Cand], others: list[Span]) -> None:
    names = [Span(doc, c.start, c.end, label=c.label) for c in cands if c.label in NAME_LABELS]
    used = {i for s in names for i in range(s.start, s.end)}
    kept = [s for s in others if not used.intersection(range(s.start, s.end))]
    doc.ents = sorted(names + kept, key=lambda s: s.start)
    info = {(c.start, c.end): c for c in cands}
    for ent in doc.ents:
        cand = info.get((ent.start, ent.end))
        if cand is not None:
            ent._.cg_role = cand.role
            ent._.cg_kind = cand.kind


@Language.factory(
    "casegraph_entities",
    assigns=["doc.ents", "span._.cg_role", "span._.cg_kind"],
    requires=["doc.ents", "token._.cg_language"],
)
def make_entities(nlp: Language, name: str) -> Entities:
    register_extensions()
    return Entities()


class Entities:
    def __call__(self, doc: Doc) -> Doc:
        return correct_entities(doc)


__all__ = ["Entities", "correct_entities", "is_connector"]
