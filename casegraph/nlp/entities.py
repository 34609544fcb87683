"""casegraph_entities: correct the model's name spans into PERSON/ORG/GPE/LOC/FACILITY.

Evidence, strongest first: cues in the text (roles, name-shape patterns, media and nickname cues),
the first-name lexicon, then the model's label. Every span with the same surface in the doc
takes the label of its strongest evidence. Role words are cut out of names and kept in cg_role.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .entity_foreign import foreign_noise, role_persons
from .entity_heads import head_patterns
from .entity_lexicon import MODEL_LABELS, lexicon_persons
from .entity_patterns import acronyms, media_cues, nickname_cues, quoted_after_person
from .entity_rules import (
    CUE,
    MODEL,
    QUOTES,
    Cand,
    is_connector,
    is_piece,
    match_at,
    match_ending,
    role_after,
    role_before,
)
from .entity_vote import NAME_LABELS, foreign_junk, is_junk, surface, vote
from .extensions import register_extensions
from .lexicon import cue_set, is_first_name, norm

KEPT_OTHER = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}


def trim(doc: Doc, cand: Cand) -> Cand | None:
    """Cut determiners, role words, possessives and photo-credit words off a span's edges."""
    start, end = cand.start, cand.end
    for k in range(start, end):
        if doc[k].is_space or "\n" in doc[k].text:
            end = k
            break
    role: str | None = None
    while start < end:
        n = match_at(doc, start, "roles")
        if norm(doc[start].text) in cue_set("determiners"):
            start += 1
        elif doc[start].text in QUOTES and not any(t.text in QUOTES for t in doc[start + 1 : end]):
            start += 1  # an opening quote whose closing one is outside the name
        elif cand.label == "PERSON" and end - start > 1 and _opens_sentence_not_name(doc[start]):
            start += 1  # "Without Felt, ...", "Following Gigante, ...": capitalised only by the sentence
        elif n and start + n < end and is_piece(doc[start + n]) and not _org_name_opening(doc, cand, start, n):
            role = doc[start : start + n].text
            start += n
        else:
            break
    while end > start:
        last = norm(doc[end - 1].text)
        role_start = match_ending(doc, end, "roles") if end - start > 1 else -1
        if role_start > start:  # a title the model ran into the name's end: "U.S. Navy Vice Adm."
            end = role_start
        elif (
            last in ("'s", "'", "s")
            or doc[end - 1].is_punct
            and doc[end - 1].text not in QUOTES
            or last in cue_set("junk_trailing")
            # "Mayor Ana Ruiz Monday denied ...": news puts the day right after the name
            or (end - start > 1 and last in cue_set("weekdays"))
            # title-case headlines: "Yvonne Hiller Charged With ...", "Tara Reid Checks Into Rehab"
            or (end - start > 1 and last in cue_set("headline_verbs") and doc[end - 1].text[:1].isupper())
            # a person's name never ends in a function word: "Esther Vidal Dies At 91"
            or (end - start > 1 and cand.label == "PERSON" and last in cue_set("name_final_function_words"))
            # a fighter's or a team's record after the name: "Omar Zarate 31 - 2"
            or (end - start > 2 and cand.label == "PERSON" and (doc[end - 1].like_num or last == "-"))
        ):
            end -= 1
        else:
            break
    if end <= start:
        return None
    return Cand(start, end, cand.label, cand.strength, cand.kind, role or cand.role, cand.typed_by_pattern)


def _opens_sentence_not_name(token: Token) -> bool:
    opener = token.pos_ in ("ADP", "SCONJ") or token.tag_ == "VBG" or norm(token.text) in cue_set("sentence_openers")
    return bool(token.is_sent_start) and opener and not is_first_name(token.text)


def _org_name_opening(doc: Doc, cand: Cand, start: int, n: int) -> bool:
    """"General Motors" typed ORG: the role word opens the organisation's name, it is no title."""
    return cand.label == "ORG" and doc[start : start + n].text.lower() in cue_set("roles_opening_org_names")


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
        elif ent.label_ in KEPT_OTHER and not foreign_noise(doc, ent):
            others.append(ent)
    cands = resolve(model + lexicon_persons(doc) + head_patterns(doc) + nickname_cues(doc) + role_persons(doc))
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
