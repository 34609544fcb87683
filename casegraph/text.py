"""Small text helpers shared by search, storage and matching."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"'})


def fold(text: str) -> str:
    """Accent-, case- and space-insensitive form of a name, for lookups."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w\s]", " ", text.casefold())
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string (the cue and trigger tables)."""
    return frozenset(text.split())
