"""`export --format neo4j`: CSV files for `neo4j-admin database import full` plus a Cypher script.

    neo4j-admin database import full --nodes=entities.csv --relationships=relations.csv neo4j
or, on a running server, put the files in its import folder and run `load.cypher`.
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..store import Store
from .graphml_export import edges

CYPHER = """// Load casegraph CSV files (copy them into Neo4j's import folder first).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row
CALL (row) {
  MERGE (e:Entity {id: row.`id:ID`})
  SET e.name = row.name, e.type = row.type, e.kind = row.kind, e.articles = toInteger(row.`articles:int`)
} IN TRANSACTIONS OF 1000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
CALL (row) {
  MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:LINK {id: row.id, kind: row.kind, type: row.`:TYPE`, modality: row.modality, role: row.role,
                      outlets: toInteger(row.`outlets:int`), evidence: row.evidence}]->(b)
} IN TRANSACTIONS OF 1000 ROWS;
"""


def export_neo4j(store: Store, folder: Path) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    counts = {"entities.csv": 0, "relations.csv": 0}
    with open(folder / "entities.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id:ID", "name", "type", "kind", "articles:int", ":LABEL"])
        for r in store.query("SELECT id, name, type, kind, articles FROM entities ORDER BY id"):
            w.writerow([r["id"], r["name"], r["type"], r["kind"] or "", r["articles"], f"Entity;{r['type'].title()}"])
            counts["entities.csv"] += 1
    with open(folder / "relations.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([":START_ID", ":END_ID", ":TYPE", "id", "kind", "modality", "role", "attributed_to",
                    "outlets:int", "evidence"])
        for e in edges(store):
            w.writerow([e["source"], e["target"], e["type"].upper(), e["id"], e["kind"], e["modality"],
                        e["role"] or "", e["attributed_to"] or "", e["outlets"], e["evidence"]])
            counts["relations.csv"] += 1
    (folder / "load.cypher").write_text(CYPHER, encoding="utf-8")
    return counts
