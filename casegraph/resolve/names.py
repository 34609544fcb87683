"""Name folding and comparison for corpus-level entity resolution.

Everything here is a pure function of strings: keys for blocking and equality and person-name token
comparison with typo tolerance and short given names. Organisation and country keys are in
org_keys.py.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from rigour.names import remove_person_prefixes, tokenize_name
from rigour.text import ascii_text

from ..nlp.lexicon import gender_detector, hypocorism_of

# Quoted nickname inside a full name: Pedro "El Gallo" Ruiz.
_QUOTED = re.compile(r"[\"“”«»„‘’']([^\"“”«»„‘’']{2,40})[\"“”«»„‘’']")
# Leading articles that are not part of an organisation's or place's identity.
LEADING_ARTICLES = frozenset({"the", "el", "la", "los", "las"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase ASCII with punctuation turned into spaces (dots and apostrophes dropped)."""
    text = unicodedata.normalize("NFKC", text)
    text = ascii_text(text).lower()
    text = re.sub(r"[.'`]", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return text.strip()


def name_key(name: str) -> str:
    """Accent-, case- and punctuation-folded key of a name."""
    return fold(name)


def tokens(name: str) -> list[str]:
    return fold(name).split()


def has_accents(text: str) -> int:
    return sum(1 for ch in unicodedata.normalize("NFD", text) if unicodedata.combining(ch))


def split_nickname(name: str) -> tuple[str, list[str]]:
    """A person name without its quoted nicknames, and the nicknames."""
    nicknames = [m.group(1).strip() for m in _QUOTED.finditer(name)]
    bare = _QUOTED.sub(" ", name) if nicknames else name
    return " ".join(bare.split()), nicknames


def person_tokens(name: str) -> list[str]:
    """Folded tokens of a person's name, without titles and quoted nicknames."""
    bare, _ = split_nickname(name)
    stripped = remove_person_prefixes(bare) or bare
    return [fold(t) for t in tokenize_name(stripped) if fold(t)]


def is_nickname_form(name: str) -> bool:
    """Forms that are not a person's real name: "El Flaco", "the Engineer", an all-caps acronym."""
    words = name.split()
    if not words:
        return True
    if fold(words[0]) in LEADING_ARTICLES:
        return True
    return len(words) == 1 and name.isupper() and len(name) >= 2


@lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """Whether a word is a known first name (gender-guesser's name lists)."""
    return gender_detector().get_gender(word.strip(".,")) != "unknown"


def token_match(a: str, b: str, given: bool = False) -> bool:
    """Typo-tolerant token equality; given names are stricter (Mario and Maria are two people)."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return given and a[0] == b[0]
    shortest = min(len(a), len(b))
    if given:
        return shortest >= 6 and Levenshtein.distance(a, b) <= 1
    allowed = 2 if shortest >= 9 else 1 if shortest >= 5 else 0
    return allowed > 0 and Levenshtein.distance(a, b) <= allowed


def given_match(a: str, b: str) -> bool:
    """Given names of one person: equal, one typo apart when long, or a listed short form ("Bill", "William")."""
    return token_match(a, b, given=True) or hypocorism_of(a, b)


def same_person_name(a: list[str], b: list[str]) -> bool:
    """Full names with the same number of parts that agree part by part (typos tolerated)."""
    if len(a) != len(b) or not a:
        return False
    if len(a) == 1:
        return a == b
    return token_match(a[0], b[0], given=True) and all(token_match(x, y) for x, y in zip(a[1:], b[1:]))


def variant_person_name(a: list[str], b: list[str]) -> bool:
    """Full names that may be one person's: a short given name for the full one ("Bill", "William") or a
    middle initial for the middle name ("John F. Kirk", "John Fitzgerald Kirk"). Weaker than
    same_person_name, which callers try first: a variant that fits two people joins neither."""
    if len(a) != len(b) or len(a) < 2:
        return False
    middle = zip(a[1:-1], b[1:-1])
    return (given_match(a[0], b[0]) and token_match(a[-1], b[-1])
            and all(token_match(x, y) or _initial_of(x, y) or _initial_of(y, x) for x, y in middle))


def _initial_of(initial: str, name: str) -> bool:
    return len(initial) == 1 and len(name) > 1 and name[0] == initial


def partial_of(short: list[str], full: list[str]) -> bool:
    """Whether `short` names the same person as the longer `full` in a shortened form.

    Either the surname(s) alone (a suffix of the full name) or the given name with a subset of the
    other parts in order, ending on the last or second-to-last part (a dropped maternal surname).
    """
    if not short or len(short) >= len(full):
        return False
    tail = full[-len(short):]
    if all(token_match(x, y) for x, y in zip(short, tail)):
        return True
    if len(short) < 2 or not given_match(short[0], full[0]):
        return False
    if not (token_match(short[-1], full[-1]) or token_match(short[-1], full[-2])):
        return False
    pos = 1
    for part in short[1:]:
        while pos < len(full) and not token_match(part, full[pos]):
            pos += 1
        if pos == len(full):
            return False
        pos += 1
    return True


def initials(name: str) -> str:
    """Initials of the significant words: Oficina Federal de Control -> OFC."""
    skip = {"de", "del", "la", "las", "los", "el", "y", "of", "the", "and", "for", "e"}
    return "".join(w[0] for w in tokens(name) if w not in skip).upper()
