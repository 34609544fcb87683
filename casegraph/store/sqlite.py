"""The SQLite store (the default): one file, WAL, FTS5 full-text search."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.dialects import sqlite

from ..errors import StoreError
from ..models import Article
from .base import SCHEMA_VERSION, Cursor, Row, Store
from .tables import schema_statements

FULL_TEXT = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')"
)


class SqliteStore(Store):
    def __init__(self, path: str | Path) -> None:
        self.location = self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=OFF")
            self._init_schema()
        except sqlite3.DatabaseError as exc:
            raise StoreError(self.path, f"not a usable SQLite database ({exc})") from None

    def _init_schema(self) -> None:
        with self.transaction() as tx:
            for statement in [*schema_statements(sqlite.dialect()), FULL_TEXT]:
                tx.execute(statement)
            tx.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[Cursor]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[Row]:
        return self.conn.execute(sql, tuple(params)).fetchall()

    def search_articles(self, words: list[str], limit: int) -> list[dict[str, Any]]:
        if not words:
            return []
        query = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        rows = self.query(
            "SELECT f.article_id AS id, a.title, a.outlet, a.source, snippet(articles_fts, 2, '[', ']', ' … ', 12)"
            " AS snippet FROM articles_fts f JOIN articles a ON a.id = f.article_id WHERE articles_fts MATCH ?"
            " ORDER BY rank LIMIT ?",
            (query, limit),
        )
        return [dict(r) for r in rows]

    def _index_article(self, tx: Cursor, article: Article) -> None:
        tx.execute("INSERT INTO articles_fts(article_id, title, text) VALUES (?,?,?)",
                   (article.id, article.title or "", article.text))

    def _upsert_annotation_sql(self) -> str:
        return "INSERT OR REPLACE INTO annotations(article_id, fingerprint, data) VALUES (?,?,?)"

    def _insert_judgement(self, values: tuple[str, str, str, str]) -> int:
        cur = self.conn.execute("INSERT INTO judgements(action, payload, author, created_at) VALUES (?,?,?,?)", values)
        return int(cur.lastrowid or 0)
