"""Head-word patterns of casegraph_entities: names ending in a word that says what they name
(cartels, government bodies, courts, prisons, facilities, companies, organisations, streets) and
ships named after their prefix. The tables are in entity_cues.json."""

from __future__ import annotations

from spacy.tokens import Doc

from .entity_rules import CUE, Cand, is_connector, is_piece, match_at, match_ending, name_run_end
from .lexicon import cue_set, is_first_name, norm

# cue table -> (label, kind)
HEAD_TABLES: dict[str, tuple[str, str | None]] = {
    "criminal_org_heads": ("ORG", "criminal_organization"),
    "government_heads": ("ORG", "government_body"),
    "court_heads": ("FACILITY", "court"),
    "prison_heads": ("FACILITY", "prison"),
    "facility_heads": ("FACILITY", "facility"),
    "company_heads": ("ORG", "company"),
    "organisation_heads": ("ORG", None),  # "American Library Association", "Major League Baseball"
    "person_named_facility_heads": ("FACILITY", "facility"),  # "Betty Ford Center" (not "Pew Research Center")
    "street_heads": ("LOC", None),  # "Newton Street" (not "Wall Street Journal", "Highway Patrol")
    "street_prefixes": ("LOC", None),  # "Avenida Juárez", "Calle 5 de Mayo"
    "media_heads": ("ORG", "media"),
}
INDEFINITE = {"a", "an", "un", "una", "any", "every", "another"}


def _left_extent(doc: Doc, head: int) -> int:
    """First token of the capitalized words (and connectors) right before token `head`."""
    k = head
    while k > 0 and (is_piece(doc[k - 1]) or (is_connector(doc[k - 1]) and k - 1 > 0 and is_piece(doc[k - 2]))):
        if match_ending(doc, k, "roles") >= 0 and k < head:
            break
        k -= 1
    while k < head and (norm(doc[k].text) in cue_set("determiners") or is_connector(doc[k])):
        k += 1
    # "La Fiscalía", "El Cártel de Sinaloa": a Spanish article right before the head is not part of the name.
    if k + 1 == head and norm(doc[k].text) in cue_set("head_articles"):
        k += 1
    return k


def _right_extent(doc: Doc, after: int) -> int:
    """End of "General de la República" / "of Justice" following a head."""
    i = after
    while i < len(doc) and is_piece(doc[i]) and not match_at(doc, i, "roles") and not is_first_name(doc[i].text):
        i += 1
    if i < len(doc) and doc[i].lower_ in ("of", "de", "del") and i + 1 < len(doc):
        j = i + 1
        if doc[j].lower_ in ("la", "las", "los", "the") and j + 1 < len(doc):
            j += 1
        if is_piece(doc[j]):
            return name_run_end(doc, j)
    return i


def head_patterns(doc: Doc) -> list[Cand]:
    found: list[Cand] = []
    lowercase_ok = cue_set("lowercase_heads")
    for table, (label, kind) in HEAD_TABLES.items():
        i = 0
        while i < len(doc):
            n = match_at(doc, i, table)
            if not n:
                i += 1
                continue
            capitalized = doc[i].text[:1].isupper()
            start = _left_extent(doc, i)
            if capitalized:
                end = _right_extent(doc, i + n)
            elif norm(doc[i].text) in lowercase_ok:
                indefinite = start > 0 and doc[start - 1].lower_ in INDEFINITE
                end = i + n if start < i else _right_extent(doc, i + n)
                if indefinite or end == i + n and start == i:
                    i += n
                    continue
            else:
                i += n
                continue
            if end - start >= 2 and _shaped(doc, table, start, (i, i + n), end):
                kind_here = _kind(doc, (start, i, end), table, kind)
                found.append(Cand(start, end, label, CUE, kind_here, typed_by_pattern=True))
            i = max(end, i + n)
    return found + vessel_names(doc)


def _shaped(doc: Doc, table: str, start: int, head: tuple[int, int], end: int) -> bool:
    """An English street's name ends with its head word, a Spanish one starts with it: words after
    "Street" make another name ("Wall Street Journal"). A centre, clinic or arena is a building when
    it is named after a person ("Betty Ford Center", "Dean Smith Center")."""
    if table == "street_heads":
        return end == head[1]
    if table == "street_prefixes":
        return start == head[0] and end > head[1]
    if table == "person_named_facility_heads":
        return end == head[1] and is_first_name(doc[start].text)
    return True


def _kind(doc: Doc, span: tuple[int, int, int], table: str, kind: str | None) -> str | None:
    """"Organization" names a cartel after a crime word ("Drug Trafficking Organization"), or in an
    article about crime unless an institution's word is in the name ("Beltrán Leyva Organization",
    "Sinaloa Organization"); the World Health Organization and, in an article about its accounts, the
    Trump Organization are no cartels. A police "Gang Unit" is no gang."""
    start, head, end = span
    if table != "criminal_org_heads":
        return kind
    if any(norm(t.text) in cue_set("unit_words") for t in doc[head + 1 : end]):
        return None
    if norm(doc[head].text) not in cue_set("ambiguous_criminal_heads"):
        return kind
    words = doc[start:head]
    if any(norm(t.text) in cue_set("criminal_name_words") for t in words):
        return kind
    if any(norm(t.text) in cue_set("institution_words") for t in words):
        return None
    return kind if any(norm(t.text) in cue_set("crime_context_words") for t in doc) else None


def vessel_names(doc: Doc) -> list[Cand]:
    """Ships named after a prefix in capitals: "the MV Gibe", "INS Mysore", "USS Cole" (up to three words)."""
    found: list[Cand] = []
    for i, token in enumerate(doc[:-1]):
        if not token.text.isupper() or norm(token.text) not in cue_set("vessel_prefixes"):
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and is_piece(doc[end]) and not match_at(doc, end, "roles"):
            end += 1
        # "the INS Miami office": the immigration service's office, not a ship
        office = end < len(doc) and norm(doc[end].text) in cue_set("not_ship_after")
        if end > i + 1 and not office:
            found.append(Cand(i, end, "FACILITY", CUE, "vessel", typed_by_pattern=True))
    return found
