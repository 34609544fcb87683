"""Tests for casegraph_token_repair, casegraph_passages and casegraph_entities."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from casegraph.nlp.entities import correct_entities
from casegraph.nlp.extensions import register_extensions
from casegraph.nlp.lexicon import fold, is_first_name
from casegraph.nlp.passages import mark_passages
from casegraph.nlp.token_repair import repair_tokens

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FACILITY"}
LANGS = ("en", "es", "pt", "fr", "de", "it")

register_extensions()


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="module")
def nlp() -> Language:
    import casegraph.nlp.entities
    import casegraph.nlp.passages
    import casegraph.nlp.token_repair  # noqa: F401
    from casegraph.nlp.pipeline import load_model

    model = load_model("en_core_web_sm")
    model.add_pipe("casegraph_token_repair", first=True)
    model.add_pipe("casegraph_passages", after="ner")
    model.add_pipe("casegraph_entities", after="casegraph_passages")
    return model


def make_doc(blank: Language, text: str, ents: list[tuple[str, str]], lang: str = "en") -> Doc:
    """A blank doc with one sentence per '. ', model-like ents given as (surface, label)."""
    doc = blank(text)
    for tok in doc:
        tok.is_sent_start = tok.i == 0 or doc[tok.i - 1].text == "."
        tok._.cg_language = lang
    spans: list[Span] = []
    for surface, label in ents:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    return doc


def names(doc: Doc) -> dict[str, str]:
    return {e.text: e.label_ for e in doc.ents if e.label_ in NAME_LABELS}


def ent(doc: Doc, text: str) -> Span:
    return next(e for e in doc.ents if e.text == text)


# --- token repair -------------------------------------------------------------------------


def test_glued_function_word_is_split(blank: Language) -> None:
    doc = blank("The judge fined Ramirowho had fled. Ramiro later returned.")
    repair_tokens(doc)
    assert [t.text for t in doc][3:6] == ["Ramiro", "who", "had"]
    assert doc.text == "The judge fined Ramirowho had fled. Ramiro later returned."


def test_repair_is_conservative(blank: Language) -> None:
    doc = blank("Lewis has left. Xqzwhich remains. Elena spoke.")
    repair_tokens(doc)
    assert [t.text for t in doc][:3] == ["Lewis", "has", "left"]
    assert "Xqzwhich" in [t.text for t in doc]


def test_first_name_lexicon_comes_from_package() -> None:
    assert is_first_name("Joaquín") and is_first_name("Joaquin") and is_first_name("Rubén")
    assert not is_first_name("Señala") and not is_first_name("the")
    assert fold("Félix") == "felix"


# --- passages ------------------------------------------------------------------------------


def test_passages_detect_spanish_sentence(blank: Language) -> None:
    text = (
        "The governor spoke to reporters for an hour about the new security plan. "
        "He said that the state would hire more police officers before the end of the year. "
        "El gobernador habló con los periodistas durante una hora sobre el nuevo plan. "
        "Garza agreed."
    )
    doc = make_doc(blank, text, [])
    mark_passages(doc, LANGS, 40)
    langs = [p[2] for p in doc._.cg_passages]
    assert langs == ["en", "en", "es", "en"]
    assert doc._.cg_language == "en"
    assert next(t for t in doc if t.text == "gobernador")._.cg_language == "es"


def test_explicit_language_is_kept_and_short_passages_inherit(blank: Language) -> None:
    doc = make_doc(blank, "Carla Ortiz. Nada más.", [])
    doc._.cg_language = "es"
    mark_passages(doc, LANGS, 40)
    assert doc._.cg_language == "es"
    assert {p[2] for p in doc._.cg_passages} == {"es"}


# --- entities on hand-built docs -------------------------------------------------------------


def test_swallowed_role_is_cut_out_and_recorded(blank: Language) -> None:
    text = "Police arrested the Sonora Cartel Kingpin Tomás Herrera Salas at dawn."
    doc = make_doc(blank, text, [("Sonora Cartel Kingpin", "PERSON"), ("Tomás Herrera Salas", "PERSON")])
    correct_entities(doc)
    assert names(doc) == {"Sonora Cartel": "ORG", "Tomás Herrera Salas": "PERSON"}
    assert ent(doc, "Sonora Cartel")._.cg_kind == "criminal_organization"
    assert ent(doc, "Tomás Herrera Salas")._.cg_role == "Kingpin"


def test_a_first_name_inside_the_models_longer_name_is_not_a_person(blank: Language) -> None:
    text = ("The Los Angeles Comets signed Rafael Ortega. Comets GM Dana Whitfield confirmed it "
            "to the Sports Network's Paula Reyes.")
    doc = make_doc(blank, text, [("The Los Angeles Comets", "ORG"), ("Rafael Ortega", "PERSON"),
                                 ("Dana Whitfield", "PERSON"), ("the Sports Network's Paula Reyes", "ORG")])
    correct_entities(doc)
    # 'Angeles' and 'Comets' would open a lexicon person; the model's spans say where names start,
    # and a possessive ends the name before it
    assert names(doc) == {"Los Angeles Comets": "ORG", "Rafael Ortega": "PERSON", "Dana Whitfield": "PERSON",
                          "Sports Network": "ORG", "Paula Reyes": "PERSON"}


def test_the_lexicon_still_adds_a_first_name_the_model_missed(blank: Language) -> None:
    text = "Prosecutors said Héctor Ruelas Gil had fled."
    doc = make_doc(blank, text, [("Ruelas Gil", "PERSON")])
    correct_entities(doc)
    assert names(doc) == {"Héctor Ruelas Gil": "PERSON"}


def test_a_role_word_before_a_common_noun_name_makes_no_person(blank: Language) -> None:
    text = "The official Varela news agency said the quake was strong. Mexican official Juan Pérez agreed."
    doc = make_doc(blank, text, [("Varela news agency", "ORG"), ("Juan Pérez", "PERSON")])
    correct_entities(doc)
    assert names(doc) == {"Varela news agency": "ORG", "Juan Pérez": "PERSON"}
    assert ent(doc, "Juan Pérez")._.cg_role == "official"


def test_a_record_after_a_name_is_cut_and_a_name_with_digits_is_no_person(blank: Language) -> None:
    text = "Records: Omar Zarate 31 - 2 and Luis Bracamontes. Flight BEY 0843 landed. Route 52 was shut."
    doc = make_doc(blank, text, [("Omar Zarate 31 - 2", "PERSON"), ("BEY 0843", "PERSON"), ("Route 52", "FAC")])
    correct_entities(doc)
    assert names(doc) == {"Omar Zarate": "PERSON", "Luis Bracamontes": "PERSON", "Route 52": "FACILITY"}


def test_a_function_word_ending_a_persons_name_is_cut(blank: Language) -> None:
    text = "Esther Vidal Dies At 91. Juan de la Cruz spoke. Rosa May and Ana Will met."
    doc = make_doc(blank, text, [("Esther Vidal Dies At", "PERSON"), ("Juan de la Cruz", "PERSON"),
                                 ("Rosa May", "PERSON"), ("Ana Will", "PERSON")])
    correct_entities(doc)
    # 'May' and 'Will' are stop words, and surnames
    assert names(doc) == {"Esther Vidal": "PERSON", "Juan de la Cruz": "PERSON", "Rosa May": "PERSON",
                          "Ana Will": "PERSON"}


def test_a_month_alone_is_no_body_but_can_be_a_persons_name(blank: Language) -> None:
    text = "APRIL 3. Police in Tijuana said May was questioned. Mayo Beltrán fled."
    doc = make_doc(blank, text, [("APRIL", "ORG"), ("Tijuana", "GPE"), ("May", "PERSON"), ("Mayo Beltrán", "PERSON")])
    correct_entities(doc)
    assert names(doc) == {"Tijuana": "GPE", "May": "PERSON", "Mayo Beltrán": "PERSON"}


def test_an_opening_quote_outside_the_name_is_cut(blank: Language) -> None:
    text = "The bill, “Fair Ports for Coastal Towns Act,” passed. Police named “El Flaco” as the driver."
    doc = make_doc(blank, text, [("“Fair Ports for Coastal Towns Act", "ORG"), ("“El Flaco”", "PERSON")])
    correct_entities(doc)
    assert names(doc) == {"Fair Ports for Coastal Towns Act": "ORG", "“El Flaco”": "PERSON"}


def test_abbreviated_titles_are_roles(blank: Language) -> None:
    text = "Gov. Ana Ruiz denied it. Sen. Pablo Ibarra agreed."
    doc = make_doc(blank, text, [("Ana Ruiz", "PERSON"), ("Pablo Ibarra", "ORG")])
    correct_entities(doc)
    assert names(doc) == {"Ana Ruiz": "PERSON", "Pablo Ibarra": "PERSON"}  # a title makes a person
    assert ent(doc, "Ana Ruiz")._.cg_role == "Gov." and ent(doc, "Pablo Ibarra")._.cg_role == "Sen."


def test_a_weekday_after_a_name_is_not_part_of_it(blank: Language) -> None:
    text = "Mayor Ana Ruiz Monday denied the report. Officials said Carlos Vega Sunday fled."
    doc = make_doc(blank, text, [("Ana Ruiz Monday", "PERSON")])
    correct_entities(doc)
    # the model's span and the lexicon's run both lose the day
    assert names(doc) == {"Ana Ruiz": "PERSON", "Carlos Vega": "PERSON"}


def test_a_saints_name_is_a_place(blank: Language) -> None:
    text = "Police in San Pedro Garza García detained Nora Salinas. The Santa Rita Miners lost."
    doc = make_doc(blank, text, [("San", "GPE"), ("Santa Rita Miners", "ORG")])
    correct_entities(doc)
    # 'Pedro' and 'Rita' are first names, but not here; a team keeps the model's label
    assert names(doc) == {"San Pedro Garza García": "GPE", "Nora Salinas": "PERSON", "Santa Rita Miners": "ORG"}
    doc = make_doc(blank, "Gunmen attacked a bar in Santa Catarina.", [("Santa Catarina", "PERSON")])
    correct_entities(doc)
    assert names(doc) == {"Santa Catarina": "GPE"}


def test_leading_role_inside_model_span(blank: Language) -> None:
    text = "The file names FBI Agent Laura Benítez as a witness."
    doc = make_doc(blank, text, [("FBI Agent Laura", "ORG")])
    correct_entities(doc)
    assert names(doc) == {"FBI": "ORG", "Laura Benítez": "PERSON"}
    assert ent(doc, "Laura Benítez")._.cg_role == "FBI Agent"


def test_title_before_lexicon_name_is_cut_but_office_names_keep_theirs(blank: Language) -> None:
    text = "Judge Miriam Kessler set a date. The Attorney General's Office said so."
    doc = make_doc(blank, text, [("Attorney General's Office", "ORG")])
    correct_entities(doc)
    found = names(doc)
    assert found.get("Miriam Kessler") == "PERSON" and "Judge Miriam Kessler" not in found
    assert ent(doc, "Miriam Kessler")._.cg_role == "Judge"
    assert found.get("Attorney General's Office") == "ORG"


def test_quoted_nickname_makes_one_person(blank: Language) -> None:
    text = 'Prosecutors say Ramón "El Gallo" Fuentes ran the route. Fuentes denies it.'
    doc = make_doc(blank, text, [("Ramón", "ORG"), ("El Gallo", "ORG")])
    last = text.rindex("Fuentes")
    surname = doc.char_span(last, last + len("Fuentes"), label="ORG")
    assert surname is not None
    doc.ents = [*doc.ents, surname]
    correct_entities(doc)
    found = names(doc)
    assert found['Ramón "El Gallo" Fuentes'] == "PERSON"
    assert found["Fuentes"] == "PERSON"  # surname of the full name, voted in the doc


def test_title_and_appositive_roles(blank: Language) -> None:
    text = "Her lawyer, Paula Ibarra Soto, met Carlos Vega, governor of Durango, on Friday."
    doc = make_doc(
        blank, text, [("Paula Ibarra Soto", "PERSON"), ("Carlos Vega", "ORG"), ("Durango", "ORG"), ("Friday", "DATE")]
    )
    correct_entities(doc)
    assert names(doc) == {"Paula Ibarra Soto": "PERSON", "Carlos Vega": "PERSON", "Durango": "GPE"}
    assert ent(doc, "Paula Ibarra Soto")._.cg_role == "lawyer"
    assert ent(doc, "Carlos Vega")._.cg_role == "governor"
    assert ent(doc, "Friday").label_ == "DATE"


def test_nickname_after_role_cue(blank: Language) -> None:
    text = "He protected the former capo El Tigre for years."
    doc = make_doc(blank, text, [("El Tigre", "ORG")])
    correct_entities(doc)
    assert names(doc) == {"El Tigre": "PERSON"}
    assert ent(doc, "El Tigre")._.cg_role == "capo"


def test_organization_patterns(blank: Language) -> None:
    text = (
        "Members of the Sonora cartel and the Cártel de Tijuana were charged by the Ministry of "
        "Finance and held at the Northern Detention Center (NDC). Later the NDC released two."
    )
    doc = make_doc(blank, text, [("Sonora", "GPE"), ("Tijuana", "GPE")])
    correct_entities(doc)
    found = names(doc)
    assert found["Sonora cartel"] == "ORG" and found["Cártel de Tijuana"] == "ORG"
    assert found["Ministry of Finance"] == "ORG"
    assert ent(doc, "Ministry of Finance")._.cg_kind == "government_body"
    assert found["Northern Detention Center"] == "FACILITY"
    nd = [e for e in doc.ents if e.text == "NDC"]
    assert len(nd) == 2 and all(e.label_ == "FACILITY" for e in nd)


def test_a_person_told_something_is_not_an_outlet(blank: Language) -> None:
    text = "The mayor told Ramón Fuentes to leave. She told Canal Nueve the same."
    doc = make_doc(blank, text, [("Ramón Fuentes", "PERSON"), ("Canal Nueve", "ORG")])
    correct_entities(doc)
    assert names(doc)["Ramón Fuentes"] == "PERSON" and ent(doc, "Ramón Fuentes")._.cg_kind is None
    assert ent(doc, "Canal Nueve")._.cg_kind == "media"


def test_a_title_case_headline_is_not_a_name(nlp: Language) -> None:
    doc = nlp("Marta Solis Goes After Ramón Fuentes As The New Mayor")
    assert not any(len(e) > 3 for e in doc.ents if e.label_ == "PERSON"), [e.text for e in doc.ents]


def test_headline_verb_is_cut_off_a_name(blank: Language) -> None:
    text = "Lena Ortiz Returns to Host the Awards. Police say Pablo Arce Charged nobody. Wins Inc grew."
    ents = [("Lena Ortiz Returns", "PERSON"), ("Pablo Arce Charged", "PERSON"), ("Wins Inc", "ORG")]
    doc = make_doc(blank, text, ents)
    correct_entities(doc)
    assert names(doc) == {"Lena Ortiz": "PERSON", "Pablo Arce": "PERSON", "Wins Inc": "ORG"}


def test_mountains_and_lakes_the_model_called_organisations_are_places(blank: Language) -> None:
    text = ("Rescuers searched Mt Arvel, Lake Tiran and Cerro del Cuervo. Staff at Mount Sinai Hospital helped. "
            "Mount Holdings Ltd paid.")
    ents = [("Mt Arvel", "ORG"), ("Lake Tiran", "PERSON"), ("Cerro del Cuervo", "PERSON"),
            ("Mount Sinai Hospital", "ORG"), ("Mount Holdings Ltd", "ORG")]
    doc = make_doc(blank, text, ents)
    correct_entities(doc)
    found = names(doc)
    assert found["Mt Arvel"] == found["Lake Tiran"] == found["Cerro del Cuervo"] == "LOC"
    assert found["Mount Sinai Hospital"] == "FACILITY"  # the hospital pattern names it
    assert found["Mount Holdings Ltd"] == "ORG"


def test_ranks_written_short_are_roles_not_names(blank: Language) -> None:
    text = ("Insp Dale Varner said so. Det Sgt Ruth Amsel agreed. U.S. Navy Vice Adm. Colm Ferris spoke. "
            "Police Inspector Nils Baro left. Sgt Amsel stayed.")
    ents = [("Dale Varner", "PERSON"), ("Ruth Amsel", "PERSON"), ("U.S. Navy Vice Adm.", "ORG"),
            ("Colm Ferris", "PERSON"), ("Police Inspector", "ORG"), ("Nils Baro", "PERSON"), ("Sgt Amsel", "ORG")]
    doc = make_doc(blank, text, ents)
    correct_entities(doc)
    found = names(doc)
    assert "U.S. Navy Vice Adm." not in found and found["U.S. Navy"] == "ORG"
    assert "Police Inspector" not in found and "Sgt Amsel" not in found
    roles = {e.text: e._.cg_role for e in doc.ents if e.label_ == "PERSON"}
    assert roles == {"Dale Varner": "Insp", "Ruth Amsel": "Det Sgt", "Colm Ferris": "Vice Adm.",
                     "Nils Baro": "Police Inspector", "Amsel": "Sgt"}


def test_companies_ships_and_a_role_word_opening_a_company_name(blank: Language) -> None:
    text = ("A man shot a colleague at Blue Reed Trading Limited. The MV Lorna Bay and the INS Kavari met. "
            "General Motors paid. INS agents came. The INS Miami office said so.")
    ents = [("Blue Reed Trading Limited", "PERSON"), ("Lorna Bay", "GPE"), ("General Motors", "ORG")]
    doc = make_doc(blank, text, ents)
    correct_entities(doc)
    assert ent(doc, "Blue Reed Trading Limited").label_ == "ORG"
    assert ent(doc, "Blue Reed Trading Limited")._.cg_kind == "company"
    ships = {e.text for e in doc.ents if e._.cg_kind == "vessel"}
    assert ships == {"MV Lorna Bay", "INS Kavari"}  # not "INS agents", not "the INS Miami office"
    assert all(e.label_ == "FACILITY" for e in doc.ents if e.text in ships)
    assert ent(doc, "General Motors").label_ == "ORG" and ent(doc, "General Motors")._.cg_role is None


def test_organisation_heads_and_which_organization_is_a_cartel(blank: Language) -> None:
    text = ("The World Health Organization met the Ruvalcaba Ledesma Organization about cocaine. The Norland "
            "Library Association and Major Freight League paid. Staff of the Dorrance Organization left.")
    ents = [("World Health Organization", "ORG"), ("Norland Library Association", "GPE"),
            ("Major Freight League", "PERSON")]
    doc = make_doc(blank, text, ents)
    correct_entities(doc)
    assert ent(doc, "World Health Organization")._.cg_kind is None
    assert ent(doc, "Ruvalcaba Ledesma Organization")._.cg_kind == "criminal_organization"
    assert ent(doc, "Norland Library Association").label_ == "ORG"
    assert ent(doc, "Major Freight League").label_ == "ORG"
    doc = make_doc(blank, "Staff of the Dorrance Organization said the accounts were audited.", [])
    correct_entities(doc)
    assert ent(doc, "Dorrance Organization")._.cg_kind is None  # no word of crime in the article
    doc = make_doc(blank, "The Gang Enforcement Unit raided the Westlake Gang.", [])
    correct_entities(doc)
    assert ent(doc, "Gang Enforcement Unit")._.cg_kind is None
    assert ent(doc, "Westlake Gang")._.cg_kind == "criminal_organization"


def test_streets_centres_clergy_and_a_team_before_its_player(blank: Language) -> None:
    text = ("Pastor Ivo Brandt lived on Halsey Street. Staff at the Lorne Ford Treatment Center and the Maria "
            "Tovar Clinic helped. "
            "Carolina Comets QB Tomas Dunmore threw twice.")
    ents = [("Ivo Brandt", "PERSON"), ("Halsey Street", "PERSON"), ("Lorne Ford Treatment Center", "PERSON"),
            ("Maria Tovar Clinic", "PERSON"),
            ("Carolina Comets QB Tomas Dunmore", "ORG")]
    doc = make_doc(blank, text, ents)
    correct_entities(doc)
    found = names(doc)
    assert found["Halsey Street"] == "LOC" and found["Lorne Ford Treatment Center"] == "FACILITY"
    assert found["Maria Tovar Clinic"] == "FACILITY"
    assert ent(doc, "Ivo Brandt")._.cg_role == "Pastor"
    assert found["Tomas Dunmore"] == "PERSON" and ent(doc, "Tomas Dunmore")._.cg_role == "QB"
    assert "Carolina Comets" not in found  # the team is no person


def test_a_word_that_only_opens_the_sentence_is_cut_off_a_name(blank: Language) -> None:
    text = "Without Felt nothing was known. Following Gigante the family split. Will Smith came."
    ents = [("Without Felt", "PERSON"), ("Following Gigante", "PERSON"), ("Will Smith", "PERSON")]
    doc = make_doc(blank, text, ents)
    correct_entities(doc)
    assert names(doc) == {"Felt": "PERSON", "Gigante": "PERSON", "Will Smith": "PERSON"}


def test_a_company_reporting_its_results_is_no_outlet(blank: Language) -> None:
    text = ("Norvex reported a quarterly loss. The Ledger reported that the mayor resigned. "
            "Dalmar published its results.")
    doc = make_doc(blank, text, [("Norvex", "ORG"), ("Ledger", "ORG"), ("Dalmar", "ORG")])
    correct_entities(doc)
    kinds = {e.text: e._.cg_kind for e in doc.ents}
    assert kinds == {"Norvex": None, "Ledger": "media", "Dalmar": None}


def test_role_words_that_are_surnames_or_parts_of_a_name_stay(blank: Language) -> None:
    text = ("Julie Bishop said so. The Office of the Inspector General agreed. The Wall Street Journal and "
            "the Pew Research Center said the California Highway Patrol was right.")
    ents = [("Julie Bishop", "PERSON"), ("Office of the Inspector General", "ORG"), ("Wall Street Journal", "ORG"),
            ("Pew Research Center", "ORG"), ("California Highway Patrol", "ORG")]
    doc = make_doc(blank, text, ents)
    correct_entities(doc)
    assert names(doc) == {"Julie Bishop": "PERSON", "Office of the Inspector General": "ORG",
                          "Wall Street Journal": "ORG", "Pew Research Center": "ORG",
                          "California Highway Patrol": "ORG"}
    text = "Lakeside County Sheriff Deputy Reno Valdez said so. The Surgeon General Ana Ruiz agreed."
    doc = make_doc(blank, text, [("Lakeside County Sheriff Deputy", "ORG"), ("Reno Valdez", "PERSON"),
                                 ("Surgeon General Ana Ruiz", "PERSON")])
    correct_entities(doc)
    assert names(doc) == {"Lakeside County Sheriff": "ORG", "Reno Valdez": "PERSON", "Ana Ruiz": "PERSON"}
    assert ent(doc, "Ana Ruiz")._.cg_role == "Surgeon General"


def test_media_cues_and_country_acronym(blank: Language) -> None:
    text = "He gave an interview to Canal Nueve. The US authorities did not comment."
    doc = make_doc(blank, text, [("Canal Nueve", "GPE")])
    correct_entities(doc)
    assert names(doc) == {"Canal Nueve": "ORG", "US": "GPE"}
    assert ent(doc, "Canal Nueve")._.cg_kind == "media"


def test_spanish_passage_junk_is_dropped(blank: Language) -> None:
    text = "Advierte que la salud de Marta Díaz empeora. Los buenos tiempos pasaron."
    doc = make_doc(
        blank,
        text,
        [("Advierte", "PERSON"), ("salud", "GPE"), ("Marta Díaz", "PERSON"), ("Los buenos", "ORG")],
        lang="es",
    )
    correct_entities(doc)
    assert names(doc) == {"Marta Díaz": "PERSON"}


def test_pronouns_handles_and_numbers_are_dropped(blank: Language) -> None:
    text = "Reposted by @newsdesk42 and He said 1985 was the year."
    doc = make_doc(blank, text, [("@newsdesk42", "ORG"), ("He", "PERSON"), ("1985", "DATE")])
    correct_entities(doc)
    assert names(doc) == {}
    assert [e.label_ for e in doc.ents] == ["DATE"]


# --- real model ------------------------------------------------------------------------------


def test_real_model_on_own_sentences(nlp: Language) -> None:
    text = (
        "Federal agents detained Sonora governor Ernesto Lozano Ruizwho had denied any link to "
        "the Juárez Cartel. In an interview with La Prensa Libre, Ruiz said that DEA Agent "
        "Marcos \u201cEl Flaco\u201d Rivas had lied. The U.S. embassy declined to comment."
    )
    doc = nlp(text)
    found = names(doc)
    assert found.get("Ernesto Lozano Ruiz") == "PERSON"
    assert found.get("Juárez Cartel") == "ORG"
    assert found.get("La Prensa Libre") == "ORG"
    assert found.get("U.S.") == "GPE" and found.get("DEA") == "ORG"
    assert all(e.label_ == "PERSON" for e in doc.ents if e.text == "Ruiz")
    assert doc.text == text


def test_real_model_curly_quoted_nickname(nlp: Language) -> None:
    doc = nlp("Officials said that DEA Agent Marcos \u201cEl Flaco\u201d Rivas had lied.")
    assert names(doc).get("Marcos \u201cEl Flaco\u201d Rivas") == "PERSON"


# --- seed articles ---------------------------------------------------------------------------


def _seed_docs(nlp: Language) -> dict[str, Doc]:
    if not (SEEDS / "expected.json").exists():
        pytest.skip(f"seed articles not available at {SEEDS}")
    return {p.name[:3]: nlp(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="module")
def seed_docs(nlp: Language) -> dict[str, Doc]:
    return _seed_docs(nlp)


@pytest.mark.xfail(
    reason="known gaps: 'López Obrador' tagged DATE by the model in the Spanish "
    "quote of 000 and one 'Mexico' occurrence missed",
    strict=False,
)
def test_seed_mentions_are_covered_with_the_right_type(seed_docs: dict[str, Doc]) -> None:
    expected = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))
    missing: list[str] = []
    for entity in expected["entities"]:
        for article in entity["in"]:
            doc = seed_docs[article]
            for mention in entity["mentions"]:
                for m in re.finditer(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", doc.text):
                    covered = any(
                        e.start_char <= m.start() and m.end() <= e.end_char and e.label_ == entity["type"]
                        for e in doc.ents
                    )
                    if not covered:
                        missing.append(f"{article}: {mention!r} at {m.start()} not {entity['type']}")
    assert missing == []


def test_seed_junk_is_gone(seed_docs: dict[str, Doc]) -> None:
    texts = {e.text for doc in seed_docs.values() for e in doc.ents if e.label_ in NAME_LABELS}
    for junk in ("Señala", "edad", "los buenos", "Public Security"):
        assert junk not in texts
    assert not any("Lunawho" in t or "@" in t or "Kingpin" in t for t in texts)
    assert all(t[:1].isupper() or t[:1] in "\"\u201c'" or t.startswith("the ") for t in texts)


def test_a_plural_name_after_the_is_a_team_gang_or_family_not_a_person(nlp: Language) -> None:
    doc = nlp("The Jaguars had scored twice, and the Jaguars' coach Jack Del Rio said the Beltrán Leyvas "
              "had nothing to do with it. The Bush administration and the Williams family declined to comment.")
    found = names(doc)
    assert found["Jaguars"] == "ORG" and found["Beltrán Leyvas"] == "ORG"
    assert found["Jack Del Rio"] == "PERSON" and found.get("Bush") == "PERSON" and found.get("Williams") == "PERSON"


def test_a_country_the_model_missed_is_a_place_but_not_a_first_name(blank: Language) -> None:
    # demonyms ("Mexican official Juan Pérez") are in test_a_role_word_before_a_common_noun_name_makes_no_person
    text = "El ex presidente de México viajó a Estados Unidos. Su abogado Chad Ruiz lo negó."
    doc = make_doc(blank, text, [("Chad Ruiz", "PER")], lang="es")
    correct_entities(doc)
    assert names(doc) == {"México": "GPE", "Estados Unidos": "GPE", "Chad Ruiz": "PERSON"}
    lone = make_doc(blank, "Chad said nothing about Jordan.", [])
    correct_entities(lone)
    assert "Chad" not in names(lone) and "Jordan" not in names(lone)  # first names: left to the model
