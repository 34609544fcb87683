"""Store, corpus resolution, judgements and JSON export on hand-built annotations (no NLP)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

from casegraph import review
from casegraph.build import rebuild_graph
from casegraph.export.json_export import export_json
from casegraph.models import Annotation, Article, Claim, DateValue, Event, Evidence, LocalEntity, Mention, Participant, Relation
from casegraph.queries import find_entities, search, show
from casegraph.store import open_store

TEXT_A = "Governor Hector Ruiz Mena met Captain Ana Ortiz. Ruiz Mena said Ortiz works for the Lobos Cartel."
TEXT_B = "Hector Ruiz Mena denied everything on Monday. Ortiz was not reached."


def _m(aid: str, text: str, phrase: str, label: str, key: int, occurrence: int = 0, via: str = "name") -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    sent_start = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
    sent_end = text.find(".", start) + 1
    return Mention(aid, start, start + len(phrase), phrase, label, key, via, sent_start, sent_end)  # type: ignore[arg-type]


def _articles() -> list[tuple[Article, Annotation]]:
    a = Article("a1", "one.txt", TEXT_A, published=DateValue("2024-03-04", "day", "2024-03-04"), outlet="Daily One")
    b = Article("b2", "two.txt", TEXT_B, published=DateValue("2024-03-05", "day", "2024-03-05"), outlet="Two News")
    ann_a = Annotation("a1", "en", entities=[
        LocalEntity(0, "PERSON", "Hector Ruiz Mena", ["Hector Ruiz Mena", "Ruiz Mena"], ["Governor"]),
        LocalEntity(1, "PERSON", "Ana Ortiz", ["Ana Ortiz", "Ortiz"], ["Captain"]),
        LocalEntity(2, "ORG", "Lobos Cartel", ["Lobos Cartel"], [], "criminal_organization"),
    ], mentions=[
        _m("a1", TEXT_A, "Hector Ruiz Mena", "PERSON", 0), _m("a1", TEXT_A, "Ana Ortiz", "PERSON", 1),
        _m("a1", TEXT_A, "Ruiz Mena", "PERSON", 0, 1), _m("a1", TEXT_A, "Ortiz", "PERSON", 1, 1),
        _m("a1", TEXT_A, "Lobos Cartel", "ORG", 2),
    ])
    s2 = TEXT_A.index("Ruiz Mena said")
    ev = Evidence("a1", s2, len(TEXT_A), s2, len(TEXT_A))
    ann_a.relations.append(Relation("a1", "works_for", 1, 2, "alleged", ev, attributed_to=0))
    ann_a.claims.append(Claim("a1", 0, "allege", "said", "Ortiz works for the Lobos Cartel", False, [1, 2], ev))
    ann_b = Annotation("b2", "en", entities=[
        LocalEntity(0, "PERSON", "Hector Ruiz Mena", ["Hector Ruiz Mena"]),
        LocalEntity(1, "PERSON", "Ortiz", ["Ortiz"]),
    ], mentions=[_m("b2", TEXT_B, "Hector Ruiz Mena", "PERSON", 0), _m("b2", TEXT_B, "Ortiz", "PERSON", 1)])
    evb = Evidence("b2", 0, TEXT_B.index(".") + 1, 0, TEXT_B.index(".") + 1)
    ann_b.events.append(Event("b2", "statement", "happened", evb, [Participant(0, "speaker")],
                              DateValue("2024-03-04", "day", "Monday")))
    return [(a, ann_a), (b, ann_b)]


def _build(path: Path):  # type: ignore[no-untyped-def]
    store = open_store(path)
    for article, annotation in _articles():
        store.upsert_article(article)
        store.save_annotation(annotation, "test")
    rebuild_graph(store)
    return store


def _export(store) -> str:  # type: ignore[no-untyped-def]
    buf = io.StringIO()
    export_json(store, buf)
    return buf.getvalue()


def test_entities_merge_across_articles_and_export_validates(db_path: Path, schema: dict) -> None:
    store = _build(db_path)
    doc = json.loads(_export(store))
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


def test_same_input_gives_byte_identical_export(tmp_path: Path) -> None:
    first = _export(_build(tmp_path / "one.db"))
    second = _export(_build(tmp_path / "two.db"))
    assert first == second


def test_merge_survives_rebuild_and_undo_restores(db_path: Path) -> None:
    store = _build(db_path)
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
    store = _build(db_path)
    review.split(store, "Ana Ortiz", ["Ortiz"], author="tester")
    rebuild_graph(store)
    full = show(store, "Ana Ortiz")
    assert "Ortiz" not in full.aliases
    assert {m.text for m in full.mentions} == {"Ana Ortiz"}
    others = [e for e in find_entities(store, "Ortiz") if e.id != full.entity.id]
    assert others and others[0].mentions == 2


def test_reject_hides_fact_from_export(db_path: Path) -> None:
    store = _build(db_path)
    rel_id = json.loads(_export(store))["relations"][0]["id"]
    review.reject(store, rel_id, author="tester")
    rebuild_graph(store)
    assert json.loads(_export(store))["relations"] == []


def test_search_finds_entities_and_article_text(db_path: Path) -> None:
    store = _build(db_path)
    result = search(store, "hector ruiz mena")
    assert result.entities[0].name == "Hector Ruiz Mena"
    assert {a["id"] for a in result.articles} == {"a1", "b2"}
    assert find_entities(store, "Hectr Ruiz Mena")[0].name == "Hector Ruiz Mena"  # typo-tolerant


def test_bad_database_file_is_a_clear_error(tmp_path: Path) -> None:
    from casegraph.errors import StoreError

    bad = tmp_path / "bad.db"
    bad.write_text("this is not sqlite" * 100)
    with pytest.raises(StoreError, match="bad.db"):
        open_store(bad)
