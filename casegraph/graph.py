"""The resolved, corpus-wide graph: what the store persists and the exporters read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .models import DateValue, Evidence, Mention


@dataclass
class GraphEntity:
    id: str
    type: str
    name: str
    kind: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def article_ids(self) -> list[str]:
        return sorted({m.article_id for m in self.mentions})


@dataclass
class GraphFact:
    """A relation, claim, event or conflict after resolution, with all its evidence."""

    kind: str  # relation | claim | event | conflict
    id: str
    fields: dict[str, Any]
    evidence: list[Evidence]
    outlets: int = 1


@dataclass
class GraphStory:
    id: str
    label: str | None
    article_ids: list[str]


@dataclass
class Graph:
    entities: list[GraphEntity] = field(default_factory=list)
    relations: list[GraphFact] = field(default_factory=list)
    claims: list[GraphFact] = field(default_factory=list)
    events: list[GraphFact] = field(default_factory=list)
    conflicts: list[GraphFact] = field(default_factory=list)
    stories: list[GraphStory] = field(default_factory=list)
    story_of: dict[str, str] = field(default_factory=dict)
    copy_of: dict[str, str] = field(default_factory=dict)


def date_json(d: DateValue | None) -> dict[str, Any] | None:
    return d.to_json() if d else None
