"""Name folding and comparison for corpus-level entity resolution.

Everything here is a pure function of strings: keys for blocking and equality, person-name token
comparison with typo tolerance, organisation keys that line up Spanish and English forms, and
country keys from rigour's territory data.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from rigour.names import remove_person_prefixes, replace_org_types_compare, tokenize_name
from rigour.territories import lookup_territory
from rigour.text import ascii_text

from ..nlp.lexicon import gender_detector, hypocorism_of

# Quoted nickname inside a full name: Pedro "El Gallo" Ruiz.
_QUOTED = re.compile(r"[\"“”«»„‘’']([^\"“”«»„‘’']{2,40})[\"“”«»„‘’']")
# Leading articles that are not part of an organisation's or place's identity.
_LEADING_ARTICLES = frozenset({"the", "el", "la", "los", "las"})
# Spanish <-> English organisation heads, as (folded Spanish pattern, English template).
ORG_HEAD_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^cartel (?:de |del )?(?:los |las |la |el )?(.+)$"), r"\1 cartel"),
    (re.compile(r"^carteles (?:de |del )?(?:los |las |la |el )?(.+)$"), r"\1 cartels"),
    (re.compile(r"^banda (?:de |del )?(?:los |las |la |el )?(.+)$"), r"\1 gang"),
    (re.compile(r"^clan (?:de |del )?(?:los |las |la |el )?(.+)$"), r"\1 clan"),
    (re.compile(r"^(.+) drug cartel$"), r"\1 cartel"),
)
# Words of Spanish organisation names that English reports translate, applied to the name part of
# a Spanish head pattern: "Cártel del Golfo" -> "golfo cartel" -> "gulf cartel" = "Gulf Cartel".
ORG_NAME_WORDS = {
    "golfo": "gulf", "nueva": "new", "generacion": "generation", "noreste": "northeast", "pacifico": "pacific",
    "caballeros": "knights", "templarios": "templar", "unidos": "united", "guerreros": "warriors",
}
# Organisations whose Spanish name is their identity; their acronym and English renderings are keyed to it.
ORG_EQUIVALENTS = {
    "fiscalia general de la republica": (
        "fgr",
        "mexicos attorney generals office", "mexican attorney generals office", "attorney generals office of mexico",
        "office of the attorney general of mexico", "mexican federal attorney generals office",
        "attorney general of the republic", "office of the attorney general of the republic",
    ),
    "secretaria de la defensa nacional": ("sedena", "mexican defense ministry", "mexicos defense ministry"),
    "secretaria de marina": ("semar", "mexican navy", "mexicos navy", "mexican navy ministry"),
}
_EQUIVALENT_KEYS = {english: spanish for spanish, forms in ORG_EQUIVALENTS.items() for english in forms}
# Places Spanish reports name in Spanish (folded, leading article dropped) -> the English key.
PLACE_NAMES = {
    "nueva york": "new york", "ciudad de mexico": "mexico city", "cdmx": "mexico city", "nueva jersey": "new jersey",
    "nuevo mexico": "new mexico", "nueva orleans": "new orleans", "carolina del norte": "north carolina",
    "carolina del sur": "south carolina", "habana": "havana", "filadelfia": "philadelphia", "londres": "london",
    "ginebra": "geneva", "washington dc": "washington", "washington d c": "washington",
}
# Country spellings rigour's territory table does not know.
EXTRA_COUNTRY_NAMES = {"ee uu": "us", "eeuu": "us", "eua": "us", "u s a": "us"}
# Words written short in names: "Mt. Cook" and "Mount Cook", "Ft. Worth" and "Fort Worth" are one name.
_ABBREVIATED_WORDS = {"mt": "mount", "ft": "fort"}
# Tokens that make a place name a city or district rather than the country it contains.
_SUBNATIONAL_HEADS = frozenset({"city", "ciudad", "county", "condado", "district", "distrito", "state", "estado"})


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
    if fold(words[0]) in _LEADING_ARTICLES:
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
    """Full names with the same number of parts that agree part by part."""
    if len(a) != len(b) or not a:
        return False
    if len(a) == 1:
        return a == b
    return given_match(a[0], b[0]) and all(token_match(x, y) for x, y in zip(a[1:], b[1:]))


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


@lru_cache(maxsize=65536)
def org_key(name: str) -> str:
    """Folded organisation key: no leading article, normalised legal form, Spanish heads in English order."""
    key = fold(replace_org_types_compare(name))
    words = key.split()
    while len(words) > 1 and words[0] in _LEADING_ARTICLES:
        words = words[1:]
    key = " ".join(_ABBREVIATED_WORDS.get(w, w) for w in words)
    key = PLACE_NAMES.get(key, _EQUIVALENT_KEYS.get(key, key))
    for pattern, template in ORG_HEAD_PATTERNS:
        if pattern.match(key):
            return " ".join(ORG_NAME_WORDS.get(w, w) for w in pattern.sub(template, key).split())
    return key


@lru_cache(maxsize=16384)
def country_code(name: str) -> str | None:
    """ISO code of the territory a place name denotes, if rigour knows it (not for cities in it)."""
    words = fold(name).split()
    while len(words) > 1 and words[0] in _LEADING_ARTICLES:
        words = words[1:]
    key = " ".join(words)
    if not key or (len(words) > 1 and any(w in _SUBNATIONAL_HEADS for w in words)):
        return None
    if key in EXTRA_COUNTRY_NAMES:
        return EXTRA_COUNTRY_NAMES[key]
    stripped = name.strip()
    if stripped.lower().startswith("the "):
        stripped = stripped[4:]
    territory = lookup_territory(stripped)
    if territory is None:
        return None
    # rigour also finds a country by its capital ("Lima", "La Paz", "Bogota"): a city is not its country,
    # unless it carries the country's own name ("Singapore", "Panama")
    own = {fold(territory.name), fold(territory.full_name or "")}
    if fold(stripped) in {fold(p) for p in territory.places or ()} - own:
        return None
    return str(territory.code)


def country_name(code: str) -> str | None:
    """Display name of a country code, None for sub-national territories."""
    territory = lookup_territory(code)
    if territory is None or not territory.is_country:
        return None
    return str(territory.name)


def initials(name: str) -> str:
    """Initials of the significant words: Oficina Federal de Control -> OFC."""
    skip = {"de", "del", "la", "las", "los", "el", "y", "of", "the", "and", "for", "e"}
    return "".join(w[0] for w in tokens(name) if w not in skip).upper()
