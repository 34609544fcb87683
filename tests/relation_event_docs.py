"""Build test docs for the relation and event components: a real parse plus hand-set mentions,
entities, timexes and claims (standing in for the upstream components)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from casegraph.models import Claim, DateValue, Evidence, LocalEntity, Timex
from casegraph.nlp.extensions import MENTIONS, TIMEXES, doc_entities, register_extensions


@lru_cache(maxsize=1)
def model() -> Language:
    from casegraph.nlp.pipeline import load_model

    try:
        return load_model("en_core_web_sm")
    except Exception as exc:  # noqa: BLE001 - any load failure means the model is unavailable
        pytest.skip(f"spaCy English model not available: {exc}")


@dataclass
class Ent:
    name: str
    label: str
    forms: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


def build_doc(
    text: str,
    ents: list[Ent],
    timexes: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    claims: list[tuple[str, str, str]] = (),  # type: ignore[assignment]  (speaker name, stance, content)
    published: DateValue | None = None,
) -> Doc:
    """Parse `text` and mark every occurrence of each entity's forms as a mention of it."""
    register_extensions()
    doc = model()(text)
    doc._.cg_article_id = "t"
    doc._.cg_published = published
    entities = doc_entities(doc)
    spans = []
    keys: dict[str, int] = {}
    taken: set[int] = set()
    for key, ent in enumerate(ents):
        keys[ent.name] = key
        entities[key] = LocalEntity(key, ent.label, ent.name, [ent.name, *ent.forms], list(ent.roles))  # type: ignore[arg-type]
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
