"""Describe one corpus entity from its member local entities: type, kind, name, aliases, roles.

A pure function of the members (plus optional mention counts), so it can be re-run after human
merge and split decisions are replayed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..models import LocalEntity
from ..nlp.lexicon import is_short_given_name, without_honorific
from .names import (
    fold,
    has_accents,
    initials,
    is_given_name,
    is_nickname_form,
    split_nickname,
    token_match,
)
from .org_keys import country_code, country_name

Description = tuple[str, "str | None", str, list[str], list[str]]


def is_weak(entity: LocalEntity) -> bool:
    """A bare model label: one word, no role, no kind, no other surface form."""
    return (
        len(entity.name.split()) == 1
        and not entity.roles
        and entity.kind is None
        and len({fold(n) for n in entity.names} | {fold(entity.name)}) <= 1
    )


def type_evidence(entity: LocalEntity) -> int:
    """How much a member's label is worth in the type vote."""
    score = 1
    if entity.roles:
        score += 2
    if entity.kind:
        score += 1
    bare, _ = split_nickname(entity.name)
    words = bare.split()
    if entity.label == "PERSON" and len(words) >= 2 and not is_nickname_form(bare):
        score += 2 if is_given_name(words[0]) else 1
    return score


def _surface_forms(entity: LocalEntity) -> list[str]:
    forms = [entity.name, *entity.names, *entity.acronyms]
    return [" ".join(f.split()) for f in forms if f and f.strip()]


def _vote_type(members: Sequence[LocalEntity], weights: Sequence[int]) -> str:
    votes: Counter[str] = Counter()
    for entity, weight in zip(members, weights):
        votes[entity.label] += weight * type_evidence(entity)
    return min(votes, key=lambda label: (-votes[label], label))


def _vote_kind(members: Sequence[LocalEntity], weights: Sequence[int], etype: str) -> str | None:
    """The kind most members of the voted type give: a city that one article took for an outlet
    ("Detroit" in "told Detroit") has no kind."""
    votes: Counter[str] = Counter()
    for entity, weight in zip(members, weights):
        if entity.kind and entity.label == etype:
            votes[entity.kind] += weight
    return min(votes, key=lambda kind: (-votes[kind], kind)) if votes else None


def _capitalised(form: str) -> int:
    return sum(1 for w in form.split() if w[:1].isupper())


def _pick_name(etype: str, forms: Counter[str], acronyms: set[str]) -> str:
    """The fullest, best-written form: most parts, then the majority spelling of each part."""
    if etype == "PERSON":
        candidates = Counter({split_nickname(f)[0]: c for f, c in forms.items()})
    else:
        candidates = Counter(forms)
    # 'El Gordo' is a nickname; 'Los Angeles' and 'La Jornada' are the names themselves
    real = Counter({f: c for f, c in candidates.items() if f and not (etype == "PERSON" and is_nickname_form(f))})
    pool = real or candidates
    if etype in ("GPE", "LOC"):
        codes = Counter(country_code(f) for f in pool.elements())
        codes.pop(None, None)
        if codes:
            code = min(codes, key=lambda c: (-codes[c], c or ""))
            display = country_name(code or "")
            if display:
                return display
    token_support: Counter[str] = Counter()
    form_support: Counter[str] = Counter()
    for form, count in pool.items():
        form_support[fold(form)] += count
        for token in set(fold(form).split()):
            token_support[token] += count

    def score(form: str) -> tuple[int, int, int, int, int, int, int, int, str]:
        folded = fold(form)
        parts = folded.split()
        spells_acronym = int(bool(acronyms) and initials(form) in acronyms and len(parts) > 1)
        support = sum(token_support[t] for t in parts) * 100 // max(len(parts), 1)
        # "Pedro Tovar" before "Mr. Tovar" before "Tovar": an honorific is no part of the name, but says who
        # a bare surname is; beside a given name it adds nothing ("Vincent Gigante" before "don Vincent Gigante")
        honorific = int(etype == "PERSON" and without_honorific(form) != form)
        name_parts = len(parts) - honorific
        return (
            -spells_acronym,
            -name_parts if etype == "PERSON" else -int(len(parts) > 1),
            -honorific if name_parts <= 1 else honorific,
            -support,
            -form_support[folded],
            int(etype == "PERSON" and bool(parts) and is_short_given_name(parts[0])),  # on a tie "William X" first
            -has_accents(form),
            -_capitalised(form),
            form,
        )

    best = min(pool, key=score)
    if etype in ("GPE", "LOC") and _shouted(best):  # a dateline's "PHILADELPHIA" is Philadelphia
        return best.title()
    return _respell(best, pool) if etype == "PERSON" else best


def _shouted(name: str) -> bool:
    """A place name written in capitals, not an acronym: "WASHINGTON", "NEW DELHI" (not "USA", "UAE")."""
    words = name.split()
    return name.isupper() and all(w.isalpha() for w in words) and max(len(w) for w in words) > 4


def _respell(name: str, pool: Counter[str]) -> str:
    """Write each part of a person's name in its majority, best-accented spelling among the forms."""
    variants: Counter[str] = Counter()
    for form, count in pool.items():
        for word in form.split():
            if len(fold(word).split()) == 1:
                variants[word] += count
    support: Counter[str] = Counter()
    for word, count in variants.items():
        support[fold(word)] += count
    out = []
    for word in name.split():
        key = fold(word)
        if len(key.split()) != 1:
            out.append(word)
            continue
        close = [v for v in variants if token_match(key, fold(v)) and v[:1].isupper() == word[:1].isupper()]
        out.append(min(close, key=lambda v: (-support[fold(v)], -has_accents(v), -variants[v], v)) if close else word)
    return " ".join(out)


def clean_role(role: str) -> str:
    return re.sub(r"\s+", " ", role.strip(" \t\n,;:.-\"'“”")).strip()


def _roles(members: Sequence[LocalEntity]) -> list[str]:
    groups: dict[str, Counter[str]] = {}
    for entity in members:
        for role in entity.roles:
            cleaned = clean_role(role)
            if cleaned:
                groups.setdefault(fold(cleaned), Counter())[cleaned] += 1
    picked = [min(c, key=lambda r: (-c[r], -has_accents(r), r)) for c in groups.values()]
    return sorted(picked)


def describe_entity(members: Sequence[LocalEntity], weights: Sequence[int] | None = None) -> Description:
    """(type, kind, name, aliases, roles) of the entity the members form; weights are mention counts."""
    if not members:
        raise ValueError("describe_entity needs at least one member")
    weights = list(weights) if weights is not None else [1] * len(members)
    etype = _vote_type(members, weights)
    kind = _vote_kind(members, weights, etype)
    forms: Counter[str] = Counter()
    acronyms: set[str] = set()
    for entity, weight in zip(members, weights):
        acronyms.update(a.upper() for a in entity.acronyms)
        for form in _surface_forms(entity):
            forms[form] += weight
    name = _pick_name(etype, forms, acronyms)
    aliases = sorted(f for f in forms if f != name)
    return etype, kind, name, aliases, _roles(members)
