"""A small hand-built graph (two articles, annotations written by hand) for store and export tests."""

from __future__ import annotations

import io
from pathlib import Path

from casegraph.corpus import rebuild_graph
from casegraph.export.json_export import export_json
from casegraph.models import (
    Annotation,
    Article,
    Claim,
    DateValue,
    Event,
    Evidence,
    LocalEntity,
    Mention,
    Participant,
    Relation,
)
from casegraph.store import Store, open_store

TEXT_A = "Governor Hector Ruiz Mena met Captain Ana Ortiz. Ruiz Mena said Ortiz works for the Lobos Cartel."
TEXT_B = "Hector Ruiz Mena denied everything on Monday. Ortiz was not reached."


def mention(aid: str, text: str, phrase: str, label: str, key: int, occurrence: int = 0, via: str = "name") -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    sent_start = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
    sent_end = text.find(".", start) + 1
    return Mention(aid, start, start + len(phrase), phrase, label, key, via, sent_start, sent_end)  # type: ignore[arg-type]


def handmade_articles() -> list[tuple[Article, Annotation]]:
    a = Article("a1", "one.txt", TEXT_A, published=DateValue("2024-03-04", "day", "2024-03-04"), outlet="Daily One")
    b = Article("b2", "two.txt", TEXT_B, published=DateValue("2024-03-05", "day", "2024-03-05"), outlet="Two News")
    ann_a = Annotation(
        "a1",
        "en",
        entities=[
            LocalEntity(0, "PERSON", "Hector Ruiz Mena", ["Hector Ruiz Mena", "Ruiz Mena"], ["Governor"]),
            LocalEntity(1, "PERSON", "Ana Ortiz", ["Ana Ortiz", "Ortiz"], ["Captain"]),
            LocalEntity(2, "ORG", "Lobos Cartel", ["Lobos Cartel"], [], "criminal_organization"),
        ],
        mentions=[
            mention("a1", TEXT_A, "Hector Ruiz Mena", "PERSON", 0),
            mention("a1", TEXT_A, "Ana Ortiz", "PERSON", 1),
            mention("a1", TEXT_A, "Ruiz Mena", "PERSON", 0, 1),
            mention("a1", TEXT_A, "Ortiz", "PERSON", 1, 1),
            mention("a1", TEXT_A, "Lobos Cartel", "ORG", 2),
        ],
    )
    s2 = TEXT_A.index("Ruiz Mena said")
    ev = Evidence("a1", s2, len(TEXT_A), s2, len(TEXT_A))
    ann_a.relations.append(Relation("a1", "works_for", 1, 2, "alleged", ev, attributed_to=0))
    ann_a.claims.append(Claim("a1", 0, "allege", "said", "Ortiz works for the Lobos Cartel", False, [1, 2], ev))
    ann_b = Annotation(
        "b2",
        "en",
        entities=[
            LocalEntity(0, "PERSON", "Hector Ruiz Mena", ["Hector Ruiz Mena"]),
            LocalEntity(1, "PERSON", "Ortiz", ["Ortiz"]),
        ],
        mentions=[mention("b2", TEXT_B, "Hector Ruiz Mena", "PERSON", 0), mention("b2", TEXT_B, "Ortiz", "PERSON", 1)],
    )
    evb = Evidence("b2", 0, TEXT_B.index(".") + 1, 0, TEXT_B.index(".") + 1)
    ann_b.events.append(
        Event("b2", "statement", "happened", evb, [Participant(0, "speaker")], DateValue("2024-03-04", "day", "Monday"))
    )
    return [(a, ann_a), (b, ann_b)]


def build_handmade(path: str | Path) -> Store:
    store = open_store(path)
    for article, annotation in handmade_articles():
        store.upsert_article(article)
        store.save_annotation(annotation, "test")
    rebuild_graph(store)
    return store


def export_text(store: Store) -> str:
    buf = io.StringIO()
    export_json(store, buf)
    return buf.getvalue()
