"""Corpus-level entity resolution on hand-built annotations (invented people and groups), and on one build."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import cast

from casegraph.models import Annotation, EntityType, LocalEntity, Mention
from casegraph.resolve import describe_entity, name_key, resolve_entities
from casegraph.resolve.entities import ResolvedEntity


def ent(key: int, label: str, name: str, *names: str, roles: tuple[str, ...] = (), kind: str | None = None,
        acronyms: tuple[str, ...] = ()) -> LocalEntity:
    return LocalEntity(key=key, label=cast(EntityType, label), name=name, names=[name, *names], roles=list(roles),
                       kind=kind, acronyms=list(acronyms))


def art(article_id: str, *entities: LocalEntity, mentions: dict[int, int] | None = None) -> Annotation:
    mention_list = []
    for e in entities:
        for n in range((mentions or {}).get(e.key, 1)):
            mention_list.append(Mention(article_id, n * 10, n * 10 + 3, e.name, e.label, e.key))
    return Annotation(article_id=article_id, language="en", entities=list(entities), mentions=mention_list)


def find(result: list[ResolvedEntity], article_id: str, key: int) -> ResolvedEntity:
    return next(e for e in result if (article_id, key) in e.members)


def together(result: list[ResolvedEntity], *refs: tuple[str, int]) -> bool:
    return len({find(result, a, k).id for a, k in refs}) == 1


def test_name_key_folds_accents_case_and_punctuation() -> None:
    assert name_key("Ramón Íñiguez-Peña") == name_key("ramon iniguez pena")
    assert name_key("E.U.A.") == "eua"


def test_accent_free_and_misspelled_variants_merge() -> None:
    result = resolve_entities([
        art("a1", ent(1, "PERSON", "Héctor Ramón Ibáñez Sotelo", roles=("governor",))),
        art("a2", ent(1, "PERSON", "Hector Ramon Ibanez Sotelo")),
        art("a3", ent(4, "PERSON", "Héctor Ramón Ibañes Sotelo")),
        art("a4", ent(2, "PERSON", "Héctor Ibáñez Sotelo")),
    ])
    assert together(result, ("a1", 1), ("a2", 1), ("a3", 4), ("a4", 2))
    merged = find(result, "a1", 1)
    assert merged.name == "Héctor Ramón Ibáñez Sotelo"
    assert "Hector Ramon Ibanez Sotelo" in merged.aliases
    assert merged.roles == ["governor"]


def test_surname_only_joins_the_unique_candidate() -> None:
    result = resolve_entities([
        art("a1", ent(1, "PERSON", "Octavio Ledesma Ruvalcaba")),
        art("a2", ent(3, "PERSON", "Ledesma Ruvalcaba")),
        art("a3", ent(1, "PERSON", "Ruvalcaba")),
    ])
    assert together(result, ("a1", 1), ("a2", 3), ("a3", 1))
    assert len(result) == 1


def test_ambiguous_surname_stays_apart_and_namesakes_never_merge() -> None:
    result = resolve_entities([
        art("a1", ent(1, "PERSON", "Benito Quiroga")),
        art("a2", ent(1, "PERSON", "Aurelio Quiroga")),
        art("a3", ent(2, "PERSON", "Quiroga")),
    ])
    assert len(result) == 3
    assert not together(result, ("a1", 1), ("a2", 1))


def test_nickname_and_acronym_join_across_articles() -> None:
    result = resolve_entities([
        art("a1", ent(1, "PERSON", "Tomás “El Tejón” Barragán", "El Tejón", acronyms=("TBR",))),
        art("a2", ent(5, "PERSON", "El Tejón")),
        art("a3", ent(2, "ORG", "TBR")),
        art("a4", ent(1, "ORG", "Oficina Nacional de Aduanas", acronyms=("ONA",))),
        art("a5", ent(7, "ORG", "ONA", kind="government_body")),
    ])
    person = find(result, "a1", 1)
    assert together(result, ("a1", 1), ("a2", 5), ("a3", 2))
    assert person.type == "PERSON"
    assert person.name == "Tomás Barragán"
    assert together(result, ("a4", 1), ("a5", 7))
    assert find(result, "a5", 7).name == "Oficina Nacional de Aduanas"


def test_spanish_and_english_cartel_forms_join() -> None:
    result = resolve_entities([
        art("a1", ent(1, "ORG", "Cártel de Tierra Blanca"), mentions={1: 1}),
        art("a2", ent(1, "ORG", "Tierra Blanca Cartel"), mentions={1: 3}),
        art("a3", ent(1, "ORG", "the Tierra Blanca cartel")),
        art("a4", ent(1, "ORG", "Cártel del Puerto")),
    ])
    assert together(result, ("a1", 1), ("a2", 1), ("a3", 1))
    assert not together(result, ("a1", 1), ("a4", 1))
    assert find(result, "a1", 1).name == "Tierra Blanca Cartel"


def test_spanish_names_of_places_join_their_english_names() -> None:
    result = resolve_entities([
        art("a1", ent(1, "GPE", "New York"), ent(2, "GPE", "Mexico City")),
        art("a2", ent(1, "LOC", "Nueva York"), ent(2, "GPE", "la Ciudad de México"), ent(3, "GPE", "Nueva Rosita")),
    ])
    assert together(result, ("a1", 1), ("a2", 1)) and together(result, ("a1", 2), ("a2", 2))
    assert not together(result, ("a2", 3), ("a1", 1))


def test_abbreviated_place_words_join_the_full_name() -> None:
    result = resolve_entities([
        art("a1", ent(1, "LOC", "Mount Arvel"), ent(2, "FACILITY", "Mt. Sinai Hospital")),
        art("a2", ent(1, "LOC", "Mt. Arvel"), ent(2, "FACILITY", "Mount Sinai Hospital"), ent(3, "LOC", "Mount Orva")),
    ])
    assert together(result, ("a1", 1), ("a2", 1)) and together(result, ("a1", 2), ("a2", 2))
    assert not together(result, ("a2", 3), ("a1", 1))


def test_short_given_names_join_the_full_name_across_articles() -> None:
    result = resolve_entities([
        art("a1", ent(1, "PERSON", "William Ostrander")),
        art("a2", ent(1, "PERSON", "Bill Ostrander")),
        art("a3", ent(1, "PERSON", "José Ledezma Ruiz")),
        art("a4", ent(1, "PERSON", "Pepe Ledezma")),
        art("a5", ent(1, "PERSON", "Wanda Ostrander")),
    ])
    assert together(result, ("a1", 1), ("a2", 1))
    assert together(result, ("a3", 1), ("a4", 1))
    assert not together(result, ("a1", 1), ("a5", 1))
    assert find(result, "a2", 1).name == "William Ostrander"


def test_a_short_given_name_or_initial_that_fits_two_people_joins_neither() -> None:
    result = resolve_entities([
        art("a1", ent(1, "PERSON", "Samuel Ostrander")),
        art("a2", ent(1, "PERSON", "Samantha Ostrander")),
        art("a3", ent(1, "PERSON", "Sam Ostrander")),
        art("a4", ent(1, "PERSON", "John Fitzgerald Kirkby")),
        art("a5", ent(1, "PERSON", "John Franklin Kirkby")),
        art("a6", ent(1, "PERSON", "John F. Kirkby")),
    ])
    assert len(result) == 6


def test_a_middle_initial_stands_for_the_middle_name() -> None:
    result = resolve_entities([
        art("a1", ent(1, "PERSON", "Frederick C. Lanier")),
        art("a2", ent(1, "PERSON", "Frederick Cheney Lanier")),
        art("a3", ent(1, "PERSON", "Frederick T. Lanier")),
    ])
    assert together(result, ("a1", 1), ("a2", 1))
    assert not together(result, ("a1", 1), ("a3", 1)) and not together(result, ("a2", 1), ("a3", 1))


def test_an_honorific_beside_a_given_name_is_left_out_of_the_name() -> None:
    _, _, name, _, _ = describe_entity([ent(1, "PERSON", "Vincent Gallo", "don Vincent Gallo"),
                                        ent(2, "PERSON", "don Vincent Gallo")])
    assert name == "Vincent Gallo"
    _, _, name, _, _ = describe_entity([ent(1, "PERSON", "Tovar", "Mr. Tovar")])
    assert name == "Mr. Tovar"


def built_rows(folder: Path, files: dict[str, str], sql: str) -> list[tuple]:
    """Write the articles, run the real build into a SQLite file there, and return the query's rows."""
    from casegraph.build import build

    for name, text in files.items():
        (folder / name).write_text(text)
    db = folder / "graph.db"
    build([folder], db)
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_countrys_body_joins_its_capitalised_name_across_articles(tmp_path: Path) -> None:
    rows = built_rows(tmp_path, {
        "a.txt": "The Peruvian navy said it had seized a trawler off Paita on Monday.\n",
        "b.txt": "The Peruvian Navy seized a fishing trawler near Paita, its commander said.\n",
    }, "SELECT e.id, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id "
       "WHERE lower(m.text) LIKE '%peruvian navy%'")
    assert len(rows) == 2 and len({entity for entity, _ in rows}) == 1, rows


def test_mr_and_ms_with_one_surname_join_the_right_namesakes_across_articles(tmp_path: Path) -> None:
    rows = built_rows(tmp_path, {
        "a.txt": "Pedro Tovar and Marta Tovar arrived in Monterrey on Monday.\n",
        "b.txt": "Mr. Tovar said the visit was private.\nMs. Tovar declined to comment.\n",
        "c.txt": "Ms. Tovar said she would return in the spring.\n",
    }, "SELECT e.name, a.source, m.start FROM mentions m JOIN entities e ON e.id = m.entity_id "
       "JOIN articles a ON a.id = m.article_id WHERE m.text = 'Tovar'")
    found = {(Path(source).name, start): name for name, source, start in rows}
    assert found[("b.txt", 4)] == "Pedro Tovar" and found[("c.txt", 4)] == "Marta Tovar", found
    assert [name for (f, _), name in sorted(found.items()) if f == "b.txt"] == ["Pedro Tovar", "Marta Tovar"]


def test_mr_and_ms_known_only_by_surname_are_shown_apart(tmp_path: Path) -> None:
    rows = built_rows(tmp_path, {"b.txt": "Mr. Tovar said the visit was private.\nMs. Tovar declined to comment.\n"},
                      "SELECT name FROM entities WHERE type = 'PERSON'")
    assert sorted(name for (name,) in rows) == ["Mr. Tovar", "Ms. Tovar"]


def test_a_capital_is_not_its_country() -> None:
    result = resolve_entities([
        art("a1", ent(1, "GPE", "Lima"), ent(2, "GPE", "Peru"), ent(3, "GPE", "La Paz")),
        art("a2", ent(1, "GPE", "Perú"), ent(2, "GPE", "Bolivia"), ent(3, "GPE", "Singapore")),
        art("a3", ent(1, "GPE", "Republic of Singapore")),
    ])
    assert together(result, ("a1", 2), ("a2", 1)) and not together(result, ("a1", 1), ("a1", 2))
    assert not together(result, ("a1", 3), ("a2", 2))  # La Paz is not Bolivia
    assert together(result, ("a2", 3), ("a3", 1))
    assert find(result, "a1", 1).name == "Lima" and find(result, "a1", 3).name == "La Paz"


def test_countries_join_by_territory_code() -> None:
    result = resolve_entities([
        art("a1", ent(1, "GPE", "U.S.")),
        art("a2", ent(1, "GPE", "Estados Unidos")),
        art("a3", ent(1, "GPE", "US"), ent(2, "GPE", "Panama City")),
        art("a4", ent(1, "GPE", "Panama")),
    ])
    assert together(result, ("a1", 1), ("a2", 1), ("a3", 1))
    assert find(result, "a1", 1).name == "United States"
    assert not together(result, ("a3", 2), ("a4", 1))


def test_unnamed_groups_stay_inside_their_article() -> None:
    result = resolve_entities([
        art("a1", ent(1, "ORG", "Prosecutors", kind="unnamed_group"), ent(2, "ORG", "Juárez Cartel")),
        art("a2", ent(1, "ORG", "prosecutors", kind="unnamed_group"), ent(2, "ORG", "Juárez Cartel")),
    ])
    assert not together(result, ("a1", 1), ("a2", 1))
    assert together(result, ("a1", 2), ("a2", 2))
    assert find(result, "a2", 1).kind == "unnamed_group"


def test_an_honorific_picks_the_namesake_a_surname_can_be() -> None:
    result = resolve_entities([
        art("a1", ent(1, "PERSON", "Ramón Ochoa Vidal"), ent(2, "PERSON", "Marta Ochoa Vidal")),
        art("a2", ent(1, "PERSON", "Mr. Ochoa Vidal", "Ochoa Vidal")),
        art("a3", ent(1, "PERSON", "Ms. Ochoa Vidal")),
        art("a4", ent(1, "PERSON", "Ochoa Vidal")),
    ])
    assert together(result, ("a1", 1), ("a2", 1)) and together(result, ("a1", 2), ("a3", 1))
    assert not together(result, ("a1", 1), ("a1", 2))
    assert not together(result, ("a4", 1), ("a1", 1)) and not together(result, ("a4", 1), ("a1", 2))


def test_type_voting_prefers_strong_evidence() -> None:
    result = resolve_entities([
        art("a1", ent(1, "ORG", "Valdivia")),
        art("a2", ent(1, "ORG", "Valdivia")),
        art("a3", ent(1, "PERSON", "Valdivia", roles=("mayor",))),
        art("a4", ent(1, "PERSON", "Lucía Paredes")),
        art("a5", ent(1, "ORG", "Lucía Paredes", kind="media")),
    ])
    assert together(result, ("a1", 1), ("a2", 1), ("a3", 1))
    assert find(result, "a1", 1).type == "PERSON"
    # neither side is a bare label: a person and an organisation with the same name stay apart
    assert not together(result, ("a4", 1), ("a5", 1))


def test_a_whole_name_the_model_typed_twice_is_one_entity() -> None:
    result = resolve_entities([
        art("a1", ent(1, "PERSON", "Yesenia Quintal Borja"), mentions={1: 3}),
        art("a2", ent(1, "ORG", "Yesenia Quintal Borja")),
        art("a3", ent(1, "ORG", "Grupo Marítimo Ceiba"), mentions={1: 2}),
        art("a4", ent(1, "PERSON", "Grupo Marítimo Ceiba")),
        art("a5", ent(1, "FACILITY", "Yesenia Quintal Borja")),
        # one word, or a place against a body, is too little to say the model erred
        art("a6", ent(1, "PERSON", "Quintal", roles=("mayor",)), ent(2, "ORG", "Nuevo Ceiba"), mentions={1: 2}),
        art("a7", ent(1, "ORG", "Quintal", "Quintal Hermanos"), ent(2, "GPE", "Nuevo Ceiba")),
        # a country is never a person, whatever one article's model said
        art("a8", ent(1, "PERSON", "North Korea")),
        art("a9", ent(1, "GPE", "North Korea"), mentions={1: 3}),
    ])
    assert together(result, ("a1", 1), ("a2", 1), ("a5", 1))
    assert find(result, "a2", 1).type == "PERSON"
    assert together(result, ("a3", 1), ("a4", 1))
    assert find(result, "a4", 1).type == "ORG"
    assert not together(result, ("a6", 1), ("a7", 1))
    assert not together(result, ("a6", 2), ("a7", 2))
    assert not together(result, ("a8", 1), ("a9", 1)) and find(result, "a9", 1).type == "GPE"


def test_an_honorific_names_a_person_known_only_by_surname() -> None:
    assert describe_entity([ent(1, "PERSON", "Tovar", "Mr. Tovar")])[2] == "Mr. Tovar"
    members = [ent(1, "PERSON", "Tovar", "Mr. Tovar"), ent(2, "PERSON", "Pedro Tovar")]
    assert describe_entity(members, [5, 1])[2] == "Pedro Tovar"  # a full name outranks the honorific


def test_describe_entity_is_pure_and_prefers_real_names() -> None:
    members = [
        ent(1, "PERSON", "El Gordo"),
        ent(2, "PERSON", "Saul Mendivil", "El Gordo"),
        ent(3, "PERSON", "Saúl Mendívil", roles=("  former mayor, ", "Former mayor")),
    ]
    first = describe_entity(members)
    assert first == describe_entity(list(members))
    etype, kind, name, aliases, roles = first
    assert (etype, kind, name) == ("PERSON", None, "Saúl Mendívil")
    assert aliases == ["El Gordo", "Saul Mendivil"]
    assert [r.lower() for r in roles] == ["former mayor"]


def test_describe_entity_survives_a_form_without_letters() -> None:
    etype, _, name, _, _ = describe_entity([ent(1, "PERSON", "Bill Ostrander", "--"), ent(2, "PERSON", "--")])
    assert (etype, name) == ("PERSON", "Bill Ostrander")


def test_the_kind_comes_from_members_of_the_voted_type() -> None:
    members = [ent(1, "GPE", "Dunmore"), ent(2, "GPE", "Dunmore"), ent(3, "ORG", "Dunmore", kind="media")]
    etype, kind, _, _, _ = describe_entity(members)
    assert (etype, kind) == ("GPE", None)


def test_a_place_known_only_from_datelines_in_capitals_is_written_in_title_case() -> None:
    assert describe_entity([ent(1, "GPE", "BRAKEWELL"), ent(2, "GPE", "BRAKEWELL")])[2] == "Brakewell"
    assert describe_entity([ent(1, "GPE", "NEW BRAKEWELL")])[2] == "New Brakewell"
    assert describe_entity([ent(1, "GPE", "NYC")])[2] == "NYC"
    assert describe_entity([ent(1, "ORG", "NORVEX")])[2] == "NORVEX"


def test_place_and_outlet_names_starting_with_an_article_are_kept_whole() -> None:
    place = describe_entity([ent(1, "GPE", "Los Angeles"), ent(2, "GPE", "Angeles"), ent(3, "GPE", "Los Angeles")])
    assert place[2] == "Los Angeles"
    outlet = describe_entity([ent(1, "ORG", "La Jornada", kind="media"), ent(2, "ORG", "Jornada", kind="media")])
    assert outlet[2] == "La Jornada"
    assert describe_entity([ent(1, "PERSON", "El Flaco"), ent(2, "PERSON", "Ramiro Tello")])[2] == "Ramiro Tello"


def _corpus() -> list[Annotation]:
    return [
        art("x1", ent(1, "PERSON", "Rosendo Aguirre Lanz"), ent(2, "ORG", "Cártel de Norte Chico")),
        art("x2", ent(1, "PERSON", "Aguirre Lanz"), ent(2, "ORG", "Norte Chico Cartel")),
        art("x3", ent(4, "PERSON", "Rosendo Aguire Lanz"), ent(1, "GPE", "Mexico")),
        art("x4", ent(1, "PERSON", "Lanz"), ent(2, "GPE", "México")),
    ]


def test_ids_and_output_are_deterministic_under_shuffling() -> None:
    baseline = resolve_entities(_corpus())
    for seed in range(5):
        corpus = _corpus()
        random.Random(seed).shuffle(corpus)
        for annotation in corpus:
            random.Random(seed).shuffle(annotation.entities)
        assert resolve_entities(corpus) == baseline
    assert [e.id for e in baseline] == sorted(e.id for e in baseline)
    assert len(baseline) == 3
    person = find(baseline, "x2", 1)
    assert person.name == "Rosendo Aguirre Lanz"
    assert person.id.startswith("e") and len(person.id) == 13


def test_blocking_keeps_an_obvious_match_among_many_entities() -> None:
    rng = random.Random(7)
    given = ["Adela", "Bruno", "Celia", "Dario", "Elvira", "Fausto", "Gilda", "Hugo"]
    family = ["Arce", "Barraza", "Cota", "Duarte", "Esparza", "Frias", "Gamez", "Huerta", "Ibarra"]
    names = [f"{rng.choice(given)} {rng.choice(family)} {rng.choice(family)}" for _ in range(300)]
    corpus = [art(f"n{i}", ent(1, "PERSON", name)) for i, name in enumerate(names)]
    corpus.append(art("t1", ent(1, "PERSON", "Wenceslao Montoya Urías")))
    corpus.append(art("t2", ent(3, "PERSON", "Wenceslao Montoia Urias")))
    result = resolve_entities(corpus)
    assert together(result, ("t1", 1), ("t2", 3))
    assert len(result) == len(set(names)) + 1
