"""Map per-article facts onto resolved entities and group the same fact across articles.

Same fact = same type, same resolved endpoints, compatible dates. Each group keeps the evidence
of every article that states it; `outlets` counts distinct outlets, copies counted once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from .graph import Graph, GraphFact, date_json
from .ids import short_hash
from .models import UNNAMED_KIND, Annotation, Article, DateValue, Evidence
from .text import fold
from .vocabulary import RELATION_TYPES

LocalMap = Mapping[tuple[str, int], str]


def count_outlets(article_ids: set[str], articles: Mapping[str, Article], copy_of: Mapping[str, str]) -> int:
    """Distinct outlets among the articles, a copy counted under its original."""
    seen = set()
    for aid in article_ids:
        original = copy_of.get(aid, aid)
        art = articles.get(original)
        seen.add((art.outlet if art and art.outlet else None) or f"article:{original}")
    return len(seen)


def dates_compatible(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None or a.value is None or b.value is None:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def more_precise(a: DateValue | None, b: DateValue | None) -> DateValue | None:
    if a is None or a.value is None:
        return b if b is not None else a
    if b is None or b.value is None:
        return a
    return a if len(a.value) >= len(b.value) else b


def _content_words(text: str) -> set[str]:
    return {w for w in "".join(c.lower() if c.isalnum() else " " for c in text).split() if len(w) > 3}


def similar_text(a: str, b: str) -> bool:
    """Two reports of one claim share a good part of their content words (claims in one article never merge)."""
    wa, wb = _content_words(a), _content_words(b)
    if not wa or not wb:
        return wa == wb
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.4


class _Grouper:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)

    def add(self, key: tuple, date: DateValue | None, fields: dict[str, Any], evidence: Evidence,
            text: str | None = None) -> None:
        for group in self.groups[key]:
            same_text = text is None or (
                all(e.article_id != evidence.article_id for e in group["evidence"])
                and similar_text(group["fields"].get("text", ""), text)
            )
            if same_text and dates_compatible(group["date"], date):
                group["date"] = more_precise(group["date"], date)
                group["evidence"].append(evidence)
                return
        self.groups[key].append({"date": date, "fields": fields, "evidence": [evidence]})

    def facts(self, date_field: str | None) -> list[GraphFact]:
        out = []
        for key, groups in self.groups.items():
            for index, group in enumerate(groups):
                fields = dict(group["fields"])
                if date_field:
                    fields[date_field] = date_json(group["date"])
                evidence = sorted(set(group["evidence"]), key=lambda e: (e.article_id, e.start, e.end))
                fid = self.kind[0] + short_hash(self.kind, key, index)
                out.append(GraphFact(self.kind, fid, fields, evidence))
        return sorted(out, key=lambda f: f.id)


def build_facts(
    graph: Graph, annotations: list[Annotation], articles: Mapping[str, Article], ent: LocalMap,
    decisions: list[dict],
) -> None:
    relations, claims, events = _Grouper("relation"), _Grouper("claim"), _Grouper("event")
    conflicts: list[GraphFact] = []
    # Unnamed sources are entities of their own article; what they say still corroborates across
    # articles ("prosecutors say ..." in two outlets), so claims and relations group them by name.
    unnamed = {e.id: fold(e.name) for e in graph.entities if e.kind == UNNAMED_KIND}
    for ann in annotations:
        aid = ann.article_id
        for r in ann.relations:
            s, o = ent.get((aid, r.subject)), ent.get((aid, r.object))
            if s is None or o is None or s == o:
                continue
            # A symmetric link is one fact whichever way round it is written; it keeps the reading
            # direction the annotator chose (person first) for display.
            ks, ko = sorted((s, o)) if RELATION_TYPES[r.type].symmetric else (s, o)
            attributed = ent.get((aid, r.attributed_to)) if r.attributed_to is not None else None
            fields: dict[str, Any] = {"type": r.type, "subject": s, "object": o, "role": r.role,
                                      "modality": r.modality, "attributed_to": attributed}
            by = ("unnamed", unnamed[attributed]) if attributed in unnamed else attributed
            relations.add((r.type, ks, ko, r.modality, by), r.time, fields, r.evidence)
        for c in ann.claims:
            speaker = ent.get((aid, c.speaker)) if c.speaker is not None else None
            if speaker is None:
                continue
            about = sorted({e for k in c.about if (e := ent.get((aid, k))) and e != speaker})
            fields = {"speaker": speaker, "stance": c.stance, "cue": c.cue, "text": c.text, "direct": c.direct,
                      "about": about, "medium": c.medium}
            who = ("unnamed", unnamed[speaker]) if speaker in unnamed else speaker
            claims.add((who, c.stance, tuple(about), c.medium), c.date, fields, c.evidence, text=c.text)
        for event in ann.events:
            parts = sorted({(pid, p.role) for p in event.participants if (pid := ent.get((aid, p.entity)))})
            if not parts:
                continue
            place = ent.get((aid, event.place)) if event.place is not None else None
            fields = {"type": event.type, "status": event.status, "place": place,
                      "participants": [{"entity_id": pid, "role": role} for pid, role in parts]}
            events.add((event.type, event.status, tuple(p for p, _ in parts)), event.date, fields, event.evidence)
        for conflict in ann.conflicts:
            cid = "x" + short_hash(conflict.kind, conflict.description,
                                   *(f"{e.article_id}:{e.start}" for e in conflict.evidence))
            conflicts.append(GraphFact("conflict", cid, {"kind": conflict.kind, "description": conflict.description},
                                       conflict.evidence))
    graph.relations = relations.facts("time")
    graph.claims = claims.facts("date")
    graph.events = events.facts("date")
    graph.conflicts = sorted({c.id: c for c in conflicts}.values(), key=lambda f: f.id)
    _apply_reviews(graph, decisions)


def _apply_reviews(graph: Graph, decisions: list[dict]) -> None:
    verdicts = {j["payload"]["fact_id"]: j["action"] for j in decisions if j["action"] in ("accept", "reject")}
    for fact in (*graph.relations, *graph.claims, *graph.events):
        if fact.id in verdicts:
            fact.fields["review"] = "accepted" if verdicts[fact.id] == "accept" else "rejected"


def set_outlets(graph: Graph, articles: Mapping[str, Article]) -> None:
    for fact in (*graph.relations, *graph.claims, *graph.events):
        fact.outlets = count_outlets({e.article_id for e in fact.evidence}, articles, graph.copy_of)
