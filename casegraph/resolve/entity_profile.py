"""What the resolver needs to know about one local entity, computed once: keys for blocking."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import UNNAMED_KIND, LocalEntity
from ..nlp.lexicon import honorific_gender_of
from .entity_describe import is_weak
from .names import (
    fold,
    initials,
    is_nickname_form,
    person_tokens,
    split_nickname,
)
from .org_keys import country_code, org_key

# Labels that one entity can plausibly carry in different articles (the model confuses them).
COMPATIBLE_LABELS = frozenset(
    {frozenset({"ORG", "FACILITY"}), frozenset({"GPE", "LOC"}), frozenset({"LOC", "FACILITY"})}
)


# Labels the model gives a full name it mistook for a person's, or a person's name it mistook for a
# place or a body ("Yesenia Quintal Borja" ORG in one article, PERSON in the next; "Grupo Marítimo
# Ceiba" PERSON).
MISTAKEN_FOR_PERSON = frozenset({"ORG", "FACILITY", "GPE", "LOC"})


def honorific_gender(forms: list[str]) -> str | None:
    """'m' or 'f' when a form of the name opens with a gendered honorific, else None."""
    found = {honorific_gender_of(first) for form in forms for first in form.split()[:1]}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


@dataclass
class Profile:
    ref: tuple[str, int]
    entity: LocalEntity
    weak: bool
    person: list[str] = field(default_factory=list)  # folded parts of the real name (PERSON only)
    keys: set[str] = field(default_factory=set)  # identity keys: equal key means same entity
    aliases: set[str] = field(default_factory=set)  # keys of nicknames, acronyms, other-language names
    gender: str | None = None  # from an honorific written with the name ("Mr.", "Ms.", "la señora")

    @property
    def label(self) -> str:
        return self.entity.label


def compatible(a: Profile, b: Profile) -> bool:
    if a.gender and b.gender and a.gender != b.gender:
        return False  # "Mr. Ochoa" and "Ms. Ochoa" are two people
    if a.label == b.label or frozenset({a.label, b.label}) in COMPATIBLE_LABELS:
        return True
    return a.weak or b.weak or _same_name_typed_twice(a, b)


def _same_name_typed_twice(a: Profile, b: Profile) -> bool:
    """One written name of two words or more, a person in one article and a body or place in another.

    ORG against GPE stays apart on purpose ("Sinaloa" the state and the cartel), and so do a
    one-word name ("Jordan") and a body known for more than its label (an outlet, a court); a whole
    name written the same way is otherwise one entity the model typed twice.
    """
    if {a.label, b.label} - MISTAKEN_FOR_PERSON != {"PERSON"}:
        return False
    other = a if b.label == "PERSON" else b
    if other.entity.kind is not None:
        return False
    name = fold(a.entity.name)
    # a country is never a person, whatever one article's model said ("North Korea")
    return len(name.split()) >= 2 and name == fold(b.entity.name) and country_code(a.entity.name) is None


def _primary_person(entity: LocalEntity) -> list[str]:
    best: list[str] = []
    for form in [entity.name, *entity.names]:
        bare, _ = split_nickname(form)
        if not bare or is_nickname_form(bare):
            continue
        parts = person_tokens(bare)
        if len(parts) > len(best):
            best = parts
    return best


def _is_part_of(parts: list[str], whole: list[str]) -> bool:
    return bool(parts) and set(parts) <= set(whole)


def build_profile(article_id: str, entity: LocalEntity) -> Profile:
    profile = Profile(ref=(article_id, entity.key), entity=entity, weak=is_weak(entity))
    if entity.kind == UNNAMED_KIND:
        # "Prosecutors" in one article and "prosecutors" in another are rarely the same people:
        # an unnamed source stays inside its article.
        profile.keys.add(f"U:{article_id}:{fold(entity.name)}")
        return profile
    forms = [entity.name, *entity.names]
    for acronym in entity.acronyms:
        profile.aliases.add(fold(acronym))
    if entity.label == "PERSON":
        profile.gender = honorific_gender(forms)
        profile.person = _primary_person(entity)
        if profile.person:
            profile.keys.add("P:" + " ".join(profile.person))
        for form in forms:
            bare, nicknames = split_nickname(form)
            profile.aliases.update(fold(n) for n in nicknames)
            parts = person_tokens(bare)
            if parts and not _is_part_of(parts, profile.person):
                profile.aliases.add(fold(bare))
    else:
        primary = org_key(entity.name)
        profile.keys.add("O:" + primary)
        for form in forms:
            if org_key(form) != primary and any(ch.isupper() for ch in form):
                profile.aliases.add(org_key(form))
        if entity.label in ("GPE", "LOC"):
            codes = {c for c in (country_code(f) for f in forms) if c}
            profile.keys.update("C:" + c for c in codes)
        if entity.label in ("ORG", "FACILITY") and len(fold(entity.name).split()) >= 3:
            profile.aliases.add(fold(initials(entity.name)))
    profile.keys.add("N:" + fold(entity.name))
    profile.aliases.discard("")
    profile.aliases -= primary_keys(profile)
    return profile


def primary_keys(profile: Profile) -> set[str]:
    """Bare keys other entities' aliases are looked up against."""
    out = {k.split(":", 1)[1] for k in profile.keys if k[0] in "NO"}
    if profile.person:
        out.add(" ".join(profile.person))
    return out
