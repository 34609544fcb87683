"""English attribution patterns read off the dependency parse: cue, speaker and content.

Each rule yields a Found (character offsets plus the tokens the record builder needs);
claims.py turns them into models.Claim records.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .claim_content import SUBJECT_DEPS, content_child, quote_before
from .claim_cues import (
    ACCUSATION_NOUNS,
    ALLEGATION_WORDS,
    CUE_VERBS,
    DENY_WITH_OBJECT,
    DESCRIBE_VERBS,
    FALSITY_WORDS,
    MEDIUM_SUBJECTS,
    Stance,
)
from .claim_found import CLOSING_QUOTES, Found, chars, doc_slice, noun_phrase
from .claim_objects import object_cue, passive_cue
from .claim_parenthetical import parenthetical

ACCUSE_VERBS = frozenset(("accuse", "charge", "blame"))
MIN_CONTENT_TOKENS = 3


def subject_of(verb: Token) -> Token | None:
    """The speaking subject; conjoined and participial verbs borrow their head's subject,
    "a statement saying ..." has the noun it modifies, "aside from saying ..." the clause's subject."""
    seen = 0
    while seen < 3:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:  # two subjects are a misparse ("The Latest: Trump urges ..."): the nearer one speaks
            before = [c for c in subjects if c.i < verb.i]
            return before[-1] if before else subjects[0]
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            noun = verb.head  # "X issued a statement saying": X, when the noun names a document
            issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "dobj" else None
            return issuer if issuer is not None and noun.lemma_.lower() in MEDIUM_SUBJECTS else noun
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head
            seen += 1
            continue
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" and _speaks(verb.head.head):
            verb = verb.head.head  # "X says Y offered ..., claiming Z": X claims, not Y
            seen += 1
            continue
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def _speaks(tok: Token) -> bool:
    return tok.lemma_.lower() in CUE_VERBS


def _subtree(tok: Token) -> list[Token]:
    return list(tok.subtree)


def _negated(verb: Token) -> bool:
    """"X did not say": a negation on the verb, not one the parser pulled out of the quote before it."""
    doc = verb.doc
    return any(c.dep_ == "neg" and not any(doc[j].text in CLOSING_QUOTES for j in range(c.i + 1, verb.i))
               for c in verb.children)


def verb_claims(doc: Doc) -> Iterator[Found]:
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or _negated(tok):
            continue
        lemma = tok.lemma_.lower()
        if tok.tag_ == "VBN" and tok.dep_ == "acl" and not any(c.dep_ == "agent" for c in tok.children):
            continue  # "a hacking group known as Fancy Bear": a description, not someone speaking
        passive = passive_cue(tok, lemma)
        if passive is not None:
            yield passive
            continue
        found = _accusation(tok) if lemma in ACCUSE_VERBS else None
        found = found or _denial(tok, lemma) or _speech(tok, lemma) or object_cue(tok, lemma)
        if found is None:
            continue
        subj = subject_of(tok)
        if subj is None:
            continue
        found.speaker = noun_phrase(subj)
        if _overlaps(found, found.speaker):  # “... panic mode,” said X: the subject inside the quote is not X
            other = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.i > tok.i), None)
            found.speaker = noun_phrase(other) if other is not None else found.speaker
        if _overlaps(found, found.speaker):
            continue
        yield found


def _overlaps(found: Found, speaker: Span) -> bool:
    """True when the speaker lies in the content (outside the attribution clause left out of it)."""
    if found.gap is not None and found.gap[0] <= speaker.start_char and speaker.end_char <= found.gap[1]:
        return False
    return speaker.start_char < found.content_end and found.content_start < speaker.end_char


def _speech(tok: Token, lemma: str) -> Found | None:
    stance = CUE_VERBS.get(lemma)
    if stance is None:
        return None
    child = content_child(tok)
    if child is not None and child.i < tok.i:  # "..., Kall said: “...”": the colon points forward
        forward = _colon(tok, stance)
        if forward is not None:
            return forward
    if child is None and stance == "allege":
        # "denounced alleged ties between X and Y": an allegation verb with a noun-phrase content
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and any(t.lemma_.lower() in ALLEGATION_WORDS for t in obj.subtree):
            child = obj
    if child is None:
        found = _colon(tok, stance) or parenthetical(tok, stance)
        quote = quote_before(tok) if found is None else None
        if quote is not None:
            return Found(tok.idx, tok.idx + len(tok.text), quote[0], quote[1], stance, tok)
        return found
    tokens = _subtree(child)
    if len(tokens) < MIN_CONTENT_TOKENS:
        return None
    start, end = chars(tokens)
    if stance == "assert" and any(t.lower_ in ALLEGATION_WORDS or t.lemma_.lower() in ALLEGATION_WORDS for t in tokens):
        stance = "allege"
    return Found(tok.idx, tok.idx + len(tok.text), start, end, stance, tok)


def _colon(tok: Token, stance: Stance) -> Found | None:
    """"X said: ..." with no parsed complement: the content is what follows the colon."""
    doc = tok.doc
    nxt = tok.i + 1
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    if nxt >= len(doc) or doc[nxt].text != ":":
        return None
    start, end = chars(doc_slice(doc, nxt + 1, tok.sent.end))
    if end - start < MIN_CONTENT_TOKENS * 3:
        # The quote is in the next sentence or paragraph; the builder looks for it there.
        start = end = doc[nxt].idx + 1
    return Found(tok.idx, tok.idx + len(tok.text), start, end, stance, tok)


def _denial(tok: Token, lemma: str) -> Found | None:
    objects = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    if not objects:
        return None
    obj = objects[0]
    if lemma in DESCRIBE_VERBS:
        as_phrase = [c for c in tok.children if c.dep_ in ("prep", "oprd", "acomp") and c.i > obj.i]
        falsity = any(t.lower_ in FALSITY_WORDS for c in as_phrase for t in c.subtree)
        if not falsity:
            return None
        end_tok = max(t.i for c in as_phrase for t in c.subtree)
        start, end = chars([t for t in doc_slice(tok.doc, obj.left_edge.i, end_tok + 1)])
        return Found(tok.idx, tok.idx + len(tok.text), start, end, "deny", tok)
    if CUE_VERBS.get(lemma) == "deny" or (lemma in DENY_WITH_OBJECT and obj.lemma_.lower() in ACCUSATION_NOUNS):
        start, end = chars(_subtree(obj))
        return Found(tok.idx, tok.idx + len(tok.text), start, end, "deny", tok)
    return None


def _accusation(tok: Token) -> Found | None:
    """"X accused Y of Z": Y is what the claim is about, "Y of Z" its content."""
    target = next((c for c in tok.children if c.dep_ == "dobj"), None)
    reason = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "with")), None)
    if reason is None and target is not None:
        # "accused X and his associates of ...": the parser hangs "of" on the last conjunct.
        reason = next((t for t in target.subtree if t.dep_ == "prep" and t.lower_ == "of" and t.head.dep_ == "conj"),
                      None)
    if target is None or reason is None:
        return None
    start, end = chars(doc_slice(tok.doc, target.left_edge.i, reason.right_edge.i + 1))
    return Found(tok.idx, tok.idx + len(tok.text), start, end, "allege", tok, targets=[target])
