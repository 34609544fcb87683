"""Match a casegraph JSON export against ../shared/seeds/expected.json, fact by fact.

Names in expected.json are canonical names; an export entity stands for an expected one when it
carries one of its listed surface forms in one of its articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Json = dict[str, Any]


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    for curly, plain in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(curly, plain)
    text = re.sub(r"'s$", "", text.strip())
    return re.sub(r"\s+", " ", text).casefold()


def article_keys(export: Json) -> dict[str, str]:
    """export article id -> seed key ("000", "002", ...)."""
    return {a["id"]: Path(a["source"]).name.split("_")[0] for a in export["articles"]}


def seed_texts(seeds: Path) -> dict[str, str]:
    return {p.name.split("_")[0]: p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))}


def candidates(expected: Json, export: Json, keys: dict[str, str], texts: dict[str, str]) -> dict[str, set[str]]:
    """Expected canonical name -> ids of export entities carrying one of its surface forms where it occurs."""
    out: dict[str, set[str]] = {}
    for gold in expected["entities"]:
        forms = {norm(m) for m in gold["mentions"]}
        ids = set()
        for entity in export["entities"]:
            for mention in entity["mentions"]:
                key = keys[mention["article_id"]]
                if key in gold["in"] and norm(mention["text"]) in forms:
                    ids.add(entity["id"])
        out[gold["name"]] = ids
    return out


def present_forms(gold: Json, texts: dict[str, str]) -> set[str]:
    """The listed surface forms that really occur in the gold entity's articles."""
    return {m for m in gold["mentions"] if any(m in texts[k] for k in gold["in"])}


def entity_index(expected: Json, export: Json, keys: dict[str, str], texts: dict[str, str]) -> dict[str, str]:
    """export entity id -> expected canonical name, for entities that match exactly one expected entity."""
    index: dict[str, str] = {}
    for name, ids in candidates(expected, export, keys, texts).items():
        for entity_id in ids:
            index[entity_id] = name
    return index


def evidence_articles(fact: Json, keys: dict[str, str]) -> set[str]:
    return {keys[e["article_id"]] for e in fact["evidence"]}


def _names(ids: Iterable[str | None], index: dict[str, str]) -> set[str]:
    return {index[i] for i in ids if i is not None and i in index}


def relation_found(gold: Json, export: Json, index: dict[str, str], keys: dict[str, str]) -> bool:
    for rel in export["relations"]:
        if (
            rel["type"] == gold["type"]
            and gold["in"] in evidence_articles(rel, keys)
            and index.get(rel["subject"]) == gold["subject"]
            and index.get(rel["object"]) == gold["object"]
            and rel["modality"] == gold.get("modality", "stated")
            and index.get(rel.get("attributed_to") or "") == gold.get("attributed_to")
        ):
            return True
    return False


def claim_found(gold: Json, export: Json, index: dict[str, str], keys: dict[str, str], about: bool = False) -> bool:
    """Speaker and stance in the right article; with `about`, also one of the entities it is about."""
    for claim in export["claims"]:
        targets = _names(claim["about"], index)
        if (
            gold["in"] in evidence_articles(claim, keys)
            and index.get(claim["speaker"]) == gold["speaker"]
            and claim["stance"] == gold["stance"]
            and (not about or not gold["about"] or targets & set(gold["about"]))
        ):
            return True
    return False


def event_found(gold: Json, export: Json, index: dict[str, str], keys: dict[str, str]) -> bool:
    for event in export["events"]:
        people = _names((p["entity_id"] for p in event["participants"]), index)
        date = (event.get("date") or {}).get("value") or ""
        if (
            event["type"] == gold["type"]
            and gold["in"] in evidence_articles(event, keys)
            and set(gold["participants"]) <= people
            and event["status"] == gold.get("status", "happened")
            and (not gold.get("date") or date.startswith(gold["date"]) or gold["date"].startswith(date or "-"))
        ):
            return True
    return False
