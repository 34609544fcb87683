"""Copies, stories, outlets and cross-article conflicts: hand-written texts, hand-built StoryDocs,
the project's examples and (when present) the shared seeds built end to end."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from casegraph import fact_queries
from casegraph.build import build
from casegraph.graph import Graph, GraphEntity, GraphFact
from casegraph.models import Article, Evidence, Mention
from casegraph.resolve.copies import CopyIndex, find_copies
from casegraph.resolve.stories import Story, StoryDoc, cluster_stories
from casegraph.resolve.story_conflicts import claim_conflicts, event_date_conflicts, figure_conflicts
from casegraph.store import open_store

from .conftest import EXAMPLES, SEEDS, need_shared

WIRE = (
    "Police in the port city of Marvela arrested a man they described as the finance chief of the "
    "Red Heron gang on Thursday morning, the regional prosecutor's office said in a statement. "
    "Officers seized four vehicles, two pistols and ledgers recording payments to local officials. "
    "The suspect, identified as Tobias Renner Lugo, 52, was taken to the regional detention centre "
    "and is due before a judge next week. His lawyer said the arrest was a mistake and that her "
    "client ran a legitimate shipping business for two decades. The prosecutor's office said the "
    "ledgers covered at least six years of payments and that more arrests were expected. Residents "
    "of the harbour district said armed men had been seen near the warehouse for months."
)
# The same wire story re-posted: a few words edited (the headline lives outside the text).
REPOST = (
    WIRE.replace("on Thursday morning", "on Thursday")
    .replace("Officers seized", "Agents seized")
    .replace("for two decades", "for twenty years")
)
OTHER = (
    "The city council of Marvela approved a new budget for street lighting after a long debate. "
    "Council members said the harbour district would receive new lamps before the winter festival, "
    "and the mayor promised to publish the contracts online within a month."
)


def test_a_lightly_edited_repost_is_a_copy_of_the_earlier_article() -> None:
    dates = {"w1": date(2024, 5, 2), "w2": date(2024, 5, 3), "o1": date(2024, 5, 2)}
    copies = find_copies([("w2", REPOST), ("o1", OTHER), ("w1", WIRE)], published=dates)
    assert copies == {"w2": "w1"}


def test_copy_detection_does_not_depend_on_input_order() -> None:
    items = [("b", REPOST), ("a", WIRE), ("c", OTHER)]
    assert find_copies(items) == find_copies(list(reversed(items))) == {"b": "a"}


def test_copy_index_is_incremental_and_the_earliest_article_stays_the_original() -> None:
    index = CopyIndex()
    assert index.add("late", REPOST, date(2024, 5, 9)) is None
    assert index.add("early", WIRE, date(2024, 5, 1)) is None  # it is the original
    assert index.original_of("late") == "early"
    assert index.add("other", OTHER, date(2024, 5, 2)) is None
    assert index.copy_of() == {"late": "early"}


def test_a_rewrite_of_the_same_event_is_not_a_copy() -> None:
    rewrite = (
        "Tobias Renner Lugo, said to run the money of the Red Heron gang, was detained in Marvela on "
        "Thursday. Prosecutors say his ledgers list bribes to officials; his lawyer calls it a mistake."
    )
    assert find_copies([("a", WIRE), ("b", rewrite)]) == {}


def _doc(aid: str, day: int, entities: list[str], text: str = "", lang: str = "en", **kw: object) -> StoryDoc:
    return StoryDoc(aid, date(2024, 5, day), f"outlet {aid}", lang, text, entities, **kw)  # type: ignore[arg-type]


ARREST_EN = "The finance chief of the gang was arrested at the harbour with ledgers of bribes and pistols."
ARREST_ES = "El jefe financiero de la banda fue detenido en el puerto con libros de sobornos y pistolas."
BUDGET = "The council approved the street lighting budget after a long debate about lamps."


def test_articles_sharing_rare_entities_form_one_story_across_languages() -> None:
    docs = [
        _doc("en1", 2, ["renner", "renner", "heron", "marvela", "country"], ARREST_EN, event_types=["arrest"]),
        _doc("es1", 3, ["renner", "heron", "country"], ARREST_ES, "es", event_types=["arrest"]),
        _doc("c1", 2, ["council", "mayor", "marvela", "country"], BUDGET),
        _doc("c2", 4, ["council", "mayor", "country"], BUDGET + " Lamps will arrive."),
        _doc("x1", 3, ["country"], "A storm is expected over the coast later in the week."),
    ]
    stories = cluster_stories(docs, window_days=10)
    groups = sorted(sorted(s.article_ids) for s in stories)
    assert groups == [["c1", "c2"], ["en1", "es1"], ["x1"]]


def test_two_reports_alone_sharing_their_names_are_one_story() -> None:
    # In a corpus of just these two, every shared name is in every document; rarity must not zero it.
    shared = ["renner", "renner", "heron", "marvela"]
    docs = [_doc("a", 2, [*shared, "judge", "treasury", "agency", "coast"], ARREST_EN),
            _doc("b", 3, [*shared, "army", "ministry", "analyst"], "Officers held the gang's bookkeeper at the port.")]
    assert [s.article_ids for s in cluster_stories(docs)] == [["a", "b"]]


def test_dates_outside_the_window_split_a_story() -> None:
    docs = [_doc("a", 1, ["renner", "heron"], ARREST_EN), _doc("b", 28, ["renner", "heron"], ARREST_EN)]
    assert len(cluster_stories(docs, window_days=10)) == 2
    assert len(cluster_stories(docs, window_days=30)) == 1


def test_text_alone_never_makes_a_story() -> None:
    docs = [_doc("a", 2, [], ARREST_EN), _doc("b", 2, [], ARREST_EN)]
    assert len(cluster_stories(docs)) == 2


def test_a_copy_joins_the_story_of_its_original() -> None:
    docs = [_doc("orig", 2, ["renner", "heron"], ARREST_EN), _doc("copy", 3, [], ARREST_EN, copy_of="orig")]
    assert [s.article_ids for s in cluster_stories(docs)] == [["copy", "orig"]]


def test_clustering_is_deterministic_and_labelled() -> None:
    docs = [
        _doc("a", 2, ["renner", "heron"], ARREST_EN, event_types=["arrest"]),
        _doc("b", 3, ["renner", "heron"], ARREST_EN, event_types=["arrest"]),
        _doc("c", 2, ["council"], BUDGET),
    ]
    first = cluster_stories(docs, entity_names={"renner": "Tobias Renner"})
    again = cluster_stories(list(reversed(docs)), entity_names={"renner": "Tobias Renner"})
    assert first == again
    label = next(s.label for s in first if "a" in s.article_ids)
    assert "Tobias Renner" in label and "May 2024" in label


def test_an_unnamed_source_never_names_a_story() -> None:
    docs = [
        _doc("a", 2, ["renner", "heron", "police-a", "police-a", "police-a"], ARREST_EN),
        _doc("b", 3, ["renner", "heron", "police-b", "police-b", "police-b"], ARREST_EN),
    ]
    names = {"renner": "Tobias Renner", "heron": "Heron Cartel", "police-a": "police", "police-b": "Police"}
    (plain,) = cluster_stories(docs, entity_names=names)
    (named,) = cluster_stories(docs, entity_names=names, unlabelled={"police-a", "police-b"})
    assert set(named.label.split(" · ")[:2]) == {"Heron Cartel", "Tobias Renner"}, named.label
    assert named.article_ids == plain.article_ids  # it still counts for clustering


def test_new_articles_join_existing_stories_which_keep_their_members() -> None:
    old = [_doc("a", 2, ["renner", "heron"], ARREST_EN), _doc("c", 2, ["council"], BUDGET)]
    stories = cluster_stories(old)
    # A manual story kept from an earlier build is not re-decided, even though its members differ.
    kept = [Story("s-kept", "kept", ["a", "c"])]
    new = _doc("b", 4, ["renner", "heron"], ARREST_EN)
    grown = cluster_stories([*old, new], kept)
    assert [(s.id, s.article_ids) for s in grown] == [("s-kept", ["a", "b", "c"])]
    regrown = cluster_stories([*old, new], stories)
    assert {s.id for s in regrown} == {s.id for s in stories}
    assert sorted(len(s.article_ids) for s in regrown) == [1, 2]


def test_stories_whose_members_are_gone_are_dropped() -> None:
    docs = [_doc("a", 2, ["renner"], ARREST_EN)]
    out = cluster_stories(docs, [Story("s-old", "old", ["gone"])])
    assert [s.article_ids for s in out] == [["a"]] and out[0].id != "s-old"


# --- cross-article conflicts on a hand-built graph -------------------------------------------------

def _evidence(aid: str, start: int = 0, end: int = 5) -> Evidence:
    return Evidence(aid, start, end, 0, end)


def _event(fid: str, aid: str, value: str, precision: str = "day", kind: str = "arrest") -> GraphFact:
    fields = {"type": kind, "status": "happened", "place": None, "participants": [{"entity_id": "e1", "role": None}],
              "date": {"value": value, "precision": precision, "text": value}}
    return GraphFact("event", fid, fields, [_evidence(aid)])


def test_event_dates_that_disagree_beyond_their_precision_are_a_conflict() -> None:
    graph = Graph(entities=[GraphEntity("e1", "PERSON", "Tobias Renner")])
    graph.events = [_event("v1", "a", "2024-05-01"), _event("v2", "b", "2024-04-30", kind="detention"),
                    _event("v3", "c", "2024", "year")]
    graph.story_of = {"a": "s", "b": "s", "c": "s"}
    found = event_date_conflicts(graph)
    assert [(c.fields["kind"], sorted(e.article_id for e in c.evidence)) for c in found] == [
        ("date_disagreement", ["a", "b"])]
    graph.copy_of = {"b": "a"}  # a copy disagreeing with its original is one source
    assert event_date_conflicts(graph) == []
    graph.copy_of, graph.story_of = {}, {"a": "s", "b": "t", "c": "s"}
    assert event_date_conflicts(graph) == []


def _article(aid: str, text: str) -> Article:
    return Article(aid, f"{aid}.txt", text, outlet=f"Outlet {aid}")


def test_figures_that_disagree_across_articles_are_a_conflict_quoting_both() -> None:
    texts = {"a": "Officers quoted the words “I did nothing.” Tobias Renner, 52, was arrested with 14 bank accounts.",
             "b": "Police said Tobias Renner, 53, ran the gang's money through 14 bank accounts.",
             "c": "Tobias Renner, 52, will appear before a judge."}
    graph = Graph(entities=[GraphEntity("e1", "PERSON", "Tobias Renner", mentions=[
        Mention(aid, t.index("Tobias"), t.index("Tobias") + 13, "Tobias Renner", "PERSON", 0)
        for aid, t in texts.items()
    ])])
    graph.story_of = {aid: "s" for aid in texts}
    found = figure_conflicts(graph, {aid: _article(aid, t) for aid, t in texts.items()})
    assert len(found) == 1  # the ages disagree, the account counts agree
    quoted = sorted(texts[e.article_id][e.start:e.end] for e in found[0].evidence)
    assert quoted == ["52", "53"] and "Tobias Renner" in found[0].fields["description"]
    sentences = sorted(texts[e.article_id][e.sentence_start:e.sentence_end] for e in found[0].evidence)
    assert sentences[0].startswith("Police said") and sentences[1].startswith("Tobias Renner, 52")
    graph.story_of["b"] = "other"
    assert figure_conflicts(graph, {aid: _article(aid, t) for aid, t in texts.items()}) == []


def _claim(fid: str, aid: str, speaker: str, stance: str, about: list[str]) -> GraphFact:
    fields = {"speaker": speaker, "stance": stance, "cue": stance, "text": f"{stance} text", "direct": False,
              "about": about, "medium": None, "date": None}
    return GraphFact("claim", fid, fields, [_evidence(aid)])


def test_a_claim_denied_by_another_source_is_a_conflict_with_both_sides() -> None:
    graph = Graph(entities=[GraphEntity("e1", "PERSON", "Tobias Renner"), GraphEntity("e2", "ORG", "Prosecutors")])
    graph.claims = [_claim("c1", "a", "e2", "allege", ["e1"]), _claim("c2", "b", "e1", "deny", []),
                    _claim("c3", "b", "e2", "assert", ["e2"])]
    graph.story_of = {"a": "s", "b": "s"}
    found = claim_conflicts(graph)
    assert [(c.fields["kind"], sorted(e.article_id for e in c.evidence)) for c in found] == [
        ("claim_denied", ["a", "b"])]
    assert "Prosecutors" in found[0].fields["description"] and "Tobias Renner" in found[0].fields["description"]


# --- end to end: the project's examples built into a temporary SQLite database ----------------------

def _by_file(db: Path) -> dict[str, dict[str, Any]]:
    store = open_store(db)
    try:
        return {Path(r["source"]).name[:2]: dict(r) for r in store.query("SELECT * FROM articles ORDER BY id")}
    finally:
        store.close()


def _fact_outlets(db: Path) -> dict[str, int]:
    store = open_store(db)
    try:
        return {r["id"]: r["outlets"] for t in ("relations", "claims", "events")
                for r in store.query(f"SELECT id, outlets FROM {t}")}
    finally:
        store.close()


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("examples") / "graph.db"
    build([EXAMPLES], db)
    return db


def test_examples_form_the_stories_they_were_written_as(examples_db: Path) -> None:
    arts = _by_file(examples_db)
    assert arts["01"]["story_id"] == arts["02"]["story_id"] == arts["03"]["story_id"]
    assert arts["04"]["story_id"] == arts["05"]["story_id"] != arts["01"]["story_id"]
    assert arts["03"]["copy_of"] == arts["01"]["id"]  # 03 credits Border Wire, whose article is 01
    assert all(a["copy_of"] is None for k, a in arts.items() if k != "03")
    store = open_store(examples_db)
    try:
        rows = {s["id"]: s for s in fact_queries.stories(store)}
        one = fact_queries.story(store, arts["01"]["story_id"])
    finally:
        store.close()
    assert (rows[arts["01"]["story_id"]]["articles"], rows[arts["01"]["story_id"]]["outlets"]) == (3, 2)
    assert rows[arts["01"]["story_id"]]["first"] == "2023-03-02" and rows[arts["01"]["story_id"]]["label"]
    assert {a["id"] for a in one["articles"]} == {arts[k]["id"] for k in ("01", "02", "03")}
    assert all(f["outlets"] <= 2 for kind in ("relations", "claims", "events") for f in one[kind])


def test_examples_conflicts_quote_each_side(examples_db: Path) -> None:
    store = open_store(examples_db)
    try:
        found = fact_queries.conflicts(store)
    finally:
        store.close()
    arts = _by_file(examples_db)
    figures = [c for c in found if c["kind"] == "figure_disagreement"]
    # 14 against 12 bank accounts (01 vs 02); 300,000 against 250 mil dollars a month (04 vs 05).
    sides = {frozenset(e["article_id"] for e in c["evidence"]) for c in figures}
    assert frozenset({arts["01"]["id"], arts["02"]["id"]}) in sides
    assert frozenset({arts["04"]["id"], arts["05"]["id"]}) in sides
    denied = [c for c in found if c["kind"] == "claim_denied"]
    assert any(arts["05"]["id"] in {e["article_id"] for e in c["evidence"]} for c in denied)
    assert all(e["sentence"] for c in found for e in c["evidence"])


def _near_copy(source: Path) -> str:
    """Example 02 re-posted by another outlet: new headline, a few words edited."""
    text = source.read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    head = "\n".join(["title: Suspected cartel money man held in Zapopan", "outlet: Coastline Daily",
                      "url: https://coastline.example/2023/03/cartel-money-man"])
    body = body.replace("Mexican authorities", "Mexican officials").replace("gated housing", "gated residential")
    return f"{head}\n\n{body.replace('a key money manager', 'an important money manager')}"


def test_a_new_near_copy_joins_the_story_of_its_original_without_raising_outlets(
    examples_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "grown.db"
    build([EXAMPLES], db)
    before, stories_before = _fact_outlets(db), _by_file(db)
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "99_coastline_repost.txt").write_text(_near_copy(EXAMPLES / "02_pacificherald_cjng_arrest.txt"),
                                                   encoding="utf-8")
    build([EXAMPLES, extra], db)
    arts = _by_file(db)
    assert arts["99"]["copy_of"] == arts["02"]["id"]
    assert arts["99"]["story_id"] == arts["02"]["story_id"] == stories_before["02"]["story_id"]
    assert {k: a["story_id"] for k, a in arts.items() if k != "99"} == {
        k: a["story_id"] for k, a in stories_before.items()}
    after = _fact_outlets(db)
    shared = set(before) & set(after)
    assert shared and all(after[f] == before[f] for f in shared)
    assert max(after.values()) <= 2


def test_a_rebuild_of_the_same_input_gives_the_same_stories_and_conflicts(examples_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "again.db"
    build([EXAMPLES], db)
    for path in (db, examples_db):
        build([EXAMPLES], path)  # a rebuild on top of itself changes nothing either
    rows = []
    for path in (examples_db, db):
        store = open_store(path)
        try:
            rows.append([[dict(r) for r in store.query(q)] for q in (
                "SELECT id, label FROM stories ORDER BY id", "SELECT id, story_id, copy_of FROM articles ORDER BY id",
                "SELECT * FROM conflicts ORDER BY id")])
        finally:
            store.close()
    assert rows[0] == rows[1]


# --- the shared seeds (skipped when ../shared is absent) ---------------------------------------------

def test_seeds_002_and_003_are_one_story_and_000_its_own(tmp_path: Path) -> None:
    seeds = need_shared(SEEDS)
    db = tmp_path / "seeds.db"
    build([seeds], db)
    arts = _by_file(db)
    assert arts["00"]["story_id"] is not None
    store = open_store(db)
    try:
        by_name = {Path(r["source"]).name[:3]: dict(r) for r in store.query("SELECT * FROM articles")}
        conflicts = fact_queries.conflicts(store)
    finally:
        store.close()
    assert by_name["002"]["story_id"] == by_name["003"]["story_id"] != by_name["000"]["story_id"]
    weekday = [c for c in conflicts if c["kind"] == "weekday_mismatch"]
    assert weekday and any(e["article_id"] == by_name["002"]["id"] for c in weekday for e in c["evidence"])


# --- incremental builds and the outlet invariant ----------------------------------------------------

EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.name[:2].isdigit())


def _rows(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def _story_of(db: Path) -> dict[str, str]:
    """{example file prefix: story id}; the two JSONL records are "06a" and "06b" in id order."""
    out: dict[str, str] = {}
    for source, story in _rows(db, "SELECT source, story_id FROM articles ORDER BY source, id"):
        prefix = Path(source.split("#")[0]).name[:2]
        out[prefix if prefix != "06" else "06" + "ab"[sum(k.startswith("06") for k in out)]] = story
    return out


def test_every_outlet_count_credits_a_copy_to_its_original(examples_db: Path) -> None:
    outlets = dict(_rows(examples_db, "SELECT id, outlet FROM articles"))
    copy_of = dict(_rows(examples_db, "SELECT id, copy_of FROM articles WHERE copy_of IS NOT NULL"))
    with_copy = 0
    for table in ("relations", "claims", "events"):
        for fid, n in _rows(examples_db, f"SELECT id, outlets FROM {table}"):
            arts = {a for (a,) in _rows(examples_db, "SELECT article_id FROM evidence WHERE fact_id = ?", (fid,))}
            assert n == len({outlets[copy_of.get(a, a)] for a in arts}), (table, fid)
            with_copy += bool(arts & set(copy_of))
    assert copy_of and with_copy >= 5


def test_articles_added_later_join_the_stories_a_full_build_gives(examples_db: Path, tmp_path: Path) -> None:
    from casegraph.export import export
    from casegraph.store import open_store

    db = tmp_path / "incremental.db"
    build([p for p in EXAMPLE_FILES if p.name[:2] not in ("02", "03")], db)
    before = _story_of(db)
    build(EXAMPLE_FILES, db)
    after = _story_of(db)
    assert after["02"] == after["03"] == after["01"] == before["01"]  # the stored story kept its id and grew
    assert all(after[k] == story for k, story in before.items())
    assert after == _story_of(examples_db)
    exported = []
    for name in ("a.json", "b.json"):
        build(EXAMPLE_FILES, db)
        store = open_store(db)
        try:
            export(store, "json", tmp_path / name)
        finally:
            store.close()
        exported.append((tmp_path / name).read_bytes())
    assert exported[0] == exported[1]


# --- optional sentence embeddings (a hand-written embedder stands in for the model) ------------------

def test_embeddings_join_a_paraphrase_that_tfidf_alone_leaves_apart() -> None:
    from casegraph.resolve.story_embeddings import blend

    first = "Gunmen opened fire on the mayor's convoy outside the town hall late on Friday evening."
    paraphrase = "Armed attackers shot at the municipal leader's motorcade near city offices during Friday night."

    def embed(texts: Sequence[str]) -> list[list[float]]:  # one direction per topic
        return [[1.0, 0.0] if ("fire" in t or "shot" in t) else [0.0, 1.0] for t in texts]

    docs = [_doc("a", 3, ["mayor", "y1", "y2", "y3"], first), _doc("b", 3, ["mayor", "x1", "x2", "x3"], paraphrase),
            _doc("c", 3, ["council"], "Council votes on a budget for lamps and parks.")]
    assert sorted(s.article_ids for s in cluster_stories(docs)) == [["a"], ["b"], ["c"]]
    assert sorted(s.article_ids for s in cluster_stories(docs, embed=embed)) == [["a", "b"], ["c"]]
    mixed = blend({0: 0.6, 3: 0.8}, [0.0, 1.0], 0.5)
    assert abs(sum(v * v for v in mixed.values()) - 1.0) < 1e-9 and min(mixed) == -2


def test_in_a_small_focused_corpus_the_words_most_reports_share_still_count() -> None:
    # A reporter's folder: 16 reports of one warehouse raid and 6 of other things. The raid's words
    # are in most of the articles; they tell the raid's reports apart from the rest, they are not
    # words of all news.
    angles = ["the navy", "a customs officer", "the governor", "port workers", "a prosecutor", "the owner",
              "a neighbour", "the mayor", "an analyst", "a union leader", "the police chief", "a lawyer",
              "the harbour master", "a trucker", "a senator", "the coast guard"]
    raid = [_doc(f"r{i:02d}", 2 + i % 3, ["red heron", "red heron", "red heron", f"witness-{i}", "marvela"],
                 f"Soldiers raided a warehouse at the port and seized cocaine hidden in banana crates; "
                 f"{angle} spoke about the raid, the seized crates and the warehouse.")
            for i, angle in enumerate(angles)]
    other = [_doc(f"x{i}", 3, [f"person-{i}", "marvela"], text) for i, text in enumerate([
        "The council approved the street lighting budget after a long debate about lamps.",
        "A storm is expected over the coast later in the week, forecasters said.",
        "The football club signed a young striker from a rival team.",
        "Teachers marched to demand higher pay and smaller classes.",
        "A new bridge over the river will open next spring.",
        "The museum showed paintings by local artists for the first time.",
    ])]
    stories = cluster_stories([*raid, *other], window_days=10)
    story_of = {a: s.id for s in stories for a in s.article_ids}
    assert len({story_of[d.article_id] for d in raid}) == 1
    assert all(story_of[d.article_id] != story_of["r00"] for d in other)
