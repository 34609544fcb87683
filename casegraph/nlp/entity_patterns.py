"""Name-shape patterns for casegraph_entities: media outlets, nicknames and acronyms. Each returns
Cand records; the tables are in entity_cues.json. Head-word patterns are in entity_heads.py."""

from __future__ import annotations

from spacy.tokens import Doc

from .entity_rules import CUE, Cand, is_piece, match_at, match_ending, quoted_end
from .lexicon import cue_set, cues, is_first_name, norm


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
        after = _reported_after(doc, cand.end)
        shaped = norm(doc[cand.end - 1].text) in names
        # "As Breitbart Texas reported": a person would be named with their outlet, not alone.
        as_reported = after and cand.start > 0 and norm(doc[cand.start - 1].text) in cue_set("media_as")
        if shaped or before or as_reported or (after and cand.label != "PERSON"):
            cand.label, cand.kind, cand.strength, cand.typed_by_pattern = "ORG", "media", CUE, True


def _reported_after(doc: Doc, end: int) -> bool:
    """"X reported that ...", "X reported on Monday": X is an outlet; "X reported a loss", "X published
    its results" is how companies and agencies are written about."""
    n = match_at(doc, end, "media_after") if end < len(doc) else 0
    if not n:
        return False
    following = doc[end + n] if end + n < len(doc) else None
    return following is None or not (following.like_num or norm(following.text) in cue_set("media_after_objects"))


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
