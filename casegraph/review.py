"""Human decisions: the library functions behind `merge`, `split`, `rename`, `accept`, `reject`, `undo`.

Each writes one append-only judgement and rebuilds the resolved graph (no NLP is re-run).
"""

from __future__ import annotations

from typing import Any

from .corpus import rebuild_graph
from .errors import JudgementError, NotFound
from .judgements import default_author, now_iso
from .queries import resolve_entity
from .store import Store


def _mention_ids(store: Store, entity_id: str) -> list[str]:
    return [r["id"] for r in store.query("SELECT id FROM mentions WHERE entity_id = ? ORDER BY id", (entity_id,))]


def _record(store: Store, action: str, payload: dict[str, Any], author: str | None) -> int:
    jid = store.add_judgement(action, payload, default_author(author or ""), now_iso())
    rebuild_graph(store)
    return jid


def merge(store: Store, a: str, b: str, author: str | None = None) -> int:
    """Merge two entities (names or ids); returns the judgement id."""
    ea, eb = resolve_entity(store, a), resolve_entity(store, b)
    if ea.id == eb.id:
        raise JudgementError(f"{a!r} and {b!r} are already one entity ({ea.id})")
    payload = {"entities": [ea.id, eb.id], "names": [ea.name, eb.name],
               "mentions": _mention_ids(store, ea.id) + _mention_ids(store, eb.id)}
    return _record(store, "merge", payload, author)


def split(store: Store, entity: str, mentions: list[str], author: str | None = None) -> int:
    """Split mentions (ids article:start:end, or surface texts) off an entity into a new one."""
    e = resolve_entity(store, entity)
    rows = store.query("SELECT id, text FROM mentions WHERE entity_id = ?", (e.id,))
    chosen = sorted({r["id"] for r in rows for m in mentions if m in (r["id"], r["text"])})
    if not chosen:
        raise JudgementError(f"none of {mentions} is a mention of {e.name} ({e.id})")
    if len(chosen) == len(rows):
        raise JudgementError("a split must leave at least one mention with the entity")
    return _record(store, "split", {"entity": e.id, "name": e.name, "mentions": chosen}, author)


def rename(store: Store, entity: str, name: str, author: str | None = None) -> int:
    e = resolve_entity(store, entity)
    return _record(store, "rename", {"entity": e.id, "name": name, "mentions": _mention_ids(store, e.id)}, author)


def _fact_kind(store: Store, fact_id: str) -> str:
    for table, kind in (("relations", "relation"), ("claims", "claim"), ("events", "event")):
        if store.query(f"SELECT 1 FROM {table} WHERE id = ?", (fact_id,)):
            return kind
    raise NotFound("relation, claim or event", fact_id)


def accept(store: Store, fact_id: str, author: str | None = None) -> int:
    return _record(store, "accept", {"fact_id": fact_id, "kind": _fact_kind(store, fact_id)}, author)


def reject(store: Store, fact_id: str, author: str | None = None) -> int:
    return _record(store, "reject", {"fact_id": fact_id, "kind": _fact_kind(store, fact_id)}, author)


def undo(store: Store, judgement_id: int, author: str | None = None) -> int:
    if not store.query("SELECT 1 FROM judgements WHERE id = ?", (judgement_id,)):
        raise NotFound("judgement", str(judgement_id))
    return _record(store, "undo", {"judgement": judgement_id}, author)


def audit(store: Store) -> list[dict[str, Any]]:
    """Every judgement, newest first, with whether it is currently undone."""
    from .judgements import effective

    items = store.judgements()
    live = {j["id"] for j in effective(items)}
    return [{**j, "active": j["id"] in live or j["action"] == "undo"} for j in reversed(items)]
