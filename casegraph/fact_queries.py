"""Read facts: the library functions behind `claims`, `relations`, `timeline`, `stories`, `conflicts`."""

from __future__ import annotations

import json
from typing import Any

from .export.records import ArticleTexts
from .queries import resolve_entity
from .store import Store


def _names(store: Store) -> dict[str, str]:
    return {r["id"]: r["name"] for r in store.query("SELECT id, name FROM entities")}


def _evidence(store: Store, kind: str, fact_id: str, texts: ArticleTexts) -> list[dict[str, Any]]:
    rows = store.query("SELECT * FROM evidence WHERE fact_kind = ? AND fact_id = ? ORDER BY article_id, start",
                       (kind, fact_id))
    return [{"article_id": r["article_id"], "start": r["start"], "end": r["end"],
             "sentence_start": r["sentence_start"], "sentence_end": r["sentence_end"],
             "sentence": texts.sentence(r["article_id"], r["sentence_start"], r["sentence_end"]).strip()} for r in rows]


def _verdicts(store: Store) -> dict[str, str]:
    return {r["fact_id"]: r["verdict"] for r in store.query("SELECT fact_id, verdict FROM reviews")}


def relations(store: Store, name: str | None = None, type: str | None = None,
              modality: str | None = None) -> list[dict[str, Any]]:
    """Relations, optionally those of one entity (as subject or object), by type and modality."""
    sql, params = "SELECT * FROM relations WHERE 1=1", []
    if name:
        eid = resolve_entity(store, name).id
        sql += " AND (subject = ? OR object = ?)"
        params += [eid, eid]
    if type:
        sql += " AND type = ?"
        params.append(type)
    if modality:
        sql += " AND modality = ?"
        params.append(modality)
    names, texts, verdicts = _names(store), ArticleTexts(store), _verdicts(store)
    out = []
    for r in store.query(sql + " ORDER BY type, id", params):
        d = dict(r)
        d["time"] = json.loads(d["time"]) if d["time"] else None
        d.update(subject_name=names.get(r["subject"]), object_name=names.get(r["object"]),
                 attributed_name=names.get(r["attributed_to"] or ""), review=verdicts.get(r["id"]),
                 evidence=_evidence(store, "relation", r["id"], texts))
        out.append(d)
    return out


def claims(store: Store, by: str | None = None, about: str | None = None,
           stance: str | None = None) -> list[dict[str, Any]]:
    sql, params = "SELECT * FROM claims WHERE 1=1", []
    if by:
        sql += " AND speaker = ?"
        params.append(resolve_entity(store, by).id)
    if about:
        sql += " AND id IN (SELECT claim_id FROM claim_about WHERE entity_id = ?)"
        params.append(resolve_entity(store, about).id)
    if stance:
        sql += " AND stance = ?"
        params.append(stance)
    names, texts, verdicts = _names(store), ArticleTexts(store), _verdicts(store)
    out = []
    for c in store.query(sql + " ORDER BY id", params):
        d = dict(c)
        d["direct"] = bool(d["direct"])
        d["date"] = json.loads(d["date"]) if d["date"] else None
        ids = [r["entity_id"] for r in store.query("SELECT entity_id FROM claim_about WHERE claim_id = ?", (c["id"],))]
        d.update(speaker_name=names.get(c["speaker"]), about=[{"id": i, "name": names.get(i)} for i in ids],
                 review=verdicts.get(c["id"]), evidence=_evidence(store, "claim", c["id"], texts))
        out.append(d)
    return out


def events(store: Store, name: str | None = None) -> list[dict[str, Any]]:
    sql, params = "SELECT * FROM events", []
    if name:
        sql += " WHERE id IN (SELECT event_id FROM event_participants WHERE entity_id = ?)"
        params.append(resolve_entity(store, name).id)
    names, texts, verdicts = _names(store), ArticleTexts(store), _verdicts(store)
    out = []
    for e in store.query(sql + " ORDER BY id", params):
        d = dict(e)
        d["date"] = json.loads(d["date"]) if d["date"] else None
        parts = store.query("SELECT entity_id, role FROM event_participants WHERE event_id = ?", (e["id"],))
        d.update(participants=[{"id": p["entity_id"], "name": names.get(p["entity_id"]), "role": p["role"]}
                               for p in parts],
                 place_name=names.get(e["place"] or ""), review=verdicts.get(e["id"]),
                 evidence=_evidence(store, "event", e["id"], texts))
        out.append(d)
    return out


def timeline(store: Store, name: str) -> list[dict[str, Any]]:
    """Events and dated claims of an entity in date order (undated last), each with its sentence."""
    items = [{"kind": "event", "date": e["date"], "label": f"{e['type']} ({e['status']})", "fact": e}
             for e in events(store, name)]
    eid = resolve_entity(store, name).id
    for c in claims(store):
        if c["date"] and (c["speaker"] == eid or any(a["id"] == eid for a in c["about"])):
            items.append({"kind": "claim", "date": c["date"], "label": f"{c['speaker_name']} {c['cue']}", "fact": c})
    return sorted(items, key=lambda i: ((i["date"] or {}).get("value") is None, (i["date"] or {}).get("value") or "",
                                        i["fact"]["id"]))


def conflicts(store: Store) -> list[dict[str, Any]]:
    texts = ArticleTexts(store)
    return [{**dict(c), "evidence": _evidence(store, "conflict", c["id"], texts)}
            for c in store.query("SELECT * FROM conflicts ORDER BY kind, id")]


def stories(store: Store) -> list[dict[str, Any]]:
    """Stories with their article and outlet counts and first/last publication dates."""
    out = []
    for s in store.query("SELECT * FROM stories ORDER BY id"):
        arts = store.query("SELECT id, outlet, published_value, copy_of FROM articles WHERE story_id = ?", (s["id"],))
        known = [a["published_value"] for a in arts if a["published_value"]]
        # A year-only date ("2024") would sort before every day of that year: days first, when there are any.
        dates = sorted(d for d in known if len(d) == 10) or sorted(known)
        outlets = {a["outlet"] or f"article:{a['id']}" for a in arts if not a["copy_of"]}
        out.append({"id": s["id"], "label": s["label"], "articles": len(arts), "outlets": len(outlets),
                    "first": dates[0] if dates else None, "last": dates[-1] if dates else None})
    return sorted(out, key=lambda s: (s["first"] or "", s["id"]))


def story(store: Store, story_id: str) -> dict[str, Any]:
    """One story: its articles, the entities they share, facts with outlet counts, and conflicts."""
    from .errors import NotFound

    rows = store.query("SELECT * FROM stories WHERE id = ?", (story_id,))
    if not rows:
        raise NotFound("story", story_id)
    arts = [dict(r) for r in store.query(
        "SELECT id, title, outlet, source, published_value AS published, copy_of, language FROM articles"
        " WHERE story_id = ? ORDER BY published_value NULLS FIRST, id", (story_id,))]
    ids = [a["id"] for a in arts]
    marks = ",".join("?" * len(ids))
    shared = [dict(r) for r in store.query(
        f"SELECT e.id, e.name, e.type, COUNT(DISTINCT m.article_id) AS articles FROM mentions m"
        f" JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN ({marks}) GROUP BY e.id"
        f" HAVING COUNT(DISTINCT m.article_id) > 1 ORDER BY articles DESC, e.name", ids)]

    def in_story(fact: dict[str, Any]) -> bool:
        return any(ev["article_id"] in ids for ev in fact["evidence"])

    return {
        "id": story_id, "label": rows[0]["label"], "articles": arts, "shared_entities": shared,
        "relations": [r for r in relations(store) if in_story(r)],
        "claims": [c for c in claims(store) if in_story(c)],
        "events": [e for e in events(store) if in_story(e)],
        "conflicts": [c for c in conflicts(store) if in_story(c)],
    }
