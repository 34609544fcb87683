"""Declarative trigger tables for relation extraction: words -> relation types and modality cues.

Every relation type named here must exist in casegraph.vocabulary.RELATION_TYPES (checked in tests).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text import words


@dataclass(frozen=True)
class NounTrigger:
    type: str
    role: str | None = None  # role text recorded on the relation (None: the trigger's own words)
    keep_role: bool = True  # record role text at all


# A person-denoting noun (or an abstract relation noun) and the relation it expresses between
# the person holding it (subject) and the entity it is "of"/"to" (object).
NOUN_TRIGGERS: dict[str, NounTrigger] = {
    # founding and leadership
    "founder": NounTrigger("founder_of"), "co-founder": NounTrigger("founder_of"),
    "cofounder": NounTrigger("founder_of"), "fundador": NounTrigger("founder_of"),
    "fundadora": NounTrigger("founder_of"), "cofundador": NounTrigger("founder_of"), "jefa": NounTrigger("leader_of"),
    "leader": NounTrigger("leader_of"), "leadership": NounTrigger("leader_of", keep_role=False),
    "head": NounTrigger("leader_of"), "boss": NounTrigger("leader_of"), "kingpin": NounTrigger("leader_of"),
    "capo": NounTrigger("leader_of"), "líder": NounTrigger("leader_of"), "jefe": NounTrigger("leader_of"),
    # membership
    "member": NounTrigger("member_of"), "lieutenant": NounTrigger("member_of"),
    "operative": NounTrigger("member_of"), "hitman": NounTrigger("member_of"), "miembro": NounTrigger("member_of"),
    # employment (organization or person as employer)
    "agent": NounTrigger("works_for"), "employee": NounTrigger("works_for"), "spokesman": NounTrigger("works_for"),
    "spokeswoman": NounTrigger("works_for"), "spokesperson": NounTrigger("works_for"),
    "officer": NounTrigger("works_for"), "adviser": NounTrigger("works_for"), "advisor": NounTrigger("works_for"),
    "prosecutor": NounTrigger("works_for"), "agente": NounTrigger("works_for"),
    # representation
    "lawyer": NounTrigger("lawyer_of"), "attorney": NounTrigger("lawyer_of"), "counsel": NounTrigger("lawyer_of"),
    "abogado": NounTrigger("lawyer_of"), "abogada": NounTrigger("lawyer_of"), "defender": NounTrigger("lawyer_of"),
    "defensor": NounTrigger("lawyer_of"), "defensora": NounTrigger("lawyer_of"),
    # association
    "ally": NounTrigger("associate_of"), "associate": NounTrigger("associate_of"),
    "partner": NounTrigger("associate_of"), "friend": NounTrigger("associate_of"),
    "confidant": NounTrigger("associate_of"), "aliado": NounTrigger("associate_of"),
    "aliada": NounTrigger("associate_of"),
    # family
    "brother": NounTrigger("family_of"), "sister": NounTrigger("family_of"), "son": NounTrigger("family_of"),
    "daughter": NounTrigger("family_of"), "father": NounTrigger("family_of"), "mother": NounTrigger("family_of"),
    "wife": NounTrigger("family_of"), "husband": NounTrigger("family_of"), "nephew": NounTrigger("family_of"),
    "cousin": NounTrigger("family_of"), "hijo": NounTrigger("family_of"), "hermano": NounTrigger("family_of"),
    "hija": NounTrigger("family_of"), "hermana": NounTrigger("family_of"), "esposa": NounTrigger("family_of"),
    "esposo": NounTrigger("family_of"),
    # unspecified links
    "tie": NounTrigger("linked_to", keep_role=False), "link": NounTrigger("linked_to", keep_role=False),
    "connection": NounTrigger("linked_to", keep_role=False), "relationship": NounTrigger("linked_to", keep_role=False),
    "protection": NounTrigger("linked_to", keep_role=False), "contact": NounTrigger("linked_to", keep_role=False),
    "bribe": NounTrigger("linked_to", keep_role=False), "soborno": NounTrigger("linked_to", keep_role=False),
    "collusion": NounTrigger("linked_to", keep_role=False), "vínculo": NounTrigger("linked_to", keep_role=False),
}

# Public offices: a person holding one holds a position in the GPE/ORG it is "of".
OFFICE_TITLES = words("president secretary minister governor mayor senator congressman congresswoman deputy "
    "ambassador chief director commissioner prosecutor general presidente secretario "
    "gobernador alcalde senador ministro presidenta secretaria gobernadora alcaldesa senadora ministra "
    "diputado diputada procurador procuradora")
HEAD_OF_STATE = words("president presidente prime premier")
# An office in one of these organizations is read as membership or leadership, not as a public post.
CRIMINAL_KINDS = frozenset({"criminal_organization"})
# Modifiers that leave a title bare: a "former top chief" of a cartel still led it.
RANK_WORDS = words("former top then current alleged suspected reputed ex")
OFFICE_TYPE = "holds_position"


def past_office(word: str) -> str | None:
    """The office a Spanish "ex" title names: "exgobernador" -> "gobernador" (None for other words)."""
    low = word.lower()
    return low[2:] if low.startswith("ex") and low[2:] in OFFICE_TITLES else None


# Abstract link nouns may be climbed through: "connection to the leadership of X" is about leadership.
CLIMB_NOUNS = words("connection connections tie ties link links relationship")
# Quantity heads in "one of the leaders", "two of the founders".
PARTITIVE_HEADS = words("one two three four five some several many each all both")

# Verbs whose subject and direct object stand in a relation.
VERB_TRIGGERS: dict[str, str] = {
    "lead": "leader_of", "head": "leader_of", "run": "leader_of", "command": "leader_of", "dirigir": "leader_of",
    "found": "founder_of", "co-found": "founder_of", "cofound": "founder_of", "fundar": "founder_of",
    "represent": "lawyer_of", "defend": "lawyer_of",
    "kill": "killed", "murder": "killed", "assassinate": "killed", "execute": "killed", "asesinar": "killed",
    "protect": "linked_to", "shield": "linked_to", "finance": "linked_to", "bribe": "linked_to",
    "join": "member_of",
}
# Nouns naming a killing, and nouns naming whoever caused one ("mastermind behind the murder of X").
KILLING_NOUNS = words("murder killing assassination slaying homicide asesinato")
KILLER_NOUNS = words("mastermind masterminds killer murderer assassin author autor")
# A title someone may only get: "a potential Treasury secretary", "the would-be leader".
PROSPECTIVE_WORDS = words("potential possible prospective future likely would-be probable eventual posible futuro")
# Killer nouns that name a killing only with a killing noun: "the author of the murder of X".
INSTIGATOR_NOUNS = words("mastermind masterminds author autor")
# A killing that did not happen: "the attempted murder of X".
ATTEMPT_WORDS = words("attempted failed foiled thwarted planned frustrado tentativa")

# Custody: "X is awaiting trial at FACILITY", "FACILITY holds X".
CUSTODY_VERBS = words("await hold detain jail imprison house keep remain serve confine incarcerate")
CUSTODY_PREPS = words("at in inside")
CUSTODY_OBJECT_TYPES = frozenset({"FACILITY"})

# Cues that put a relation under someone else's word.
ALLEGE_VERBS = words("accuse allege claim say tell state assert charge suspect believe single identify name describe "
    "arrest indict prosecute investigate implicate "
    "consider report blame denounce point insist argue write maintain acusar afirmar señalar decir")
DENY_VERBS = words("deny reject refute dismiss negar rechazar")
HEDGE_WORDS = words("alleged allegedly reportedly supposedly presumably purported purportedly suspected presunto")
ALLEGE_NOUNS = words("accusation allegation claim charge suspicion acusación")
DOCUMENT_NOUNS = words("letter statement report post message complaint filing document interview carta")
NEGATIONS = words("not n't never no nunca")
CONTRAST_CC = words("but yet however pero")

# Demonyms mapped to the country names a GPE mention may carry.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "mexican": ("mexico", "méxico"), "american": ("united states", "u.s.", "us", "usa"),
    "colombian": ("colombia",), "venezuelan": ("venezuela",), "guatemalan": ("guatemala",),
    "honduran": ("honduras",), "salvadoran": ("el salvador",), "peruvian": ("peru", "perú"),
    "ecuadorian": ("ecuador",), "brazilian": ("brazil", "brasil"), "argentine": ("argentina",),
    "spanish": ("spain", "españa"), "italian": ("italy",), "chinese": ("china",), "canadian": ("canada",),
    "mexicano": ("mexico", "méxico"), "colombiano": ("colombia",),
}
