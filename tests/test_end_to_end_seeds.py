"""End to end on the three sample articles in ../shared/seeds: build, export, compare with expected.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from casegraph.build import build
from casegraph.export import export
from casegraph.queries import resolve_entity, show
from casegraph.review import merge, split
from casegraph.store import open_store

from . import seed_matching as sm
from .conftest import SCHEMA, SEEDS

pytestmark = pytest.mark.skipif(
    not SEEDS.exists(), reason=f"{SEEDS} is absent (../shared sits beside the project only in development and CI)"
)

Json = dict[str, Any]


def export_json(db: Path, out: Path) -> Json:
    store = open_store(db)
    try:
        export(store, "json", out)
    finally:
        store.close()
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Json]:
    folder = tmp_path_factory.mktemp("seeds")
    db = folder / "seeds.db"
    report = build([SEEDS], db)
    assert report.errors == []
    return db, export_json(db, folder / "graph.json")


@pytest.fixture(scope="module")
def expected() -> Json:
    return json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def context(built: tuple[Path, Json], expected: Json) -> tuple[Json, dict[str, str], dict[str, str]]:
    graph = built[1]
    keys = sm.article_keys(graph)
    index = sm.entity_index(expected, graph, keys, sm.seed_texts(SEEDS))
    return graph, keys, index


def test_export_validates_against_the_contract(built: tuple[Path, Json]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(built[1], schema)


def test_every_expected_entity_is_exactly_one_entity_with_all_its_names(
    built: tuple[Path, Json], expected: Json
) -> None:
    graph = built[1]
    keys, texts = sm.article_keys(graph), sm.seed_texts(SEEDS)
    found = sm.candidates(expected, graph, keys, texts)
    by_id = {e["id"]: e for e in graph["entities"]}
    owners: dict[str, str] = {}
    for gold in expected["entities"]:
        ids = found[gold["name"]]
        assert len(ids) == 1, f"{gold['name']} is spread over {len(ids)} entities"
        entity = by_id[ids.pop()]
        assert entity["type"] == gold["type"], gold["name"]
        surfaces = {sm.norm(m["text"]) for m in entity["mentions"]}
        missing = {f for f in sm.present_forms(gold, texts) if sm.norm(f) not in surfaces}
        assert not missing, f"{gold['name']} lacks {missing}"
        assert entity["id"] not in owners, f"{gold['name']} shares an entity with {owners.get(entity['id'])}"
        owners[entity["id"]] = gold["name"]


@pytest.mark.parametrize("kind", ["relations", "claims", "events"])
def test_ninety_percent_of_expected_facts_come_out_right(
    context: tuple[Json, dict[str, str], dict[str, str]], expected: Json, kind: str
) -> None:
    graph, keys, index = context
    match = {"relations": sm.relation_found, "claims": sm.claim_found, "events": sm.event_found}[kind]
    missed = [gold for gold in expected[kind] if not match(gold, graph, index, keys)]
    share = 1 - len(missed) / len(expected[kind])
    assert share >= 0.9, f"{kind}: {share:.0%} found; missed {json.dumps(missed, ensure_ascii=False)}"


def test_most_expected_claims_name_what_they_are_about(
    context: tuple[Json, dict[str, str], dict[str, str]], expected: Json
) -> None:
    graph, keys, index = context
    hits = [sm.claim_found(gold, graph, index, keys, about=True) for gold in expected["claims"]]
    assert sum(hits) / len(hits) >= 0.8, hits


def test_every_fact_has_evidence_inside_its_article_and_sentence(built: tuple[Path, Json]) -> None:
    db, graph = built
    store = open_store(db)
    try:
        texts = {r["id"]: r["text"] for r in store.query("SELECT id, text FROM articles")}
    finally:
        store.close()
    facts = [f for kind in ("relations", "claims", "events", "conflicts") for f in graph[kind]]
    assert facts
    for fact in facts:
        assert fact["evidence"], fact
        for ev in fact["evidence"]:
            text = texts[ev["article_id"]]
            assert 0 <= ev["start"] < ev["end"] <= len(text), ev
            assert text[ev["start"] : ev["end"]].strip() in ev["sentence"], ev
            assert ev["sentence"] in text, ev


def test_relation_evidence_holds_the_words_of_one_endpoint(built: tuple[Path, Json]) -> None:
    graph = built[1]
    spans: dict[str, list[tuple[str, int, int]]] = {}
    for entity in graph["entities"]:
        spans[entity["id"]] = [(m["article_id"], m["start"], m["end"]) for m in entity["mentions"]]
    for rel in graph["relations"]:
        for ev in rel["evidence"]:
            inside = [
                entity_id
                for entity_id in (rel["subject"], rel["object"])
                for article, start, end in spans[entity_id]
                if article == ev["article_id"] and ev["start"] <= start and end <= ev["end"]
            ]
            assert inside, f"{rel['type']} evidence {ev['start']}-{ev['end']} names neither endpoint"


def test_the_weekday_mismatch_is_reported(context: tuple[Json, dict[str, str], dict[str, str]]) -> None:
    graph, keys, _ = context
    mismatches = [c for c in graph["conflicts"] if c["kind"] == "weekday_mismatch"]
    assert any(keys[ev["article_id"]] == "002" and "September 13" in ev["sentence"]
               for c in mismatches for ev in c["evidence"])


def test_building_twice_gives_a_byte_identical_export(built: tuple[Path, Json], tmp_path: Path) -> None:
    db = tmp_path / "again.db"
    build([SEEDS], db)
    first = json.dumps(built[1], ensure_ascii=False, sort_keys=True)
    again = export_json(db, tmp_path / "again.json")
    assert json.dumps(again, ensure_ascii=False, sort_keys=True) == first
    build([SEEDS], db)  # the same folder again into the same database
    assert (tmp_path / "again.json").read_bytes() == _export_bytes(db, tmp_path / "third.json")


def _export_bytes(db: Path, out: Path) -> bytes:
    export_json(db, out)
    return out.read_bytes()


def test_merge_and_split_survive_a_rebuild(tmp_path: Path) -> None:
    db = tmp_path / "review.db"
    build([SEEDS], db)
    store = open_store(db)
    try:
        merge(store, "Telemundo", "Breitbart Texas", author="test")
        split(store, "Camarena", ["Kiki"], author="test")
    finally:
        store.close()
    build([SEEDS], db)
    store = open_store(db)
    try:
        merged = show(store, "Telemundo")
        assert "Breitbart Texas" in [merged.entity.name, *merged.aliases]
        camarena = show(store, "Camarena")
        assert "Kiki" not in [m.text for m in camarena.mentions]
        assert resolve_entity(store, "Kiki").id != camarena.entity.id
    finally:
        store.close()
