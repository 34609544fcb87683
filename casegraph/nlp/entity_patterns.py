"""Name-shape patterns for casegraph_entities: cartels, government bodies, courts, prisons,
companies, ships, media, nicknames and acronyms. Each returns Cand records; the tables are in entity_cues.json."""

from __future__ import annotations

from spacy.tokens import Doc

from .entity_rules import CUE, Cand, is_connector, is_piece, match_at, match_ending, name_run_end, quoted_end
from .lexicon import cue_set, cues, is_first_name, norm

# cue table -> (label, kind)
HEAD_TABLES: dict[str, tuple[str, str | None]] = {
    "criminal_org_heads": ("ORG", "criminal_organization"),
    "government_heads": ("ORG", "government_body"),
    "court_heads": ("FACILITY", "court"),
    "prison_heads": ("FACILITY", "prison"),
    "facility_heads": ("FACILITY", "facility"),
    "company_heads": ("ORG", "company"),
    "organisation_heads": ("ORG", None),  # "American Library Association", "Major League Baseball"
    "street_heads": ("LOC", None),  # "Newton Street", "Avenida Juárez"
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
            if end - start >= 2:
                found.append(Cand(start, end, label, CUE, _kind(doc, start, i, table, kind), typed_by_pattern=True))
            i = max(end, i + n)
    return found + vessel_names(doc)


def _kind(doc: Doc, start: int, head: int, table: str, kind: str | None) -> str | None:
    """"Organization" names a cartel only after a person's name or a crime word ("Beltrán Leyva
    Organization" in an article naming Arturo Beltrán Leyva, "Drug Trafficking Organization"); the
    World Health Organization is no cartel."""
    if table != "criminal_org_heads" or norm(doc[head].text) not in cue_set("ambiguous_criminal_heads"):
        return kind
    person_words = {norm(t.text) for e in doc.ents if e.label_ == "PERSON" for t in e}
    for token in doc[start:head]:
        word = norm(token.text)
        if is_first_name(token.text) or word in cue_set("criminal_name_words") or word in person_words:
            return kind
    return None


def vessel_names(doc: Doc) -> list[Cand]:
    """Ships named after a prefix in capitals: "the MV Gibe", "INS Mysore", "USS Cole" (up to three words)."""
    found: list[Cand] = []
    for i, token in enumerate(doc[:-1]):
        if not token.text.isupper() or norm(token.text) not in cue_set("vessel_prefixes"):
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and is_piece(doc[end]) and not match_at(doc, end, "roles"):
            end += 1
        if end > i + 1:
            found.append(Cand(i, end, "FACILITY", CUE, "vessel", typed_by_pattern=True))
    return found


def media_cues(doc: Doc, spans: list[Cand]) -> None:
    """Mark spans that the text introduces as a news outlet."""
    names = cue_set("media_name_words")
    for cand in spans:
        if cand.typed_by_pattern or cand.strength >= CUE:
            continue
        before = match_ending(doc, cand.start, "media_before") >= 0 or (
            # "told X", "an interview with X": X is as often a person as an outlet
            match_ending(doc, cand.start, "media_before_weak") >= 0
            and cand.label != "PERSON" and not is_first_name(doc[cand.start].text)
        )
        after = cand.end < len(doc) and match_at(doc, cand.end, "media_after") > 0
        shaped = norm(doc[cand.end - 1].text) in names
        # "As Breitbart Texas reported": a person would be named with their outlet, not alone.
        as_reported = after and cand.start > 0 and norm(doc[cand.start - 1].text) in cue_set("media_as")
        if shaped or before or as_reported or (after and cand.label != "PERSON"):
            cand.label, cand.kind, cand.strength, cand.typed_by_pattern = "ORG", "media", CUE, True


def nickname_cues(doc: Doc) -> list[Cand]:
    """Names introduced as nicknames: after "known as"/"alias", or quoted right after a name."""
    found: list[Cand] = []
    for i in range(len(doc)):
        n = match_at(doc, i, "nickname_before")
        if n and i + n < len(doc):
            found.extend(_alias_chain(doc, i + n))
    return found


def _alias_chain(doc: Doc, i: int) -> list[Cand]:
    found: list[Cand] = []
    while i < len(doc):
        start = i
        if doc[i].lower_ == "the" and i + 1 < len(doc) and is_piece(doc[i + 1]):
            i += 1
        q = quoted_end(doc, i)
        if q > 0:
            found.append(Cand(i + 1, q - 1, "PERSON", CUE))
            i = q
        elif is_piece(doc[i]):
            end = i + 1
            while end < len(doc) and (
                is_piece(doc[end])
                or (
                    doc[end].lower_ in ("of", "de", "del")
                    and end + 1 < len(doc)
                    and doc[end + 1].text[:1].isalpha()
                    and doc[end + 1].text[:1].isupper()
                )
            ):
                end += 1
            found.append(Cand(start, end, "PERSON", CUE))
            i = end
        else:
            break
        if i < len(doc) and doc[i].lower_ in ("or", "o") and i + 1 < len(doc):
            i += 1
        else:
            break
    return found


def quoted_after_person(doc: Doc, spans: list[Cand]) -> list[Cand]:
    found: list[Cand] = []
    for cand in spans:
        if cand.label != "PERSON":
            continue
        i = cand.end + (1 if cand.end < len(doc) and doc[cand.end].text == "," else 0)
        q = quoted_end(doc, i) if i < len(doc) else -1
        if q > 0 and norm(doc[i + 1].text) in cue_set("nickname_articles"):
            found.append(Cand(i + 1, q - 1, "PERSON", CUE))
    return found


def acronyms(doc: Doc, spans: list[Cand]) -> list[Cand]:
    """ "Metropolitan Detention Center (MDC)"-style acronyms, agency acronyms, and US/U.S."""
    found: list[Cand] = []
    by_end = {c.end: c for c in spans}
    agencies = set(cues()["agency_acronyms"])
    parties = set(cues()["party_acronyms"])
    countries = set(cues()["country_acronyms"])
    criminals = set(cues()["criminal_acronyms"])
    defined: dict[str, Cand] = {}
    for tok in doc:
        text, i = tok.text, tok.i
        expansion = by_end.get(i - 1)
        if (
            _acronym_shape(text)
            and 0 < i < len(doc) - 1
            and doc[i - 1].text == "("
            and doc[i + 1].text == ")"
            and expansion
        ):
            defined.setdefault(text, expansion)
    for tok in doc:
        text, i = tok.text, tok.i
        if text in defined:
            source = defined[text]
            found.append(Cand(i, i + 1, source.label, CUE, source.kind, typed_by_pattern=True))
        elif text in countries:
            found.append(Cand(i, i + 1, "GPE", CUE, typed_by_pattern=True))
        elif text in agencies:
            kind = "political_party" if text in parties else "government_body"
            kind = "criminal_organization" if text in criminals else kind
            found.append(Cand(i, i + 1, "ORG", CUE, kind, typed_by_pattern=True))
    return found


def _acronym_shape(text: str) -> bool:
    return text.isupper() and text.isalpha() and 2 <= len(text) <= 6
