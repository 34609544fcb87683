"""Corpus-level resolution: entities, stories, corroboration, conflicts."""

from __future__ import annotations

from .entities import ResolvedEntity, describe_entity, resolve_entities
from .names import name_key

__all__ = [
    "ResolvedEntity",
    "describe_entity",
    "name_key",
    "resolve_entities",
]
