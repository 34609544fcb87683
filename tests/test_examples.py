"""The project's own example articles, built end to end: what `make demo` shows must be right."""

from __future__ import annotations

from pathlib import Path

import pytest

from casegraph.build import build
from casegraph.fact_queries import claims, conflicts, relations
from casegraph.queries import resolve_entity, show
from casegraph.store import SqliteStore, open_store

from .conftest import EXAMPLES


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SqliteStore:
    db = Path(tmp_path_factory.mktemp("examples")) / "examples.db"
    report = build([EXAMPLES], db)
    assert report.errors == []
    return open_store(db)


def test_a_misspelled_full_name_in_another_outlet_is_the_same_person(store: SqliteStore) -> None:
    profile = show(store, "Héctor Manuel Quiroga Salas")
    assert "Hector Manuel Quiroga Zalas" in profile.aliases
    assert resolve_entity(store, "El Contador").id == profile.entity.id


def test_a_lawyer_named_in_apposition_speaks_for_herself(store: SqliteStore) -> None:
    lawyer = resolve_entity(store, "Adriana Beltrán Ochoa")
    said = claims(store, by=lawyer.id)
    assert any(c["stance"] == "deny" for c in said)


def test_the_article_reader_marks_dates_and_claims_on_the_text(store: SqliteStore) -> None:
    from casegraph.article_view import article_view

    article_id = store.query("SELECT id FROM articles ORDER BY id LIMIT 1")[0]["id"]
    view = article_view(store, article_id)
    marked = {kind: "".join(s.text for s in view["segments"] if kind in s.facts) for kind in ("date", "claim")}
    assert marked["date"] and marked["claim"], marked


def test_two_outlets_dating_one_arrest_differently_is_a_conflict_listed_once(store: SqliteStore) -> None:
    found = conflicts(store)
    dated = [c for c in found if c["kind"] == "date_disagreement"]
    assert len(dated) == 1, dated
    assert "2023-03-01" in dated[0]["description"] and "2023-02-28" in dated[0]["description"]
    sentences = " | ".join(e["sentence"] for e in dated[0]["evidence"])
    assert "Wednesday" in sentences and "Quiroga Zalas" in sentences
    # The syndicated copy of the first report repeats its side of every disagreement: no conflict twice.
    described = [(c["kind"], c["description"]) for c in found]
    assert len(described) == len(set(described))


def test_unnamed_sources_stay_in_their_article_but_their_claims_still_corroborate(store: SqliteStore) -> None:
    groups = store.query("SELECT e.id, COUNT(DISTINCT m.article_id) AS n FROM entities e "
                         "JOIN mentions m ON m.entity_id = e.id WHERE e.kind = 'unnamed_group' GROUP BY e.id")
    assert groups and all(g["n"] == 1 for g in groups)
    accused = [c for c in claims(store) if c["cue"] == "accuse" and "Quiroga Salas" in c["text"]]
    assert len(accused) == 1 and len(accused[0]["evidence"]) == 2, accused
    led = [r for r in relations(store, "Nemesio Oseguera Cervantes") if r["type"] == "leader_of"]
    assert len(led) == 1 and led[0]["object_name"] == "Jalisco New Generation Cartel", led
