"""casegraph_claims on documents written for these tests, through the real model and casegraph components."""

from __future__ import annotations

import json
import unicodedata

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from casegraph.models import Claim, DateValue
from casegraph.nlp.extensions import MENTIONS, doc_entities
from casegraph.nlp.pipeline import build_pipeline

from .conftest import SEEDS, need_shared


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(model="en_core_web_sm")


def run(nlp: Language, text: str, published: str = "2025-05-16") -> Doc:
    doc = nlp.make_doc(text)
    doc._.cg_article_id = "test"
    doc._.cg_published = DateValue(published, "day", None)
    doc = nlp(doc)
    for claim in doc._.cg_claims:
        check_offsets(doc, claim)
    return doc


def check_offsets(doc: Doc, claim: Claim) -> None:
    """Every claim: content inside the text, evidence covering cue and content, sentences covering evidence."""
    ev = claim.evidence
    assert 0 <= claim.content_start < claim.content_end <= len(doc.text)
    assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end <= len(doc.text)
    assert ev.start <= min(claim.cue_start, claim.content_start)
    assert max(claim.cue_end, claim.content_end) <= ev.end
    assert doc.text[claim.cue_start : claim.cue_end] == claim.cue


def speaker(doc: Doc, claim: Claim) -> str:
    assert claim.speaker is not None
    return doc_entities(doc)[claim.speaker].name


def about(doc: Doc, claim: Claim) -> set[str]:
    return {doc_entities(doc)[k].name for k in claim.about}


def by_cue(doc: Doc, cue: str) -> Claim:
    (claim,) = [c for c in doc._.cg_claims if c.cue == cue]
    return claim


def test_indirect_allegation_in_a_letter(nlp: Language) -> None:
    doc = run(nlp, "In a letter from prison, Tomás Ibarra Solís alleged that Governor Laura Vidal Ruiz "
                   "had ties to the Gulf Cartel.")
    (claim,) = doc._.cg_claims
    assert speaker(doc, claim) == "Tomás Ibarra Solís"
    assert claim.stance == "allege" and claim.medium == "letter" and not claim.direct
    assert {"Laura Vidal Ruiz", "Gulf Cartel"} <= about(doc, claim)
    assert doc.text[claim.cue_start : claim.cue_end] == "alleged"
    assert claim.text.startswith("Governor Laura Vidal Ruiz") or claim.text.startswith("that Governor")


def test_direct_quote_spanning_two_sentences_then_a_pronoun_speaker(nlp: Language) -> None:
    doc = run(nlp, "Mayor Rosa Elena Cantú spoke to reporters on Thursday. “We found the money. Every peso "
                   "went to the contractors,” she said.")
    (claim,) = doc._.cg_claims
    assert speaker(doc, claim) == "Rosa Elena Cantú"
    assert claim.direct and claim.text.startswith("We found the money") and claim.text.endswith("contractors")
    ev = claim.evidence
    assert "We found the money" in doc.text[ev.sentence_start : ev.sentence_end]
    assert ev.sentence_start <= doc.text.index("We found")


def test_quote_only_paragraph_goes_to_the_speaker_before_it(nlp: Language) -> None:
    doc = run(nlp, "Former judge Ramiro Salas Olvera said the court had been bought.\n\n"
                   "“Nobody in that building was free to decide anything on their own.”\n\n"
                   "The court declined to comment.")
    claims = doc._.cg_claims
    quoted = [c for c in claims if c.text.startswith("Nobody in that building")]
    assert len(quoted) == 1 and quoted[0].direct
    assert speaker(doc, quoted[0]) == "Ramiro Salas Olvera"


def test_accusation_and_denial_of_these_accusations(nlp: Language) -> None:
    doc = run(nlp, "Senator Pablo Ortiz accused Víctor Luna Peña of laundering money for the Norte Cartel. "
                   "Víctor Luna Peña denied the accusations.")
    stances = {(speaker(doc, c), c.stance) for c in doc._.cg_claims}
    assert ("Pablo Ortiz", "allege") in stances
    assert ("Víctor Luna Peña", "deny") in stances
    accusation = by_cue(doc, "accused")
    assert "Víctor Luna Peña" in about(doc, accusation)
    denial = by_cue(doc, "denied")
    assert "Pablo Ortiz" not in about(doc, denial) or "Norte Cartel" in about(doc, denial)


def test_countering_the_claims_is_a_denial_countering_an_offer_is_no_claim(nlp: Language) -> None:
    doc = run(nlp, "Marta Ruiz said the audit was forged. Judge Elena Varga countered these claims with bank records.")
    (rebuttal,) = [c for c in doc._.cg_claims if c.cue == "countered"]
    assert (speaker(doc, rebuttal), rebuttal.stance) == ("Elena Varga", "deny")
    offer = run(nlp, "The union countered the offer with a demand for higher wages.")
    assert [c for c in offer._.cg_claims if c.cue == "countered"] == []


def test_present_tense_denial_of_earlier_accusations(nlp: Language) -> None:
    doc = run(nlp, "Prosecutors say Héctor Ruelas Gil ran the Costa Cartel for a decade. "
                   "Ruelas denies these accusations.")
    denial = by_cue(doc, "denies")
    assert denial.stance == "deny" and speaker(doc, denial) == "Héctor Ruelas Gil"
    assert "Costa Cartel" in about(doc, denial)


def test_unnamed_sources_keep_a_speaker_of_their_own(nlp: Language) -> None:
    doc = run(nlp, "Prosecutors said that Víctor Luna Peña moved two tons of cocaine through the port.")
    (claim,) = doc._.cg_claims
    entity = doc_entities(doc)[claim.speaker]  # type: ignore[index]
    assert entity.kind == "unnamed_group" and entity.name == "Prosecutors"
    assert any(m._.cg_entity == claim.speaker for m in doc.spans[MENTIONS])
    assert "Víctor Luna Peña" in about(doc, claim)


def test_an_unnamed_person_is_a_person_and_an_unnamed_group_a_group(nlp: Language) -> None:
    doc = run(nlp, "A climber who survived the fall said the ridge had collapsed. Neighbours said the road was "
                   "closed.")
    labels = {speaker(doc, c): doc_entities(doc)[c.speaker].label for c in doc._.cg_claims}  # type: ignore[index]
    assert labels == {"A climber": "PERSON", "Neighbours": "ORG"}
    doc = run(nlp, "Her publicist said the singer was resting. The coroner said the death was an accident.")
    labels = {speaker(doc, c): doc_entities(doc)[c.speaker].label for c in doc._.cg_claims}  # type: ignore[index]
    assert labels == {"Her publicist": "PERSON", "The coroner": "PERSON"}


def test_a_countrys_body_is_named_but_plain_groups_stay_unnamed(nlp: Language) -> None:
    doc = run(nlp, "The Peruvian navy said it had seized the trawler. Federal police said the port was closed. "
                   "The navy said the crew was detained. The Chilean police said two men were held.")
    speakers = {speaker(doc, c): doc_entities(doc)[c.speaker].kind for c in doc._.cg_claims}  # type: ignore[index]
    assert speakers["Peruvian navy"] is None and speakers["Chilean police"] is None  # the same in every article
    assert speakers["Federal police"] == "unnamed_group" and speakers["The navy"] == "unnamed_group"


def test_a_description_the_tagger_calls_a_proper_noun_is_an_unnamed_source(nlp: Language) -> None:
    doc = run(nlp, "“Half of the cement came from the quarry,” the white paper said. "
                   "But Democrats and environmentalists have argued that the permits broke the law. "
                   "Many Americans have heard that the quarry will close. Tester said the permits were valid.")
    speakers = {speaker(doc, c): doc_entities(doc)[c.speaker].kind for c in doc._.cg_claims}  # type: ignore[index]
    assert speakers["the white paper"] == "unnamed_group"
    assert speakers["Democrats and environmentalists"] == "unnamed_group"
    assert speakers["Many Americans"] == "unnamed_group"
    assert speakers["Tester"] is None  # a missed proper name is still a named speaker


def test_according_to_an_unnamed_group(nlp: Language) -> None:
    doc = run(nlp, "According to U.S. officials, the customs chief took bribes for three years.")
    (claim,) = doc._.cg_claims
    assert claim.cue == "According to" and "customs chief took bribes" in claim.text
    assert doc_entities(doc)[claim.speaker].kind == "unnamed_group"  # type: ignore[index]
    assert claim.stance == "allege"  # bribes


def test_self_denial_reads_as_deny(nlp: Language) -> None:
    doc = run(nlp, "Víctor Luna Peña claimed that he never met the governor.")
    (claim,) = doc._.cg_claims
    assert claim.stance == "deny"


def test_role_speaker_resolves_to_the_person_with_that_role(nlp: Language) -> None:
    doc = run(nlp, "Drug lord Aurelio Cota Beltrán was arrested in 2019 in Culiacán. "
                   "The drug lord told the court that he never ordered the killings.")
    (claim,) = doc._.cg_claims
    assert speaker(doc, claim) == "Aurelio Cota Beltrán"
    assert claim.stance == "deny"


def test_parenthetical_attribution_keeps_the_clause_out_of_the_text(nlp: Language) -> None:
    doc = run(nlp, "The contract, Mayor Ana Ruiz said, had been signed twice.")
    (claim,) = doc._.cg_claims
    assert speaker(doc, claim) == "Ana Ruiz"
    assert claim.text == "The contract had been signed twice"


def test_media_interview_news_conference_court_filing(nlp: Language) -> None:
    doc = run(nlp, "In an interview with a local radio station, Jorge Pliego Ramos said that the mine was safe. "
                   "During a news conference on Monday, Governor Marta Ibáñez said the mine would close. "
                   "In a court filing, lawyers for the miners argued that the company hid the reports.")
    media = {speaker(doc, c): c.medium for c in doc._.cg_claims}
    assert media["Jorge Pliego Ramos"] == "interview"
    assert media["Marta Ibáñez"] == "press conference"
    assert "court filing" in media.values()


def test_date_of_the_claim_comes_from_its_sentence(nlp: Language) -> None:
    doc = run(nlp, "On Monday, Governor Marta Ibáñez said the mine would close.", published="2025-05-16")
    (claim,) = doc._.cg_claims
    assert claim.date is not None and claim.date.value == "2025-05-12"


def test_object_cue_and_criticism(nlp: Language) -> None:
    doc = run(nlp, "Senator Ruth Alvarado called the audit a political hit job. "
                   "She criticized the Treasury Department for hiding the results.")
    called = by_cue(doc, "called")
    assert called.stance == "assert" and "political hit job" in called.text
    criticized = by_cue(doc, "criticized")
    assert criticized.stance == "allege" and speaker(doc, criticized) == "Ruth Alvarado"
    assert run(nlp, "Alvarado called the police after the break-in.")._.cg_claims == []


def test_labelled_line_and_signed_quote(nlp: Language) -> None:
    doc = run(nlp, "Mayor Ana Ruiz: The harbour will stay public\n\n"
                   "“The council lied to every one of us about the harbour.” ― Pedro Gil Soto\n\n"
                   "UPDATE: The council met again on Friday.\n\n"
                   "PUBLISHED: 16:05 GMT, 9 June 2013\n\nPOSTED: December 08, 2010")
    cues = {(c.cue, speaker(doc, c)) for c in doc._.cg_claims}
    assert (":", "Ana Ruiz") in cues
    assert ("―", "Pedro Gil Soto") in cues
    assert all("council met again" not in c.text for c in doc._.cg_claims)
    assert not {"PUBLISHED", "POSTED"} & {speaker(doc, c) for c in doc._.cg_claims}


def test_negated_speech_is_no_claim(nlp: Language) -> None:
    doc = run(nlp, "Governor Marta Ibáñez did not say whether the mine would close.")
    assert doc._.cg_claims == []


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _named(doc: Doc, key: int | None, forms: set[str]) -> bool:
    entity = doc_entities(doc).get(key) if key is not None else None
    return entity is not None and bool({_fold(n) for n in [entity.name, *entity.names]} & forms)


def test_seed_claims_by_speaker_stance_and_about(nlp: Language) -> None:
    """The claims listed in ../shared/seeds/expected.json: speaker form, stance and one `about` entity."""
    expected = json.loads(need_shared(SEEDS / "expected.json").read_text(encoding="utf-8"))
    forms = {e["name"]: {_fold(m) for m in e["mentions"]} | {_fold(e["name"])} for e in expected["entities"]}
    docs: dict[str, Doc] = {}
    for name, meta in expected["articles"].items():
        published = DateValue(meta["published"], "day", None) if meta["published"] else None
        doc = nlp.make_doc((SEEDS / name).read_text(encoding="utf-8"))
        doc._.cg_article_id = name
        doc._.cg_published = published
        docs[name.split("_")[0]] = nlp(doc)
    found = 0
    for gold in expected["claims"]:
        doc = docs[gold["in"]]
        for claim in doc._.cg_claims:
            check_offsets(doc, claim)
        if any(_named(doc, c.speaker, forms[gold["speaker"]]) and c.stance == gold["stance"]
               and any(_named(doc, k, forms[a]) for k in c.about for a in gold["about"]) for c in doc._.cg_claims):
            found += 1
    assert found >= 0.9 * len(expected["claims"]), f"{found} of {len(expected['claims'])} seed claims"


def test_a_speakers_nested_claim_is_one_claim(nlp: Language) -> None:
    doc = run(nlp, "Governor Marta Ibáñez said she believes the mine was sold to a front company.")
    (claim,) = doc._.cg_claims
    assert claim.cue == "said" and "she believes the mine was sold" in claim.text


def test_quote_resumed_after_the_attribution_is_one_claim(nlp: Language) -> None:
    doc = run(nlp, "Governor Luis Peña spoke on Monday. “We will not stop the inquiry,” he said, "
                   "“until the port is clean again.”")
    (claim,) = doc._.cg_claims
    assert claim.direct and speaker(doc, claim) == "Luis Peña"
    assert claim.text == "We will not stop the inquiry until the port is clean again."


def test_indefinite_sources_are_an_unnamed_group(nlp: Language) -> None:
    doc = run(nlp, "Some say the port authority ignored the warnings for years.")
    (claim,) = doc._.cg_claims
    assert doc_entities(doc)[claim.speaker].kind == "unnamed_group"  # type: ignore[index]


def test_passive_cue_with_the_source_as_agent(nlp: Language) -> None:
    doc = run(nlp, "The accusations were denied by the Interior Ministry on Friday.")
    (claim,) = doc._.cg_claims
    assert claim.stance == "deny" and speaker(doc, claim) == "Interior Ministry"


def test_colon_after_the_cue_points_at_the_quote(nlp: Language) -> None:
    doc = run(nlp, "The port will probably close next year, Marta Kall said: “I feel like the council has "
                   "already decided.”")
    (claim,) = doc._.cg_claims
    assert claim.direct and claim.text.startswith("I feel like the council")


def test_it_refers_to_the_subject_of_the_sentence_before(nlp: Language) -> None:
    doc = run(nlp, "The city council sent a cease-and-desist letter on Thursday. "
                   "It says the campaign used the images without permission.")
    (claim,) = doc._.cg_claims
    assert speaker(doc, claim) == "The city council"


def test_participle_in_reported_speech_belongs_to_the_reporting_speaker(nlp: Language) -> None:
    doc = run(nlp, "Tomás Ibarra says U.S. prosecutors offered him plea deals on several occasions, "
                   "claiming he refused all of them.")
    assert {speaker(doc, c) for c in doc._.cg_claims} == {"Tomás Ibarra"}


def test_a_place_named_in_a_common_noun_speaker_is_not_the_speaker(nlp: Language) -> None:
    doc = run(nlp, "A Texas judge said that the recordings were obtained without a warrant.")
    (claim,) = doc._.cg_claims
    assert doc_entities(doc)[claim.speaker].kind == "unnamed_group"  # type: ignore[index]


def test_quote_before_an_inverted_cue_the_parser_left_unlinked(nlp: Language) -> None:
    doc = run(nlp, "“The port is run by the cartel now. Everyone knows it,” said Marta Quiñones Vidal, a union "
                   "leader in Manzanillo.")
    claim = by_cue(doc, "said")
    assert speaker(doc, claim) == "Marta Quiñones Vidal"
    assert claim.direct and claim.text.startswith("The port is run") and claim.text.endswith("Everyone knows it")


def test_a_negation_inside_the_quote_does_not_negate_the_cue(nlp: Language) -> None:
    doc = run(nlp, "\"Will the port reopen soon? Probably not,\" Marta Quiñones said. She spoke in Manzanillo.")
    claim = by_cue(doc, "said")
    assert speaker(doc, claim) == "Marta Quiñones" and "Probably not" in claim.text


def test_a_clause_the_parser_hung_as_adverbial_is_still_what_was_said(nlp: Language) -> None:
    doc = run(nlp, "Marta Quiñones said after the hearing she would not accept the mayor's offer.")
    claim = by_cue(doc, "said")
    assert speaker(doc, claim) == "Marta Quiñones" and "she would not accept the mayor's offer" in claim.text
    conditional = run(nlp, "Marta Quiñones said if the port closes the workers will strike.")
    assert all("workers will strike" not in c.text or c.text.startswith("if") for c in conditional._.cg_claims)


def test_a_that_clause_the_parser_hung_on_the_statement_is_the_content(nlp: Language) -> None:
    doc = run(nlp, "The Attorney General's Office said in a statement that Ciro Pardo faces 40 years in prison. "
                   "Pardo said in an interview that aired Sunday that the army had threatened him.")
    office, pardo = doc._.cg_claims[:2]
    assert speaker(doc, office) == "Attorney General's Office" and office.medium == "statement"
    assert office.text == "that Ciro Pardo faces 40 years in prison"
    assert speaker(doc, pardo) == "Ciro Pardo" and pardo.text == "that the army had threatened him"


def test_according_to_a_document_keeps_the_document_as_an_unnamed_source(nlp: Language) -> None:
    doc = run(nlp, "According to the indictment, Ciro Pardo moved ten tons of cocaine through Manzanillo.")
    (claim,) = doc._.cg_claims
    assert speaker(doc, claim) == "the indictment" and doc_entities(doc)[claim.speaker].kind == "unnamed_group"


def test_words_quoted_inside_reported_speech_keep_their_closing_mark(nlp: Language) -> None:
    doc = run(nlp, "The governor, Luis Vega, said Pardo was \"a criminal who must pay.\" Vega called the charges "
                   "false, adding that the accusations were \"absurd.\"")
    texts = [c.text for c in doc._.cg_claims]
    assert "Pardo was \"a criminal who must pay.\"" in texts
    assert any(t.endswith("were \"absurd.\"") for t in texts), texts


def test_the_lawyer_for_someone_named_after_a_comma_is_the_speaker(nlp: Language) -> None:
    doc = run(nlp, "The lawyer for Ciro Pardo, Marta Solis, said he was innocent.")
    (claim,) = doc._.cg_claims
    assert speaker(doc, claim) == "Marta Solis"
    assert not any(e.kind == "unnamed_group" for e in doc_entities(doc).values())


def test_a_date_in_a_clause_about_the_speaker_is_not_the_claims(nlp: Language) -> None:
    doc = run(nlp, "Ciro Pardo, who is set to be sentenced on May 30, alleged that the mayor protected the cartel. "
                   "In a letter released on Monday, Marta Solis alleged that the mayor protected the port. "
                   "Hugo Benavente currently says the mayor is innocent.")
    dates = {speaker(doc, c): (c.date.value if c.date else None) for c in doc._.cg_claims}
    assert dates == {"Ciro Pardo": None, "Marta Solis": "2025-05-12", "Hugo Benavente": None}


def test_a_participle_describing_a_group_is_not_a_claim(nlp: Language) -> None:
    doc = run(nlp, "A Sonora gang known as the Lobos stole the trucks, officials said.")
    assert [(speaker(doc, c), c.cue) for c in doc._.cg_claims] == [("officials", "said")]


def test_a_question_quoted_before_its_speaker_and_cue(nlp: Language) -> None:
    doc = run(nlp, "“So why did the mayor never pay his taxes?” a narrator in the new ad asks. Marta Solis asked "
                   "whether the mayor would resign.")
    said = {(speaker(doc, c), c.text) for c in doc._.cg_claims}
    assert ("a narrator", "So why did the mayor never pay his taxes?") in said
    assert ("Marta Solis", "whether the mayor would resign") in said


def test_the_office_is_the_office_named_before_not_the_last_unnamed_source(nlp: Language) -> None:
    doc = run(nlp, "Soldiers detained a man in Tijuana on Tuesday, officials said. Ciro Pardo was taken into custody "
                   "by agents of the Attorney General's Office and the Mexican Army, the office said in a statement.")
    office = next(c for c in doc._.cg_claims if "custody" in c.text)
    assert speaker(doc, office) == "Attorney General's Office"
