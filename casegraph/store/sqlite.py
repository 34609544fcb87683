"""The SQLite store: articles, per-article annotations, the resolved graph and judgements."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..models import Annotation, Article, DateValue
from .serialize import dumps_annotation, loads_annotation

SCHEMA_VERSION = "1"


class SqliteStore:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
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
        sql = resources.files("casegraph.store").joinpath("schema.sql").read_text(encoding="utf-8")
        self.conn.executescript(sql)
        self.conn.execute(
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,)
        )

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, tuple(params)).fetchall()

    # articles -------------------------------------------------------------------------------
    def upsert_article(self, article: Article) -> bool:
        """Store an article; returns False when an article with the same id was already there."""
        if self.query("SELECT 1 FROM articles WHERE id = ?", (article.id,)):
            return False
        pub = article.published
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO articles(id, source, url, outlet, title, language, published_value,"
                " published_precision, published_text, text, text_chars) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id, article.source, article.url, article.outlet, article.title, article.language,
                    pub.value if pub else None, pub.precision if pub else None, pub.text if pub else None,
                    article.text, len(article.text),
                ),
            )
            tx.execute(
                "INSERT INTO articles_fts(article_id, title, text) VALUES (?,?,?)",
                (article.id, article.title or "", article.text),
            )
        return True

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        rows = self.query("SELECT * FROM articles ORDER BY id")
        wanted = set(ids) if ids is not None else None
        return [row_to_article(r) for r in rows if wanted is None or r["id"] in wanted]

    def article(self, article_id: str) -> Article | None:
        rows = self.query("SELECT * FROM articles WHERE id = ?", (article_id,))
        return row_to_article(rows[0]) if rows else None

    def set_article_language(self, article_id: str, language: str) -> None:
        self.conn.execute("UPDATE articles SET language = ? WHERE id = ?", (language, article_id))

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
            tx.execute(
                "INSERT OR REPLACE INTO annotations(article_id, fingerprint, data) VALUES (?,?,?)",
                (annotation.article_id, fingerprint, dumps_annotation(annotation)),
            )
            tx.execute("UPDATE articles SET language = ? WHERE id = ?", (annotation.language, annotation.article_id))

    def annotations(self) -> list[Annotation]:
        rows = self.query("SELECT data FROM annotations ORDER BY article_id")
        return [loads_annotation(r["data"]) for r in rows]

    # judgements -----------------------------------------------------------------------------
    def add_judgement(self, action: str, payload: dict[str, Any], author: str, created_at: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO judgements(action, payload, author, created_at) VALUES (?,?,?,?)",
            (action, json.dumps(payload, ensure_ascii=False, sort_keys=True), author, created_at),
        )
        return int(cur.lastrowid or 0)

    def judgements(self) -> list[dict[str, Any]]:
        rows = self.query("SELECT * FROM judgements ORDER BY id")
        return [
            {"id": r["id"], "action": r["action"], "payload": json.loads(r["payload"]),
             "author": r["author"], "created_at": r["created_at"]}
            for r in rows
        ]


def row_to_article(r: sqlite3.Row) -> Article:
    published = (
        DateValue(r["published_value"], r["published_precision"], r["published_text"])
        if r["published_precision"]
        else None
    )
    return Article(
        id=r["id"], source=r["source"], text=r["text"], language=r["language"], published=published,
        url=r["url"], outlet=r["outlet"], title=r["title"],
    )


def open_store(location: str | Path) -> SqliteStore:
    """Open (creating if needed) the store at a SQLite path."""
    loc = str(location)
    if loc.startswith(("postgresql://", "postgres://")):
        raise StoreError(loc, "PostgreSQL storage is not available in this version; use a SQLite file path")
    parent = Path(loc).expanduser().resolve().parent
    if not parent.is_dir():
        raise StoreError(loc, f"folder {parent} does not exist")
    return SqliteStore(Path(loc).expanduser())
