"""Per-document signals for story clustering: rarity-weighted entity vectors and TF-IDF text vectors.

Entity ids are language-independent after resolution, so entity vectors compare English with
Spanish; TF-IDF only compares documents written in the same language.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

SparseVec = dict[int, float]


# Articles assumed beside any corpus that name none of its entities. Without them, in a build of two
# reports of one arrest every name both share looks as common as a country (idf near zero) and the
# two land in different stories; with them, small corpora keep their shared names' weight. More of
# them would also give weight to a country every article names, and glue unrelated reports to it.
PRIOR_DOCS = 10
# Words in more than half of the articles leave the TF-IDF vectors only in corpora larger than this:
# in a small, focused corpus they are the words of its stories ("rehab", "heist"), not of all news.
MAX_DF_FROM = 100


def entity_idf(entity_lists: Iterable[Sequence[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of each entity id (rare entities weigh more)."""
    df: Counter[str] = Counter()
    n = 0
    for ids in entity_lists:
        n += 1
        df.update(set(ids))
    return {e: math.log((n + PRIOR_DOCS) / (c + 1)) + 0.1 for e, c in df.items()}


def entity_vector(entity_ids: Sequence[str], idf: dict[str, float], power: float = 1.0) -> dict[str, float]:
    """L2-normalised idf**power * (1 + log count) vector over the entity ids of one document."""
    counts = Counter(entity_ids)
    vec = {e: idf.get(e, 1.0) ** power * (1.0 + math.log(c)) for e, c in counts.items()}
    return _normalised(vec)


def _normalised(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {k: v / norm for k, v in vec.items()} if norm else {}


def text_vectors(texts: Sequence[str]) -> list[SparseVec]:
    """Sublinear TF-IDF rows (L2-normalised) of the texts, as {term index: weight}."""
    if not any(t.strip() for t in texts):
        return [{} for _ in texts]
    vectorizer = TfidfVectorizer(
        sublinear_tf=True, strip_accents="unicode", lowercase=True, token_pattern=r"(?u)\b[^\W\d_]{3,}\b",
        max_df=0.5 if len(texts) > MAX_DF_FROM else 1.0, dtype=np.float64,
    )
    try:
        matrix: csr_matrix = vectorizer.fit_transform(texts).tocsr()
    except ValueError:  # every token was filtered out
        return [{} for _ in texts]
    rows: list[SparseVec] = []
    for i in range(matrix.shape[0]):
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        rows.append(dict(zip(matrix.indices[start:end].tolist(), matrix.data[start:end].tolist())))
    return rows


def top_terms(vec: SparseVec, k: int) -> list[int]:
    """The k heaviest terms of a vector (the rarest, most telling ones), ties by index."""
    return [t for t, _ in sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


class Centroid:
    """Running sum of unit vectors; cosine against it is the mean similarity to the members' direction."""

    def __init__(self) -> None:
        self.sum: dict = {}
        self._square = 0.0  # squared norm, kept up to date so adding stays O(len(vec))

    def add(self, vec: dict) -> None:
        for k, v in vec.items():
            old = self.sum.get(k, 0.0)
            self.sum[k] = old + v
            self._square += (old + v) ** 2 - old * old

    @property
    def norm(self) -> float:
        return math.sqrt(max(self._square, 0.0))

    def cosine(self, vec: dict) -> float:
        if not vec or not self.sum or not self.norm:
            return 0.0
        small, big = (vec, self.sum) if len(vec) <= len(self.sum) else (self.sum, vec)
        return sum(v * big.get(k, 0.0) for k, v in small.items()) / self.norm
