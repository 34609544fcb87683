"""Token-level helpers for casegraph_entities: candidate records, cue matching, name runs."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import cue_set, norm, phrases_by_first, phrases_by_last

MODEL, LEXICON, CUE = 1, 2, 3
QUOTES = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb"}
OPEN_QUOTES = {'"', "\u201c", "'", "\u2018", "\u00ab"}
MAX_NICKNAME_TOKENS = 6
# Model labels of measures kept beside names; their capitalised words are units, not names ("12:42 GMT").
MEASURE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


@dataclass
class Cand:
    """A proposed name span with the strength of the evidence for its label."""

    start: int
    end: int
    label: str
    strength: int
    kind: str | None = None
    role: str | None = None
    typed_by_pattern: bool = False


def match_at(doc: Doc, i: int, table: str) -> int:
    """Length of the longest phrase of `table` starting at token i (0 if none)."""
    if i >= len(doc):
        return 0
    for phrase in phrases_by_first(table).get(norm(doc[i].text), ()):
        n = len(phrase)
        if i + n <= len(doc) and all(norm(doc[i + k].text) == phrase[k] for k in range(1, n)):
            return n
    return 0


def match_ending(doc: Doc, end: int, table: str) -> int:
    """Start of the longest phrase of `table` ending just before token `end` (-1 if none)."""
    if end < 1:
        return -1
    for phrase in phrases_by_last(table).get(norm(doc[end - 1].text), ()):
        n = len(phrase)
        if end - n >= 0 and all(norm(doc[end - n + k].text) == phrase[k] for k in range(n)):
            return end - n
    return -1


def is_piece(token: Token) -> bool:
    """A capitalized word that can be part of a name ("García", "U.S.", "O'Neil")."""
    text = token.text
    return (
        text[:1].isupper()
        and any(c.isalpha() for c in text)
        and all(c.isalpha() or c in ".'-\u2019" for c in text)
        and norm(text) not in cue_set("pronouns")
    )


def is_connector(token: Token) -> bool:
    return token.text in cue_set("name_connectors")


def quoted_end(doc: Doc, i: int) -> int:
    """If a quoted stretch opens at token i, the index just past its closing quote, else -1."""
    if doc[i].text not in OPEN_QUOTES or i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
        return -1
    for j in range(i + 2, min(len(doc), i + 2 + MAX_NICKNAME_TOKENS)):
        if doc[j].text in QUOTES:
            return j + 1 if j > i + 1 else -1
        if not doc[j].is_alpha:
            return -1
    return -1


def name_run_end(doc: Doc, start: int) -> int:
    """End of the run of name pieces starting at `start`, joined by connectors, hyphens and
    quoted nicknames ("Ismael “El Mayo” Zambada")."""
    i = start + 1
    while i < len(doc):
        token = doc[i]
        prev = doc[i - 1]
        if (
            is_piece(token)
            and prev.whitespace_
            or (is_piece(token) and prev.text in "-\u2019'")
            or is_piece(token)
            and not prev.whitespace_
            and is_piece(prev)
            or is_connector(token)
            and i + 1 < len(doc)
            and is_piece(doc[i + 1])
            or token.text == "-"
            and not prev.whitespace_
            and not token.whitespace_
            and i + 1 < len(doc)
            and is_piece(doc[i + 1])
        ):
            i += 1
        elif (q := quoted_end(doc, i)) > 0 and q < len(doc) and is_piece(doc[q]):
            i = q
        else:
            break
    return i


def name_runs(doc: Doc) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if is_piece(doc[i]):
            end = name_run_end(doc, i)
            runs.append((i, end))
            i = end
        else:
            i += 1
    return runs


def role_before(doc: Doc, start: int) -> tuple[int, str] | None:
    """A role phrase the text puts right before a name: "DEA Agent X", "Secretary of Public
    Security, X". Returns (role start token, role text)."""
    end = start
    if end > 0 and doc[end - 1].text == ",":
        end -= 1
    # "<role> of <Capitalized words>" ending at `end`
    k = end
    while k > 0 and (is_piece(doc[k - 1]) or is_connector(doc[k - 1])) and match_ending(doc, k, "roles") < 0:
        k -= 1
    if k < end and k > 0 and doc[k - 1].lower_ in ("of", "de", "del"):
        head = match_ending(doc, k - 1, "roles")
        if head >= 0 and norm(doc[k - 2].text) in cue_set("role_heads_of"):
            return head, doc[head:end].text
    head = match_ending(doc, end, "roles")
    if head >= 0:
        return head, doc[head:end].text
    return None


def role_after(doc: Doc, end: int) -> tuple[int, str] | None:
    """A role in apposition after a name: "X, co-founder of ...", "X, the former official"."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if i < len(doc) and norm(doc[i].text) in cue_set("determiners"):
        i += 1
    j = i
    while j < len(doc) and (is_piece(doc[j]) or doc[j].text == "-") and not match_at(doc, j, "roles"):
        j += 1
    n = match_at(doc, j, "roles") if j < len(doc) else 0
    if not n:
        return None
    stop = j + n
    while stop < len(doc) and is_piece(doc[stop]) and match_at(doc, stop, "roles"):
        stop += match_at(doc, stop, "roles")
    return stop, doc[i:stop].text
