"""Attributions written by layout rather than a verb: "Name: words" lines and "“...” ― Name".

Headlines ("Mayor Ruiz: The port stays public"), interview transcripts ("RUIZ: We never sold it")
and collected quotes signed with a dash after the closing mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from .claim_cues import NOT_SPEAKER_LABELS
from .claim_found import Found
from .claim_quotes import quotes_of

NAME = r"[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|de|del|la|van|von))*?"
LABELLED_LINE = re.compile(rf"^[ \t\"“]*(?P<name>{NAME})[ \t]*(?P<cue>:)[ \t]+(?P<content>\S[^\n]*)", re.M)
SIGNATURE = re.compile(rf"[\s,.]*(?P<cue>[―—–])[ \t]*(?P<name>{NAME})(?=[\s.,]|$)")
MAX_NAME_WORDS = 4
MIN_CONTENT_WORDS = 3


def _speaker(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span.text.split()) > MAX_NAME_WORDS:
        return None
    if span.text.lower() in NOT_SPEAKER_LABELS or any(t.lower_ in NOT_SPEAKER_LABELS for t in span):
        return None
    if not all(t.pos_ == "PROPN" or t.is_upper or not t.is_alpha for t in span):
        return None
    return span


def _found(doc: Doc, speaker: Span, cue: tuple[int, int], content: tuple[int, int], direct: bool) -> Found | None:
    anchor = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if anchor is None or len(doc.text[content[0] : content[1]].split()) < MIN_CONTENT_WORDS:
        return None
    return Found(cue[0], cue[1], content[0], content[1], "assert", anchor[0], speaker=speaker, direct=direct)


def labelled_lines(doc: Doc) -> Iterator[Found]:
    for m in LABELLED_LINE.finditer(doc.text):
        speaker = _speaker(doc, *m.span("name"))
        if speaker is None:
            continue
        end = m.end("content")
        content = doc.text[m.start("content") : end].rstrip(" \t\"”")
        found = _found(doc, speaker, m.span("cue"), (m.start("content"), m.start("content") + len(content)), False)
        if found is not None:
            yield found


def signed_quotes(doc: Doc) -> Iterator[Found]:
    text = doc.text
    for q_start, q_end in quotes_of(doc):
        m = SIGNATURE.match(text, q_end)
        if m is None:
            continue
        speaker = _speaker(doc, *m.span("name"))
        if speaker is None:
            continue
        found = _found(doc, speaker, m.span("cue"), (q_start + 1, q_end - 1), True)
        if found is not None:
            yield found
