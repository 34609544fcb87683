"""Grammatical gender of person entities, so "her lawyer" is not read as a man's lawyer.

Evidence, strongest first: gendered role words the text attaches to the person ("his wife X",
"la jueza X", "Mrs."), then the first given name (a short table; gender-guesser's name lists when the
first word is a given name the first-name lexicon knows; for names of three words or more, Spanish
given names ending in -a/-o). Unknown stays unknown, and an unknown entity is compatible with any pronoun.
"""

from __future__ import annotations

from collections.abc import Iterable

from .lexicon import first_name_gender, is_first_name
from .relation_triggers import words

FEMALE_ROLES = words(
    "wife mother daughter sister widow girlfriend grandmother aunt niece businesswoman congresswoman "
    "spokeswoman chairwoman councilwoman actress queen mrs ms miss madam señora doña esposa madre hija "
    "hermana viuda novia abuela tía sobrina jueza abogada gobernadora presidenta alcaldesa senadora "
    "diputada secretaria ministra")
MALE_ROLES = words(
    "husband father son brother widower boyfriend grandfather uncle nephew businessman congressman "
    "spokesman chairman councilman actor king mr señor don esposo padre hijo hermano viudo novio abuelo "
    "tío sobrino")
FEMALE_NAMES = words(
    "karen mariel carmen isabel raquel beatriz mercedes dolores elizabeth michelle ruth ingrid miriam rocío "
    "luz pilar consuelo irene alice jennifer susan ellen kathleen hillary nancy sarah mary margaret betty "
    "helen ashley kimberly emily carol rachel janet catherine maribel marisol itzel esther abigail ivonne "
    "yvonne lourdes inés soledad maría maria ana sara adriana laura rosa patricia claudia gabriela "
    "alejandra verónica veronica emma olga sandra lucía lucia elena rosalinda julia teresa diana")
MALE_NAMES = words(
    "rafael miguel josé jose joaquín joaquin ismael juan andrés andres felipe rubén ruben césar cesar héctor "
    "hector javier daniel luis carlos jorge manuel nemesio óscar oscar raúl raul edgar tomás tomas enrique "
    "genaro emilio ángel angel joel john james michael david robert william richard joseph thomas charles "
    "george donald joe kevin brian mark paul steven peter ovidio iván ivan adán adan omar víctor victor "
    "salvador gabriel isaac samuel abel noel")
MALE_A_NAMES = words("joshua luca nikita andrea garcia borja")
PRONOUN_GENDER: dict[str, str] = {
    **{w: "m" for w in ("he", "him", "his", "himself", "lo")},
    **{w: "f" for w in ("she", "her", "hers", "herself", "la")},
}


def gender_of(name: str, role_words: Iterable[str]) -> str | None:
    """'f', 'm' or None for a person's fullest name and the role words written with it."""
    roles = {w.lower().strip(".") for w in role_words}
    female, male = bool(roles & FEMALE_ROLES), bool(roles & MALE_ROLES)
    if female != male:
        return "f" if female else "m"
    parts = name.lower().split()
    if len(parts) < 2:
        return None  # a lone surname says nothing
    first = parts[0]
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    listed = first_name_gender(first)  # "Loretta Lynch": gender-guesser's name lists
    if listed is not None and is_first_name(first.capitalize()):
        return listed
    if len(parts) < 3:
        return None  # "Rocha Moya", "Caro Quintero": two words may both be surnames
    if first.endswith("a") and first not in MALE_A_NAMES:
        return "f"
    return "m" if first.endswith("o") or first in MALE_A_NAMES else None


def compatible(entity_gender: str | None, pronoun: str) -> bool:
    wanted = PRONOUN_GENDER.get(pronoun.lower())
    return wanted is None or entity_gender is None or entity_gender == wanted
