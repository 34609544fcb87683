"""Personal-name structure: given names vs. surnames, fuzzy word matching, acronyms from initials.

Works on plain word lists so it can be tested without spaCy. Spanish naming is the default
assumption for long names: "Miguel Ángel Félix Gallardo" is two given names plus two surnames,
"Rubén Rocha Moya" is one given name plus two surnames.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from .lexicon import cue_set, fold, hypocorism_of, is_first_name

QUOTES = frozenset({'"', "“", "”", "«", "»", "'", "‘", "’", "``", "''"})
# Words skipped when building initials ("Fiscalía General de la República" -> FGR).
_INITIAL_SKIP = frozenset({"of", "the", "and", "for", "y", "e", "el", "a", "an", "at", "on"})
# Words at least this long tolerate one edit ("Lopes" ~ "López").
_FUZZY_MIN_LEN = 5


@dataclass(frozen=True)
class NameParts:
    given: tuple[str, ...]
    surname: tuple[str, ...]

    @property
    def is_full(self) -> bool:
        return bool(self.given) and bool(self.surname)


def connectors() -> frozenset[str]:
    return cue_set("name_connectors")


def split_name(words: list[str]) -> NameParts:
    """Leading known first names (with inner connectors, "María de los Ángeles") are given names.

    The surname keeps at least one word, and two words when the name has four or more, which
    is how Spanish names with a paternal and maternal surname are built.
    """
    words = [w for w in words if w not in QUOTES and any(c.isalnum() for c in w)]
    n = len(words)
    given = 0
    i = 0
    while i < n:
        if is_first_name(words[i]):
            i += 1
            given = i
            continue
        # Connector run inside given names only if a first name follows it.
        j = i
        while j < n and fold(words[j]) in connectors():
            j += 1
        if j > i and j < n and is_first_name(words[j]) and j < n - 1:
            i = j
            continue
        break
    # middle initials after the given names ("Frederick C. LaRue") are no part of the surname
    while given and given < n - 1 and _is_initial(words[given]):
        given += 1
    cap = n - 2 if n >= 4 and not any(_is_initial(w) for w in words[:given]) else n - 1
    given = max(0, min(given, cap))
    # A connector cannot start a surname-less split ("Castro" keeps its "De").
    return NameParts(tuple(words[:given]), tuple(words[given:]))


def _is_initial(word: str) -> bool:
    """"C." or "C": one capital letter, with or without its point."""
    letters = word.rstrip(".")
    return len(letters) == 1 and letters.isupper()


def words_match(a: str, b: str) -> bool:
    """Accent- and case-insensitive; long words tolerate a single edit."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if min(len(fa), len(fb)) >= _FUZZY_MIN_LEN:
        return Levenshtein.distance(fa, fb, score_cutoff=1) <= 1
    return False


def seq_match(a: tuple[str, ...] | list[str], b: tuple[str, ...] | list[str]) -> bool:
    return len(a) == len(b) and all(words_match(x, y) for x, y in zip(a, b))


def surname_forms(surname: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Short forms a surname is cited by: the whole, the first (paternal) surname, the last word."""
    core = tuple(w for w in surname if fold(w) not in connectors()) or surname
    forms = [surname, core[:1], core[-1:]]
    if core != surname:
        forms.append(core)
    out: list[tuple[str, ...]] = []
    for form in forms:
        if form and form not in out:
            out.append(form)
    return out


def short_form_matches(short: list[str], parts: NameParts) -> bool:
    """True when `short` (a surname-only mention) is a way of citing the full name `parts`."""
    if not parts.is_full:
        return False
    return any(seq_match(short, form) for form in surname_forms(parts.surname))


def full_names_match(a: NameParts, b: NameParts, short_given: bool = False) -> bool:
    """Same person: surnames agree (one may be the other's paternal part) and the first given names
    agree; with `short_given`, one of them may be the other's short form ("Mo Cheeks", "Maurice Cheeks")."""
    if not (a.is_full and b.is_full):
        return False
    ga, gb = a.given[0], b.given[0]
    if not (words_match(ga, gb) or (short_given and hypocorism_of(ga, gb))):
        return False
    sa, sb = a.surname, b.surname
    shorter, longer = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    return seq_match(shorter, longer[: len(shorter)])


def initials(words: list[str]) -> str:
    """Upper-case initials of the capitalized content words; "" when fewer than two."""
    letters = [
        w[0].upper()
        for w in words
        if w[:1].isalpha() and fold(w) not in _INITIAL_SKIP and fold(w) not in connectors()
        and w[:1].isupper()
    ]
    return "".join(letters) if len(letters) >= 2 else ""


def looks_like_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isalpha() and letters.isupper()


def accent_count(text: str) -> int:
    return sum(1 for c in text if ord(c) > 127 and c.isalpha())
