"""The PostgreSQL store, for a graph several people share: the same tables, one server.

Library SQL is written with `?` placeholders (SQLite's); they become psycopg's `%s` here. Full-text
search runs on a folded copy of each article (accents and case removed, as the SQLite index does)
with the 'simple' text-search configuration, so no language stemming and no extension is needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg.rows import dict_row
from sqlalchemy.dialects import postgresql

from ..errors import StoreError
from ..models import Article
from ..text import fold
from .base import SCHEMA_VERSION, Cursor, Row, Store, display_location
from .tables import schema_statements

FULL_TEXT = (
    "CREATE TABLE IF NOT EXISTS articles_search (article_id TEXT PRIMARY KEY, folded TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS articles_search_words ON articles_search USING gin (to_tsvector('simple', folded))",
)


@lru_cache(maxsize=256)
def to_pyformat(sql: str) -> str:
    """`?` placeholders outside quoted literals and names become `%s`; a literal `%` becomes `%%`."""
    out: list[str] = []
    quote: str | None = None
    for ch in sql:
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append("%%" if ch == "%" else ch)
    return "".join(out)


class _Cursor:
    """A psycopg cursor that takes the library's `?` SQL."""

    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self.cursor = cursor

    def execute(self, sql: str, params: Any = (), /) -> Any:
        return self.cursor.execute(to_pyformat(sql), tuple(params))  # type: ignore[arg-type]

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]], /) -> Any:
        batch = [tuple(r) for r in rows]
        if batch:
            self.cursor.executemany(to_pyformat(sql), batch)  # type: ignore[arg-type]


class PostgresStore(Store):
    def __init__(self, url: str, create: bool = True) -> None:
        self.location = url
        shown = display_location(url)
        try:
            self.conn: psycopg.Connection[Any] = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(shown, f"cannot connect to PostgreSQL ({str(exc).strip().splitlines()[0]})") from None
        built = self.query("SELECT to_regclass('meta') IS NOT NULL AS built")[0]["built"]
        if not built and not create:
            self.conn.close()
            raise StoreError(shown, f"no casegraph graph here; run `casegraph build PATH --db {shown}` first")
        if not built:
            self._init_schema()

    def _init_schema(self) -> None:
        with self.transaction() as tx:
            tx.execute("SELECT pg_advisory_xact_lock(4242)")  # two first builds at once create the tables once
            for statement in [*schema_statements(postgresql.dialect()), *FULL_TEXT]:
                tx.execute(statement)
            tx.execute("INSERT INTO meta(key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO NOTHING",
                       (SCHEMA_VERSION,))

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[Cursor]:
        with self.conn.transaction(), self.conn.cursor() as cursor:
            yield _Cursor(cursor)

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[Row]:
        with self.conn.cursor() as cursor:
            _Cursor(cursor).execute(sql, params)
            return cursor.fetchall() if cursor.description else []

    def search_articles(self, words: list[str], limit: int) -> list[dict[str, Any]]:
        if not words:
            return []
        rows = self.query(
            "SELECT a.id, a.title, a.outlet, a.source, a.text FROM articles_search s"
            " JOIN articles a ON a.id = s.article_id, plainto_tsquery('simple', ?) q"
            " WHERE to_tsvector('simple', s.folded) @@ q"
            " ORDER BY ts_rank(to_tsvector('simple', s.folded), q) DESC, a.id LIMIT ?",
            (" ".join(words), limit),
        )
        return [{"id": r["id"], "title": r["title"], "outlet": r["outlet"], "source": r["source"],
                 "snippet": snippet(r["text"], words)} for r in rows]

    def _index_article(self, tx: Cursor, article: Article) -> None:
        tx.execute("INSERT INTO articles_search(article_id, folded) VALUES (?, ?)",
                   (article.id, fold(f"{article.title or ''}\n{article.text}")))

    def _upsert_annotation_sql(self) -> str:
        return ("INSERT INTO annotations(article_id, fingerprint, data) VALUES (?,?,?) ON CONFLICT (article_id)"
                " DO UPDATE SET fingerprint = EXCLUDED.fingerprint, data = EXCLUDED.data")

    def _insert_judgement(self, values: tuple[str, str, str, str]) -> int:
        rows = self.query("INSERT INTO judgements(action, payload, author, created_at) VALUES (?,?,?,?) RETURNING id",
                          values)
        return int(rows[0]["id"])


def snippet(text: str, words: list[str], size: int = 12) -> str:
    """About `size` words of `text` around the first of `words` it contains (accent- and
    case-insensitive), each match in [brackets], as SQLite's FTS5 snippet() writes them."""
    wanted = set(words)
    spans = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    hits = [i for i, (a, b) in enumerate(spans) if fold(text[a:b]) in wanted]
    if not hits:
        return ""
    first = max(0, min(hits[0] - size // 3, len(spans) - size))
    window = spans[first : first + size]
    out, pos = [], window[0][0]
    for i, (a, b) in enumerate(window, start=first):
        out.append(text[pos:a])
        out.append(f"[{text[a:b]}]" if i in hits else text[a:b])
        pos = b
    lead = " … " if first > 0 else ""
    tail = " … " if first + size < len(spans) else ""
    return lead + "".join(out).replace("\n", " ") + tail
