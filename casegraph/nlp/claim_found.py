"""What an attribution rule proposes (a Found) and the token-to-character helpers the rules share."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .claim_cues import NP_STOP_DEPS, Stance

CLOSING_QUOTES = "”\"’"


@dataclass
class Found:
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    stance: Stance
    anchor: Token  # the cue's head token: sentence and medium lookups start here
    speaker: Span | None = None
    direct: bool = False
    targets: list[Token] = field(default_factory=list)  # accused objects, added to `about`
    # "The port, the mayor said, was sold": the attribution clause inside the content, left out of its text.
    gap: tuple[int, int] | None = None


def doc_slice(doc: Doc, start: int, end: int) -> list[Token]:
    return [doc[i] for i in range(start, end)]


def chars(tokens: list[Token]) -> tuple[int, int]:
    """Character range of the tokens, without edge punctuation (closing quotes are kept)."""
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and tokens[-1].text not in CLOSING_QUOTES:
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_space or tokens[0].text in ",;:—-"):
        tokens = tokens[1:]
    if not tokens:
        return (0, 0)
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def noun_phrase(tok: Token) -> Span:
    """The speaker as written: the head noun with its modifiers, without clauses or appositions."""
    doc = tok.doc
    start = tok.i
    for child in tok.lefts:
        if child.dep_ not in NP_STOP_DEPS:
            start = min(start, child.left_edge.i)
            break
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in NP_STOP_DEPS or (child.dep_ == "prep" and child.lower_ != "of"):
            break
        end = max(end, child.right_edge.i + 1)
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]
