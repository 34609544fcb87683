"""Claims proposed by a learned attribution model, for cues the rules' tables do not know.

Each candidate of attribution_features whose score reaches the model's threshold becomes a Found,
unless a rule already proposed a claim there (its cue or content overlaps, or the candidate's cue
sits inside that claim's content: an attribution nested in another belongs to the outer one).
Candidates are taken best first and block each other the same way. The rules' deliberate
exclusions hold for the model too: a negated cue ("did not say") is no claim, a verb that
denies only an accusation ("rejected the allegations") is a ruling with any other object
("rejected the request"), "declined to comment" says nothing, and a verb that is a cue only in
some constructions is none outside them ("called the police", "asked the clerk").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .attribution_features import candidates, features, source_of
from .attribution_model import AttributionModel
from .claim_cues import CUE_VERBS, DENY_WITH_OBJECT, NOUN_CUES, OBJECT_CUES, SILENCE_VERBS, SILENCE_WORDS, Stance
from .claim_found import Found, chars, noun_phrase
from .claim_objects import lacks_needed_dependent

Range = tuple[int, int]


def _overlaps(a: Range, b: Range) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _stance(cue: Token) -> Stance:
    lemma = cue.lemma_.lower()
    return CUE_VERBS.get(lemma) or OBJECT_CUES.get(lemma) or NOUN_CUES.get(lemma) or "assert"


def _excluded(cue: Token, content: Token) -> bool:
    lemma = cue.lemma_.lower()
    return (any(c.dep_ == "neg" for c in cue.children) or lemma in DENY_WITH_OBJECT
            or (lemma in SILENCE_VERBS and content.lemma_.lower() in SILENCE_WORDS)
            or lacks_needed_dependent(cue, lemma))


def _proposal(cue: Token, content: Token, kind: str) -> Found | None:
    source = source_of(cue)
    tokens = list(content.subtree)
    if source is None or _excluded(cue, content) or not any(t.is_alpha for t in tokens):
        return None
    speaker = noun_phrase(source)
    start, end = chars(tokens)
    if end <= start or _overlaps((speaker.start_char, speaker.end_char), (start, end)):
        return None
    return Found(cue.idx, cue.idx + len(cue.text), start, end, _stance(cue), cue, speaker=speaker,
                 targets=[content] if kind == "dobj" else [])


def learned_claims(doc: Doc, model: AttributionModel, taken: Sequence[Found] = ()) -> list[Found]:
    """The model's proposals for `doc` that do not collide with `taken` (the rules' proposals)."""
    scored: list[tuple[float, int, Found]] = []
    for cue, content, kind in candidates(doc):
        p = model.probability(features(cue, content, kind))
        if p < model.threshold:
            continue
        found = _proposal(cue, content, kind)
        if found is not None:
            scored.append((p, found.cue_start, found))
    kept: list[Found] = []
    blocking = list(taken)
    for _, _, found in sorted(scored, key=lambda s: (-s[0], s[1])):
        said, what = (found.cue_start, found.cue_end), (found.content_start, found.content_end)
        if any(_overlaps(said, (b.cue_start, b.cue_end)) or _overlaps(what, (b.content_start, b.content_end))
               or _overlaps(said, (b.content_start, b.content_end)) for b in blocking):
            continue
        kept.append(found)
        blocking.append(found)
    return sorted(kept, key=lambda f: f.cue_start)
