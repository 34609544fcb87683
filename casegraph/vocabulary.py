"""Schema as data: the relation, claim and event vocabularies and how they map onto FollowTheMoney.

Exporters and extractors read these tables; nothing else hard-codes the type names.
"""

from __future__ import annotations

from dataclasses import dataclass

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FACILITY")

# casegraph entity type -> FollowTheMoney schema
ENTITY_FTM = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "LegalEntity",
    "LOC": "Address",
    "FACILITY": "LegalEntity",
}
# finer FollowTheMoney schema for an entity of a known kind
KIND_FTM = {("ORG", "company"): "Company", ("ORG", "government_body"): "PublicBody", ("FACILITY", "vessel"): "Vessel"}


def entity_ftm_schema(entity_type: str, kind: str | None) -> str:
    return KIND_FTM.get((entity_type, kind or ""), ENTITY_FTM[entity_type])


@dataclass(frozen=True)
class RelationType:
    name: str
    label: str  # how a reader says it: "A <label> B"
    ftm_schema: str
    ftm_source: str  # FtM property holding the subject
    ftm_target: str  # FtM property holding the object
    symmetric: bool = False
    # the object is where a post is held: FtM gets a Position ("Governor of Sinaloa") as the target
    ftm_position: bool = False
    subject_types: tuple[str, ...] = ENTITY_TYPES
    object_types: tuple[str, ...] = ENTITY_TYPES


RELATION_TYPES: dict[str, RelationType] = {
    r.name: r
    for r in (
        RelationType("member_of", "member of", "Membership", "member", "organization", object_types=("ORG",)),
        RelationType("leader_of", "leader of", "Directorship", "director", "organization", object_types=("ORG",)),
        RelationType("founder_of", "founder of", "Directorship", "director", "organization", object_types=("ORG",)),
        RelationType(
            "holds_position",
            "holds a position in",
            "Occupancy",  # as OpenSanctions records office holders
            "holder",
            "post",
            ftm_position=True,
            subject_types=("PERSON",),
            object_types=("GPE", "ORG", "LOC"),
        ),
        RelationType("works_for", "works for", "Employment", "employee", "employer", subject_types=("PERSON",)),
        RelationType(
            "lawyer_of",
            "lawyer of",
            "Representation",
            "agent",
            "client",
            subject_types=("PERSON", "ORG"),
            object_types=("PERSON", "ORG"),
        ),
        RelationType(
            "family_of",
            "family of",
            "Family",
            "person",
            "relative",
            symmetric=True,
            subject_types=("PERSON",),
            object_types=("PERSON",),
        ),
        RelationType(
            "associate_of",
            "associate of",
            "Associate",
            "person",
            "associate",
            symmetric=True,
            subject_types=("PERSON",),
            object_types=("PERSON",),
        ),
        RelationType("linked_to", "linked to", "UnknownLink", "subject", "object", symmetric=True),
        RelationType(
            "detained_at",
            "detained at",
            "UnknownLink",
            "subject",
            "object",
            subject_types=("PERSON",),
            object_types=("FACILITY", "GPE", "LOC", "ORG"),
        ),
        RelationType("killed", "killed", "UnknownLink", "subject", "object", object_types=("PERSON",)),
    )
}

MODALITIES = ("stated", "alleged", "denied")
STANCES = ("assert", "allege", "deny")
EVENT_STATUSES = ("happened", "scheduled", "hypothetical")


@dataclass(frozen=True)
class EventType:
    name: str
    label: str
    participant_role: str  # the role of the main participant, e.g. "defendant"


EVENT_TYPES: dict[str, EventType] = {
    e.name: e
    for e in (
        EventType("arrest", "arrest", "arrested"),
        EventType("conviction", "conviction", "defendant"),
        EventType("sentencing", "sentencing", "defendant"),
        EventType("trial", "trial", "defendant"),
        EventType("release", "release", "released"),
        EventType("extradition", "extradition", "extradited"),
        EventType("transfer", "transfer", "transferred"),
        EventType("killing", "killing", "victim"),
        EventType("statement", "statement", "speaker"),
        EventType("indictment", "indictment", "defendant"),
        EventType("plea_offer", "plea offer", "defendant"),
        EventType("detention", "detention", "detained"),
        EventType("hearing", "hearing", "defendant"),
    )
}

# Event types that reports use for one happening ("detained a man ... was taken into custody", one outlet's
# detention being another's arrest): the type each stands for when tellings are compared.
SAME_EVENT = {"detention": "arrest"}

# FtM: every event is an Event entity with `involved` participants.
EVENT_FTM_SCHEMA = "Event"
CLAIM_FTM_SCHEMA = "UnknownLink"
