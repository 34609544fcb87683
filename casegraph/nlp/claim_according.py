""""According to X, ...": the source after the phrase, the rest of the clause as content."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from .claim_cues import ACCORDING_TO, ALLEGATION_WORDS, Stance
from .claim_found import Found, chars, doc_slice, noun_phrase


def according_claims(doc: Doc) -> Iterator[Found]:
    """"According to X, ...": the rest of the clause is the content."""
    for sent in doc.sents:
        low = sent.text.lower()
        for phrase in ACCORDING_TO:
            at = low.find(phrase)
            if at < 0:
                continue
            cue_start = sent.start_char + at
            cue_end = cue_start + len(phrase)
            cue_span = doc.char_span(cue_start, cue_end, alignment_mode="expand")
            if cue_span is None:
                continue
            last = cue_span[-1]
            obj = next((c for c in last.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            speaker = noun_phrase(obj)
            phrase_end = max(obj.right_edge.i + 1, speaker.end)
            before = chars(doc_slice(doc, sent.start, cue_span.start))
            after = chars(doc_slice(doc, phrase_end, sent.end))
            start, end = after if after[1] - after[0] >= before[1] - before[0] else before
            if end - start < 10:
                continue
            said = set(doc.text[start:end].lower().split())  # doc.text is rebuilt on each access
            stance: Stance = "allege" if said & ALLEGATION_WORDS else "assert"
            yield Found(cue_start, cue_end, start, end, stance, cue_span.root, speaker=speaker)
