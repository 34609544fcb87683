"""Spanish attributions ("López dijo que ...", "según la fiscalía, ...") found by surface patterns.

The English model gives no usable parse of Spanish passages, so these rules read word order:
the speaker is the mention right before the cue (or right after it, "dijo el fiscal"), and the
content runs from the cue to the end of the sentence. A cue opening a sentence with no written
subject (pro-drop) leaves the speaker to the resolver's recency rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .claim_cues import SPANISH_ACCORDING, SPANISH_CUES, Stance
from .claim_found import Found, doc_slice
from .extensions import MENTIONS
from .lexicon import fold

MIN_CONTENT_CHARS = 10
VERDICT_WORDS = frozenset(("culpable", "culpables", "inocente", "inocentes"))


FOLDED_CUES = {fold(word): stance for word, stance in SPANISH_CUES.items()}


def is_spanish(tok: Token) -> bool:
    lang = tok._.cg_language or tok.doc._.cg_language
    return bool(lang == "es")


def _mention_ending_at(doc: Doc, i: int) -> Span | None:
    for m in doc.spans.get(MENTIONS, []):
        if m.end == i:
            return m
    return None


def _mention_starting_at(doc: Doc, i: int) -> Span | None:
    for m in doc.spans.get(MENTIONS, []):
        if m.start == i:
            return m
    return None


def _content(doc: Doc, start: int, end: int) -> tuple[int, int]:
    tokens = doc_slice(doc, start, end)
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and tokens[-1].text not in "”\"":
        tokens = tokens[:-1]
    if not tokens:
        return (0, 0)
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def spanish_claims(doc: Doc) -> Iterator[Found]:
    for sent in doc.sents:
        if not any(is_spanish(t) for t in sent):
            continue
        yield from _according(doc, sent)
        for tok in sent:
            stance = FOLDED_CUES.get(fold(tok.text))
            if stance is None or not is_spanish(tok):
                continue
            if any(c.lower_ in VERDICT_WORDS and c.dep_ != "ccomp" for c in tok.children):
                continue  # "lo declaró culpable" is a verdict, not something said
            if doc.lang_ == "es":  # a Spanish pipeline's parse names the subject and the content
                parsed = _parsed(tok, stance)
                if parsed is not None:
                    yield parsed
                    continue
            speaker = _mention_ending_at(doc, tok.i) or _mention_starting_at(doc, tok.i + 1)
            after = tok.i + 1
            if speaker is not None and speaker.start == tok.i + 1:
                after = speaker.end
            if speaker is None and tok.i != sent.start:
                continue
            start, end = _content(doc, after, sent.end)
            if end - start < MIN_CONTENT_CHARS:
                continue
            found = Found(tok.idx, tok.idx + len(tok.text), start, end, stance, tok, speaker=speaker)
            yield found


def _according(doc: Doc, sent: Span) -> Iterator[Found]:
    low = fold(sent.text)
    for phrase in SPANISH_ACCORDING:
        at = low.find(fold(phrase) + " ")
        if at < 0:
            continue
        cue = doc.char_span(sent.start_char + at, sent.start_char + at + len(phrase), alignment_mode="expand")
        if cue is None:
            continue
        speaker = _mention_starting_at(doc, cue.end) or _mention_starting_at(doc, cue.end + 1) or _phrase(doc, cue.end)
        if speaker is None:
            continue
        start, end = _content(doc, speaker.end, sent.end)
        if end - start < MIN_CONTENT_CHARS:
            start, end = _content(doc, sent.start, cue.start)
        if end - start < MIN_CONTENT_CHARS:
            continue
        yield Found(cue.start_char, cue.end_char, start, end, "assert", cue.root, speaker=speaker)


SUBJECT_DEPS = ("nsubj", "nsubj:pass")
CONTENT_DEPS = ("ccomp", "obj", "xcomp")
NAME_DEPS = ("flat", "compound", "fixed")
MAX_PHRASE_TOKENS = 6


def _subject(tok: Token) -> Token | None:
    """The cue's subject; "negó ... y dijo que ..." borrows the first verb's."""
    for verb in (tok, tok.head) if tok.dep_ == "conj" else (tok,):
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.is_alpha), None)
        if subj is not None:
            return subj
    return None


def _parsed(tok: Token, stance: Stance) -> Found | None:
    """"Su abogada, Ana Beltrán, negó las acusaciones y dijo que ...", read off the UD parse."""
    subj, content = _subject(tok), next((c for c in tok.children if c.dep_ in CONTENT_DEPS), None)
    if subj is None or content is None or content.pos_ == "PRON":  # "a quien ... señala", "se declaró"
        return None
    doc = tok.doc
    end = max([subj.i, *(c.i for c in subj.children if c.dep_ in NAME_DEPS)]) + 1
    while end < tok.i and doc[end].pos_ == "PROPN":  # "El gobernador Salcedo negó"
        end += 1
    begin = min(subj.left_edge.i, subj.i)
    while begin < subj.i and (doc[begin].is_space or doc[begin].is_punct):
        begin += 1
    speaker = doc[begin:end]
    start, stop = _content(doc, content.left_edge.i, content.right_edge.i + 1)
    if stop - start < MIN_CONTENT_CHARS and content.dep_ != "obj":
        return None
    return Found(tok.idx, tok.idx + len(tok.text), start, stop, stance, tok, speaker=speaker)


def _phrase(doc: Doc, i: int) -> Span | None:
    """"según la fiscalía, ...": the words up to the comma name an unnamed source."""
    for j in range(i, min(len(doc), i + MAX_PHRASE_TOKENS)):
        if doc[j].text == ",":
            return doc[i:j] if j > i and any(t.is_alpha for t in doc[i:j]) else None
    return None
