"""Read the graph: the library functions behind `entities`, `show` and `search` (CLI, API, web)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from .errors import Ambiguous, NotFound
from .store import Store
from .text import fold

SORTS = {"articles": "articles DESC, mentions DESC, name", "mentions": "mentions DESC, name", "name": "name"}


@dataclass
class EntityRow:
    id: str
    type: str
    kind: str | None
    name: str
    articles: int
    mentions: int


@dataclass
class MentionRow:
    article_id: str
    start: int
    end: int
    text: str
    via: str
    sentence: str


@dataclass
class EntityProfile:
    entity: EntityRow
    aliases: list[str]
    roles: list[str]
    articles: list[dict[str, Any]]
    mentions: list[MentionRow] = field(default_factory=list)


def entities(
    store: Store, type: str | None = None, sort: str = "articles", limit: int | None = None
) -> list[EntityRow]:
    sql = "SELECT id, type, kind, name, articles, mentions FROM entities"
    params: list[Any] = []
    if type:
        sql += " WHERE type = ?"
        params.append(type.upper())
    sql += f" ORDER BY {SORTS.get(sort, SORTS['articles'])}"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return [EntityRow(**dict(r)) for r in store.query(sql, params)]


def find_entities(store: Store, name: str, limit: int = 10) -> list[EntityRow]:
    """Entities known under a name: exact id, any alias (accent/case-insensitive), else closest aliases."""
    if store.query("SELECT 1 FROM entities WHERE id = ?", (name,)):
        return _rows(store, [name])
    key = fold(name)
    ids = [r["entity_id"] for r in store.query("SELECT DISTINCT entity_id FROM aliases WHERE folded = ?", (key,))]
    if ids:
        return _rows(store, ids)
    choices = {r["folded"]: r["entity_id"] for r in store.query("SELECT folded, entity_id FROM aliases")}
    found = process.extract(key, list(choices), scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=86)
    ranked = list(dict.fromkeys(choices[c] for c, _, _ in found))[:limit]
    return _rows(store, ranked)


def _rows(store: Store, ids: list[str]) -> list[EntityRow]:
    if not ids:
        return []
    rows = {
        r["id"]: EntityRow(**dict(r))
        for r in store.query(
            f"SELECT id, type, kind, name, articles, mentions FROM entities WHERE id IN ({','.join('?' * len(ids))})",
            ids,
        )
    }
    return [rows[i] for i in ids if i in rows]


def resolve_entity(store: Store, name: str) -> EntityRow:
    """The one entity a name refers to; raises NotFound or Ambiguous."""
    found = find_entities(store, name)
    if not found:
        raise NotFound("entity", name)
    exact = [e for e in found if fold(e.name) == fold(name)]
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0]
    raise Ambiguous("entity", name, [f"{e.name} ({e.id})" for e in found])


def show(store: Store, name: str) -> EntityProfile:
    entity = resolve_entity(store, name)
    aliases = [
        r["alias"]
        for r in store.query(
            "SELECT alias FROM aliases WHERE entity_id = ? AND alias != ? ORDER BY alias", (entity.id, entity.name)
        )
    ]
    roles = [r["role"] for r in store.query("SELECT role FROM roles WHERE entity_id = ? ORDER BY role", (entity.id,))]
    rows = store.query(
        'SELECT m.article_id, m.start, m."end", m.text, m.via, m.sentence_start, m.sentence_end, a.text AS body'
        " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?"
        " ORDER BY m.article_id, m.start",
        (entity.id,),
    )
    mentions = [
        MentionRow(
            r["article_id"],
            r["start"],
            r["end"],
            r["text"],
            r["via"],
            r["body"][r["sentence_start"] : r["sentence_end"]],
        )
        for r in rows
    ]
    articles = [
        dict(r)
        for r in store.query(
            "SELECT DISTINCT a.id, a.title, a.outlet, a.published_value AS published, a.source FROM articles a"
            " JOIN mentions m ON m.article_id = a.id WHERE m.entity_id = ?"
            " ORDER BY a.published_value NULLS FIRST, a.id",
            (entity.id,),
        )
    ]
    return EntityProfile(entity, aliases, roles, articles, mentions)


@dataclass
class SearchResult:
    entities: list[EntityRow]
    articles: list[dict[str, Any]]


def search(store: Store, text: str, limit: int = 20) -> SearchResult:
    """Entities by any alias (accent-insensitive, typo-tolerant) and articles by full text."""
    hits = find_entities(store, text, limit=limit)
    articles = store.search_articles(fold(text).split(), limit)
    return SearchResult(hits, articles)
