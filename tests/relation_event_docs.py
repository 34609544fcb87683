"""Build test docs for the relation and event components: a real parse plus hand-set mentions,
entities, timexes and claims (standing in for the upstream components)."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from casegraph.models import Claim, DateValue, Evidence, LocalEntity, Timex
from casegraph.nlp.extensions import MENTIONS, TIMEXES, doc_entities, register_extensions


@lru_cache(maxsize=2)
def model(name: str = "en_core_web_sm") -> Language:
    from casegraph.nlp.pipeline import load_model

    try:
        return load_model(name)
    except Exception as exc:  # noqa: BLE001 - any load failure means the model is unavailable
        pytest.skip(f"spaCy model {name} not available: {exc}")


@dataclass
class Ent:
    name: str
    label: str
    forms: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    kind: str | None = None  # LocalEntity.kind, e.g. criminal_organization


def build_doc(
    text: str,
    ents: list[Ent],
    timexes: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    claims: list[tuple[str, str, str]] = (),  # type: ignore[assignment]  (speaker name, stance, content)
    published: DateValue | None = None,
    model_name: str = "en_core_web_sm",
) -> Doc:
    """Parse `text` and mark every occurrence of each entity's forms as a mention of it."""
    register_extensions()
    doc = model(model_name)(text)
    doc._.cg_article_id = "t"
    doc._.cg_published = published
    entities = doc_entities(doc)
    spans = []
    keys: dict[str, int] = {}
    taken: set[int] = set()
    for key, ent in enumerate(ents):
        keys[ent.name] = key
        entities[key] = LocalEntity(  # type: ignore[arg-type]
            key, ent.label, ent.name, [ent.name, *ent.forms], list(ent.roles), kind=ent.kind)
        for form in sorted({ent.name, *ent.forms}, key=len, reverse=True):
            for m in re.finditer(re.escape(form), text):
                span = doc.char_span(m.start(), m.end(), label=ent.label, alignment_mode="expand")
                if span is None or any(i in taken for i in range(span.start, span.end)):
                    continue
                taken.update(range(span.start, span.end))
                span._.cg_entity = key
                spans.append(span)
    doc.spans[MENTIONS] = spans
    tx_spans = []
    for surface, value, precision in timexes:
        m = text.index(surface)
        span = doc.char_span(m, m + len(surface), alignment_mode="expand")
        assert span is not None
        span._.cg_timex = Timex("t", span.start_char, span.end_char, surface, "date", value, precision)  # type: ignore[arg-type]
        tx_spans.append(span)
    doc.spans[TIMEXES] = tx_spans
    doc._.cg_claims = []
    for speaker, stance, content in claims:
        start = text.index(content)
        sent = doc.char_span(start, start + len(content), alignment_mode="expand")
        assert sent is not None
        ev = Evidence("t", start, start + len(content), sent.sent.start_char, sent.sent.end_char)
        doc._.cg_claims.append(
            Claim("t", keys.get(speaker), stance, "", content, False, [], ev,  # type: ignore[arg-type]
                  content_start=start, content_end=start + len(content))
        )
    return doc


def names(doc: Doc) -> dict[int, str]:
    return {k: e.name for k, e in doc_entities(doc).items()}


# --- seeds: the whole pipeline over ../shared/seeds, facts keyed by expected.json's canonical names ---

@dataclass
class SeedArticle:
    key: str  # "000", "002", ...
    doc: Doc
    canon: dict[int, str]  # local entity key -> expected canonical name (when one of its forms matches)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", re.sub(r"'s$", "", text.strip())).casefold()


@lru_cache(maxsize=1)
def seed_articles(seeds: Path) -> tuple[dict, list[SeedArticle]]:
    """Run build_pipeline() over the seed articles (read as `casegraph build` reads them)."""
    if not (seeds / "expected.json").exists():
        pytest.skip(f"shared seeds not found at {seeds}")
    from casegraph.ingest import read_sources
    from casegraph.models import Article
    from casegraph.nlp.annotate import prepare_doc
    from casegraph.nlp.pipeline import build_pipeline

    expected = json.loads((seeds / "expected.json").read_text(encoding="utf-8"))
    nlp = build_pipeline()
    out = []
    for article in read_sources([seeds]):
        assert isinstance(article, Article)
        key = Path(article.source).name.split("_")[0]
        doc = nlp(prepare_doc(nlp, article))
        canon: dict[int, str] = {}
        for span in doc.spans[MENTIONS]:
            for gold in expected["entities"]:
                if key in gold["in"] and _norm(span.text) in {_norm(m) for m in gold["mentions"]}:
                    canon.setdefault(int(span._.cg_entity), gold["name"])
        out.append(SeedArticle(key, doc, canon))
    return expected, sorted(out, key=lambda a: a.key)


def relation_right(gold: dict, art: SeedArticle) -> bool:
    """Type, direction, modality and attribution as expected.json states them."""
    c = art.canon.get
    return any(
        r.type == gold["type"] and c(r.subject) == gold["subject"] and c(r.object) == gold["object"]
        and r.modality == gold.get("modality", "stated")
        and (c(r.attributed_to) if r.attributed_to is not None else None) == gold.get("attributed_to")
        for r in art.doc._.cg_relations or []
    )


def event_right(gold: dict, art: SeedArticle) -> bool:
    """Type, status, every expected participant, and the date (when one is expected) at its precision."""
    for e in art.doc._.cg_events or []:
        people = {art.canon.get(p.entity) for p in e.participants}
        value = (e.date.value if e.date else None) or ""
        if (e.type == gold["type"] and set(gold["participants"]) <= people
                and e.status == gold.get("status", "happened")
                and (not gold.get("date") or value.startswith(gold["date"]))):
            return True
    return False
