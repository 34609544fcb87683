"""Group articles that report the same news event into stories, across outlets and languages.

Signals, combined as a weighted mean: shared resolved entities weighted by rarity, TF-IDF text
similarity (same language only; blended with sentence embeddings when available) and shared event
types. A date gap beyond the window vetoes a match, and so does too little entity similarity:
text alone never makes a story. Clustering is a deterministic pass in date order (existing stories
keep their members, new articles join the best candidate story found through blocking or start a
new one), then refinement passes move new articles to the story they fit best once all are placed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from datetime import date

from ..ids import short_hash
from .story_embeddings import Embedder, blend
from .story_label import story_label
from .story_signals import Centroid, entity_idf, entity_vector, text_vectors, top_terms
from .story_state import BlockIndex, Story, StoryDoc, StoryParams, StoryState

__all__ = ["Story", "StoryDoc", "StoryParams", "cluster_stories"]


def _order(doc: StoryDoc) -> tuple[date, str]:
    return (doc.published or date.max, doc.article_id)


class _Clusterer:
    def __init__(self, docs: Sequence[StoryDoc], params: StoryParams, embed: Embedder | None = None) -> None:
        self.p = params
        self.docs = {d.article_id: d for d in docs}
        ordered = sorted(self.docs.values(), key=_order)
        self.idf = entity_idf(d.entity_ids for d in ordered)
        vectors = text_vectors([d.text for d in ordered])
        if embed is not None and ordered:
            dense = embed([d.text for d in ordered])
            vectors = [blend(v, e, params.embedding_weight) for v, e in zip(vectors, dense)]
        self.text = {d.article_id: v for d, v in zip(ordered, vectors)}
        self.ents = {d.article_id: entity_vector(d.entity_ids, self.idf, params.idf_power) for d in ordered}
        self.stories: dict[str, StoryState] = {}
        self.story_of: dict[str, str] = {}
        self.index = BlockIndex(params.window_days, params.block_cap)

    def keys(self, aid: str) -> list[object]:
        doc = self.docs[aid]
        rare = sorted(set(doc.entity_ids), key=lambda e: (-self.idf.get(e, 0.0), e))[: self.p.block_entities]
        sparse = {t: w for t, w in self.text[aid].items() if t >= 0}  # embedding dimensions never block
        terms = [(doc.language, t) for t in top_terms(sparse, self.p.block_terms)]
        return [("e", e) for e in rare] + [("t", t) for t in terms]

    def join(self, story: StoryState, aid: str) -> None:
        doc = self.docs[aid]
        story.members.append(aid)
        self.story_of[aid] = story.id
        story.add_date(doc.published)
        story.entities.add(self.ents[aid])
        story.entity_counts.update(doc.entity_ids)  # mentions: the entity the story is about is named most
        story.text.setdefault(doc.language, Centroid()).add(self.text[aid])
        story.events.update(set(doc.event_types))
        self.index.register(story.id, self.keys(aid), [doc.published, story.first, story.last])

    def leave(self, story: StoryState, aid: str) -> None:
        """Undo `join` (blocking postings stay: they only propose candidates, which are re-scored)."""
        doc = self.docs[aid]
        story.members.remove(aid)
        del self.story_of[aid]
        story.entities.add({k: -v for k, v in self.ents[aid].items()})
        story.entity_counts.subtract(doc.entity_ids)
        story.text[doc.language].add({k: -v for k, v in self.text[aid].items()})
        story.events.subtract(set(doc.event_types))
        story.events += Counter()  # drop zero counts
        if doc.published is not None and doc.published in (story.first, story.last):  # else the range holds
            story.first = story.last = None
            for other in story.members:
                story.add_date(self.docs[other].published)

    def best(self, doc: StoryDoc) -> tuple[float, str] | None:
        best: tuple[float, str] | None = None
        for sid in self.index.candidates(self.keys(doc.article_id), doc.published):
            story = self.stories[sid]
            s = self.score(story, doc) if story.members else None
            if s is not None and s >= self.p.threshold and (best is None or (s, sid) > best):
                best = (s, sid)
        return best

    def refine(self, movable: Sequence[StoryDoc]) -> int:
        """One pass moving each article to the story it now fits best (order effects of the first pass)."""
        moved = 0
        for doc in movable:
            here = self.stories[self.story_of[doc.article_id]]
            self.leave(here, doc.article_id)
            best = self.best(doc)
            if best is not None:
                target = self.stories[best[1]]
            elif not here.members:
                target = here
            else:  # it no longer fits the story it started in
                sid = "s" + short_hash("story", doc.article_id)
                target = self.stories.setdefault(sid, StoryState(id=sid))
            moved += target is not here
            self.join(target, doc.article_id)
        return moved

    def score(self, story: StoryState, doc: StoryDoc) -> float | None:
        gap = story.gap_days(doc.published)
        if gap is not None and gap > self.p.window_days:
            return None
        total = weights = 0.0
        ents = self.ents[doc.article_id]
        if not ents or not story.entities.sum:  # text, events and dates alone never make a story
            return None
        similar = story.entities.cosine(ents)
        if similar < self.p.min_entity:  # the same wording about other people is another event
            return None
        total += self.p.entity_weight * similar
        weights += self.p.entity_weight
        centroid = story.text.get(doc.language)
        if centroid is not None and self.text[doc.article_id]:
            total += self.p.text_weight * centroid.cosine(self.text[doc.article_id])
            weights += self.p.text_weight
        if doc.event_types and story.events:
            shared = set(doc.event_types) & set(story.events)
            total += self.p.event_weight * len(shared) / len(set(doc.event_types))
            weights += self.p.event_weight
        if gap is not None:
            total += self.p.date_weight * (1.0 - gap / max(1, self.p.window_days))
            weights += self.p.date_weight
        return total / weights

    def assign(self, doc: StoryDoc) -> None:
        original = doc.copy_of and self.story_of.get(doc.copy_of)
        if original:
            self.join(self.stories[original], doc.article_id)
            return
        best = self.best(doc)
        if best is None:
            story = StoryState(id="s" + short_hash("story", doc.article_id))
            self.stories[story.id] = story
        else:
            story = self.stories[best[1]]
        self.join(story, doc.article_id)


def cluster_stories(
    docs: Sequence[StoryDoc],
    existing: Sequence[Story] = (),
    *,
    window_days: int = 10,
    entity_names: Mapping[str, str] | None = None,
    unlabelled: Collection[str] = (),
    params: StoryParams | None = None,
    embed: Embedder | None = None,
) -> list[Story]:
    """Stories over `docs`, extending `existing` ones (whose members keep their story).

    Pass the StoryDocs of existing members too when available: they give those stories their
    entities and text. `unlabelled` entities count for clustering but never name a story. Output
    is sorted by story id and does not depend on input order.
    """
    p = params or StoryParams(window_days=window_days)
    c = _Clusterer(docs, p, embed)
    for old in sorted(existing, key=lambda s: s.id):
        kept = [c.docs[a] for a in old.article_ids if a in c.docs and a not in c.story_of]
        if not kept:  # every member is gone (or already placed): the story goes too
            continue
        state = c.stories.setdefault(old.id, StoryState(id=old.id))
        for doc in sorted(kept, key=_order):
            c.join(state, doc.article_id)
    new = [d for d in sorted(c.docs.values(), key=lambda d: (d.copy_of is not None, _order(d)))
           if d.article_id not in c.story_of]
    for doc in new:
        c.assign(doc)
    movable = [d for d in new if d.copy_of is None or d.copy_of not in c.docs]
    for _ in range(p.refine_rounds):
        if not c.refine(movable):
            break
    for doc in new:  # copies follow their original wherever it went
        if doc.copy_of in c.story_of and c.story_of[doc.copy_of] != c.story_of[doc.article_id]:
            c.leave(c.stories[c.story_of[doc.article_id]], doc.article_id)
            c.join(c.stories[c.story_of[doc.copy_of]], doc.article_id)
    kept_ids = {s.id for s in existing}
    out = []
    for state in c.stories.values():
        if not state.members:
            continue
        first = min((c.docs[a] for a in state.members), key=_order)
        label = story_label(state.entity_counts, c.idf, state.events, first.published, entity_names, unlabelled)
        # A new story is named after its earliest original article (not always the one that started it).
        name = min((c.docs[a] for a in state.members), key=lambda d: (d.copy_of is not None, _order(d)))
        sid = state.id if state.id in kept_ids else "s" + short_hash("story", name.article_id)
        out.append(Story(sid, label, sorted(state.members)))
    return sorted(out, key=lambda s: s.id)
