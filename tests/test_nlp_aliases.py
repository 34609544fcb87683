"""casegraph_aliases on documents written for these tests, through the real English model."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from casegraph.models import DateValue
from casegraph.nlp import aliases, entities, passages, token_repair  # noqa: F401  (registers factories)
from casegraph.nlp.extensions import MENTIONS, doc_entities, register_extensions
from casegraph.nlp.pipeline import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    model = load_model("en_core_web_sm")
    model.add_pipe("casegraph_token_repair", first=True)
    for name in ("casegraph_passages", "casegraph_entities", "casegraph_aliases"):
        model.add_pipe(name)
    return model


def run(nlp: Language, text: str) -> Doc:
    register_extensions()
    doc = nlp.make_doc(text)
    doc._.cg_published = DateValue("2025-03-04", "day", None)
    return nlp(doc)


def entity_of(doc: Doc, surface: str) -> int:
    keys = {span._.cg_entity for span in doc.spans[MENTIONS] if span.text == surface}
    assert len(keys) == 1, f"{surface!r} -> {keys}"
    return keys.pop()


def test_quoted_nickname_and_surname_join_the_full_name(nlp: Language) -> None:
    doc = run(nlp, "Police detained Ramiro “El Tigre” Valdés Ortega on Monday. Valdés Ortega denied "
                   "everything, and El Tigre's lawyer said the arrest was illegal.")
    key = entity_of(doc, "Ramiro “El Tigre” Valdés Ortega")
    assert entity_of(doc, "El Tigre") == key
    assert entity_of(doc, "Valdés Ortega") == key
    entity = doc_entities(doc)[key]
    assert entity.label == "PERSON"
    assert entity.name == "Ramiro Valdés Ortega"


def test_an_honorific_tells_which_namesake_a_surname_is(nlp: Language) -> None:
    doc = run(nlp, "Pedro Tovar and Marta Tovar arrived in Monterrey on Monday. Mr. Tovar said the visit was "
                   "private. Ms. Tovar declined to comment.")
    pedro, marta = entity_of(doc, "Pedro Tovar"), entity_of(doc, "Marta Tovar")
    keys = [span._.cg_entity for span in doc.spans[MENTIONS] if span.text == "Tovar" and span.start > 9]
    assert keys == [pedro, marta]  # "Mr. Tovar", then "Ms. Tovar" (not the surnames inside the full names)
    assert "Mr. Tovar" in doc_entities(doc)[pedro].names  # the form the resolver reads across articles


def test_mr_and_ms_with_one_surname_are_two_people(nlp: Language) -> None:
    doc = run(nlp, "Mr. Tovar said the visit was private. Ms. Tovar declined to comment.")
    keys = [span._.cg_entity for span in doc.spans[MENTIONS] if span.text == "Tovar"]
    assert len(keys) == 2 and keys[0] != keys[1]
    assert all(doc_entities(doc)[k].roles == [] for k in keys)  # "Mr." is kept with the name, not a role


def test_also_known_as_with_an_alternative(nlp: Language) -> None:
    doc = run(nlp, "The court heard from Octavio Narváez Ruiz, also known as El Profe or the Teacher, "
                   "who ran the smuggling routes for a decade.")
    key = entity_of(doc, "Octavio Narváez Ruiz")
    assert entity_of(doc, "El Profe") == key
    assert entity_of(doc, "the Teacher") == key


def test_acronym_in_parentheses_and_later_bare_use(nlp: Language) -> None:
    doc = run(nlp, "Agents of the National Customs Agency (NCA) seized the cargo. A spokesman for the NCA "
                   "said more raids would follow.")
    key = entity_of(doc, "National Customs Agency")
    nca = {span._.cg_entity for span in doc.spans[MENTIONS] if span.text == "NCA"}
    assert nca == {key}
    assert "NCA" in doc_entities(doc)[key].acronyms


def test_namesakes_with_different_given_names_stay_apart(nlp: Language) -> None:
    doc = run(nlp, "Governor Laura Ibarra Solís met Senator Tomás Ibarra Solís in the capital on Friday.")
    assert entity_of(doc, "Laura Ibarra Solís") != entity_of(doc, "Tomás Ibarra Solís")


def test_accent_free_variant_joins_and_keeps_the_accented_name(nlp: Language) -> None:
    doc = run(nlp, "Prosecutors charged Jesús Ramírez Acosta in March. Lawyers for Jesus Ramirez Acosta "
                   "said he would plead not guilty.")
    key = entity_of(doc, "Jesús Ramírez Acosta")
    assert entity_of(doc, "Jesus Ramirez Acosta") == key
    assert doc_entities(doc)[key].name == "Jesús Ramírez Acosta"


def test_a_short_given_name_joins_the_full_one_and_the_bare_surname_follows(nlp: Language) -> None:
    doc = run(nlp, "The club fired coach Maurice Gildner on Tuesday. Mo Gildner had led the team since 2019. "
                   "Gildner did not answer calls.")
    key = entity_of(doc, "Maurice Gildner")
    assert entity_of(doc, "Mo Gildner") == key
    assert entity_of(doc, "Gildner") == key
    assert doc_entities(doc)[key].name == "Maurice Gildner"


def test_a_short_given_name_that_fits_two_people_joins_neither(nlp: Language) -> None:
    doc = run(nlp, "Samuel Ostrander and Samantha Ostrander met Sam Ostrander in Leeds on Monday.")
    keys = {entity_of(doc, n) for n in ("Samuel Ostrander", "Samantha Ostrander", "Sam Ostrander")}
    assert len(keys) == 3


def test_two_short_forms_of_one_name_are_not_joined(nlp: Language) -> None:
    doc = run(nlp, "Bill Harrow and Will Harrow, two cousins, opened a bakery in Leeds on Monday.")
    assert entity_of(doc, "Bill Harrow") != entity_of(doc, "Will Harrow")


def test_time_zones_and_offences_in_capitals_are_not_organisations(nlp: Language) -> None:
    doc = run(nlp, "Updated at 12:42 GMT. Rafe Colter was arrested for DUI at 3 PM near Tulsa.")
    surfaces = {span.text for span in doc.spans[MENTIONS]}
    assert not surfaces & {"GMT", "DUI", "PM"}, surfaces
    assert "Rafe Colter" in surfaces


def test_a_ship_named_without_its_prefix_is_the_ship(nlp: Language) -> None:
    doc = run(nlp, "A navy frigate answered a distress call from the MV Gibe on Saturday. Pirates had fired on "
                   "the Gibe twice, the crew of the Gibe said.")
    key = entity_of(doc, "MV Gibe")
    assert {span._.cg_entity for span in doc.spans[MENTIONS] if span.text == "Gibe"} == {key}
    assert doc_entities(doc)[key].kind == "vessel"


def test_a_ship_stays_a_ship_when_the_model_calls_its_name_a_place(nlp: Language) -> None:
    doc = run(nlp, "The INS Tabar fought off pirates in the Gulf of Aden. Tabar then sailed to Oman, and "
                   "Tabar reached port on Friday.")
    ship = doc_entities(doc)[entity_of(doc, "INS Tabar")]
    assert (ship.label, ship.kind) == ("FACILITY", "vessel")


def test_a_middle_initial_is_no_part_of_the_surname(nlp: Language) -> None:
    doc = run(nlp, "Frederick C. Lanier was a campaign aide in 1972. Lanier later pleaded guilty.")
    key = entity_of(doc, "Frederick C. Lanier")
    assert entity_of(doc, "Lanier") == key
    assert "C. Lanier" not in doc_entities(doc)[key].names


def test_a_person_a_ship_is_named_after_stays_a_person(nlp: Language) -> None:
    doc = run(nlp, "The USS Ronald Reagan arrived in Busan on Monday. Ronald Reagan was president when the ship "
                   "was named.")
    ship, person = entity_of(doc, "USS Ronald Reagan"), entity_of(doc, "Ronald Reagan")
    assert ship != person and doc_entities(doc)[person].label == "PERSON"


def test_a_head_word_alone_is_the_one_organisation_of_the_article_it_ends(nlp: Language) -> None:
    doc = run(nlp, "Navy seizes trawler\n\nThe Mexican Navy seized a fishing boat on Tuesday. The Navy said the "
                   "Sinaloa Cartel owned it, and the Cartel paid the crew.")
    navy, cartel = entity_of(doc, "Mexican Navy"), entity_of(doc, "Sinaloa Cartel")
    assert {span._.cg_entity for span in doc.spans[MENTIONS] if span.text == "Navy"} == {navy}
    assert entity_of(doc, "Cartel") == cartel and doc_entities(doc)[cartel].label == "ORG"
    two = run(nlp, "The Sinaloa Cartel and the Gulf Cartel fought for the port. The Cartel paid the police.")
    lone = doc_entities(two)[entity_of(two, "Cartel")]
    assert entity_of(two, "Cartel") not in (entity_of(two, "Sinaloa Cartel"), entity_of(two, "Gulf Cartel"))
    assert lone.label == "ORG"  # a kind of body, never a person, even when it stays alone
