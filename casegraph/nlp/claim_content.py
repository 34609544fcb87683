"""Where the words said are, when the parse does not link them plainly to the cue verb: a complement
the parser hung elsewhere, or a quotation standing right before the cue."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_found import CLOSING_QUOTES
from .claim_quotes import quotes_of

SUBJECT_DEPS = ("nsubj",)
CONTENT_DEPS = ("ccomp", "xcomp")
MAX_SUBJECT_TOKENS = 5


def content_child(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in CONTENT_DEPS and child.i > verb.i - 40:
            return child
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        # "said in a statement that X faces life": the parser hangs the that-clause on the statement
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            clauses = [c for c in obj.children if c.dep_ in ("acl", "relcl", "ccomp")]
            clauses += [g for c in clauses if c.dep_ == "relcl" for g in c.children if g.dep_ == "ccomp"]
            for clause in clauses:  # also "in an interview that aired Sunday that X ..."
                if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                    return clause
    for child in verb.children:
        # "X said after the convention he would not ...": the parser takes the clause for an adverbial
        # one; with a subject of its own and no conjunction ("if", "when") it is what was said.
        if (child.dep_ == "advcl" and child.i > verb.i and child.tag_ not in ("VBG", "VBN")
                and any(c.dep_ == "nsubj" for c in child.children)
                and not any(c.dep_ == "mark" for c in child.children)):
            return child
    return None


def quote_before(tok: Token) -> tuple[int, int] | None:
    """“A. B,” said X / “Why?” he asks: the quotation ending right before the cue (or before its
    subject), when the parser gave it no link."""
    doc = tok.doc
    subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.i < tok.i), None)
    start = subject.left_edge.i if subject is not None and tok.i - subject.left_edge.i <= MAX_SUBJECT_TOKENS else tok.i
    i = start - 1
    while i >= 0 and doc[i].is_punct and doc[i].text not in CLOSING_QUOTES:
        i -= 1
    if i < 0 or doc[i].text not in CLOSING_QUOTES or start - i > 3:
        return None
    quotes = quotes_of(doc)
    end = doc[i].idx + len(doc[i].text)
    quote = next((q for q in quotes if q[1] == end), None)
    text = doc.text  # rebuilt on each access
    if quote is None or "\n" in text[quote[0]:quote[1]]:
        return None
    end = quote[1] - 1
    while end > quote[0] + 1 and text[end - 1] in ",;: ":
        end -= 1
    return quote[0] + 1, end
