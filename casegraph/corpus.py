"""Corpus-level resolution: per-article annotations -> one resolved graph, judgements replayed."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from .facts import build_facts
from .graph import Graph, GraphEntity
from .ids import entity_id_for
from .judgements import effective, replay_groups
from .models import Annotation, Article, LocalEntity, Mention
from .nlp.lexicon import without_honorific
from .resolve.entities import describe_entity, resolve_entities
from .resolve.stories import Story, StoryDoc
from .settings import get_settings
from .store import Store
from .store.graph_writer import write_graph
from .story_step import assign_stories, corpus_story_docs, stored_stories


def resolved_graph(annotations: list[Annotation], articles: dict[str, Article], judgements: list[dict]) -> Graph:
    """Entities and facts of the corpus, judgements replayed; no stories yet."""
    decisions = effective(judgements)
    resolved = resolve_entities(annotations)
    group_of_local = {(aid, key): r.id for r in resolved for aid, key in r.members}
    locals_by_key = {(a.article_id, e.key): e for a in annotations for e in a.entities}
    mentions = {m.id: m for a in annotations for m in a.mentions}
    assignment = {mid: group_of_local.get((m.article_id, m.entity), f"orphan:{mid}") for mid, m in mentions.items()}
    assignment = replay_groups(assignment, decisions)
    entities, entity_of_mention = _entities(assignment, mentions, locals_by_key, decisions)
    entity_of_local = _entity_of_local(mentions, entity_of_mention)
    graph = Graph(entities=entities)
    build_facts(graph, annotations, articles, entity_of_local, decisions)
    return graph


def resolve_corpus(
    annotations: list[Annotation], articles: dict[str, Article], judgements: list[dict],
    stories: Sequence[Story] = (),
) -> Graph:
    graph = resolved_graph(annotations, articles, judgements)
    assign_stories(graph, annotations, articles, stories)
    return graph


def story_docs_of(store: Store) -> list[StoryDoc]:
    """What story clustering reads of each stored article: for benchmarks and for inspecting stories."""
    articles = {a.id: a for a in store.articles()}
    annotations = store.annotations()
    graph = resolved_graph(annotations, articles, store.judgements())
    return corpus_story_docs(graph, annotations, articles, get_settings().story_window_days)


def rebuild_graph(store: Store) -> None:
    """Resolve the corpus from stored annotations and replay judgements; replaces the resolved tables."""
    articles = {a.id: a for a in store.articles()}
    # Stored story memberships are kept: new articles join stories, old ones are not reclustered.
    kept = stored_stories([dict(r) for r in store.query(
        "SELECT a.id, a.story_id, s.label FROM articles a LEFT JOIN stories s ON s.id = a.story_id")])
    graph = resolve_corpus(store.annotations(), articles, store.judgements(), kept)
    write_graph(store, graph)


def _entities(
    assignment: dict[str, str],
    mentions: dict[str, Mention],
    locals_by_key: dict[tuple[str, int], LocalEntity],
    decisions: list[dict],
) -> tuple[list[GraphEntity], dict[str, str]]:
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mid, group in assignment.items():
        groups[group].append(mentions[mid])
    per_local_total = Counter((m.article_id, m.entity) for m in mentions.values())
    renames = _renames(decisions)
    entities: list[GraphEntity] = []
    entity_of_mention: dict[str, str] = {}
    for group_mentions in groups.values():
        group_mentions.sort(key=lambda m: (m.article_id, m.start, m.end))
        in_group = Counter((m.article_id, m.entity) for m in group_mentions)
        full = sorted(f"{aid}:{key}" for (aid, key), n in in_group.items() if n == per_local_total[(aid, key)])
        members = [_restricted(locals_by_key[k], group_mentions, k) for k in sorted(in_group) if k in locals_by_key]
        etype, kind, name, aliases, roles = describe_entity(members)
        eid = entity_id_for(full, [m.id for m in group_mentions])
        for m in group_mentions:
            entity_of_mention[m.id] = eid
        new_name = next((renames[m.id] for m in group_mentions if m.id in renames), None)
        if new_name and new_name != name:
            aliases = sorted({*aliases, name} - {new_name})
            name = new_name
        typed = [replace(m, label=etype) for m in group_mentions]  # type: ignore[arg-type]
        entities.append(GraphEntity(eid, etype, name, kind, aliases, roles, typed))
    entities.sort(key=lambda e: e.id)
    return entities, entity_of_mention


def _restricted(local: LocalEntity, group_mentions: list[Mention], key: tuple[str, int]) -> LocalEntity:
    """The part of a local entity whose mentions fell into this group (all of it, unless split)."""
    texts = [m.text for m in group_mentions if (m.article_id, m.entity) == key]
    covered = [n for n in local.names if without_honorific(n) in texts]  # "Mr. Tovar" is written "Tovar"
    if set(covered) == set(local.names) or not texts:
        return local
    longest = max(texts, key=len)
    return replace(local, name=longest, names=sorted(set(covered) | set(texts)), acronyms=[])


def _entity_of_local(mentions: dict[str, Mention], entity_of_mention: dict[str, str]) -> dict[tuple[str, int], str]:
    votes: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
    for mid, m in sorted(mentions.items(), key=lambda kv: (kv[1].article_id, kv[1].start)):
        votes[(m.article_id, m.entity)][entity_of_mention[mid]] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def _renames(decisions: list[dict]) -> dict[str, str]:
    out: dict[str, str] = {}
    for j in decisions:
        if j["action"] == "rename":
            for mid in j["payload"].get("mentions", []):
                out[mid] = j["payload"]["name"]
    return out
