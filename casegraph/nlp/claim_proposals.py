"""Every attribution rule's proposals for a document, one per cue, in text order."""

from __future__ import annotations

from spacy.tokens import Doc

from .claim_according import according_claims
from .claim_found import Found
from .claim_layout import labelled_lines, signed_quotes
from .claim_nouns import noun_claims
from .claim_rules import verb_claims
from .claim_spanish import spanish_claims


def proposals(doc: Doc) -> list[Found]:
    """Every rule's proposals, one per cue, in text order."""
    found = [*verb_claims(doc), *according_claims(doc), *spanish_claims(doc), *labelled_lines(doc), *signed_quotes(doc),
             *noun_claims(doc)]
    found.sort(key=lambda f: (f.cue_start, -(f.content_end - f.content_start)))
    kept: list[Found] = []
    for f in found:
        if kept and kept[-1].cue_start == f.cue_start:
            continue
        kept.append(f)
    return kept
