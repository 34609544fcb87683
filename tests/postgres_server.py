"""A real PostgreSQL server for the tests: a fresh database per use, dropped afterwards.

The server is the one `make test` starts (scripts/system-deps.sh); CASEGRAPH_TEST_POSTGRES names
another (a libpq URL to a database the tests may create databases from). Without a reachable server
the PostgreSQL tests skip, unless CASEGRAPH_TEST_POSTGRES_REQUIRED=1 (set by `make test`, so CI
cannot pass without them).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest

DEFAULT_SERVER = "postgresql:///postgres"


def server_url() -> str:
    return os.environ.get("CASEGRAPH_TEST_POSTGRES", DEFAULT_SERVER)


def _with_database(url: str, name: str) -> str:
    base, _, query = url.partition("?")
    head, _, _ = base.rpartition("/")
    return f"{head}/{name}" + (f"?{query}" if query else "")


@contextmanager
def fresh_database() -> Iterator[str]:
    """The URL of a new, empty database on the test server."""
    try:
        admin = psycopg.connect(server_url(), autocommit=True, connect_timeout=5)
    except psycopg.Error as exc:
        reason = f"no PostgreSQL server at {server_url()} ({str(exc).strip().splitlines()[0]})"
        if os.environ.get("CASEGRAPH_TEST_POSTGRES_REQUIRED") == "1":
            pytest.fail(reason)
        pytest.skip(reason + "; `make test` starts one")
    name = "casegraph_test_" + uuid.uuid4().hex[:10]
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield _with_database(server_url(), name)
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
