"""What every store offers, SQLite and PostgreSQL alike, written once over plain SQL.

Library code talks to a `Store`: `query(sql, params)` with `?` placeholders and SQL both databases
understand, `transaction()` for writes, and the article / annotation / judgement methods below.
Each database supplies the connection, its upsert and insert-returning forms, and full-text search.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from typing import Any, Protocol

from ..models import Annotation, Article, DateValue
from .serialize import dumps_annotation, loads_annotation

Row = Mapping[str, Any]
SCHEMA_VERSION = "1"
SERVER_SCHEMES = ("postgresql://", "postgres://")  # a store location starting so is a PostgreSQL server
ARTICLE_INSERT = (
    "INSERT INTO articles(id, source, url, outlet, title, language, published_value, published_precision,"
    " published_text, text, text_chars) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
)


class Cursor(Protocol):
    """What `transaction()` yields: sqlite3's connection, or psycopg's cursor taking `?` SQL."""

    def execute(self, sql: str, params: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, rows: Any, /) -> Any: ...


class Store(ABC):
    location: str

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def transaction(self) -> AbstractContextManager[Cursor]:
        """A cursor whose statements commit together, or not at all."""

    @abstractmethod
    def query(self, sql: str, params: Iterable[Any] = ()) -> list[Row]: ...

    @abstractmethod
    def search_articles(self, words: list[str], limit: int) -> list[dict[str, Any]]:
        """Articles containing all the (folded) words, best first: id, title, outlet, source, snippet."""

    @abstractmethod
    def _index_article(self, tx: Cursor, article: Article) -> None:
        """Make a new article findable by full-text search."""

    @abstractmethod
    def _upsert_annotation_sql(self) -> str: ...

    @abstractmethod
    def _insert_judgement(self, values: tuple[str, str, str, str]) -> int: ...

    # articles -------------------------------------------------------------------------------
    def upsert_article(self, article: Article) -> bool:
        """Store an article; returns False when an article with the same id was already there."""
        if self.query("SELECT 1 FROM articles WHERE id = ?", (article.id,)):
            return False
        with self.transaction() as tx:
            tx.execute(ARTICLE_INSERT, article_values(article))
            self._index_article(tx, article)
        return True

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        rows = self.query("SELECT * FROM articles ORDER BY id")
        wanted = set(ids) if ids is not None else None
        return [row_to_article(r) for r in rows if wanted is None or r["id"] in wanted]

    def article(self, article_id: str) -> Article | None:
        rows = self.query("SELECT * FROM articles WHERE id = ?", (article_id,))
        return row_to_article(rows[0]) if rows else None

    # annotations ----------------------------------------------------------------------------
    def articles_needing_annotation(self, fingerprint: str) -> list[str]:
        rows = self.query(
            "SELECT a.id FROM articles a LEFT JOIN annotations n ON n.article_id = a.id"
            " WHERE n.article_id IS NULL OR n.fingerprint != ? ORDER BY a.id",
            (fingerprint,),
        )
        return [r["id"] for r in rows]

    def save_annotation(self, annotation: Annotation, fingerprint: str) -> None:
        with self.transaction() as tx:
            data = dumps_annotation(annotation)
            tx.execute(self._upsert_annotation_sql(), (annotation.article_id, fingerprint, data))
            tx.execute("UPDATE articles SET language = ? WHERE id = ?", (annotation.language, annotation.article_id))

    def annotations(self) -> list[Annotation]:
        return [loads_annotation(r["data"]) for r in self.query("SELECT data FROM annotations ORDER BY article_id")]

    # judgements -----------------------------------------------------------------------------
    def add_judgement(self, action: str, payload: dict[str, Any], author: str, created_at: str) -> int:
        return self._insert_judgement((action, json.dumps(payload, ensure_ascii=False, sort_keys=True), author,
                                       created_at))

    def judgements(self) -> list[dict[str, Any]]:
        return [
            {"id": r["id"], "action": r["action"], "payload": json.loads(r["payload"]),
             "author": r["author"], "created_at": r["created_at"]}
            for r in self.query("SELECT * FROM judgements ORDER BY id")
        ]


def article_values(article: Article) -> tuple[Any, ...]:
    pub = article.published
    return (
        article.id, article.source, article.url, article.outlet, article.title, article.language,
        pub.value if pub else None, pub.precision if pub else None, pub.text if pub else None,
        article.text, len(article.text),
    )


def row_to_article(r: Row) -> Article:
    published = (
        DateValue(r["published_value"], r["published_precision"], r["published_text"])
        if r["published_precision"]
        else None
    )
    return Article(
        id=r["id"], source=r["source"], text=r["text"], language=r["language"], published=published,
        url=r["url"], outlet=r["outlet"], title=r["title"],
    )


def display_location(location: str) -> str:
    """A store's location as it may be shown: a server URL without its password."""
    scheme, sep, rest = location.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not sep or not at or ":" not in credentials:
        return location
    return f"{scheme}://{credentials.split(':', 1)[0]}:***@{host}"
