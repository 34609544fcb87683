"""A short human label for a story: its main entities, its main event type, its month."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from ..vocabulary import EVENT_TYPES

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
    every article does not headline every story; `unlabelled` ones (unnamed sources such as
    "police" or "a climber", one per article and so rare) never headline it.
    """
    names = entity_names or {}
    ranked = sorted((e for e in entity_counts if e not in unlabelled),
                    key=lambda e: (-entity_counts[e] * idf.get(e, 1.0), e))
    parts = [names.get(e, e) for e in ranked[:MAX_ENTITIES]]
    if events:
        main = min(events, key=lambda t: (-events[t], t))
        parts.append(EVENT_TYPES[main].label if main in EVENT_TYPES else main.replace("_", " "))
    if first_published is not None:
        parts.append(first_published.strftime("%b %Y"))
    return " · ".join(parts) if parts else "untitled story"
