"""Organisation and place keys for corpus-level entity resolution: Spanish and English forms of one
organisation line up ("Cártel del Golfo" = "Gulf Cartel"), places named in Spanish meet their
English names, and countries are keyed by rigour's territory codes (a capital is not its country).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rigour.names import replace_org_types_compare
from rigour.territories import lookup_territory

from .names import LEADING_ARTICLES, fold

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
def org_key(name: str) -> str:
    """Folded organisation key: no leading article, normalised legal form, Spanish heads in English order."""
    key = fold(replace_org_types_compare(name))
    words = key.split()
    while len(words) > 1 and words[0] in LEADING_ARTICLES:
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
    while len(words) > 1 and words[0] in LEADING_ARTICLES:
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
