"""Storage: SQLite by default (one file, WAL, FTS5)."""

from .sqlite import SqliteStore, open_store

__all__ = ["SqliteStore", "open_store"]
