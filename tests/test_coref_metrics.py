"""Coreference metrics on the worked example of Pradhan et al. (2014), computed by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from coref_metrics import b_cubed, ceaf_e, conll, muc

KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]


def test_muc_counts_links() -> None:
    score = muc(KEY, RESPONSE)
    assert score.recall == pytest.approx(2 / 5)
    assert score.precision == pytest.approx(2 / 5)


def test_b_cubed_averages_over_mentions() -> None:
    score = b_cubed(KEY, RESPONSE)
    assert score.recall == pytest.approx(19 / 42)
    assert score.precision == pytest.approx(9 / 16)


def test_ceaf_e_aligns_entities_optimally() -> None:
    score = ceaf_e(KEY, RESPONSE)
    assert score.recall == pytest.approx(1.3 / 2)
    assert score.precision == pytest.approx(1.3 / 3)


def test_conll_is_the_mean_of_the_three_f1s() -> None:
    scores = conll(KEY, RESPONSE)
    parts = [muc(KEY, RESPONSE).f1, b_cubed(KEY, RESPONSE).f1, ceaf_e(KEY, RESPONSE).f1]
    assert scores["CoNLL F1"] == pytest.approx(sum(parts) / 3)


def test_perfect_response_scores_one_and_singletons_do_not_count_for_muc() -> None:
    clusters = [{1, 2}, {3}, {4, 5, 6}]
    for metric in (muc, b_cubed, ceaf_e):
        score = metric(clusters, clusters)
        assert (score.recall, score.precision, score.f1) == (1.0, 1.0, 1.0)
    all_singletons = [{m} for m in range(1, 7)]
    assert muc(clusters, all_singletons).recall == 0.0
    assert b_cubed(clusters, all_singletons).precision == 1.0
