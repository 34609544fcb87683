"""An article split into segments for display, with mentions, facts and dates marked by offset."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import NotFound
from .store import Store
from .store.serialize import loads_annotation

FACT_KINDS = ("claim", "relation", "event", "conflict", "date")


@dataclass
class Segment:
    text: str
    marks: list[dict[str, Any]] = field(default_factory=list)  # mention / highlight marks covering it
    facts: list[str] = field(default_factory=list)  # fact kinds whose evidence (or a date) covers it

    @property
    def classes(self) -> str:
        return " ".join(f"f-{kind}" for kind in self.facts)

    @property
    def title(self) -> str:
        return ", ".join(self.facts)


def _dates(store: Store, article_id: str) -> list[dict[str, Any]]:
    rows = store.query("SELECT data FROM annotations WHERE article_id = ?", (article_id,))
    if not rows:
        return []
    return [{"kind": "date", "start": t.start, "end": t.end, "value": t.value}
            for t in loads_annotation(rows[0]["data"]).timexes]


def article_view(store: Store, article_id: str, highlight: tuple[int, int] | None = None) -> dict[str, Any]:
    """The article with its mentions and fact evidence, cut into segments at every boundary."""
    rows = store.query("SELECT * FROM articles WHERE id = ?", (article_id,))
    if not rows:
        raise NotFound("article", article_id)
    art = dict(rows[0])
    text: str = art["text"]
    marks: list[dict[str, Any]] = [
        {"kind": "mention", "start": m["start"], "end": m["end"], "entity_id": m["entity_id"], "type": m["type"],
         "name": m["name"]}
        for m in store.query(
            'SELECT m.start, m."end", m.entity_id, m.type, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id'
            " WHERE m.article_id = ? ORDER BY m.start", (article_id,))
    ]
    facts = [
        {"kind": r["fact_kind"], "fact_id": r["fact_id"], "start": r["start"], "end": r["end"]}
        for r in store.query(
            'SELECT fact_kind, fact_id, start, "end" FROM evidence WHERE article_id = ? ORDER BY start', (article_id,))
    ]
    if highlight:
        marks.append({"kind": "highlight", "start": highlight[0], "end": highlight[1]})
    spans = facts + _dates(store, article_id)
    edges = [*marks, *spans]
    cuts = sorted({0, len(text), *[m["start"] for m in edges], *[m["end"] for m in edges]})
    segments = []
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        covering = sorted((m for m in marks if m["start"] <= a and m["end"] >= b),
                          key=lambda m: (m["kind"] != "highlight", m["start"] - m["end"]))
        kinds = {f["kind"] for f in spans if f["start"] <= a and f["end"] >= b}
        segments.append(Segment(text[a:b], covering, [k for k in FACT_KINDS if k in kinds]))
    return {"article": art, "segments": segments, "facts": facts}
