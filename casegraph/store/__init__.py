"""Storage: SQLite by default (one file, WAL, FTS5); PostgreSQL for a graph several people share."""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import SERVER_SCHEMES, Store, display_location
from .sqlite import SqliteStore

__all__ = ["Store", "SqliteStore", "display_location", "open_store"]


def open_store(location: str | Path, create: bool = True) -> Store:
    """Open the store at a SQLite path or a postgresql:// URL, creating its tables if needed; with
    `create=False`, a graph that was never built is a StoreError instead (the reading commands)."""
    loc = str(location)
    if loc.startswith(SERVER_SCHEMES):
        from .postgres import PostgresStore  # psycopg is imported only when a server is used

        return PostgresStore(loc, create=create)
    path = Path(loc).expanduser()
    if not create and not path.exists():
        raise StoreError(loc, f"no such database; run `casegraph build PATH --db {loc}` first")
    if not path.resolve().parent.is_dir():
        raise StoreError(loc, f"folder {path.resolve().parent} does not exist")
    return SqliteStore(path)
