"""What every kind of cross-article conflict needs: the conflict record, a fact's stories, copies as one source."""

from __future__ import annotations

from collections import defaultdict

from ..graph import Graph, GraphFact
from ..ids import short_hash
from ..models import Evidence


def make_conflict(kind: str, description: str, evidence: list[Evidence]) -> GraphFact:
    ev = sorted(evidence, key=lambda e: (e.article_id, e.start, e.end))
    cid = "x" + short_hash(kind, description, *(f"{e.article_id}:{e.start}" for e in ev))
    return GraphFact("conflict", cid, {"kind": kind, "description": description}, ev)


def source_of(aid: str, graph: Graph) -> str:
    return graph.copy_of.get(aid, aid)


def stories_of(fact: GraphFact, graph: Graph) -> set[str]:
    return {graph.story_of[e.article_id] for e in fact.evidence if e.article_id in graph.story_of}


def by_story(facts: list[GraphFact], graph: Graph) -> dict[str, list[GraphFact]]:
    """Facts per story they have evidence in, so pairs are only formed inside a story (not corpus-wide)."""
    out: dict[str, list[GraphFact]] = defaultdict(list)
    for fact in facts:
        for sid in sorted(stories_of(fact, graph)):
            out[sid].append(fact)
    return out
