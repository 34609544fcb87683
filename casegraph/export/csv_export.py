"""`export --format csv`: a folder of tables (articles, entities, aliases, mentions, facts, evidence)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..store import Store
from . import records


def _flat(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("value")
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write(path: Path, columns: list[str], rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_flat(row.get(c)) for c in columns])
            n += 1
    return n


def _evidence_rows(kind: str, items: Iterable[dict[str, Any]], keep: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for item in items:
        for ev in item["evidence"]:
            keep.append({"fact_kind": kind, "fact_id": item["id"], **ev})
        yield item


def _aliases(store: Store) -> Iterator[dict[str, Any]]:
    for e in records.entities(store):
        for alias in e["aliases"]:
            yield {"entity_id": e["id"], "alias": alias}


def _mentions(store: Store) -> Iterator[dict[str, Any]]:
    for e in records.entities(store):
        for m in e["mentions"]:
            yield {"entity_id": e["id"], **m}


def export_csv(store: Store, folder: Path) -> dict[str, int]:
    """Write one CSV per table into `folder`; returns rows written per file."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = records.ArticleTexts(store)
    evidence: list[dict[str, Any]] = []
    counts = {
        "articles.csv": _write(
            folder / "articles.csv",
            ["id", "source", "url", "outlet", "title", "language", "published", "text_chars", "story_id", "copy_of"],
            records.articles(store),
        ),
        "entities.csv": _write(
            folder / "entities.csv", ["id", "type", "kind", "name", "roles", "article_ids"], records.entities(store)
        ),
        "aliases.csv": _write(folder / "aliases.csv", ["entity_id", "alias"], _aliases(store)),
        "mentions.csv": _write(
            folder / "mentions.csv", ["entity_id", "article_id", "start", "end", "text", "via"], _mentions(store)
        ),
        "relations.csv": _write(
            folder / "relations.csv",
            ["id", "type", "subject", "object", "role", "modality", "attributed_to", "time", "outlets"],
            _evidence_rows("relation", records.relations(store, texts), evidence),
        ),
        "claims.csv": _write(
            folder / "claims.csv",
            ["id", "speaker", "stance", "cue", "text", "direct", "about", "medium", "date", "outlets"],
            _evidence_rows("claim", records.claims(store, texts), evidence),
        ),
        "events.csv": _write(
            folder / "events.csv",
            ["id", "type", "status", "date", "participants", "place", "outlets"],
            _evidence_rows("event", records.events(store, texts), evidence),
        ),
        "stories.csv": _write(folder / "stories.csv", ["id", "label", "article_ids"], records.stories(store)),
        "conflicts.csv": _write(
            folder / "conflicts.csv",
            ["id", "kind", "description"],
            _evidence_rows("conflict", records.conflicts(store, texts), evidence),
        ),
    }
    counts["evidence.csv"] = _write(
        folder / "evidence.csv", ["fact_kind", "fact_id", "article_id", "start", "end", "sentence"], evidence
    )
    return counts
