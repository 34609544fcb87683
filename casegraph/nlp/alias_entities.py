"""Turn grouped mentions into local entities: label, best name, every surface form, roles, kind."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from ..models import LocalEntity
from .alias_mentions import Mention
from .alias_names import QUOTES, accent_count, looks_like_acronym
from .lexicon import honorific_gender_of

# Kinds a name pattern gives from the name's own words (media and unnamed sources come from context).
_NAME_KINDS = frozenset(
    {"vessel", "company", "criminal_organization", "government_body", "court", "prison", "facility"})
# A name written in full outranks an alias of the same group when choosing the entity's label.
_LABEL_WEIGHT = {"name": 3, "alias": 1, "coreference": 1}


def surface(doc: Doc, m: Mention) -> str:
    return doc[m.start : m.end].text


def written_name(doc: Doc, m: Mention) -> str:
    """The mention's text without a quoted nickname inside it ("Ismael “El Mayo” Zambada" -> "Ismael Zambada")."""
    if m.nickname is None:
        return surface(doc, m)
    ns, ne = m.nickname
    words = [t.text for t in doc[m.start : m.end] if not (ns <= t.i < ne) and t.text not in QUOTES]
    return " ".join(words)


def _name_score(doc: Doc, m: Mention) -> tuple[int, int, int, int]:
    text = written_name(doc, m)
    words = text.split()
    is_acronym = len(words) == 1 and looks_like_acronym(words[0])
    well_cased = sum(1 for w in words if w[:1].isupper() and not w.isupper())
    # More words, then accents (the well-written Spanish form), then proper casing; acronyms last.
    return (0 if is_acronym else 1, len(words), accent_count(text), well_cased)


def _label(members: list[Mention]) -> str:
    """The label most members give; members whose own name says what they are (a ship's prefix, a
    company's legal form, a cartel's head word) outvote the rest: "INS Tabar" is a ship however often
    the model calls "Tabar" a place. A kind read from the context ("told Detroit": an outlet) does not."""
    votes: Counter[str] = Counter()
    for m in [m for m in members if m.kind in _NAME_KINDS] or members:
        votes[m.label] += _LABEL_WEIGHT.get(m.via, 1) + (1 if m.host is None else 0)
    return max(sorted(votes), key=lambda label: votes[label])


def _unique(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for value in values:
        if value and value not in seen:
            seen.add(value)
            out.append(value)
    return out


def _entity(doc: Doc, key: int, members: list[Mention]) -> LocalEntity:
    names = [m for m in members if m.via == "name"] or members
    best = max(names, key=lambda m: (_name_score(doc, m), -m.start))
    kinds = Counter(m.kind for m in members if m.kind)
    return LocalEntity(
        key=key,
        label=_label(members),  # type: ignore[arg-type]
        name=written_name(doc, best),
        # "Mr. Tovar" kept as a form: the resolver reads the honorific to tell namesakes apart
        names=_unique([surface(doc, m) for m in members] + [f"{m.honorific} {surface(doc, m)}" for m in members
                                                            if m.honorific]),
        # "Mr." is no role: it is kept with the name ("Mr. Tovar") for what it says of the person
        roles=_unique([m.role for m in members if m.role and not honorific_gender_of(m.role)]),
        kind=max(sorted(kinds), key=lambda k: kinds[k]) if kinds else None,
        acronyms=_unique([surface(doc, m) for m in members if looks_like_acronym(surface(doc, m))]),
    )


def build_entities(doc: Doc, pairs: list[tuple[Mention, int]]) -> tuple[dict[int, LocalEntity], dict[int, int]]:
    """Local entities keyed 0.. in order of first mention, and the key each group root maps to."""
    key_of_root: dict[int, int] = {}
    members: dict[int, list[Mention]] = {}
    for m, root in pairs:
        if root not in key_of_root:
            key_of_root[root] = len(key_of_root)
        members.setdefault(key_of_root[root], []).append(m)
    entities = {key: _entity(doc, key, group) for key, group in members.items()}
    return entities, key_of_root
