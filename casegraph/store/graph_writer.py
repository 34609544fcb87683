"""Replace the resolved part of the store with a freshly resolved graph, in one transaction."""

from __future__ import annotations

import json
from typing import Any

from ..graph import Graph, GraphFact
from ..text import fold
from .base import Cursor, Store
from .tables import RESOLVED_TABLES


def _j(value: Any) -> str | None:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value is not None else None


def write_graph(store: Store, graph: Graph) -> None:
    with store.transaction() as tx:
        for table in RESOLVED_TABLES:
            tx.execute(f"DELETE FROM {table}")
        for e in graph.entities:
            tx.execute(
                "INSERT INTO entities(id, type, kind, name, articles, mentions) VALUES (?,?,?,?,?,?)",
                (e.id, e.type, e.kind, e.name, len(e.article_ids), len(e.mentions)),
            )
            for alias in sorted({e.name, *e.aliases}):
                tx.execute("INSERT INTO aliases(entity_id, alias, folded) VALUES (?,?,?)", (e.id, alias, fold(alias)))
            tx.executemany("INSERT INTO roles(entity_id, role) VALUES (?,?)", [(e.id, r) for r in e.roles])
            tx.executemany(
                'INSERT INTO mentions(id, article_id, start, "end", text, type, via, local_key, entity_id,'
                " sentence_start, sentence_end) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (m.id, m.article_id, m.start, m.end, m.text, e.type, m.via, m.entity, e.id,
                     m.sentence_start, m.sentence_end)
                    for m in e.mentions
                ],
            )
        for f in graph.relations:
            d = f.fields
            tx.execute(
                "INSERT INTO relations(id, type, subject, object, role, modality, attributed_to, time, outlets)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (f.id, d["type"], d["subject"], d["object"], d.get("role"), d["modality"], d.get("attributed_to"),
                 _j(d.get("time")), f.outlets),
            )
        for f in graph.claims:
            d = f.fields
            tx.execute(
                "INSERT INTO claims(id, speaker, stance, cue, text, direct, medium, date, outlets)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (f.id, d["speaker"], d["stance"], d["cue"], d["text"], int(d["direct"]), d.get("medium"),
                 _j(d.get("date")), f.outlets),
            )
            tx.executemany("INSERT INTO claim_about(claim_id, entity_id) VALUES (?,?)", [(f.id, a) for a in d["about"]])
        for f in graph.events:
            d = f.fields
            tx.execute(
                "INSERT INTO events(id, type, status, date, place, outlets) VALUES (?,?,?,?,?,?)",
                (f.id, d["type"], d["status"], _j(d.get("date")), d.get("place"), f.outlets),
            )
            tx.executemany(
                "INSERT INTO event_participants(event_id, entity_id, role) VALUES (?,?,?)",
                [(f.id, p["entity_id"], p.get("role")) for p in d["participants"]],
            )
        for f in graph.conflicts:
            tx.execute("INSERT INTO conflicts(id, kind, description) VALUES (?,?,?)",
                       (f.id, f.fields["kind"], f.fields["description"]))
        for fact in (*graph.relations, *graph.claims, *graph.events, *graph.conflicts):
            _write_evidence(tx, fact)
        tx.execute("UPDATE articles SET story_id = NULL, copy_of = NULL")
        for s in graph.stories:
            tx.execute("INSERT INTO stories(id, label) VALUES (?,?)", (s.id, s.label))
            tx.executemany("UPDATE articles SET story_id = ? WHERE id = ?", [(s.id, a) for a in s.article_ids])
        tx.executemany("UPDATE articles SET copy_of = ? WHERE id = ?", [(o, c) for c, o in graph.copy_of.items()])
        _write_reviews(tx, graph)


def _write_evidence(tx: Cursor, fact: GraphFact) -> None:
    tx.executemany(
        'INSERT INTO evidence(fact_kind, fact_id, article_id, start, "end", sentence_start, sentence_end)'
        " VALUES (?,?,?,?,?,?,?)",
        [(fact.kind, fact.id, e.article_id, e.start, e.end, e.sentence_start, e.sentence_end) for e in fact.evidence],
    )


def _write_reviews(tx: Cursor, graph: Graph) -> None:
    tx.execute("DELETE FROM reviews")
    for fact in (*graph.relations, *graph.claims, *graph.events):
        if "review" in fact.fields:
            tx.execute("INSERT INTO reviews(fact_id, verdict) VALUES (?,?)", (fact.id, fact.fields["review"]))
