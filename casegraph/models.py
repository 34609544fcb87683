"""Plain records that flow between the steps: ingest -> annotate -> resolve -> store.

Offsets are character offsets into `Article.text` (0-based, end exclusive).
Entity references inside one article use local entity keys (`LocalEntity.key`);
the resolver maps them to corpus-wide entity ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["day", "month", "year", "unknown"]
EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "FACILITY"]
Via = Literal["name", "alias", "coreference"]


# The kind of the entity an unnamed source makes ("police", "a witness"): one per article, never merged.
UNNAMED_KIND = "unnamed_group"


@dataclass(frozen=True)
class DateValue:
    value: str | None  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: Precision
    text: str | None

    def to_json(self) -> dict[str, str | None]:
        return {"value": self.value, "precision": self.precision, "text": self.text}


@dataclass
class Article:
    id: str
    source: str
    text: str
    language: str = "en"
    published: DateValue | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Evidence:
    article_id: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int

    def sentence(self, text: str) -> str:
        return text[self.sentence_start : self.sentence_end]


@dataclass
class Mention:
    article_id: str
    start: int
    end: int
    text: str
    label: EntityType
    entity: int  # LocalEntity.key within the article
    via: Via = "name"
    sentence_start: int = 0
    sentence_end: int = 0

    @property
    def id(self) -> str:
        return f"{self.article_id}:{self.start}:{self.end}"


@dataclass
class LocalEntity:
    """One entity as one article knows it: the mentions a document-level pass grouped."""

    key: int
    label: EntityType
    name: str  # the fullest, best-written form in this article
    names: list[str] = field(default_factory=list)  # every surface form (name and alias mentions)
    roles: list[str] = field(default_factory=list)
    kind: str | None = None  # criminal_organization, media, government_body, unnamed_group, ...
    acronyms: list[str] = field(default_factory=list)


@dataclass
class Timex:
    article_id: str
    start: int
    end: int
    text: str
    kind: Literal["date", "time", "duration", "set"]
    value: str | None  # normalized: YYYY[-MM[-DD]] for dates, ISO 8601 (P58M) for durations
    precision: Precision
    sentence_start: int = 0
    sentence_end: int = 0


@dataclass
class Claim:
    article_id: str
    speaker: int | None  # LocalEntity.key; unnamed groups get a LocalEntity of kind unnamed_group
    stance: Literal["assert", "allege", "deny"]
    cue: str
    text: str
    direct: bool
    about: list[int]
    evidence: Evidence
    medium: str | None = None
    date: DateValue | None = None
    content_start: int = 0
    content_end: int = 0
    cue_start: int = 0
    cue_end: int = 0
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass
class Relation:
    article_id: str
    type: str
    subject: int
    object: int
    modality: Literal["stated", "alleged", "denied"]
    evidence: Evidence
    role: str | None = None
    attributed_to: int | None = None
    time: DateValue | None = None


@dataclass
class Participant:
    entity: int
    role: str | None = None


@dataclass
class Event:
    article_id: str
    type: str
    status: Literal["happened", "scheduled", "hypothetical"]
    evidence: Evidence
    participants: list[Participant] = field(default_factory=list)
    date: DateValue | None = None
    place: int | None = None
    trigger: str = ""


@dataclass
class Conflict:
    kind: str
    description: str
    evidence: list[Evidence]


@dataclass
class Annotation:
    """Everything one article yields before corpus-level resolution."""

    article_id: str
    language: str
    entities: list[LocalEntity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    passages: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, language)
