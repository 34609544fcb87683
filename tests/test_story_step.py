"""The corpus story step's own rules: which events an article reports as news, publication days."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from casegraph.build import build
from casegraph.graph import Graph, GraphEntity, GraphFact
from casegraph.models import UNNAMED_KIND, Article, DateValue, Event, Evidence, Mention
from casegraph.resolve.story_conflicts import claim_conflicts
from casegraph.story_step import is_news, news_types, published_day, story_docs, story_entity_key

from .conftest import EXAMPLES

PUBLISHED = date(2022, 10, 12)


def _event(value: str | None, precision: str = "day") -> Event:
    when = DateValue(value, precision, value) if value else None  # type: ignore[arg-type]
    return Event("a1", "arrest", "happened", Evidence("a1", 0, 5, 0, 10), date=when)


@pytest.mark.parametrize(("value", "precision", "news"), [
    (None, "day", True),  # undated: what the article reports
    ("2022-10-11", "day", True),  # "on Tuesday"
    ("2022-10", "month", True),  # "this month"
    ("2022-10-03", "day", True),  # within the ten-day window
    ("2022-09-20", "day", False),
    ("2020-08", "month", False),  # "was arrested in August 2020": background
    ("2020", "year", False),
    ("2022", "year", True),
])
def test_events_dated_far_from_publication_are_background(value: str | None, precision: str, news: bool) -> None:
    assert is_news(_event(value, precision), PUBLISHED, 10) is news


def test_an_undated_article_keeps_all_its_events() -> None:
    assert is_news(_event("2001-01-01"), None, 10)


def test_published_day_needs_a_full_date() -> None:
    def art(value: str | None, precision: str = "day") -> Article:
        published = DateValue(value, precision, value) if value else None  # type: ignore[arg-type]
        return Article("a", "src", "text", published=published)

    assert published_day(art("2023-03-02")) == date(2023, 3, 2)
    assert published_day(art("2023-03", "month")) is None and published_day(art(None)) is None


def test_a_build_of_two_reports_of_one_arrest_is_one_story(tmp_path: Path) -> None:
    db = tmp_path / "two.db"
    build([EXAMPLES / "01_borderwire_cjng_arrest.txt", EXAMPLES / "02_pacificherald_cjng_arrest.txt"], db)
    con = sqlite3.connect(db)
    try:
        stories = {s for (s,) in con.execute("SELECT story_id FROM articles")}
    finally:
        con.close()
    assert len(stories) == 1 and None not in stories


def _said(fid: str, aid: str, speaker: str, stance: str, about: list[str], text: str) -> GraphFact:
    fields = {"speaker": speaker, "stance": stance, "cue": "said", "text": text, "direct": False, "about": about,
              "medium": None, "date": None}
    return GraphFact("claim", fid, fields, [Evidence(aid, 0, 5, 0, 10)])


@pytest.mark.parametrize(("asserted", "paired"), [
    ("that he would have been freed if the court had agreed", False),  # only function words in common
    ("that he had run the smuggling ring for a decade", True),  # "smuggling" is what both are about
])
def test_an_assertion_is_paired_with_a_denial_only_on_content_words(asserted: str, paired: bool) -> None:
    graph = Graph(entities=[GraphEntity("e1", "PERSON", "Ana Ruiz"), GraphEntity("e2", "PERSON", "Luis Ortega")])
    graph.claims = [_said("c1", "a", "e2", "assert", ["e1"], asserted),
                    _said("c2", "b", "e1", "deny", [], "that she would ever have joined any smuggling operation")]
    graph.story_of = {"a": "s", "b": "s"}
    assert bool(claim_conflicts(graph)) is paired


def test_a_denial_pairs_with_what_it_answers_not_with_any_allegation_about_the_denier() -> None:
    graph = Graph(entities=[GraphEntity("e1", "PERSON", "Ana Ruiz"), GraphEntity("e2", "PERSON", "Luis Ortega")])
    allegation = _said("c1", "a", "e2", "allege", ["e1"], "Ruiz for her support of the port concession")
    denial = _said("c2", "b", "e1", "deny", ["e1"], "that she mishandled the customs files")
    denial.fields["cue"] = "denied"
    graph.claims = [allegation, denial]
    graph.story_of = {"a": "s", "b": "s"}
    assert claim_conflicts(graph) == []  # an explicit denial of something else
    denial.fields["text"] = "the accusations"
    assert len(claim_conflicts(graph)) == 1  # "denied the accusations" answers the allegation


def test_dated_news_events_name_the_story_before_undated_or_possible_ones() -> None:
    def event(etype: str, status: str, value: str | None) -> Event:
        when = DateValue(value, "day", value) if value else None
        return Event("a", etype, status, Evidence("a", 0, 1, 0, 1), [], when)  # type: ignore[arg-type]


    published = date(2021, 8, 21)
    events = [event("killing", "happened", None), event("killing", "happened", "1985"),
              event("statement", "happened", "2021-08-20"), event("extradition", "hypothetical", None)]
    assert news_types(events, published, 10) == ["statement"]
    undated = [event("trial", "happened", None), event("release", "hypothetical", None)]
    assert news_types(undated, published, 10) == ["trial"]


def test_unnamed_sources_are_compared_across_articles_by_their_description() -> None:
    """An unnamed source is an entity of its own article; for stories its description is shared."""
    articles = {aid: Article(aid, f"{aid}.txt", "text") for aid in ("a", "b")}

    def mention(aid: str) -> Mention:
        return Mention(aid, 0, 5, "name", "PERSON", 1)

    graph = Graph(entities=[
        GraphEntity("e-climber-a", "PERSON", "An Australian climber", UNNAMED_KIND, mentions=[mention("a")]),
        GraphEntity("e-climber-b", "PERSON", "AN AUSTRALIAN climber", UNNAMED_KIND, mentions=[mention("b")]),
        GraphEntity("e-vinar", "PERSON", "Mark Vinar", mentions=[mention("a"), mention("b")]),
        GraphEntity("e-police-a", "ORG", "Police", UNNAMED_KIND, mentions=[mention("a")]),
        GraphEntity("e-police-b", "ORG", "the police", UNNAMED_KIND, mentions=[mention("b")]),
    ])
    docs = {d.article_id: d.entity_ids for d in story_docs(graph, [], articles, {})}
    assert docs["a"] == sorted(["e-vinar", "described:an australian climber", "role:police"])
    assert docs["b"] == sorted(["e-vinar", "described:an australian climber", "role:the police"])
    assert story_entity_key(graph.entities[2]) == "e-vinar"
