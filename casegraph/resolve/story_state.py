"""Story records and settings, what clustering keeps per story, and the blocking index.

Blocking keys are (rare entity, date bucket) and (heavy text term, date bucket); each posting
list is capped to its most recent stories, so the work per article stays bounded as the corpus grows.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from .story_signals import Centroid

Bucket = int | str | None  # a date bucket, None for undated stories, ANY for "whatever the date"
BucketKey = tuple[object, Bucket]
ANY = "*"
# An unnamed source is an entity of its own article; stories compare it by its description. A bare
# role ("police", "a spokesman") counts but never makes a story on its own; a description with a
# proper word ("an Australian climber", "a Perth man") counts like a name. Neither names a story.
ROLE_PREFIX = "role:"
DESCRIPTION_PREFIX = "described:"


def is_unnamed_key(entity_key: str) -> bool:
    return entity_key.startswith((ROLE_PREFIX, DESCRIPTION_PREFIX))


def is_role_key(entity_key: str) -> bool:
    return entity_key.startswith(ROLE_PREFIX)


@dataclass
class StoryDoc:
    article_id: str
    published: date | None = None
    outlet: str | None = None
    language: str = "en"
    text: str = ""
    # resolved ids, or a prefixed description for unnamed sources; one per mention (counts matter)
    entity_ids: list[str] = field(default_factory=list)
    event_types: list[str] = field(default_factory=list)
    copy_of: str | None = None


@dataclass
class Story:
    id: str
    label: str
    article_ids: list[str]


@dataclass(frozen=True)
class StoryParams:
    window_days: int = 10
    threshold: float = 0.25
    entity_weight: float = 0.5
    text_weight: float = 0.6
    idf_power: float = 1.0
    min_entity: float = 0.1  # entity similarity below which no text similarity makes a match
    event_weight: float = 0.1
    date_weight: float = 0.0  # dates veto matches beyond the window; closeness inside it is no evidence
    block_entities: int = 8  # rarest entities of a document used as blocking keys
    block_terms: int = 8  # heaviest text terms used as blocking keys
    block_cap: int = 50  # stories read per blocking key
    refine_rounds: int = 2  # passes moving new articles to the story they fit best once all are placed
    merge_rounds: int = 5  # passes moving whole new stories into a story each of their articles fits
    merge_max_articles: int = 8  # larger stories are developed stories, not fragments: never moved whole
    embedding_weight: float = 0.5  # share of text similarity from sentence embeddings, when given


@dataclass
class StoryState:
    id: str
    members: list[str] = field(default_factory=list)
    entities: Centroid = field(default_factory=Centroid)
    entity_counts: Counter[str] = field(default_factory=Counter)
    text: dict[str, Centroid] = field(default_factory=dict)  # language -> centroid
    events: Counter[str] = field(default_factory=Counter)
    first: date | None = None
    last: date | None = None

    def add_date(self, day: date | None) -> None:
        if day is None:
            return
        self.first = day if self.first is None else min(self.first, day)
        self.last = day if self.last is None else max(self.last, day)

    def gap_days(self, day: date | None) -> int | None:
        """Days from `day` to the story's date range (0 inside it); None when either is undated."""
        if day is None or self.first is None or self.last is None:
            return None
        if day < self.first:
            return (self.first - day).days
        return max(0, (day - self.last).days)


class BlockIndex:
    def __init__(self, window_days: int, cap: int) -> None:
        self.window = max(1, window_days)
        self.cap = cap
        self._postings: dict[BucketKey, list[str]] = defaultdict(list)
        self._registered: set[tuple[BucketKey, str]] = set()

    def bucket(self, day: date | None) -> int | None:
        return None if day is None else day.toordinal() // self.window

    def register(self, story: str, keys: list[object], days: list[date | None]) -> None:
        buckets: set[Bucket] = {self.bucket(d) for d in days} or {None}
        buckets.add(ANY)
        for key in keys:
            for b in sorted(buckets, key=str):
                if ((key, b), story) in self._registered:
                    continue
                self._registered.add(((key, b), story))
                postings = self._postings[(key, b)]
                postings.append(story)
                if len(postings) > 4 * self.cap:  # keep memory bounded; only the tail is read
                    del postings[: -self.cap]

    def candidates(self, keys: list[object], day: date | None) -> list[str]:
        b = self.bucket(day)
        buckets: list[Bucket] = [ANY] if b is None else [b - 1, b, b + 1, None]
        seen: dict[str, None] = {}
        for key in keys:
            for bucket in buckets:
                for story in self._postings.get((key, bucket), [])[-self.cap :]:
                    seen.setdefault(story, None)
        return list(seen)
