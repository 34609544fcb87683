"""The graph as contract-shaped records (graph.schema.json), streamed from the store in a stable order."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from ..store import Store


class ArticleTexts:
    """Article texts for evidence sentences, loaded on demand and kept small."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache: dict[str, str] = {}

    def sentence(self, article_id: str, start: int, end: int) -> str:
        if article_id not in self.cache:
            if len(self.cache) > 256:
                self.cache.clear()
            self.cache[article_id] = self.store.query("SELECT text FROM articles WHERE id = ?", (article_id,))[0][
                "text"
            ]
        return self.cache[article_id][start:end]


def _date(raw: str | None) -> dict[str, Any] | None:
    return json.loads(raw) if raw else None


def articles(store: Store) -> Iterator[dict[str, Any]]:
    for r in store.query("SELECT * FROM articles ORDER BY id"):
        published = None
        if r["published_precision"]:
            published = {
                "value": r["published_value"],
                "precision": r["published_precision"],
                "text": r["published_text"],
            }
        yield {
            "id": r["id"],
            "source": r["source"],
            "url": r["url"],
            "outlet": r["outlet"],
            "title": r["title"],
            "language": r["language"],
            "published": published,
            "text_chars": r["text_chars"],
            "story_id": r["story_id"],
            "copy_of": r["copy_of"],
        }


def entities(store: Store) -> Iterator[dict[str, Any]]:
    for e in store.query("SELECT * FROM entities ORDER BY id"):
        names = [
            r["alias"] for r in store.query("SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias", (e["id"],))
        ]
        roles = [r["role"] for r in store.query("SELECT role FROM roles WHERE entity_id = ? ORDER BY role", (e["id"],))]
        mentions = [
            {"article_id": m["article_id"], "start": m["start"], "end": m["end"], "text": m["text"], "via": m["via"]}
            for m in store.query(
                'SELECT article_id, start, "end", text, via FROM mentions WHERE entity_id = ?'
                ' ORDER BY article_id, start, "end"',
                (e["id"],),
            )
        ]
        yield {
            "id": e["id"],
            "type": e["type"],
            "kind": e["kind"],
            "name": e["name"],
            "aliases": [n for n in names if n != e["name"]],
            "roles": roles,
            "article_ids": sorted({m["article_id"] for m in mentions}),
            "mentions": mentions,
        }


def _evidence(store: Store, texts: ArticleTexts, kind: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    rows = store.query('SELECT * FROM evidence WHERE fact_kind = ? ORDER BY fact_id, article_id, start, "end"', (kind,))
    for r in rows:
        out[r["fact_id"]].append(
            {
                "article_id": r["article_id"],
                "start": r["start"],
                "end": r["end"],
                "sentence": texts.sentence(r["article_id"], r["sentence_start"], r["sentence_end"]),
            }
        )
    return out


def _rejected(store: Store) -> set[str]:
    return {r["fact_id"] for r in store.query("SELECT fact_id FROM reviews WHERE verdict = 'rejected'")}


def relations(store: Store, texts: ArticleTexts, include_rejected: bool = False) -> Iterator[dict[str, Any]]:
    ev, rejected = _evidence(store, texts, "relation"), _rejected(store)
    for r in store.query("SELECT * FROM relations ORDER BY id"):
        if r["id"] in rejected and not include_rejected:
            continue
        yield {
            "id": r["id"],
            "type": r["type"],
            "subject": r["subject"],
            "object": r["object"],
            "role": r["role"],
            "modality": r["modality"],
            "attributed_to": r["attributed_to"],
            "time": _date(r["time"]),
            "evidence": ev[r["id"]],
            "outlets": r["outlets"],
        }


def claims(store: Store, texts: ArticleTexts, include_rejected: bool = False) -> Iterator[dict[str, Any]]:
    ev, rejected = _evidence(store, texts, "claim"), _rejected(store)
    about: dict[str, list[str]] = defaultdict(list)
    for r in store.query("SELECT claim_id, entity_id FROM claim_about ORDER BY claim_id, entity_id"):
        about[r["claim_id"]].append(r["entity_id"])
    for c in store.query("SELECT * FROM claims ORDER BY id"):
        if c["id"] in rejected and not include_rejected:
            continue
        yield {
            "id": c["id"],
            "speaker": c["speaker"],
            "stance": c["stance"],
            "cue": c["cue"],
            "text": c["text"],
            "direct": bool(c["direct"]),
            "about": about[c["id"]],
            "medium": c["medium"],
            "date": _date(c["date"]),
            "evidence": ev[c["id"]],
            "outlets": c["outlets"],
        }


def events(store: Store, texts: ArticleTexts, include_rejected: bool = False) -> Iterator[dict[str, Any]]:
    ev, rejected = _evidence(store, texts, "event"), _rejected(store)
    parts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in store.query("SELECT * FROM event_participants ORDER BY event_id, entity_id, role"):
        parts[r["event_id"]].append({"entity_id": r["entity_id"], "role": r["role"]})
    for e in store.query("SELECT * FROM events ORDER BY id"):
        if e["id"] in rejected and not include_rejected:
            continue
        yield {
            "id": e["id"],
            "type": e["type"],
            "status": e["status"],
            "date": _date(e["date"]),
            "participants": parts[e["id"]],
            "place": e["place"],
            "evidence": ev[e["id"]],
            "outlets": e["outlets"],
        }


def stories(store: Store) -> Iterator[dict[str, Any]]:
    members: dict[str, list[str]] = defaultdict(list)
    for r in store.query("SELECT id, story_id FROM articles WHERE story_id IS NOT NULL ORDER BY id"):
        members[r["story_id"]].append(r["id"])
    for s in store.query("SELECT * FROM stories ORDER BY id"):
        yield {"id": s["id"], "label": s["label"], "article_ids": members[s["id"]]}


def conflicts(store: Store, texts: ArticleTexts) -> Iterator[dict[str, Any]]:
    ev = _evidence(store, texts, "conflict")
    for c in store.query("SELECT * FROM conflicts ORDER BY id"):
        yield {"id": c["id"], "kind": c["kind"], "description": c["description"], "evidence": ev[c["id"]]}
