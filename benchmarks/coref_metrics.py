"""Coreference metrics: MUC, B-cubed, CEAF-e and their CoNLL average.

Clusters are collections of hashable mention ids. A mention that only one side has counts as a
singleton on the other side (as in the reference scorer's handling of twinless mentions).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

Clusters = Sequence[Iterable[Hashable]]


@dataclass(frozen=True)
class Score:
    recall: float
    precision: float

    @property
    def f1(self) -> float:
        total = self.recall + self.precision
        return 2 * self.recall * self.precision / total if total else 0.0


def _sets(clusters: Clusters) -> list[frozenset[Hashable]]:
    return [frozenset(c) for c in clusters if c]


def _index(clusters: list[frozenset[Hashable]]) -> dict[Hashable, int]:
    return {m: i for i, c in enumerate(clusters) for m in c}


def _muc_side(key: list[frozenset[Hashable]], response: list[frozenset[Hashable]]) -> float:
    where = _index(response)
    numerator = denominator = 0
    for cluster in key:
        parts = {where.get(m, ("alone", m)) for m in cluster}
        numerator += len(cluster) - len(parts)
        denominator += len(cluster) - 1
    return numerator / denominator if denominator else 0.0


def muc(key: Clusters, response: Clusters) -> Score:
    k, r = _sets(key), _sets(response)
    return Score(_muc_side(k, r), _muc_side(r, k))


def _b3_side(key: list[frozenset[Hashable]], response: list[frozenset[Hashable]]) -> float:
    where = _index(response)
    total = 0.0
    mentions = 0
    for cluster in key:
        for m in cluster:
            other = response[where[m]] if m in where else frozenset({m})
            total += len(cluster & other) / len(cluster)
            mentions += 1
    return total / mentions if mentions else 0.0


def b_cubed(key: Clusters, response: Clusters) -> Score:
    k, r = _sets(key), _sets(response)
    return Score(_b3_side(k, r), _b3_side(r, k))


def ceaf_e(key: Clusters, response: Clusters) -> Score:
    k, r = _sets(key), _sets(response)
    if not k or not r:
        return Score(0.0, 0.0)
    similarity = np.zeros((len(k), len(r)))
    where = _index(r)
    for i, cluster in enumerate(k):
        for j in {where[m] for m in cluster if m in where}:
            similarity[i, j] = 2 * len(cluster & r[j]) / (len(cluster) + len(r[j]))
    rows, cols = linear_sum_assignment(similarity, maximize=True)
    best = float(similarity[rows, cols].sum())
    return Score(best / len(k), best / len(r))


def conll(key: Clusters, response: Clusters) -> dict[str, Score | float]:
    """All three metrics and the CoNLL F1 (mean of the three F1s)."""
    scores: dict[str, Score] = {
        "MUC": muc(key, response),
        "B3": b_cubed(key, response),
        "CEAF-e": ceaf_e(key, response),
    }
    out: dict[str, Score | float] = dict(scores)
    out["CoNLL F1"] = sum(s.f1 for s in scores.values()) / 3
    return out
