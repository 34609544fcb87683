"""The story clusterer on hand-built StoryDocs and hand-built stories: the merge pass (a story moves
into another only when each of its articles would join that one alone), unnamed sources in the
entity floor and in labels, and fresh story names."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

from casegraph.resolve.stories import cluster_stories
from casegraph.resolve.story_clusterer import Clusterer
from casegraph.resolve.story_label import story_label
from casegraph.resolve.story_merge import merge_fragments
from casegraph.resolve.story_state import StoryDoc, StoryParams, StoryState

SEIZURE = ("Customs officers at the Marvela harbour found cocaine hidden in banana crates and detained "
           "the shipping agent Octavio Ferrand at the dock, prosecutors said.")
FOLLOW_UP = ("A judge ordered the shipping agent Octavio Ferrand held over the cocaine found in banana "
             "crates at the Marvela harbour; prosecutors said the crew was questioned.")
BUDGET = "The council approved the street lighting budget after a long debate about lamps and contracts."
NAMES = ["ferrand", "ferrand", "marvela", "customs"]


def _doc(aid: str, entities: list[str], text: str, day: int | None = None) -> StoryDoc:
    return StoryDoc(aid, date(2024, 5, day) if day else None, f"outlet {aid}", "en", text, entities)


def _story(c: Clusterer, sid: str, members: list[str]) -> StoryState:
    state = c.stories.setdefault(sid, StoryState(id=sid))
    for aid in members:
        c.join(state, aid)
    return state


def _seizure_reports(day_a: int | None = None, day_b: int | None = None) -> list[StoryDoc]:
    return [
        _doc("a1", [*NAMES, "navy"], SEIZURE, day_a),
        _doc("a2", [*NAMES, "navy"], SEIZURE + " The navy helped.", day_a),
        _doc("b1", [*NAMES, "judge"], FOLLOW_UP, day_b),
        _doc("b2", [*NAMES, "judge", "crew"], FOLLOW_UP + " The crew was released.", day_b),
        _doc("b3", [*NAMES, "crew"], FOLLOW_UP, day_b),
        _doc("c1", ["council", "mayor"], BUDGET),
    ]


def test_a_story_whose_every_article_fits_another_moves_into_it() -> None:
    docs = _seizure_reports()
    c = Clusterer(docs, StoryParams())
    pair, big = _story(c, "s-pair", ["a1", "a2"]), _story(c, "s-big", ["b1", "b2", "b3"])
    _story(c, "s-budget", ["c1"])
    assert all((c.score(big, c.docs[a]) or 0.0) >= c.p.threshold for a in ("a1", "a2"))
    assert merge_fragments(c, docs) == 1
    assert sorted(big.members) == ["a1", "a2", "b1", "b2", "b3"] and not pair.members
    assert c.stories["s-budget"].members == ["c1"]


def test_one_article_that_does_not_fit_keeps_the_story_apart() -> None:
    docs = [*_seizure_reports()[:5], _doc("a3", ["council", "mayor", "navy"], BUDGET)]
    c = Clusterer(docs, StoryParams())
    pair, big = _story(c, "s-pair", ["a1", "a2", "a3"]), _story(c, "s-big", ["b1", "b2", "b3"])
    c.fixed.add(big.id)  # only the question whether the three move into it
    assert c.score(big, c.docs["a3"]) is None  # no name in common: no match at all
    assert merge_fragments(c, docs) == 0
    assert sorted(pair.members) == ["a1", "a2", "a3"] and len(big.members) == 3


def test_a_story_stored_before_the_run_keeps_its_members() -> None:
    docs = _seizure_reports()
    for fixed, merged in ((False, 1), (True, 0)):
        c = Clusterer(docs, StoryParams())
        kept = _story(c, "s-kept", ["a1", "a2"])
        c.fixed.add(_story(c, "s-big", ["b1", "b2", "b3"]).id)
        if fixed:
            c.fixed.add(kept.id)
        assert merge_fragments(c, docs) == merged  # every article may move; only the stored story's may not
        assert sorted(kept.members) == ([] if merged else ["a1", "a2"])


def test_a_merge_may_not_stretch_the_target_beyond_one_window() -> None:
    for day_a, merged in ((9, 1), (14, 1), (None, 1), (25, 0)):
        docs = [*_seizure_reports(day_a=day_a, day_b=12)]
        c = Clusterer(docs, StoryParams(window_days=10))
        _story(c, "s-pair", ["a1", "a2"])
        big = _story(c, "s-big", ["b1", "b2", "b3"])
        big.add_date(date(2024, 5, 1))  # a story that has grown over more than a window already
        big.add_date(date(2024, 5, 20))
        assert merge_fragments(c, docs) == merged, day_a  # inside its range, undated, or within a window of it


def test_a_story_larger_than_the_merge_limit_is_not_moved_whole() -> None:
    docs = _seizure_reports()
    for limit, merged in ((1, 0), (2, 1)):
        c = Clusterer(docs, StoryParams(merge_max_articles=limit))
        pair = _story(c, "s-pair", ["a1", "a2"])
        c.fixed.add(_story(c, "s-big", ["b1", "b2", "b3"]).id)
        assert merge_fragments(c, docs) == merged
        assert len(pair.members) == 2 - 2 * merged


def test_cluster_stories_merges_a_fragment_the_first_pass_left_and_ignores_input_order() -> None:
    seizure = ("Customs officers at the Marvela harbour found cocaine hidden in banana crates and detained "
               "the shipping agent Octavio Ferrand at the dock, prosecutors said.")
    texts = {
        "a1": seizure,
        "a2": seizure.replace("said", "told reporters"),
        "b0": FOLLOW_UP,
        "b1": "Ferrand's lawyer said the agent knew nothing of the crates; the judge set a hearing for March.",
        "b2": "The navy said the cocaine seized at Marvela came from a cargo ship registered abroad.",
        "b3": "Prosecutors charged Octavio Ferrand with trafficking after the harbour seizure, court papers show.",
        "b4": "Dock workers at Marvela said customs had searched ships for weeks before the seizure.",
        "c1": BUDGET,
    }
    entities = {
        "a1": ["court", "customs", "ferrand", "ferrand", "marvela"], "a2": ["court", "customs", "ferrand", "marvela"],
        "b0": ["court", "dockers", "ferrand", "marvela"], "b1": ["ferrand", "lawyer", "marvela", "ministry"],
        "b2": ["dockers", "ferrand", "navy"], "b3": ["dockers", "ferrand", "marvela", "navy"],
        "b4": ["court", "dockers", "ferrand"], "c1": ["council", "mayor"],
    }
    docs = [StoryDoc(aid, text=texts[aid], entity_ids=entities[aid]) for aid in texts]
    first_pass = cluster_stories(docs, params=StoryParams(merge_rounds=0))
    assert ["b2", "b3"] in [s.article_ids for s in first_pass]  # two navy reports held each other apart
    stories = cluster_stories(docs)
    assert sorted(s.article_ids for s in stories) == [["a1", "a2", "b0", "b1", "b2", "b3", "b4"], ["c1"]]
    for seed in range(5):
        assert cluster_stories(random.Random(seed).sample(docs, len(docs))) == stories


def test_a_shared_bare_role_is_no_shared_name_but_a_shared_description_is() -> None:
    report = "Armed men robbed a jewellery store in the old town and fled on motorbikes, {} said."
    docs = [
        StoryDoc("x", text=report.format("police"), entity_ids=["role:police", "role:police", "ortega"]),
        StoryDoc("y", text=report.format("police"), entity_ids=["role:police", "role:police", "ibarra"]),
        StoryDoc("z", text=report.format("a Marvela jeweller"), entity_ids=["described:a marvela jeweller", "lugo"]),
        StoryDoc("w", text=report.format("a Marvela jeweller"), entity_ids=["described:a marvela jeweller", "pardo"]),
    ]
    c = Clusterer(docs, StoryParams())
    assert c.score(_story(c, "s-x", ["x"]), c.docs["y"]) is None
    assert (c.score(_story(c, "s-z", ["z"]), c.docs["w"]) or 0.0) >= c.p.threshold


def test_unnamed_sources_and_entities_of_departed_articles_never_name_a_story() -> None:
    counts = Counter({"role:police": 9, "described:an australian climber": 5, "gone": 0, "vinar": 2, "cook": 1})
    label = story_label(counts, {}, {}, None, {"vinar": "Mark Vinar", "cook": "Mt Cook", "gone": "Gone"})
    assert label == "Mark Vinar · Mt Cook"


def test_a_new_story_never_reuses_the_name_of_a_story_with_members() -> None:
    docs = _seizure_reports()
    c = Clusterer(docs, StoryParams())
    taken = c.new_story("a1")
    c.join(taken, "b1")
    fresh = c.new_story("a1")
    assert fresh is not taken and not fresh.members and taken.members == ["b1"]
