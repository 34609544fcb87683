"""`export --format ftm`: FollowTheMoney entities as JSON lines (for Aleph and OpenSanctions tools).

Entity types and relation types map onto FtM schemata through casegraph.vocabulary; each link
carries its evidence sentence as `description` and the article as `proof`. Where an end of a link
is outside the range its schema allows (a ship where Membership wants a LegalEntity, a country where
Employment wants an Organization), the link is an UnknownLink, which takes any Thing; so is a
participant of an event that FtM's Event cannot hold as `involved`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.schema import Schema

from ..store import Store
from ..vocabulary import CLAIM_FTM_SCHEMA, EVENT_FTM_SCHEMA, RELATION_TYPES, entity_ftm_schema
from . import records
from .ftm_positions import held_until_now, position


def _date(d: dict[str, Any] | None) -> str | None:
    return d["value"] if d and d.get("value") else None


def _sentences(fact: dict[str, Any]) -> list[str]:
    return sorted({ev["sentence"].strip() for ev in fact["evidence"]})


def _proofs(fact: dict[str, Any]) -> list[str]:
    return sorted({"art-" + ev["article_id"] for ev in fact["evidence"]})


def _fits(link: Schema, prop_name: str, end: Schema | None) -> bool:
    prop = link.get(prop_name)
    return end is None or prop is None or prop.range is None or end.is_a(prop.range)


def _link(schema: str, source: tuple[str, str], target: tuple[str, str], fact: dict[str, Any]) -> EntityProxy:
    link = model.make_entity(schema)
    link.add(source[0], source[1])
    link.add(target[0], target[1])
    link.add("description", _sentences(fact))
    link.add("proof", _proofs(fact))
    return link


def ftm_entities(store: Store) -> Iterator[EntityProxy]:
    texts = records.ArticleTexts(store)
    language_of: dict[str, str] = {}
    for a in records.articles(store):
        language_of[a["id"]] = a["language"]
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
    schema_of: dict[str, Schema] = {}
    for e in records.entities(store):
        names[e["id"]] = e["name"]
        proxy = model.make_entity(entity_ftm_schema(e["type"], e["kind"]))
        schema_of[e["id"]] = proxy.schema
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
        schema, source, target, end = spec.ftm_schema, spec.ftm_source, spec.ftm_target, r["object"]
        if spec.ftm_position:
            first = min(ev["article_id"] for ev in r["evidence"])
            post = position(r, names, schema_of, language_of.get(first, "en"))
            if post.id not in schema_of:
                schema_of[str(post.id)] = post.schema
                yield post
            end = str(post.id)
        wanted = model.get(schema)
        if wanted is None or not (_fits(wanted, source, schema_of.get(r["subject"]))
                                  and _fits(wanted, target, schema_of.get(end))):
            schema, source, target, end = "UnknownLink", "subject", "object", r["object"]
        link = _link(schema, (source, r["subject"]), (target, end), r)
        link.id = r["id"]
        role = r["role"] or spec.label
        if schema == "Occupancy":  # its status means current or ended: the article's word goes to the summary
            link.add("summary", f"{role}, {r['modality']}")
            if not held_until_now(role):
                link.add("status", "ended")
        else:
            link.add("role" if link.schema.get("role") else "relationship", role)
            link.add("status", r["modality"], quiet=True)
        link.add("date", _date(r["time"]))
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
        involved = [p["entity_id"] for p in ev["participants"]]
        held = [e for e in involved if _fits(event.schema, "involved", schema_of.get(e))]
        event.add("involved", held)
        event.add("date", _date(ev["date"]))
        event.add("summary", ev["status"])
        event.add("description", _sentences(ev))
        event.add("proof", _proofs(ev))
        if ev["place"]:
            event.add("location", names.get(ev["place"]))
        yield event
        for other in (e for e in involved if e not in held):
            link = _link("UnknownLink", ("subject", other), ("object", event.id), ev)
            link.id = f"{ev['id']}-{other}"
            link.add("role", f"involved in {event.first('name')}")
            yield link


def export_ftm(store: Store, out: TextIO) -> None:
    for proxy in ftm_entities(store):
        out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
