"""Document-level type voting and junk filtering for casegraph_entities."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .entity_rules import CUE, QUOTES, Cand, is_connector, is_piece, match_at
from .lexicon import cue_set, fold, is_first_name, norm

NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FACILITY")


def surface(doc: Doc, cand: Cand) -> str:
    return fold(doc[cand.start : cand.end].text.replace("\u2019s", "").replace("'s", "")).strip()


def _person_parts(doc: Doc, cand: Cand) -> list[str]:
    """Surname-like parts of a person's full name: every stretch of its words after the first,
    and the name without its quoted nickname ("Camarena", "López Obrador", "Enrique Camarena")."""
    tokens = list(doc[cand.start : cand.end])
    words = [t.text for t in tokens if t.text not in QUOTES]
    parts = [fold(" ".join(words[k:m])) for k in range(1, len(words)) for m in range(k + 1, len(words) + 1)]
    quotes = [k for k, t in enumerate(tokens) if t.text in QUOTES]
    if len(quotes) >= 2:
        outside = tokens[: quotes[0]] + tokens[quotes[-1] + 1 :]
        parts.append(fold(" ".join(t.text for t in outside)))
    return [p for p in parts if p not in cue_set("name_connectors") and p not in cue_set("nickname_articles")]


def vote(doc: Doc, spans: list[Cand]) -> None:
    """Give every span with the same surface the label of the strongest evidence in the doc."""
    best: dict[str, tuple[int, str, str | None]] = {}

    def offer(key: str, strength: int, label: str, kind: str | None) -> None:
        if key not in best or strength > best[key][0]:
            best[key] = (strength, label, kind)

    for cand in spans:
        offer(surface(doc, cand), cand.strength, cand.label, cand.kind)
    for cand in spans:
        if cand.label == "PERSON" and cand.end - cand.start >= 2:
            for part in _person_parts(doc, cand):
                offer(part, cand.strength, "PERSON", None)
    for cand in spans:
        strength, label, kind = best[surface(doc, cand)]
        if strength > cand.strength and label != cand.label:
            cand.label, cand.kind = label, kind
            cand.strength = strength


def is_junk(doc: Doc, cand: Cand) -> bool:
    tokens = doc[cand.start : cand.end]
    text = tokens.text
    words = [norm(t.text) for t in tokens if not t.is_punct]
    if not words:
        return True
    first = tokens[0].text
    nickname = (
        cand.strength >= CUE and norm(first) in cue_set("determiners") and len(tokens) > 1 and is_piece(tokens[1])
    )
    if not first[:1].isupper() and first not in QUOTES and not nickname:
        return True
    if any(c in text for c in ("@", "http", "/", "www.", ".com", "#")):
        return True
    if all(t.like_num or t.is_punct for t in tokens):
        return True
    if all(w in cue_set("pronouns") or w in cue_set("junk_words") for w in words):
        return True
    calendar_word = len(words) == 1 and (words[0] in cue_set("months") or words[0] in cue_set("weekdays"))
    if calendar_word and cand.label != "PERSON":
        return True  # a dateline's "APRIL" taken for a body ("May" and "Mayo" can be people's names)
    if cand.label == "PERSON" and (_headline(tokens) or any(any(c.isdigit() for c in t.text) for t in tokens)):
        return True  # "Suspended Worker Kills 2 Women": a headline; a person's name has no digits
    start = cand.start + (1 if norm(tokens[0].text) in cue_set("determiners") else 0)
    return match_at(doc, start, "roles") == cand.end - start


def _headline(tokens: Span) -> bool:
    """"Hillary Clinton Goes After Donald Trump As The New ...": a title-case headline, not a name; a
    capitalized function word inside is the sign (name connectors such as "de la" excepted)."""
    inside = tokens[1:-1]
    return len(tokens) >= 4 and any(
        t.is_stop and t.text[:1].isupper() and norm(t.text) not in cue_set("name_connectors") for t in inside
    )


def foreign_junk(doc: Doc, cand: Cand, known: set[str]) -> bool:
    """In a passage in neither English nor the pipeline's language, keep only name-shaped spans
    (capitalized words joined by connectors, or a quoted nickname); a lone sentence-initial word
    must be a known name."""
    tokens = doc[cand.start : cand.end]
    lang = tokens[0]._.cg_language
    if lang in (None, "en", doc.lang_) or cand.typed_by_pattern:
        return False
    quoted = cand.start > 0 and doc[cand.start - 1].text in QUOTES
    if not quoted and not all(is_piece(t) or is_connector(t) or t.text == "-" for t in tokens):
        return True
    if len(tokens) == 1 and tokens[0].is_sent_start:
        word = tokens[0].text
        return not (is_first_name(word) or fold(word) in known)
    return False
