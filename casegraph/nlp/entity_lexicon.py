"""Lexicon passes of casegraph_entities: capitalized runs that open with a known first name are
people ("Rubén Rocha Moya"), unless the model's spans or a saint's name say otherwise; runs that are
a country's name are places ("México", "Estados Unidos"), which the small Spanish model often misses."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..resolve.org_keys import country_code, country_name
from .entity_heads import HEAD_TABLES
from .entity_rules import LEXICON, Cand, match_at, name_runs
from .lexicon import cue_set, is_first_name, norm
from .relation_triggers import DEMONYMS

# English (OntoNotes) and Spanish (WikiNER: PER, ORG, LOC, MISC) model labels.
MODEL_LABELS = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "FACILITY",
    "FACILITY": "FACILITY",
}


def lexicon_persons(doc: Doc) -> list[Cand]:
    """Runs of capitalized words that open with a known first name: "Rubén Rocha Moya".

    The model's own spans (still in doc.ents) say where a name starts when a first name sits
    inside a longer one: "Angeles" in "the Los Angeles Comets" is not a woman's name, and in
    "Comets GM Dana Whitfield" the person the model found starts at "Dana".
    """
    found: list[Cand] = []
    model = [e for e in doc.ents if e.label_ in MODEL_LABELS]
    for start, end in name_runs(doc):
        p = next((k for k in range(start, end) if is_first_name(doc[k].text)), end)
        if p < end and _inside_other_name(doc, model, p):
            continue
        saint = _saint_before(doc, start, p) if p < end else None
        if saint is not None:
            if not any(MODEL_LABELS[e.label_] in ("ORG", "FACILITY") and e.start <= saint < e.end for e in model):
                found.append(Cand(saint, _name_stop(doc, p, end), "GPE", LEXICON))  # not "San Diego Padres"
            continue
        p = _after_inner_role(doc, p, end)
        later = [e.start for e in model if MODEL_LABELS[e.label_] == "PERSON" and p < e.start < end]
        if later and not _inside_person(model, p) and not all(is_first_name(t.text) for t in doc[p : later[0]]):
            p = later[0]  # the model's person, unless it only missed a first name ("Héctor [Ruelas Gil]")
        stop = _name_stop(doc, p, end)
        if p >= end or stop - p < 2 or not is_first_name(doc[p].text):
            continue
        if any(match_at(doc, k, table) for k in range(p, stop) for table in HEAD_TABLES):
            continue
        found.append(Cand(p, stop, "PERSON", LEXICON))
    return found


def country_names(doc: Doc) -> list[Cand]:
    """A whole capitalized run that is a country's name. A country that is also a first name
    ("Chad", "Jordan", "Georgia") is left to the model, and so are cities and states ("New Mexico")
    and demonyms, which rigour also maps to their country ("Mexican official", "British climber")."""
    found: list[Cand] = []
    norp = {i for e in doc.ents if e.label_ in ("NORP", "MISC") for i in range(e.start, e.end)}
    for start, end in name_runs(doc):
        if end - start > 3 or is_first_name(doc[start].text):
            continue
        if any(t.pos_ == "ADJ" or t.i in norp or norm(t.text) in DEMONYMS for t in doc[start:end]):
            continue
        code = country_code(doc[start:end].text)
        if code is not None and country_name(code) is not None:
            found.append(Cand(start, end, "GPE", LEXICON))
    return found


def _after_inner_role(doc: Doc, p: int, end: int) -> int:
    """Where the person starts when a role and a first name follow in the run: in "Carolina Panthers
    QB Cam Newton" the team (opening with "Carolina") employs the person after the role."""
    k = p + 1
    while k < end:
        n = match_at(doc, k, "roles")
        if n and k + n < end and is_first_name(doc[k + n].text):
            return k + n
        k += max(n, 1)
    return p


def _name_stop(doc: Doc, p: int, end: int) -> int:
    """Where a name starting at p ends inside its run: at a role word, or at "y" ("Miguel Bosé y
    Alejandro Sanz" are two people)."""
    stop = p + 1
    ends = cue_set("junk_trailing") | cue_set("coordinators") | cue_set("weekdays")
    # right after the first name a role word is a surname: "Ana Pastor", "Julie Bishop"
    while stop < end and norm(doc[stop].text) not in ends and (stop == p + 1 or not match_at(doc, stop, "roles")):
        stop += 1
    return stop


def _saint_before(doc: Doc, start: int, k: int) -> int | None:
    """The saint word that makes a first name a place's ("San Pedro Garza García", "Santa Clara")."""
    saints = cue_set("saint_prefixes")
    if norm(doc[k].text) in saints:
        return k
    return k - 1 if k > start and norm(doc[k - 1].text) in saints else None


def _inside_person(model: list[Span], k: int) -> bool:
    return any(MODEL_LABELS[e.label_] == "PERSON" and e.start <= k < e.end for e in model)


def _inside_other_name(doc: Doc, model: list[Span], k: int) -> bool:
    """Token k is inside, not at the start of, a name the model gave another label, and what comes
    before it there is neither a determiner nor a role ("Los" in "Los Angeles Comets")."""
    for e in model:
        if MODEL_LABELS[e.label_] == "PERSON" or not e.start < k < e.end:
            continue
        before = [t for t in doc[e.start : k] if norm(t.text) not in cue_set("determiners")]
        if any(norm(t.text) in ("'s", "'") for t in before):
            continue  # "the Green Party's Jill Stein": a possessive ends the name before it
        if before and not any(match_at(doc, t.i, "roles") for t in before):
            return True
    return False
