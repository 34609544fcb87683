"""Conflicts between articles of one story, each with evidence from both sides.

- date_disagreement: the same event (type, status, a shared participant) on incompatible dates;
- figure_disagreement: ages, sentence lengths, periodic amounts or counts that differ;
- claim_denied: one source asserts or alleges what another, speaking of the same entities, denies.
A copy and its original are one source, so they never conflict with each other.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from itertools import combinations

from ..facts import dates_compatible
from ..graph import Graph, GraphFact
from ..models import Article, DateValue, Evidence
from ..vocabulary import SAME_EVENT
from .claim_conflicts import claim_conflicts
from .conflict_common import by_story, make_conflict, source_of, stories_of
from .story_figures import Figure, find_figures

__all__ = ["claim_conflicts", "cross_article_conflicts", "event_date_conflicts", "figure_conflicts"]

_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*(?=\s)|\n")  # a closing quote may follow the stop


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    stop = right.end() if right else len(text)
    while left < start and text[left].isspace():
        left += 1
    return left, stop


def _date(d: object) -> DateValue | None:
    if isinstance(d, dict) and d.get("value"):
        return DateValue(d["value"], d.get("precision", "day"), d.get("text"))
    return None


def _event_type(fields: Mapping[str, object]) -> str:
    kind = str(fields["type"])
    return SAME_EVENT.get(kind, kind)


def _pairs_in_stories(facts: list[GraphFact], graph: Graph) -> list[tuple[GraphFact, GraphFact]]:
    seen: dict[tuple[str, str], tuple[GraphFact, GraphFact]] = {}
    for members in by_story(facts, graph).values():
        for a, b in combinations(members, 2):
            seen.setdefault((a.id, b.id), (a, b))
    return list(seen.values())


def event_date_conflicts(graph: Graph) -> list[GraphFact]:
    out = []
    for a, b in _pairs_in_stories(graph.events, graph):
        fa, fb = a.fields, b.fields
        if _event_type(fa) != _event_type(fb) or fa["status"] != fb["status"]:
            continue
        if not (stories_of(a, graph) & stories_of(b, graph)):
            continue
        if not {p["entity_id"] for p in fa["participants"]} & {p["entity_id"] for p in fb["participants"]}:
            continue
        da, db = _date(fa.get("date")), _date(fb.get("date"))
        if da is None or db is None or dates_compatible(da, db):
            continue
        if {source_of(e.article_id, graph) for e in a.evidence} == {source_of(e.article_id, graph) for e in b.evidence}:
            continue
        desc = (f"{_event_type(fa).replace('_', ' ')} dated {da.value} (“{da.text}”) in one source and "
                f"{db.value} (“{db.text}”) in another")
        out.append(make_conflict("date_disagreement", desc, [a.evidence[0], b.evidence[0]]))
    return out


def figure_conflicts(graph: Graph, articles: Mapping[str, Article]) -> list[GraphFact]:
    persons: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for e in graph.entities:
        if e.type == "PERSON":
            for m in e.mentions:
                persons[m.article_id].append((m.start, m.end, e.id))
    by_key: dict[tuple[str, str], dict[float, list[tuple[str, Figure]]]] = defaultdict(lambda: defaultdict(list))
    for aid in sorted(articles):
        sid = graph.story_of.get(aid)
        if sid is None or aid in graph.copy_of:
            continue
        for f in find_figures(articles[aid].text, persons.get(aid, [])):
            by_key[(sid, f.key)][f.value].append((aid, f))
    names = {e.id: e.name for e in graph.entities}
    out = []
    for (_, key), values in sorted(by_key.items()):
        if len(values) < 2 or len({aid for seen in values.values() for aid, _ in seen}) < 2:
            continue
        evidence = []
        for value in sorted(values):
            aid, f = values[value][0]
            s_start, s_end = _sentence(articles[aid].text, f.start, f.end)
            evidence.append(Evidence(aid, f.start, f.end, s_start, s_end))
        kind, _, what = key.partition(":")
        what = names.get(what, what).replace(":", " ")
        quoted = "; ".join(f"“{articles[ev.article_id].text[ev.start:ev.end]}”" for ev in evidence)
        out.append(make_conflict("figure_disagreement", f"{kind} {what}: sources give {quoted}", evidence))
    return out


def cross_article_conflicts(graph: Graph, articles: Mapping[str, Article]) -> list[GraphFact]:
    found = [*event_date_conflicts(graph), *figure_conflicts(graph, articles), *claim_conflicts(graph)]
    once: dict[tuple[str, str, frozenset[str]], GraphFact] = {}
    for c in sorted(found, key=lambda c: c.id):
        # The same disagreement read again in a copy of one side is not a second conflict.
        sources = frozenset(source_of(e.article_id, graph) for e in c.evidence)
        once.setdefault((c.fields["kind"], c.fields["description"], sources), c)
    return sorted(once.values(), key=lambda c: c.id)
