"""Every attribution rule's proposals for a document, one per cue, in text order."""

from __future__ import annotations

from spacy.tokens import Doc

from .attribution_model import AttributionModel
from .claim_according import according_claims
from .claim_found import Found
from .claim_layout import labelled_lines, signed_quotes
from .claim_learned import learned_claims
from .claim_nouns import noun_claims
from .claim_rules import verb_claims
from .claim_spanish import spanish_claims


def proposals(doc: Doc, model: AttributionModel | None = None) -> list[Found]:
    """Every rule's proposals, one per cue, in text order; with a learned model, its proposals where no rule's are."""
    found = [*verb_claims(doc), *according_claims(doc), *spanish_claims(doc), *labelled_lines(doc), *signed_quotes(doc),
             *noun_claims(doc)]
    found.sort(key=lambda f: (f.cue_start, -(f.content_end - f.content_start)))
    kept: list[Found] = []
    for f in found:
        if kept and kept[-1].cue_start == f.cue_start:
            continue
        kept.append(f)
    if model is not None:
        kept = sorted([*kept, *learned_claims(doc, model, kept)], key=lambda f: f.cue_start)
    return kept
