"""Copies, stories and cross-article conflicts for the resolved graph (corpus level).

Incremental: stories already stored keep their members (`existing`), new articles join them or
start new stories; copies are found again over the whole corpus with LSH, which is sub-quadratic.
Ids come from article ids only, so a rebuild of the same input gives the same graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from .facts import set_outlets
from .graph import Graph, GraphEntity, GraphStory
from .models import UNNAMED_KIND, Annotation, Article, Event
from .resolve.copies import find_copies
from .resolve.stories import Story, StoryDoc, cluster_stories
from .resolve.story_conflicts import cross_article_conflicts
from .resolve.story_embeddings import load_embedder
from .resolve.story_state import DESCRIPTION_PREFIX, ROLE_PREFIX
from .settings import get_settings
from .text import fold


def published_day(article: Article) -> date | None:
    value = article.published.value if article.published else None
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _span(value: str) -> tuple[date, date] | None:
    """The days a normalized date covers: one day, a month or a year."""
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return day, day
        if len(value) == 7:
            first = date.fromisoformat(value + "-01")
            return first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        if len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def is_news(event: Event, published: date | None, window_days: int) -> bool:
    """Whether an event is what the article reports, not background ("was arrested in August 2020")
    nor a possibility ("could be extradited")."""
    if event.status == "hypothetical":
        return False
    span = _span(event.date.value) if event.date and event.date.value else None
    if span is None or published is None:
        return True
    gap = max((span[0] - published).days, (published - span[1]).days, 0)
    return gap <= window_days


def news_types(events: Sequence[Event], published: date | None, window_days: int) -> list[str]:
    """Types of the events an article reports as news; when it dates some of them near publication,
    the undated ones are taken for background ("the murder of X" beside "said on Friday")."""
    news = [e for e in events if is_news(e, published, window_days)]
    dated = [e for e in news if e.date is not None and e.date.value]
    return sorted(e.type for e in (dated or news))


def story_entity_key(entity: GraphEntity) -> str:
    """What story clustering compares of an entity: its id, or for an unnamed source (an entity of
    its own article) its description, so "an Australian climber" in two reports is shared, weighted
    by rarity like any name, and "police" in every report weighs next to nothing. A description
    with a proper word after its first ("a Perth man") is told apart from a bare role ("police")."""
    if entity.kind != UNNAMED_KIND:
        return entity.id
    proper = any(word[:1].isupper() for word in entity.name.split()[1:])
    return (DESCRIPTION_PREFIX if proper else ROLE_PREFIX) + fold(entity.name)


def story_docs(
    graph: Graph, annotations: Sequence[Annotation], articles: Mapping[str, Article], copy_of: Mapping[str, str],
    window_days: int = 10,
) -> list[StoryDoc]:
    """One StoryDoc per article: its entities (`story_entity_key`, one per mention), the types of
    the events it reports as news (background events dated far from publication left out), its text."""
    entity_ids: dict[str, list[str]] = defaultdict(list)
    for entity in graph.entities:
        key = story_entity_key(entity)
        for m in entity.mentions:
            entity_ids[m.article_id].append(key)
    days = {aid: published_day(a) for aid, a in articles.items()}
    event_types = {a.article_id: news_types(a.events, days.get(a.article_id), window_days) for a in annotations}
    docs = []
    for aid in sorted(articles):
        art = articles[aid]
        docs.append(StoryDoc(
            article_id=aid, published=days[aid], outlet=art.outlet, language=art.language,
            text=f"{art.title or ''}\n{art.text}", entity_ids=sorted(entity_ids.get(aid, [])),
            event_types=event_types.get(aid, []), copy_of=copy_of.get(aid),
        ))
    return docs


def corpus_story_docs(
    graph: Graph, annotations: Sequence[Annotation], articles: Mapping[str, Article], window_days: int,
) -> list[StoryDoc]:
    """Find copies (set on the graph) and describe each article for story clustering."""
    published = {aid: published_day(a) for aid, a in articles.items()}
    outlets = {aid: a.outlet for aid, a in articles.items()}
    graph.copy_of = find_copies([(aid, a.text) for aid, a in articles.items()], published=published, outlets=outlets)
    return story_docs(graph, annotations, articles, graph.copy_of, window_days)


def assign_stories(
    graph: Graph,
    annotations: list[Annotation],
    articles: Mapping[str, Article],
    existing: Sequence[Story] = (),
) -> None:
    """Find copies, group articles into stories, count outlets per fact, add cross-article conflicts."""
    window = get_settings().story_window_days
    docs = corpus_story_docs(graph, annotations, articles, window)
    names = {e.id: e.name for e in graph.entities}
    known = [Story(s.id, s.label, [a for a in s.article_ids if a in articles]) for s in existing]
    stories = cluster_stories(
        docs, [s for s in known if s.article_ids], window_days=window, entity_names=names,
        embed=load_embedder(),
    )
    graph.stories = [GraphStory(s.id, s.label, s.article_ids) for s in stories]
    graph.story_of = {aid: s.id for s in stories for aid in s.article_ids}
    set_outlets(graph, articles)
    found = cross_article_conflicts(graph, articles)
    graph.conflicts = sorted({c.id: c for c in (*graph.conflicts, *found)}.values(), key=lambda f: f.id)


def stored_stories(rows: Sequence[Mapping[str, object]]) -> list[Story]:
    """Stories as persisted: rows of (id, story_id, label) per article."""
    members: dict[str, list[str]] = defaultdict(list)
    labels: dict[str, str] = {}
    for r in rows:
        sid = r.get("story_id")
        if sid:
            members[str(sid)].append(str(r["id"]))
            labels[str(sid)] = str(r.get("label") or "")
    return [Story(sid, labels[sid], sorted(ids)) for sid, ids in sorted(members.items())]
