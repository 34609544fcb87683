"""`export --format ftm`: FollowTheMoney entities as JSON lines (for Aleph and OpenSanctions tools).

Entity types and relation types map onto FtM schemata through casegraph.vocabulary; each link
carries its evidence sentence as `description` and the article as `proof`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from followthemoney import model
from followthemoney.proxy import EntityProxy

from ..store import Store
from ..vocabulary import CLAIM_FTM_SCHEMA, EVENT_FTM_SCHEMA, RELATION_TYPES, entity_ftm_schema
from . import records


def _date(d: dict[str, Any] | None) -> str | None:
    return d["value"] if d and d.get("value") else None


def _sentences(fact: dict[str, Any]) -> list[str]:
    return sorted({ev["sentence"].strip() for ev in fact["evidence"]})


def _proofs(fact: dict[str, Any]) -> list[str]:
    return sorted({"art-" + ev["article_id"] for ev in fact["evidence"]})


def ftm_entities(store: Store) -> Iterator[EntityProxy]:
    texts = records.ArticleTexts(store)
    for a in records.articles(store):
        doc = model.make_entity("Article")
        doc.id = "art-" + a["id"]
        doc.add("title", a["title"] or a["source"])
        doc.add("sourceUrl", a["url"])
        doc.add("publisher", a["outlet"])
        doc.add("language", a["language"])
        doc.add("publishedAt", _date(a["published"]))
        doc.add("fileName", a["source"])
        yield doc
    names: dict[str, str] = {}
    for e in records.entities(store):
        names[e["id"]] = e["name"]
        proxy = model.make_entity(entity_ftm_schema(e["type"], e["kind"]))
        proxy.id = e["id"]
        proxy.add("name", e["name"])
        if proxy.schema.get("alias"):
            proxy.add("alias", e["aliases"])
        if e["roles"] and proxy.schema.get("position"):
            proxy.add("position", e["roles"])
        if e["roles"] and not proxy.schema.get("position"):
            proxy.add("description", "; ".join(e["roles"]))
        yield proxy
    for r in records.relations(store, texts):
        spec = RELATION_TYPES[r["type"]]
        link = model.make_entity(spec.ftm_schema)
        link.id = r["id"]
        link.add(spec.ftm_source, r["subject"])
        link.add(spec.ftm_target, r["object"])
        role = r["role"] or spec.label
        link.add("role" if link.schema.get("role") else "relationship", role)
        link.add("status", r["modality"], quiet=True)
        link.add("date", _date(r["time"]))
        link.add("description", _sentences(r))
        link.add("proof", _proofs(r))
        yield link
    for c in records.claims(store, texts):
        for about in c["about"] or [None]:
            link = model.make_entity(CLAIM_FTM_SCHEMA)
            link.id = c["id"] if about is None else f"{c['id']}-{about}"
            link.add("subject", c["speaker"])
            link.add("object", about)
            link.add("role", f"{c['stance']}s ({c['cue']})")
            link.add("summary", c["text"])
            link.add("date", _date(c["date"]))
            link.add("description", _sentences(c))
            link.add("proof", _proofs(c))
            yield link
    for ev in records.events(store, texts):
        event = model.make_entity(EVENT_FTM_SCHEMA)
        event.id = ev["id"]
        event.add("name", ev["type"].replace("_", " "))
        event.add("involved", [p["entity_id"] for p in ev["participants"]])
        event.add("date", _date(ev["date"]))
        event.add("summary", ev["status"])
        event.add("description", _sentences(ev))
        event.add("proof", _proofs(ev))
        if ev["place"]:
            event.add("location", names.get(ev["place"]))
        yield event


def export_ftm(store: Store, out: TextIO) -> None:
    for proxy in ftm_entities(store):
        out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
