"""Store, corpus resolution, judgements and JSON export on hand-built annotations (no NLP)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from casegraph import review
from casegraph.corpus import rebuild_graph
from casegraph.queries import find_entities, search, show

from .handmade import TEXT_A, TEXT_B, build_handmade, export_text


def test_entities_merge_across_articles_and_export_validates(db_path: Path, schema: dict) -> None:
    store = build_handmade(db_path)
    doc = json.loads(export_text(store))
    jsonschema.validate(doc, schema)
    names = {e["name"]: e for e in doc["entities"]}
    assert set(names) == {"Hector Ruiz Mena", "Ana Ortiz", "Lobos Cartel"}
    assert names["Hector Ruiz Mena"]["article_ids"] == ["a1", "b2"]
    assert "Ruiz Mena" in names["Hector Ruiz Mena"]["aliases"]
    assert names["Ana Ortiz"]["article_ids"] == ["a1", "b2"]
    (rel,) = doc["relations"]
    assert rel["subject"] == names["Ana Ortiz"]["id"] and rel["object"] == names["Lobos Cartel"]["id"]
    assert rel["attributed_to"] == names["Hector Ruiz Mena"]["id"] and rel["modality"] == "alleged"
    for item in doc["relations"] + doc["claims"] + doc["events"]:
        for ev in item["evidence"]:
            text = TEXT_A if ev["article_id"] == "a1" else TEXT_B
            assert ev["sentence"] in text and text[ev["start"]:ev["end"]] in ev["sentence"]


def test_same_input_gives_byte_identicalexport_text(tmp_path: Path) -> None:
    first = export_text(build_handmade(tmp_path / "one.db"))
    second = export_text(build_handmade(tmp_path / "two.db"))
    assert first == second


def test_merge_survives_rebuild_and_undo_restores(db_path: Path) -> None:
    store = build_handmade(db_path)
    before = {e.name for e in find_entities(store, "Ortiz")}
    assert before == {"Ana Ortiz"}
    jid = review.merge(store, "Hector Ruiz Mena", "Ana Ortiz", author="tester")
    merged = show(store, "Ruiz Mena")
    assert "Ortiz" in merged.aliases or merged.entity.name == "Ana Ortiz"
    rebuild_graph(store)  # what every build does after annotating
    assert show(store, "Ortiz").entity.id == show(store, "Ruiz Mena").entity.id
    review.undo(store, jid, author="tester")
    assert show(store, "Ortiz").entity.id != show(store, "Ruiz Mena").entity.id
    audit = review.audit(store)
    assert [j["action"] for j in audit] == ["undo", "merge"] and audit[1]["active"] is False


def test_split_survives_rebuild(db_path: Path) -> None:
    store = build_handmade(db_path)
    review.split(store, "Ana Ortiz", ["Ortiz"], author="tester")
    rebuild_graph(store)
    full = show(store, "Ana Ortiz")
    assert "Ortiz" not in full.aliases
    assert {m.text for m in full.mentions} == {"Ana Ortiz"}
    others = [e for e in find_entities(store, "Ortiz") if e.id != full.entity.id]
    assert others and others[0].mentions == 2


def test_reject_hides_fact_fromexport_text(db_path: Path) -> None:
    store = build_handmade(db_path)
    rel_id = json.loads(export_text(store))["relations"][0]["id"]
    review.reject(store, rel_id, author="tester")
    rebuild_graph(store)
    assert json.loads(export_text(store))["relations"] == []


def test_search_finds_entities_and_article_text(db_path: Path) -> None:
    store = build_handmade(db_path)
    result = search(store, "hector ruiz mena")
    assert result.entities[0].name == "Hector Ruiz Mena"
    assert {a["id"] for a in result.articles} == {"a1", "b2"}
    assert find_entities(store, "Hectr Ruiz Mena")[0].name == "Hector Ruiz Mena"  # typo-tolerant


def test_bad_database_file_is_a_clear_error(tmp_path: Path) -> None:
    from casegraph.errors import StoreError
    from casegraph.store import open_store

    bad = tmp_path / "bad.db"
    bad.write_text("this is not sqlite" * 100)
    with pytest.raises(StoreError, match="bad.db"):
        open_store(bad)
