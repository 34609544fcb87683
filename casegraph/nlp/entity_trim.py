"""Edges of a name span for casegraph_entities: determiners, titles, possessives, headline words and
sentence openers cut off ("Insp Dave Gaskin" -> "Dave Gaskin", role "Insp"; "Without Felt" -> "Felt")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .entity_rules import QUOTES, Cand, is_connector, is_piece, match_at, match_ending
from .lexicon import cue_set, is_first_name, norm


def trim(doc: Doc, cand: Cand) -> Cand | None:
    """Cut determiners, role words, possessives and photo-credit words off a span's edges."""
    start, end = cand.start, cand.end
    for k in range(start, end):
        if doc[k].is_space or "\n" in doc[k].text:
            end = k
            break
    role: str | None = None
    while start < end:
        n = match_at(doc, start, "roles")
        if norm(doc[start].text) in cue_set("determiners"):
            start += 1
        elif doc[start].text in QUOTES and not any(t.text in QUOTES for t in doc[start + 1 : end]):
            start += 1  # an opening quote whose closing one is outside the name
        elif cand.label == "PERSON" and end - start > 1 and _opens_sentence_not_name(doc[start]):
            start += 1  # "Without Felt, ...", "Following Gigante, ...": capitalised only by the sentence
        elif n and start + n < end and is_piece(doc[start + n]) and not _org_name_opening(doc, cand, start, n):
            role = doc[start : start + n].text
            start += n
        else:
            break
    titled = False  # one title comes off the end: "County Sheriff Deputy" keeps "Sheriff"
    while end > start:
        last = norm(doc[end - 1].text)
        role_start = match_ending(doc, end, "roles") if end - start > 1 and not titled else -1
        if role_start > start and _title_at_end(doc, cand, start, role_start, end):
            end, titled = role_start, True
        elif (
            last in ("'s", "'", "s")
            or doc[end - 1].is_punct
            and doc[end - 1].text not in QUOTES
            or last in cue_set("junk_trailing")
            # "Mayor Ana Ruiz Monday denied ...": news puts the day right after the name
            or (end - start > 1 and last in cue_set("weekdays"))
            # title-case headlines: "Yvonne Hiller Charged With ...", "Tara Reid Checks Into Rehab"
            or (end - start > 1 and last in cue_set("headline_verbs") and doc[end - 1].text[:1].isupper())
            # a person's name never ends in a function word: "Esther Vidal Dies At 91"
            or (end - start > 1 and cand.label == "PERSON" and last in cue_set("name_final_function_words"))
            # a fighter's or a team's record after the name: "Omar Zarate 31 - 2"
            or (end - start > 2 and cand.label == "PERSON" and (doc[end - 1].like_num or last == "-"))
        ):
            end -= 1
        else:
            break
    if end <= start:
        return None
    return Cand(start, end, cand.label, cand.strength, cand.kind, role or cand.role, cand.typed_by_pattern)


def _title_at_end(doc: Doc, cand: Cand, start: int, role_start: int, end: int) -> bool:
    """A title the model ran into the end of a name ("U.S. Navy Vice Adm.", "Highway Patrol Officer"), not
    a surname that is also a role word ("Julie Bishop", "Ana Pastor") nor the head of an office ("Office
    of the Inspector General")."""
    if doc[role_start - 1].is_stop or is_connector(doc[role_start - 1]):
        return False
    if cand.label == "PERSON":
        return not (role_start - start == 1 and is_first_name(doc[start].text))
    # "California Highway Patrol Officer": one role word; longer titles only when abbreviated
    return role_start == end - 1 or any(t.text.endswith(".") for t in doc[role_start:end])


def _opens_sentence_not_name(token: Token) -> bool:
    opener = token.pos_ in ("ADP", "SCONJ") or token.tag_ == "VBG" or norm(token.text) in cue_set("sentence_openers")
    return bool(token.is_sent_start) and opener and not is_first_name(token.text)


def _org_name_opening(doc: Doc, cand: Cand, start: int, n: int) -> bool:
    """"General Motors" typed ORG: the role word opens the organisation's name, it is no title."""
    return cand.label == "ORG" and doc[start : start + n].text.lower() in cue_set("roles_opening_org_names")
