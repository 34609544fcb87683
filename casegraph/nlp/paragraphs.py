"""casegraph_paragraphs: a blank line ends a sentence, whatever the parser would make of it.

News text runs headlines, datelines, timestamps and paragraphs one after another with blank lines
between them. Without a boundary the parser may read "The Latest on the race:\\n\\n7 p.m.\\n\\nDonald
Trump is questioning ..." as one sentence whose subject is "The Latest". The component runs before
the parser and marks the first word after each blank line as a sentence start; the parser keeps
boundaries set before it. Single line breaks (hard-wrapped text) are left to the parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions


def mark_paragraphs(doc: Doc) -> Doc:
    """Set is_sent_start on the first word after every blank line (two line breaks, spaces between allowed);
    the line breaks themselves stay with the sentence before (a parser may make them a sentence of their own)."""
    text = doc.text  # built anew on every access: read it once
    last_end = None  # end of the last word seen
    for token in doc:
        if token.is_space:
            if token.i > 0:
                token.is_sent_start = False
            continue
        if last_end is not None and text.count("\n", last_end, token.idx) >= 2:
            token.is_sent_start = True
        last_end = token.idx + len(token.text)
    return doc


@Language.factory("casegraph_paragraphs", assigns=["token.is_sent_start"], requires=[])
def make_paragraphs(nlp: Language, name: str) -> Paragraphs:
    register_extensions()
    return Paragraphs()


class Paragraphs:
    def __call__(self, doc: Doc) -> Doc:
        return mark_paragraphs(doc)
