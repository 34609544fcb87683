"""Speech verbs without a parsed complement: parenthetical and trailing attributions.

"The port, the mayor said, was sold twice." / "The port was sold, experts say." / "“We found it,” she
said." The parser hangs the attribution clause off the content (parataxis) or leaves the content as a
loose dependent, so the content is the rest of the sentence; a sentence holding only the attribution
takes the quotation that ends right before it or starts right after it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .claim_cues import Stance
from .claim_found import Found, chars
from .claim_quotes import quotes_of

MIN_CONTENT_WORDS = 3
# Dependents of a root speech verb that can hold the content it was not parsed as complement of.
LOOSE_DEPS = frozenset(("dep", "parataxis", "intj"))
# Characters allowed between a quotation and the attribution clause next to it.
ADJACENT = re.compile(r"^[\s,.:;—–'’-]*$")


def _clause(tok: Token) -> set[int]:
    """The attribution clause; for a root verb everything but its loose clausal dependents."""
    if tok.dep_ == "parataxis":
        return {t.i for t in tok.subtree}
    loose = {t.i for c in tok.children if c.dep_ in LOOSE_DEPS for t in c.subtree}
    return {t.i for t in tok.sent if t.i not in loose}


def _words(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if not (t.is_punct or t.is_space))


def parenthetical(tok: Token, stance: Stance) -> Found | None:
    return _quoted(tok, stance) or _unquoted(tok, stance)


def _quoted(tok: Token, stance: Stance) -> Found | None:
    """A quotation right before "X said" / "said X", or right after "X said,"."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    first = min(tok.i, subject.left_edge.i) if subject is not None else tok.i
    last = max(tok.i, subject.right_edge.i) if subject is not None else tok.i
    return _adjacent_quote(tok, stance, first, last)


def _unquoted(tok: Token, stance: Stance) -> Found | None:
    sent = tok.sent
    clause = _clause(tok)
    if tok.dep_ not in ("parataxis", "ROOT") and tok.head.i not in clause:
        return None
    rest = [t for t in sent if t.i not in clause]
    cue = (tok.idx, tok.idx + len(tok.text))
    if _words(rest) >= MIN_CONTENT_WORDS:
        start, end = chars(rest)
        first, last = min(clause), max(clause)
        inside = start < tok.doc[first].idx and tok.doc[last].idx < end
        gap = chars([tok.doc[i] for i in range(first, last + 1)]) if inside else None
        if gap is not None and not _contiguous(rest, first, last):
            return None
        return Found(cue[0], cue[1], start, end, stance, tok, gap=gap)
    return _adjacent_quote(tok, stance, min(clause), max(clause))


def _contiguous(rest: list[Token], first: int, last: int) -> bool:
    """The content on both sides of the clause, and none of it inside the clause."""
    return not any(first < t.i < last for t in rest)


def _adjacent_quote(tok: Token, stance: Stance, first: int, last: int) -> Found | None:
    doc = tok.doc
    text = doc.text
    clause_start = doc[first].idx
    clause_end = doc[last].idx + len(doc[last].text)
    for q_start, q_end in quotes_of(doc):
        before = q_end <= clause_start and ADJACENT.match(text[q_end:clause_start])
        after = q_start >= clause_end and ADJACENT.match(text[clause_end:q_start])
        if before or after:
            return Found(tok.idx, tok.idx + len(tok.text), q_start + 1, q_end - 1, stance, tok, direct=True)
    return None
