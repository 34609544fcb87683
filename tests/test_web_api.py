"""The JSON API and HTML pages through an in-process client, on a real SQLite database."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from casegraph.web.app import create_app
from casegraph.web.server import check_bind

from .handmade import TEXT_A, build_handmade

TOKEN = "test-token"


@pytest.fixture
def client(db_path: Path) -> TestClient:
    build_handmade(db_path).close()
    return TestClient(create_app(db_path, TOKEN))


def test_entities_search_and_profile(client: TestClient) -> None:
    names = {e["name"] for e in client.get("/api/entities").json()}
    assert names == {"Hector Ruiz Mena", "Ana Ortiz", "Lobos Cartel"}
    hits = client.get("/api/search", params={"q": "hectór ruiz"}).json()
    assert hits["entities"][0]["name"] == "Hector Ruiz Mena"
    profile = client.get("/api/entities/Ruiz Mena").json()
    assert profile["entity"]["name"] == "Hector Ruiz Mena" and "Ruiz Mena" in profile["aliases"]
    assert profile["claims_by"][0]["stance"] == "allege"
    assert client.get("/api/entities/Nobody Known").status_code == 404


def test_writes_need_the_token(client: TestClient) -> None:
    body = {"a": "Hector Ruiz Mena", "b": "Ana Ortiz"}
    assert client.post("/api/judgements/merge", json=body).status_code == 401
    assert client.post("/api/judgements/merge", json=body, headers={"Authorization": "Bearer nope"}).status_code == 401
    ok = client.post("/api/judgements/merge", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200
    merged = client.get("/api/entities/Ortiz").json()
    assert merged["entity"]["name"] in {"Hector Ruiz Mena", "Ana Ortiz"}
    assert {"Ruiz Mena", "Ortiz"} <= set(merged["aliases"]) | {merged["entity"]["name"]}
    undo = client.post("/api/judgements/undo", json={"judgement": ok.json()["judgement"]},
                       headers={"Authorization": f"Bearer {TOKEN}"})
    assert undo.status_code == 200
    assert client.get("/api/entities/Ortiz").json()["entity"]["name"] == "Ana Ortiz"
    log = client.get("/api/judgements").json()
    assert [j["action"] for j in log] == ["undo", "merge"]


def test_network_and_paths(client: TestClient) -> None:
    ego = client.get("/api/network", params={"entity": "Ana Ortiz"}).json()
    assert {n["data"]["label"] for n in ego["nodes"]} == {"Ana Ortiz", "Lobos Cartel"}
    (edge,) = ego["edges"]
    assert edge["data"]["modality"] == "alleged" and "Lobos Cartel" in edge["data"]["evidence"]["sentence"]
    assert client.get("/api/network", params={"entity": "Ana Ortiz", "modality": "stated"}).json()["edges"] == []
    paths = client.get("/api/paths", params={"a": "Ana Ortiz", "b": "Lobos Cartel"}).json()
    assert len(paths["paths"]) == 1 and len(paths["paths"][0]) == 2


def test_pages_render_real_content(client: TestClient) -> None:
    home = client.get("/", params={"q": "Ortiz"})
    assert home.status_code == 200 and "Ana Ortiz" in home.text
    eid = client.get("/api/entities/Ana Ortiz").json()["entity"]["id"]
    page = client.get(f"/entity/{eid}")
    assert "works for" in page.text and "alleged" in page.text
    article = client.get("/article/a1", params={"start": TEXT_A.index("Ruiz Mena said"), "end": len(TEXT_A)})
    assert 'id="hl"' in article.text and "Lobos Cartel" in article.text
    for path in ("/entities", "/stories", "/conflicts", "/audit", "/network?entity=Ana+Ortiz", f"/timeline/{eid}"):
        assert client.get(path).status_code == 200, path
    missing = client.get("/entity/nobody-at-all")
    assert missing.status_code == 404 and "no entity matches" in missing.text


def test_article_markup_is_shown_as_text(tmp_path: Path) -> None:
    from casegraph.corpus import rebuild_graph
    from casegraph.models import Article
    from casegraph.store import open_store

    store = open_store(tmp_path / "x.db")
    hostile = 'Mayor said <script>alert("x")</script> and <b>bold</b> & more.'
    store.upsert_article(Article("h1", "h.txt", hostile))
    rebuild_graph(store)
    store.close()
    page = TestClient(create_app(tmp_path / "x.db", TOKEN)).get("/article/h1")
    assert "<script>alert" not in page.text and "&lt;script&gt;alert" in page.text
    assert "&lt;b&gt;bold&lt;/b&gt;" in page.text


def test_serve_refuses_open_bind_without_token() -> None:
    from casegraph.errors import CasegraphError

    check_bind("127.0.0.1", None)
    check_bind("localhost", None)
    with pytest.raises(CasegraphError, match="refusing"):
        check_bind("0.0.0.0", None)
    check_bind("0.0.0.0", "secret")
