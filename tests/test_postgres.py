"""The PostgreSQL store against a real server: the same graph, queries, search, judgements and API
as on SQLite, and clear errors. The server comes from tests/postgres_server.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from casegraph import fact_queries, review
from casegraph.build import build
from casegraph.corpus import rebuild_graph
from casegraph.errors import StoreError
from casegraph.export import export
from casegraph.queries import resolve_entity, search, show
from casegraph.store import Store, display_location, open_store
from casegraph.store.postgres import snippet, to_pyformat
from casegraph.web.app import create_app

from .conftest import EXAMPLES
from .handmade import build_handmade
from .postgres_server import fresh_database

FILE_FORMATS = ("json", "ftm", "graphml", "gexf")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The examples built into a PostgreSQL database and into a SQLite file."""
    with fresh_database() as url:
        sqlite_db = Path(tmp_path_factory.mktemp("sqlite")) / "examples.db"
        assert build([EXAMPLES], url).errors == []
        assert build([EXAMPLES], sqlite_db).errors == []
        yield url, sqlite_db


@pytest.fixture
def stores(built: tuple[str, Path]) -> Iterator[tuple[Store, Store]]:
    pg, lite = open_store(built[0]), open_store(built[1])
    yield pg, lite
    pg.close()
    lite.close()


def exports(store: Store, folder: Path) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    for fmt in FILE_FORMATS:
        export(store, fmt, folder / f"graph.{fmt}")
    export(store, "csv", folder / "csv")
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_examples_build_into_postgres_with_the_same_graph_as_in_sqlite(
    stores: tuple[Store, Store], tmp_path: Path
) -> None:
    pg, lite = stores
    on_pg, on_lite = exports(pg, tmp_path / "pg"), exports(lite, tmp_path / "lite")
    assert set(on_pg) == set(on_lite) and "graph.json" in on_pg and "csv/entities.csv" in on_pg
    assert [name for name in on_pg if on_pg[name] != on_lite[name]] == []
    assert pg.query("SELECT COUNT(*) AS n FROM claims")[0]["n"] > 10


def test_a_second_build_of_the_same_articles_changes_nothing(built: tuple[str, Path], tmp_path: Path) -> None:
    url, _ = built
    with_store = open_store(url)
    before = exports(with_store, tmp_path / "before")
    report = build([EXAMPLES], url)
    assert (report.articles_new, report.annotated, report.errors) == (0, 0, [])
    assert exports(with_store, tmp_path / "after") == before
    with_store.close()


def test_the_reading_functions_give_what_they_give_on_sqlite(stores: tuple[Store, Store]) -> None:
    pg, lite = stores
    name = "Héctor Manuel Quiroga Salas"
    assert show(pg, name) == show(lite, name)
    who = resolve_entity(pg, name).id
    assert fact_queries.relations(pg, who) == fact_queries.relations(lite, who)
    assert fact_queries.claims(pg, about=who) == fact_queries.claims(lite, about=who)
    assert fact_queries.timeline(pg, who) == fact_queries.timeline(lite, who)
    assert fact_queries.stories(pg) == fact_queries.stories(lite)
    assert fact_queries.conflicts(pg) == fact_queries.conflicts(lite)


def test_full_text_search_ignores_accents_and_case_and_marks_the_words(stores: tuple[Store, Store]) -> None:
    pg, lite = stores
    found = search(pg, "BELTRAN")
    assert found.entities[0].name == "Adriana Beltrán Ochoa"
    assert {a["id"] for a in found.articles} == {a["id"] for a in search(lite, "beltran").articles}
    assert found.articles and all("[Beltr" in a["snippet"] for a in found.articles)
    assert search(pg, "zzzunknownword").articles == []


def test_judgements_are_kept_and_replayed_after_a_rebuild() -> None:
    with fresh_database() as url:
        store = build_handmade(url)
        first = review.merge(store, "Hector Ruiz Mena", "Ana Ortiz", author="tester")
        merged = resolve_entity(store, "Ortiz")
        assert merged.id == resolve_entity(store, "Hector Ruiz Mena").id
        rebuild_graph(store)
        assert resolve_entity(store, "Ortiz").id == resolve_entity(store, "Hector Ruiz Mena").id
        second = review.undo(store, first, author="tester")
        assert second > first
        assert resolve_entity(store, "Ortiz").name == "Ana Ortiz"
        assert [j["action"] for j in review.audit(store)] == ["undo", "merge"]
        store.close()


def test_the_web_api_serves_a_graph_kept_in_postgres() -> None:
    with fresh_database() as url:
        build_handmade(url).close()
        client = TestClient(create_app(url, "token"))
        assert {e["name"] for e in client.get("/api/entities").json()} == {
            "Hector Ruiz Mena", "Ana Ortiz", "Lobos Cartel"}
        assert client.get("/api/search", params={"q": "ruiz"}).json()["entities"][0]["name"] == "Hector Ruiz Mena"


def test_a_database_never_built_and_a_server_not_there_are_clear_errors(tmp_path: Path) -> None:
    from casegraph.web.server import serve

    with fresh_database() as url:
        with pytest.raises(StoreError, match="casegraph build"):
            open_store(url, create=False)
        with pytest.raises(StoreError, match="casegraph build"):
            serve(url)  # refused before any server starts
    with pytest.raises(StoreError, match="no such database"):
        serve(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL") as caught:
        open_store("postgresql://reader:s3cret@127.0.0.1:1/graph")
    assert "s3cret" not in caught.value.message


def test_a_server_url_is_shown_without_its_password() -> None:
    assert display_location("postgresql://ana:s3cret@db.example:5432/graph") == "postgresql://ana:***@db.example:5432/graph"
    assert display_location("postgresql:///graph") == "postgresql:///graph"
    assert display_location("case.db") == "case.db"


def test_question_marks_become_placeholders_only_outside_quotes() -> None:
    sql = "SELECT '?', \"a?\" FROM t WHERE x = ? AND y LIKE '5%' AND z = ?"
    assert to_pyformat(sql) == "SELECT '?', \"a?\" FROM t WHERE x = %s AND y LIKE '5%%' AND z = %s"


def test_a_snippet_shows_the_words_around_the_first_match() -> None:
    text = "The lawyer, Adriana Beltrán Ochoa, denied every accusation on Monday."
    assert snippet(text, ["beltran"], size=4) == " … Adriana [Beltrán] Ochoa, denied … "
    assert snippet(text, ["nowhere"]) == ""
