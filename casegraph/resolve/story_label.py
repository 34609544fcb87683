"""A short human label for a story: its main entities, its main event type, its month."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from ..vocabulary import EVENT_TYPES
from .story_state import is_unnamed_key

MAX_ENTITIES = 2


def story_label(
    entity_counts: Mapping[str, int],
    idf: Mapping[str, float],
    events: Mapping[str, int],
    first_published: date | None,
    entity_names: Mapping[str, str] | None = None,
    unlabelled: Collection[str] = (),
) -> str:
    """E.g. "Ana Ruiz · Cartel del Norte · arrest · Mar 2023".

    Main entities are those most members mention, weighted by rarity so that a country named in
    every article does not headline every story; unnamed sources ("police", "a climber") and
    `unlabelled` ones never headline it, nor do entities of articles that left the story.
    """
    names = entity_names or {}
    ranked = sorted((e for e, n in entity_counts.items() if n > 0 and e not in unlabelled and not is_unnamed_key(e)),
                    key=lambda e: (-entity_counts[e] * idf.get(e, 1.0), e))
    parts = [names.get(e, e) for e in ranked[:MAX_ENTITIES]]
    if events:
        main = min(events, key=lambda t: (-events[t], t))
        parts.append(EVENT_TYPES[main].label if main in EVENT_TYPES else main.replace("_", " "))
    if first_published is not None:
        parts.append(first_published.strftime("%b %Y"))
    return " · ".join(parts) if parts else "untitled story"
