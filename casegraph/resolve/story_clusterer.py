"""The story clusterer: what each story keeps, joining and leaving it, scoring an article against it,
the first pass and the refinement passes (the merge pass is in story_merge.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from ..ids import short_hash
from .story_embeddings import Embedder, blend
from .story_signals import Centroid, entity_idf, entity_vector, text_vectors, top_terms
from .story_state import BlockIndex, StoryDoc, StoryParams, StoryState, is_role_key


def date_order(doc: StoryDoc) -> tuple[date, str]:
    return (doc.published or date.max, doc.article_id)


class Clusterer:
    def __init__(self, docs: Sequence[StoryDoc], params: StoryParams, embed: Embedder | None = None) -> None:
        self.p = params
        self.docs = {d.article_id: d for d in docs}
        ordered = sorted(self.docs.values(), key=date_order)
        self.idf = entity_idf(d.entity_ids for d in ordered)
        vectors = text_vectors([d.text for d in ordered])
        if embed is not None and ordered:
            dense = embed([d.text for d in ordered])
            vectors = [blend(v, e, params.embedding_weight) for v, e in zip(vectors, dense)]
        self.text = {d.article_id: v for d, v in zip(ordered, vectors)}
        self.ents = {d.article_id: entity_vector(d.entity_ids, self.idf, params.idf_power) for d in ordered}
        self.telling = {aid: {e: w for e, w in vec.items() if not is_role_key(e)} for aid, vec in self.ents.items()}
        self.stories: dict[str, StoryState] = {}
        self.story_of: dict[str, str] = {}
        self.index = BlockIndex(params.window_days, params.block_cap)
        self.fixed: set[str] = set()  # stories stored before this run: they keep their members

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
            else:  # it no longer fits the story it is in: a story of its own
                target = self.new_story(doc.article_id)
            moved += target is not here
            self.join(target, doc.article_id)
        return moved

    def settle(self, movable: Sequence[StoryDoc]) -> None:
        for _ in range(self.p.refine_rounds):
            if not self.refine(movable):
                break

    def new_story(self, aid: str) -> StoryState:
        """An empty story named after `aid`; salted when a story of that name still has members."""
        sid, salt = "s" + short_hash("story", aid), 0
        while self.stories.get(sid, StoryState(id=sid)).members:
            salt += 1
            sid = "s" + short_hash("story", aid, salt)
        return self.stories.setdefault(sid, StoryState(id=sid))

    def score(self, story: StoryState, doc: StoryDoc) -> float | None:
        gap = story.gap_days(doc.published)
        if gap is not None and gap > self.p.window_days:
            return None
        total = weights = 0.0
        ents = self.ents[doc.article_id]
        if not ents or not story.entities.sum:  # text, events and dates alone never make a story
            return None
        # The same wording about other people is another event; "police" in both is no shared name.
        if story.entities.cosine(self.telling[doc.article_id]) < self.p.min_entity:
            return None
        similar = story.entities.cosine(ents)
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
            story = self.new_story(doc.article_id)
        else:
            story = self.stories[best[1]]
        self.join(story, doc.article_id)


