"""First-name lexicon (from gender_guesser's nam_dict.txt) and the entity cue tables.

Both are loaded lazily and cached: nothing is read at import time.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from typing import Any

# Column of each country's frequency digit in nam_dict.txt (see the file's header).
_COUNTRY_COLUMNS = {"gb": 30, "ie": 31, "us": 32, "it": 33, "pt": 35, "es": 36, "fr": 37}
_NAME_FIELD = slice(3, 29)
_GENDER_CODES = {"M", "F", "?", "1M", "1F", "?M", "?F"}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase without accents, for accent-insensitive comparison (cached: token texts repeat)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _nam_dict_lines() -> list[str]:
    path = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    return path.read_text(encoding="utf-8").splitlines()


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Folded first names that are used in an English- or Romance-language country, and their listed short forms."""
    names: set[str] = set()
    stop = stop_words()
    for line in _nam_dict_lines():
        if not line or line.startswith("#"):
            continue
        if line[:2].strip() not in _GENDER_CODES:
            continue
        name = line[_NAME_FIELD].strip()
        if not name or "+" in name or " " in name:
            continue
        if not any(len(line) > col and line[col].strip() for col in _COUNTRY_COLUMNS.values()):
            continue
        folded = fold(name)
        if folded not in stop:
            names.add(folded)
    for full, shorts in cues()["given_name_short_forms"].items():  # "Chuy", "Lalo": not in nam_dict
        names.update(fold(w) for w in [full, *shorts] if fold(w) not in stop)
    return frozenset(names)


def is_first_name(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and fold(word) in first_names()


@lru_cache(maxsize=1)
def gender_detector() -> Any:
    """gender_guesser's detector, loaded once (its name list is large) for every lookup in casegraph."""
    import gender_guesser.detector as gender_detector

    return gender_detector.Detector(case_sensitive=False)


# Honorifics that say whether a surname alone ("Mr. Obama", "la señora Vega") names a man or a woman.
HONORIFIC_GENDER = {"mr": "m", "sr": "m", "senor": "m", "don": "m",
                    "mrs": "f", "ms": "f", "miss": "f", "sra": "f", "senora": "f", "dona": "f"}


def honorific_gender_of(word: str) -> str | None:
    """'m' or 'f' for an honorific word ("Mr.", "Sra.", "señora"), else None."""
    return HONORIFIC_GENDER.get(fold(word).rstrip("."))


def without_honorific(name: str) -> str:
    """The name without a leading honorific ("Mr. Tovar" -> "Tovar"); other names unchanged."""
    first, _, rest = name.partition(" ")
    return rest if rest and honorific_gender_of(first) else name


@lru_cache(maxsize=65536)
def first_name_gender(word: str) -> str | None:
    """'m' or 'f' for a given name that gender_guesser's lists give one gender ("Cruz", mostly female
    but a man's name too, gives None)."""
    found = gender_detector().get_gender(word.strip(".,"))
    return "m" if found == "male" else "f" if found == "female" else None


@lru_cache(maxsize=1)
def _short_given_forms() -> dict[str, frozenset[str]]:
    """Folded full given name -> its folded short forms ("william" -> "bill", "will", ...)."""
    table: dict[str, list[str]] = cues()["given_name_short_forms"]
    return {fold(full): frozenset(fold(s) for s in shorts) for full, shorts in table.items()}


@lru_cache(maxsize=1)
def _full_given_forms() -> dict[str, frozenset[str]]:
    """Folded short form -> the folded full names it stands for ("sam" -> "samuel", "samantha")."""
    fulls: dict[str, set[str]] = {}
    for full, shorts in _short_given_forms().items():
        for short in shorts:
            fulls.setdefault(short, set()).add(full)
    return {short: frozenset(names) for short, names in fulls.items()}


def given_name_forms(word: str) -> frozenset[str]:
    """A given name and the full names it is a short form of, folded: "Bill" -> {"bill", "william"}."""
    key = fold(word.strip("."))
    return _full_given_forms().get(key, frozenset()) | {key}


def is_short_given_name(word: str) -> bool:
    """Whether a given name is a listed short form ("Bill", "Pepe") and not itself a listed full name."""
    key = fold(word.strip("."))
    return key in _full_given_forms() and key not in _short_given_forms()


def hypocorism_of(a: str, b: str) -> bool:
    """Whether one given name is a listed short form of the other ("Bill" and "William", "Pepe" and
    "José"); two short forms of one name ("Bill", "Will") are not matched, nor equal names."""
    fa, fb = fold(a.strip(".")), fold(b.strip("."))
    shorts = _short_given_forms()
    return fb in shorts.get(fa, ()) or fa in shorts.get(fb, ())


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The cue tables in casegraph/data/entity_cues.json."""
    path = resources.files("casegraph") / "data" / "entity_cues.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.es.stop_words import STOP_WORDS as ES

    return frozenset(fold(w) for w in EN | ES)


def cue_set(name: str) -> frozenset[str]:
    return _cue_set(name)


@cache
def _cue_set(name: str) -> frozenset[str]:
    return frozenset(fold(w) for w in cues()[name])


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Folded token text with typographic apostrophes made plain."""
    return fold(text).replace("\u2019", "'")


@cache
def phrases_by_first(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of a cue list grouped by their first word, longest first within each group."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrase_table(name):
        grouped.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in grouped.items()}


@cache
def phrases_by_last(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrase_table(name):
        grouped.setdefault(phrase[-1], []).append(phrase)
    return {last: tuple(group) for last, group in grouped.items()}


@cache
def phrase_table(name: str) -> tuple[tuple[str, ...], ...]:
    """A cue list as normalized token tuples (tokenized like the text), longest first."""
    tokenize = _tokenizer()
    phrases = {tuple(norm(t.text) for t in tokenize(p)) for p in cues()[name]}
    # alone, "gov." is cut into "gov" "."; in text, "Gov. Ana Ruiz" keeps "Gov." one token
    phrases |= {tuple(norm(w) for w in p.split()) for p in cues()[name]}
    return tuple(sorted(phrases, key=len, reverse=True))
