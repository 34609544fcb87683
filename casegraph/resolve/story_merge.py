"""The merge pass of story clustering.

The first pass places articles one by one, so two reports that arrive before the rest of their story
can hold each other in a story of their own: each fits the big story, but the other fits better.
Refinement moves one article at a time and cannot undo that; the merge pass moves a whole small
story into another when every one of its articles would join that story on its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from .story_clusterer import Clusterer
from .story_state import StoryDoc, StoryState


def merge_fragments(c: Clusterer, movable: Sequence[StoryDoc]) -> int:
    """Passes moving a new story into another when each of its articles would join that one on
    its own (smallest stories first); the number of stories moved. A story of one article is
    refinement's business."""
    allowed = {d.article_id for d in movable}
    merged = 0
    for _ in range(c.p.merge_rounds):
        moved = 0
        for story in sorted(c.stories.values(), key=lambda s: (len(s.members), s.id)):
            if len(story.members) > 1 and story.id not in c.fixed and (target := absorber(c, story, allowed)):
                for aid in list(story.members):
                    c.leave(story, aid)
                    c.join(target, aid)
                moved += 1
        merged += moved
        if not moved:
            break
    return merged


def absorber(c: Clusterer, story: StoryState, allowed: set[str]) -> StoryState | None:
    """The story every movable article of a small `story` would join alone, the best by its weakest
    score. A merge that stretches the target's dates must leave them within one window, so merges
    cannot chain reports of a month into one story. Two large stories of one kind of event (two
    players' injuries) each fit the other; the merge is for fragments, so large stories stay apart."""
    if len(story.members) > c.p.merge_max_articles:
        return None
    if any(a not in allowed and c.docs[a].copy_of is None for a in story.members):
        return None  # an article placed before this run
    scored = [a for a in story.members if a in allowed]  # copies follow their original
    if not scored:
        return None
    found: dict[str, None] = {}
    for aid in scored:
        found.update(dict.fromkeys(c.index.candidates(c.keys(aid), c.docs[aid].published)))
    best: tuple[float, str] | None = None
    for sid in found:
        other = c.stories[sid]
        if sid == story.id or not other.members or stretches(c, other, story):
            continue
        weakest = weakest_fit(c, other, scored)
        if weakest is not None and (best is None or (weakest, sid) > best):
            best = (weakest, sid)
    return c.stories[best[1]] if best else None


def weakest_fit(c: Clusterer, story: StoryState, aids: Sequence[str]) -> float | None:
    """The lowest score of the articles against `story`; None as soon as one would not join it."""
    low: float | None = None
    for aid in aids:
        s = c.score(story, c.docs[aid])
        if s is None or s < c.p.threshold:
            return None
        low = s if low is None else min(low, s)
    return low


def stretches(c: Clusterer, target: StoryState, fragment: StoryState) -> bool:
    """Whether `fragment`'s dates widen `target`'s range to more than one window."""
    if fragment.first is None or fragment.last is None:
        return False
    first = min(fragment.first, target.first or fragment.first)
    last = max(fragment.last, target.last or fragment.last)
    return (first, last) != (target.first, target.last) and (last - first).days > c.p.window_days
