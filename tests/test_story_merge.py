"""The story clusterer's merge pass, on hand-built StoryDocs and hand-built stories: a story moves
into another only when each of its articles would join that one alone."""

from __future__ import annotations

from datetime import date

from casegraph.resolve.story_clusterer import Clusterer
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
    assert c.merge(docs) == 1
    assert sorted(big.members) == ["a1", "a2", "b1", "b2", "b3"] and not pair.members
    assert c.stories["s-budget"].members == ["c1"]


def test_one_article_that_does_not_fit_keeps_the_story_apart() -> None:
    docs = [*_seizure_reports()[:5], _doc("a3", ["council", "mayor", "navy"], BUDGET)]
    c = Clusterer(docs, StoryParams())
    pair, big = _story(c, "s-pair", ["a1", "a2", "a3"]), _story(c, "s-big", ["b1", "b2", "b3"])
    c.fixed.add(big.id)  # only the question whether the three move into it
    assert c.score(big, c.docs["a3"]) is None  # no name in common: no match at all
    assert c.merge(docs) == 0
    assert sorted(pair.members) == ["a1", "a2", "a3"] and len(big.members) == 3


def test_a_story_stored_before_the_run_keeps_its_members() -> None:
    docs = _seizure_reports()
    c = Clusterer(docs, StoryParams())
    kept = _story(c, "s-kept", ["a1", "a2"])
    c.fixed.add(kept.id)
    big = _story(c, "s-big", ["b1", "b2", "b3"])
    c.merge([d for d in docs if d.article_id.startswith("b")])  # only the new articles may move
    assert {"a1", "a2"} <= set(kept.members)
    assert not big.members or "a1" not in big.members


def test_dated_stories_merge_only_when_together_they_fit_in_one_window() -> None:
    near, far = _seizure_reports(day_a=2, day_b=9), _seizure_reports(day_a=2, day_b=14)
    for docs, merged in ((near, 1), (far, 0)):
        c = Clusterer(docs, StoryParams(window_days=10))
        _story(c, "s-pair", ["a1", "a2"])
        big = _story(c, "s-big", ["b1", "b2", "b3"])
        big.add_date(date(2024, 5, 4))  # the big story already reaches back towards the pair
        assert all(c.score(big, c.docs[a]) is not None for a in ("a1", "a2"))  # each is within the window
        assert c.merge(docs) == merged


def test_a_story_larger_than_the_merge_limit_is_not_moved_whole() -> None:
    docs = _seizure_reports()
    for limit, merged in ((1, 0), (2, 1)):
        c = Clusterer(docs, StoryParams(merge_max_articles=limit))
        pair = _story(c, "s-pair", ["a1", "a2"])
        c.fixed.add(_story(c, "s-big", ["b1", "b2", "b3"]).id)
        assert c.merge(docs) == merged
        assert len(pair.members) == 2 - 2 * merged
