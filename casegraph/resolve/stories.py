"""Group articles that report the same news event into stories, across outlets and languages.

Signals, combined as a weighted mean: shared resolved entities weighted by rarity, TF-IDF text
similarity (same language only; blended with sentence embeddings when available) and shared event
types. A date gap beyond the window vetoes a match, and so does too little entity similarity:
text alone never makes a story. Clustering is a deterministic pass in date order (existing stories
keep their members, new articles join the best candidate story found through blocking or start a
new one), then refinement passes move new articles to the story they fit best once all are placed,
and a merge pass moves a new story into another when each of its articles would join that one alone.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from ..ids import short_hash
from .story_clusterer import Clusterer, date_order
from .story_embeddings import Embedder
from .story_label import story_label
from .story_merge import merge_fragments
from .story_state import Story, StoryDoc, StoryParams, StoryState

__all__ = ["Story", "StoryDoc", "StoryParams", "cluster_stories"]


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
    c = Clusterer(docs, p, embed)
    for old in sorted(existing, key=lambda s: s.id):
        kept = [c.docs[a] for a in old.article_ids if a in c.docs and a not in c.story_of]
        if not kept:  # every member is gone (or already placed): the story goes too
            continue
        state = c.stories.setdefault(old.id, StoryState(id=old.id))
        c.fixed.add(old.id)
        for doc in sorted(kept, key=date_order):
            c.join(state, doc.article_id)
    new = [d for d in sorted(c.docs.values(), key=lambda d: (d.copy_of is not None, date_order(d)))
           if d.article_id not in c.story_of]
    for doc in new:
        c.assign(doc)
    movable = [d for d in new if d.copy_of is None or d.copy_of not in c.docs]
    c.settle(movable)
    if merge_fragments(c, movable):  # whole stories moved: their articles may now fit elsewhere
        c.settle(movable)
    for doc in new:  # copies follow their original wherever it went
        if doc.copy_of in c.story_of and c.story_of[doc.copy_of] != c.story_of[doc.article_id]:
            c.leave(c.stories[c.story_of[doc.article_id]], doc.article_id)
            c.join(c.stories[c.story_of[doc.copy_of]], doc.article_id)
    kept_ids = {s.id for s in existing}
    out = []
    for state in c.stories.values():
        if not state.members:
            continue
        first = min((c.docs[a] for a in state.members), key=date_order)
        label = story_label(state.entity_counts, c.idf, state.events, first.published, entity_names, unlabelled)
        # A new story is named after its earliest original article (not always the one that started it).
        name = min((c.docs[a] for a in state.members), key=lambda d: (d.copy_of is not None, date_order(d)))
        sid = state.id if state.id in kept_ids else "s" + short_hash("story", name.article_id)
        out.append(Story(sid, label, sorted(state.members)))
    return sorted(out, key=lambda s: s.id)
