"""Near-duplicate articles (wire copy, re-posts, lightly edited pastes) with MinHash LSH.

Candidates come from LSH buckets (sub-quadratic); each candidate is then checked with the exact
Jaccard similarity of word shingles, so the answer does not depend on hash collisions.
Within a group of copies the original is the article whose outlet the others credit ("Distributed
by Border Wire"), else the earliest by (published, id).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from datasketch import MinHash, MinHashLSH

from ..text import fold

SHINGLE_WORDS = 4
# A wire copy with a new headline and a handful of edited words keeps about 0.8 of its 4-word
# shingles; two outlets writing up the same event independently stay far below 0.3.
COPY_THRESHOLD = 0.7
NUM_PERM = 128
_WORD = re.compile(r"\w+")
_LATE = date.max


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word n-grams of the folded text (accents, case and punctuation ignored)."""
    words = _WORD.findall(fold(text))
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _minhash(items: set[str]) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch([s.encode("utf-8") for s in sorted(items)])
    return mh


class CopyIndex:
    """Incremental copy finder: `add` one article at a time, ask `copy_of()` for the mapping."""

    def __init__(self, threshold: float = COPY_THRESHOLD, shingle_words: int = SHINGLE_WORDS) -> None:
        self.threshold = threshold
        self.shingle_words = shingle_words
        # LSH is asked for a slightly lower threshold so near-threshold pairs still become candidates.
        self._lsh = MinHashLSH(threshold=max(0.05, threshold - 0.15), num_perm=NUM_PERM)
        self._shingles: dict[str, set[str]] = {}
        self._order: dict[str, tuple[date, str]] = {}
        self._folded: dict[str, str] = {}
        self._outlet: dict[str, str] = {}
        self._group: dict[str, str] = {}  # article -> group representative (first member seen)
        self._members: dict[str, list[str]] = {}

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._shingles

    def add(
        self, article_id: str, text: str, published: date | None = None, outlet: str | None = None
    ) -> str | None:
        """Index an article; returns the id of the original it copies (None if it stands alone)."""
        if article_id in self._shingles:
            return self.original_of(article_id)
        items = shingles(text, self.shingle_words)
        self._folded[article_id] = f" {fold(text)} "
        if outlet and fold(outlet):
            self._outlet[article_id] = f" {fold(outlet)} "
        self._shingles[article_id] = items
        self._order[article_id] = (published or _LATE, article_id)
        self._group[article_id] = article_id
        self._members[article_id] = [article_id]
        if not items:
            return None
        mh = _minhash(items)
        matches = sorted(
            c for c in self._lsh.query(mh) if jaccard(items, self._shingles[c]) >= self.threshold
        )
        self._lsh.insert(article_id, mh)
        for other in matches:
            self._join(article_id, other)
        return self.original_of(article_id)

    def _join(self, a: str, b: str) -> None:
        ga, gb = self._group[a], self._group[b]
        if ga == gb:
            return
        keep, drop = (ga, gb) if len(self._members[ga]) >= len(self._members[gb]) else (gb, ga)
        for m in self._members.pop(drop):
            self._group[m] = keep
            self._members[keep].append(m)

    def _original(self, members: list[str]) -> str:
        def credited(m: str) -> bool:
            name = self._outlet.get(m)
            return name is not None and any(name in self._folded[o] for o in members if o != m)

        return min(members, key=lambda m: (not credited(m), self._order[m]))

    def original_of(self, article_id: str) -> str | None:
        original = self._original(self._members[self._group[article_id]])
        return None if original == article_id else original

    def copy_of(self) -> dict[str, str]:
        """{copy_id: original_id} for every article that is a copy."""
        out: dict[str, str] = {}
        for members in self._members.values():
            original = self._original(members)
            out.update({m: original for m in members if m != original})
        return dict(sorted(out.items()))


def find_copies(
    articles: Sequence[tuple[str, str]],
    threshold: float = COPY_THRESHOLD,
    published: Mapping[str, date | None] | None = None,
    outlets: Mapping[str, str | None] | None = None,
) -> dict[str, str]:
    """{copy_id: original_id} over (article_id, text) pairs; deterministic for any input order."""
    dates, names = published or {}, outlets or {}
    index = CopyIndex(threshold)
    for aid, text in sorted(articles, key=lambda a: ((dates.get(a[0]) or _LATE), a[0])):
        index.add(aid, text, dates.get(aid), names.get(aid))
    return index.copy_of()
