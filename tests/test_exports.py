"""FollowTheMoney, GraphML, GEXF, CSV and Neo4j exports of a hand-built graph."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
from followthemoney import model

from casegraph.export import export

from .handmade import build_handmade


def _db_counts(store) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    nodes = store.query("SELECT COUNT(*) AS n FROM entities")[0]["n"]
    edges = store.query("SELECT COUNT(*) AS n FROM relations")[0]["n"]
    edges += store.query("SELECT COUNT(*) AS n FROM claim_about")[0]["n"]
    return nodes, edges


def test_ftm_export_validates_with_followthemoney(db_path: Path, tmp_path: Path) -> None:
    store = build_handmade(db_path)
    out = tmp_path / "graph.ftm.json"
    export(store, "ftm", out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    schemata = {d["schema"] for d in lines}
    assert {"Article", "Person", "Organization", "Employment", "UnknownLink", "Event"} <= schemata
    for data in lines:
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.schema.validate(data) is None, data  # raises or returns errors on invalid entities
    ids = {d["id"] for d in lines}
    for data in lines:
        for prop in ("employee", "employer", "subject", "object", "involved", "proof"):
            for ref in data["properties"].get(prop, []):
                assert ref in ids, (prop, ref)


def test_graphml_and_gexf_load_in_networkx_with_database_counts(db_path: Path, tmp_path: Path) -> None:
    store = build_handmade(db_path)
    nodes, edges = _db_counts(store)
    export(store, "graphml", tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert (g.number_of_nodes(), g.number_of_edges()) == (nodes, edges)
    rel = [d for _, _, d in g.edges(data=True) if d["kind"] == "relation"][0]
    assert rel["modality"] == "alleged" and rel["outlets"] == 1 and "Lobos Cartel" in rel["evidence"]
    export(store, "gexf", tmp_path / "g.gexf")
    gx = nx.read_gexf(tmp_path / "g.gexf")
    assert (gx.number_of_nodes(), gx.number_of_edges()) == (nodes, edges)


def test_csv_and_neo4j_folders(db_path: Path, tmp_path: Path) -> None:
    store = build_handmade(db_path)
    export(store, "csv", tmp_path / "csv")
    with open(tmp_path / "csv" / "entities.csv", encoding="utf-8") as fh:
        names = {row["name"] for row in csv.DictReader(fh)}
    assert names == {"Hector Ruiz Mena", "Ana Ortiz", "Lobos Cartel"}
    with open(tmp_path / "csv" / "evidence.csv", encoding="utf-8") as fh:
        kinds = {row["fact_kind"] for row in csv.DictReader(fh)}
    assert kinds == {"relation", "claim", "event"}
    export(store, "neo4j", tmp_path / "neo")
    with open(tmp_path / "neo" / "relations.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r[":TYPE"] for r in rows} == {"WORKS_FOR", "ALLEGE"}
    assert "LOAD CSV" in (tmp_path / "neo" / "load.cypher").read_text(encoding="utf-8")


def test_ftm_export_gives_companies_and_public_bodies_their_schema(tmp_path: Path) -> None:
    from casegraph.build import build
    from casegraph.store import open_store

    (tmp_path / "a.txt").write_text(
        "The Ministry of Finance fined Blue Reed Trading Limited on Monday, a spokesman for the ministry said.\n")
    build([tmp_path], tmp_path / "g.db")
    export(open_store(tmp_path / "g.db"), "ftm", tmp_path / "g.ftm.json")
    lines = [json.loads(line) for line in (tmp_path / "g.ftm.json").read_text(encoding="utf-8").splitlines()]
    schema_of = {d["properties"]["name"][0]: d["schema"] for d in lines if d["properties"].get("name")}
    assert schema_of["Blue Reed Trading Limited"] == "Company"
    assert schema_of["Ministry of Finance"] == "PublicBody"
    for data in lines:
        assert model.get_proxy(data, cleaned=False).schema.validate(data) is None, data


def test_ftm_links_keep_to_the_ranges_of_their_schema(tmp_path: Path) -> None:
    """A ship is an FtM Vessel, which is no LegalEntity: it cannot be `involved` in an Event nor an
    Employment's end; nor can a country (LegalEntity) be an Employment's employer. Such links are
    UnknownLinks, which take any Thing."""
    from casegraph.corpus import rebuild_graph
    from casegraph.models import Annotation, Article, Event, Evidence, LocalEntity, Participant, Relation
    from casegraph.store import open_store

    from .handmade import mention

    text = "Navy officers seized the MV Sea Star and its captain, Ana Ortiz, a consul of Belize, on Monday."
    store = open_store(tmp_path / "g.db")
    store.upsert_article(Article("v1", "v1.txt", text))
    ann = Annotation("v1", "en", entities=[
        LocalEntity(0, "FACILITY", "MV Sea Star", ["MV Sea Star"], [], "vessel"),
        LocalEntity(1, "PERSON", "Ana Ortiz", ["Ana Ortiz"]),
        LocalEntity(2, "GPE", "Belize", ["Belize"]),
    ], mentions=[mention("v1", text, "MV Sea Star", "FACILITY", 0), mention("v1", text, "Ana Ortiz", "PERSON", 1),
                 mention("v1", text, "Belize", "GPE", 2)])
    whole = Evidence("v1", 0, len(text), 0, len(text))
    ann.events.append(Event("v1", "detention", "happened", whole, [Participant(0, "held"), Participant(1, "held")]))
    ann.relations.append(Relation("v1", "works_for", 1, 2, "stated", whole, role="consul"))
    ann.relations.append(Relation("v1", "member_of", 0, 1, "stated", whole))  # nonsense ends, for the range test
    store.save_annotation(ann, "test")
    rebuild_graph(store)
    export(store, "ftm", tmp_path / "g.ftm.json")
    lines = [json.loads(line) for line in (tmp_path / "g.ftm.json").read_text(encoding="utf-8").splitlines()]
    by_id = {d["id"]: d for d in lines}
    assert {d["properties"]["name"][0]: d["schema"] for d in lines if d["schema"] in ("Vessel", "Person")} == {
        "MV Sea Star": "Vessel", "Ana Ortiz": "Person"}
    (event,) = [d for d in lines if d["schema"] == "Event"]
    assert [by_id[e]["schema"] for e in event["properties"]["involved"]] == ["Person"]
    links = [d for d in lines if d["schema"] in ("UnknownLink", "Employment", "Membership")]
    assert {d["schema"] for d in links} == {"UnknownLink"}
    schema_of = {d["id"]: d["schema"] for d in lines}
    ends = {(schema_of[d["properties"]["subject"][0]], schema_of[d["properties"]["object"][0]]) for d in links}
    assert ends == {("Vessel", "Event"), ("Person", "LegalEntity"), ("Vessel", "Person")}
    for data in lines:
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.schema.validate(data) is None, data
        for prop in proxy.schema.properties.values():
            if prop.type.name == "entity" and prop.range is not None:
                for ref in data["properties"].get(prop.name, []):
                    assert model.schemata[schema_of[ref]].is_a(prop.range), (data["schema"], prop.name, ref)


def test_ftm_office_holders_get_one_position_held_through_occupancies(tmp_path: Path) -> None:
    from casegraph.build import build
    from casegraph.store import open_store

    (tmp_path / "a.txt").write_text("Ana Ruiz, the governor of Sinaloa, met the mayor on Monday, her office said.\n")
    (tmp_path / "b.txt").write_text(
        "The former governor of Sinaloa, Tomas Lugo, was arrested on Friday, prosecutors said.\n")
    build([tmp_path], tmp_path / "g.db")
    export(open_store(tmp_path / "g.db"), "ftm", tmp_path / "g.ftm.json")
    lines = [json.loads(line) for line in (tmp_path / "g.ftm.json").read_text(encoding="utf-8").splitlines()]
    name_of = {d["id"]: d["properties"].get("name", [""])[0] for d in lines}
    (post,) = [d for d in lines if d["schema"] == "Position"]
    assert post["properties"]["name"] == ["Governor of Sinaloa"]
    assert post["properties"]["subnationalArea"] == ["Sinaloa"]
    held = {(name_of[d["properties"]["holder"][0]], d["properties"]["post"][0],
             tuple(d["properties"].get("status", []))) for d in lines if d["schema"] == "Occupancy"}
    assert held == {("Ana Ruiz", post["id"], ()), ("Tomas Lugo", post["id"], ("ended",))}  # "the former governor"
    assert not [d for d in lines if d["schema"] == "Employment"]


def test_a_position_in_a_country_carries_its_code_and_one_in_an_organisation_belongs_to_it() -> None:
    from followthemoney.schema import Schema

    from casegraph.export.ftm_positions import position

    org: Schema = model.schemata["Organization"]
    names = {"mx": "Mexico", "pemex": "Pemex"}
    country = position({"role": "President", "object": "mx"}, names, {"mx": model.schemata["LegalEntity"]})
    assert country.get("name") == ["President of Mexico"] and country.get("country") == ["mx"]
    firm = position({"role": "director", "object": "pemex"}, names, {"pemex": org})
    assert firm.get("name") == ["Director of Pemex"] and firm.get("organization") == ["pemex"]


def test_a_position_is_named_in_the_language_of_its_article() -> None:
    from casegraph.export.ftm_positions import held_until_now, position_name

    assert position_name("gobernador", "Sinaloa", "es") == "Gobernador de Sinaloa"
    assert position_name("Secretary of Public Security", "Mexico") == "Secretary of Public Security (Mexico)"
    assert not held_until_now("ex gobernador") and not held_until_now("former chief")
    assert held_until_now("executive director") and held_until_now("gobernadora")
