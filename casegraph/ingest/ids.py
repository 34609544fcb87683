"""Article ids: a hash of the cleaned text, so reading the same article twice gives the same id."""

from __future__ import annotations

import hashlib


def article_id(text: str) -> str:
    """`"a"` + the first 16 hex digits of the SHA-256 of the stored (cleaned) text."""
    return "a" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
