"""casegraph_paragraphs: a blank line ends a sentence; on hand-built Docs and through the pipeline."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from casegraph.nlp.extensions import doc_entities
from casegraph.nlp.paragraphs import mark_paragraphs
from casegraph.nlp.pipeline import build_pipeline
from casegraph.settings import get_settings


def hand_doc(words: list[str], spaces: list[bool]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces)


def test_the_first_word_after_a_blank_line_starts_a_sentence() -> None:
    doc = mark_paragraphs(hand_doc(
        ["Harbor", "update", ":", "\n\n", "7", "p.m.", "\n \n", "Varga", "spoke", "\n", "again", "."],
        [True, False, False, False, True, False, False, True, False, False, False, False],
    ))
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["7"] is True and starts["Varga"] is True  # after "\n\n" and after "\n \n"
    assert starts["\n\n"] is False and starts["\n \n"] is False  # line breaks stay with the sentence before
    assert starts["again"] is None and starts["spoke"] is None  # a single line break is the parser's call


def test_on_tokenized_text_every_paragraph_after_the_first_starts_a_sentence() -> None:
    text = "Port inquiry roundup\n\nGovernor Luis Vega spoke.\n  \n\nHe left.\nThen he returned."
    doc = mark_paragraphs(spacy.blank("en")(text))
    assert [t.text for t in doc[1:] if t.is_sent_start] == ["Governor", "He"]


def test_a_claims_sentence_starts_after_the_heading_and_timestamp_lines() -> None:
    nlp: Language = build_pipeline(get_settings(attribution_model="none"))
    text = ("The Update on the harbor inquiry (all times local):\n\n7 p.m.\n\n"
            "Senator Elena Varga is once again questioning the audit of the port contract, saying it hid the losses.\n")
    doc = nlp.make_doc(text)
    doc._.cg_article_id = "t"
    doc = nlp(doc)
    (claim,) = [c for c in doc._.cg_claims if c.cue == "saying"]
    assert doc_entities(doc)[claim.speaker].name == "Elena Varga"
    assert text[claim.evidence.start:claim.evidence.end].startswith("Senator Elena Varga is once again")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0].endswith("(all times local):") and sentences[-1].startswith("Senator Elena Varga")
