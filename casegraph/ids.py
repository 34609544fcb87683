"""Deterministic ids: the same input gives the same ids on every build."""

from __future__ import annotations

import hashlib


def short_hash(*parts: object, size: int = 12) -> str:
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:size]


def entity_id_for(full_members: list[str], mention_ids: list[str]) -> str:
    """An entity's id: from its smallest whole local entity ("article:key"), else its first mention."""
    if full_members:
        return "e" + short_hash(min(full_members))
    return "e" + short_hash("m", min(mention_ids))
