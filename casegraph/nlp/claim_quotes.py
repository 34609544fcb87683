"""Quotation marks and paragraphs: where direct quotes are, in character offsets of doc.text."""

from __future__ import annotations

import re

from spacy.tokens import Doc

# Opening mark -> the marks that may close it (outlets mix curly and straight marks).
OPENING = {"“": "”\"", "«": "»", "„": "“”"}
STRAIGHT = '"'
# A quote longer than this without a closing mark is taken as unbalanced and ignored.
MAX_QUOTE_CHARS = 3000
QUOTE_MARKS = "“”\"«»„'"
DOUBLE_QUOTES = "“”\"«»„"
QUOTES_KEY = "cg_quotes"


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included, outermost only, in text order."""
    quotes: list[tuple[int, int]] = []
    text = text.replace("''", '" ')  # ''doubled apostrophes'' as some outlets write quotes (same length)
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        close = OPENING.get(ch) or (STRAIGHT if ch == STRAIGHT else None)
        if close is None:
            i += 1
            continue
        end = _closing(text, i + 1, close)
        if end is None:
            i += 1
            continue
        quotes.append((i, end))
        i = end
    return [q for q in quotes if _looks_like_speech(text[q[0] + 1 : q[1] - 1])]


def quotes_of(doc: Doc) -> list[tuple[int, int]]:
    """find_quotes(doc.text), computed once per document and kept with it for every claim rule."""
    found = doc.user_data.get(QUOTES_KEY)
    if found is None:
        found = doc.user_data[QUOTES_KEY] = find_quotes(doc.text)
    return list(found)


def _closing(text: str, start: int, close: str) -> int | None:
    limit = min(len(text), start + MAX_QUOTE_CHARS)
    found = [j for j in (text.find(mark, start, limit) for mark in close) if j >= 0]
    return min(found) + 1 if found else None


def _looks_like_speech(inner: str) -> bool:
    """Scare quotes around a word or two ("inhumane") are not direct speech."""
    return len(inner.split()) >= 4


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines (or single newlines)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"\n+", text):
        if text[start : m.start()].strip():
            bounds.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        bounds.append((start, len(text)))
    return bounds


def paragraph_of(bounds: list[tuple[int, int]], char: int) -> int:
    for n, (s, e) in enumerate(bounds):
        if s <= char < e:
            return n
    return len(bounds) - 1


def quote_at(quotes: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quotation overlapping the character range, if any."""
    for qs, qe in quotes:
        if qs < end and start < qe:
            return (qs, qe)
    return None


def is_quote_only(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    """True when the range holds nothing but quotations and punctuation."""
    rest = text[start:end]
    for qs, qe in quotes:
        if start <= qs and qe <= end:
            rest = rest.replace(text[qs:qe], " ")
    return not re.search(r"\w", rest)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in doc.sents]


def clean_content(text: str) -> str:
    """The words said, without the quotation marks around them and the comma that hands over to the
    attribution; a mark closing a quotation opened inside (said X was "a criminal") stays."""
    text = text.strip(" ")
    if text[:1] in QUOTE_MARKS:
        text = text[1:]
    body = text.rstrip(QUOTE_MARKS + " ,;")
    inner = sum(body.count(m) for m in DOUBLE_QUOTES)
    tail = text[len(body):]
    closing = next((ch for ch in tail if ch in DOUBLE_QUOTES), "") if inner % 2 else ""
    return (body + closing).strip(" ")
