"""Copies, stories, outlets and cross-article conflicts: hand-written texts, hand-built StoryDocs,
the project's examples and (when present) the shared seeds built end to end."""

from __future__ import annotations

from datetime import date

from casegraph.resolve.copies import CopyIndex, find_copies
from casegraph.resolve.stories import Story, StoryDoc, cluster_stories

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
