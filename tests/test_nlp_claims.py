"""casegraph_claims on documents written for these tests, through the real model and casegraph components."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from casegraph.models import Claim, DateValue
from casegraph.nlp import aliases, claims, dates, entities, passages, token_repair  # noqa: F401
from casegraph.nlp.extensions import doc_entities, register_extensions
from casegraph.nlp.pipeline import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    model = load_model("en_core_web_sm")
    model.add_pipe("casegraph_token_repair", first=True)
    for name in ("casegraph_passages", "casegraph_entities", "casegraph_aliases", "casegraph_dates",
                 "casegraph_claims"):
        model.add_pipe(name)
    return model


def run(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    doc._.cg_published = DateValue("2025-05-16", "day", None)
    return nlp(doc)


def speaker(doc: Doc, claim: Claim) -> str:
    assert claim.speaker is not None
    return doc_entities(doc)[claim.speaker].name


def about(doc: Doc, claim: Claim) -> set[str]:
    return {doc_entities(doc)[k].name for k in claim.about}


def test_indirect_allegation_in_a_letter(nlp: Language) -> None:
    doc = run(nlp, "In a letter from prison, Tomás Ibarra Solís alleged that Governor Laura Vidal Ruiz "
                   "had ties to the Gulf Cartel.")
    (claim,) = doc._.cg_claims
    assert speaker(doc, claim) == "Tomás Ibarra Solís"
    assert claim.stance == "allege" and claim.medium == "letter" and not claim.direct
    assert {"Laura Vidal Ruiz", "Gulf Cartel"} <= about(doc, claim)
    assert doc.text[claim.cue_start : claim.cue_end] == "alleged"


def test_direct_quote_spanning_two_sentences_then_a_pronoun_speaker(nlp: Language) -> None:
    doc = run(nlp, "Mayor Rosa Elena Cantú spoke to reporters on Thursday. “We found the money. Every peso "
                   "went to the contractors,” she said.")
    (claim,) = doc._.cg_claims
    assert speaker(doc, claim) == "Rosa Elena Cantú"
    assert claim.direct and claim.text.startswith("We found the money") and claim.text.endswith("contractors,")
    ev = claim.evidence
    assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end
    assert "We found the money" in doc.text[ev.sentence_start : ev.sentence_end]


def test_denial_and_accusation(nlp: Language) -> None:
    doc = run(nlp, "Senator Pablo Ortiz accused Víctor Luna Peña of laundering money for the Norte Cartel. "
                   "Víctor Luna Peña denied the accusations.")
    stances = {(speaker(doc, c), c.stance) for c in doc._.cg_claims}
    assert ("Pablo Ortiz", "allege") in stances
    assert ("Víctor Luna Peña", "deny") in stances
    accusation = next(c for c in doc._.cg_claims if c.stance == "allege")
    assert "Víctor Luna Peña" in about(doc, accusation)


def test_unnamed_sources_keep_a_speaker_of_their_own(nlp: Language) -> None:
    doc = run(nlp, "Prosecutors said that Víctor Luna Peña moved two tons of cocaine through the port.")
    (claim,) = doc._.cg_claims
    entity = doc_entities(doc)[claim.speaker]  # type: ignore[index]
    assert entity.kind == "unnamed_group" and entity.name == "Prosecutors"


def test_according_to(nlp: Language) -> None:
    doc = run(nlp, "According to federal investigators, the customs chief took bribes for three years.")
    (claim,) = doc._.cg_claims
    assert claim.cue == "According to" and "customs chief took bribes" in claim.text
    assert doc_entities(doc)[claim.speaker]  # type: ignore[index].kind == "unnamed_group"


def test_self_denial_reads_as_deny(nlp: Language) -> None:
    doc = run(nlp, "Víctor Luna Peña claimed that he never met the governor.")
    (claim,) = doc._.cg_claims
    assert claim.stance == "deny"
