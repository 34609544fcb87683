"""Dependency patterns that propose relation candidates from trigger nouns and verbs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .relation_authors import headed_by
from .relation_context import EntityRef, MentionIndex, clause_subject
from .relation_triggers import (
    CLIMB_NOUNS,
    NOUN_TRIGGERS,
    OFFICE_TITLES,
    OFFICE_TYPE,
    PARTITIVE_HEADS,
    past_office,
    words,
)

HOLD_VERBS = words("have become remain maintain keep provide offer establish forge hold take receive accept tener")
OBJECT_PREPS = words("of to with for de con")
LINK_TYPES = frozenset({"linked_to"})


@dataclass
class Candidate:
    type: str
    subject: EntityRef
    object: EntityRef | None  # None: an office whose country is filled in later
    trigger: Token
    role: str | None = None
    possessor_office: bool = False  # "P's Secretary of X": a post in P's government
    descriptive: bool = False  # title or apposition inside one noun phrase
    charged: bool = False  # stated only as a charge someone faces: never more than alleged


def trigger_of(tok: Token) -> tuple[str, bool] | None:
    """(relation type, is_office) for a trigger noun; co-founder is split by the tokenizer."""
    low = tok.lower_
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if lemma in OFFICE_TITLES or low in OFFICE_TITLES or past_office(low):
        return OFFICE_TYPE, True
    for key in (low, lemma):
        if key in NOUN_TRIGGERS:
            return NOUN_TRIGGERS[key].type, False
    return None


def role_text(tok: Token, index: MentionIndex) -> str:
    """The trigger with a leading co-/ex- and a trailing 'of <non-entity words>' ("Secretary of Public Security");
    "former" when the title is ("the former police chief": "former chief")."""
    doc = tok.doc
    start = tok.i
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("co", "vice", "deputy", "ex"):
        start -= 2
    if (office := past_office(tok.text)) is not None:  # "exgobernador", written as one word
        return "ex " + office
    former = doc[start].lower_ != "ex" and any(c.lower_ in ("former", "ex") for c in tok.lefts)
    end = tok.i + 1
    if doc[end : end + 4].text.lower().replace(" ", "") == "-in-law":  # "brother-in-law"
        end += 4
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and index.mention(pobj) is None and pobj.pos_ == "PROPN":
                end = max(t.i for t in pobj.subtree) + 1
    return ("former " if former else "") + doc[start:end].text


def _climb(tok: Token, link: bool) -> Token:
    t = tok
    for _ in range(4):
        if t.dep_ != "pobj" or t.head.dep_ != "prep":
            break
        up = t.head.head
        if up.lower_ in PARTITIVE_HEADS or up.lemma_.lower() in CLIMB_NOUNS:
            t = up
        elif link and t.head.lower_ == "of" and up.pos_ == "NOUN" and trigger_of(up) is None:
            t = up  # "years of protection"
        else:
            break
    return t


def subject_of_clause(verb: Token, index: MentionIndex) -> list[EntityRef]:
    subj = clause_subject(verb)
    if subj is None and verb.dep_ in ("pcomp", "advcl") and verb.head.dep_ == "prep":
        holder = verb.head.head
        if holder.pos_ in ("NOUN", "PROPN"):
            while holder.dep_ == "conj":
                holder = holder.head
            subj = holder
        elif holder.pos_ in ("VERB", "AUX"):
            dobj = next((c for c in holder.children if c.dep_ == "dobj"), None)
            subj = dobj if dobj is not None and verb.head.lower_ == "of" else clause_subject(holder)
    if subj is None:
        return []
    # "X, who killed Y, and Z": the relative clause is X's alone
    refs = index.entities_with_conj(subj) if verb.dep_ != "relcl" else [r for r in [index.entity(subj)] if r]
    if not refs:
        ref = headed_by(subj, index)
        refs = [ref] if ref else []
    return refs


def _comma_after(tok: Token) -> int:
    return next((t.i for t in tok.doc[tok.i + 1 : tok.sent.end] if t.text == ","), tok.sent.end)


def _appos_after(tok: Token, index: MentionIndex) -> EntityRef | None:
    """'<title> of <words>, <PERSON>' ('the lawyer for X, Y'): a person named right after the title
    phrase and a comma."""
    end = tok.i
    comma = _comma_after(tok)
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            # up to the comma: the parser hangs "Y" in "the lawyer for X, Y" on X as its apposition
            end = max([end, *(t.i for t in child.subtree if t.i < comma)])  # none: the phrase is past the comma
    doc = tok.doc
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    span = index.by_token.get(end + 2)
    if span is None or span.start != end + 2 or span.label_ != "PERSON":
        return None
    return EntityRef(int(span._.cg_entity), "PERSON", span.start, span.end)


def holders(tok: Token, index: MentionIndex, link: bool) -> tuple[list[EntityRef], bool]:
    """Who holds the role a trigger noun names, and whether the phrase merely describes them."""
    after = index.by_token.get(tok.i + 1)
    if not link and after is not None and after.start == tok.i + 1 and after.label_ == "PERSON":
        return [EntityRef(int(after._.cg_entity), "PERSON", after.start, after.end)], True
    if not link:
        ref = _appos_after(tok, index)
        if ref is not None:
            return [ref], True
    t = tok
    while t.dep_ == "conj" and trigger_of(t.head) is not None and index.mention(t.head) is None:
        t = t.head  # "governor of X and close ally to Y"
    if t.dep_ == "appos" and not link:
        ref = index.entity(t.head)
        if ref is not None:
            return [ref], True
    for child in t.children:
        if child.dep_ == "appos" and not link:
            ref = index.entity(child, resolve=False)
            if ref is not None and ref.label == "PERSON":
                return [ref], True
    t = _climb(t, link)
    verb = t.head
    if t.dep_ in ("attr", "oprd") or (t.dep_ == "dobj" and verb.lemma_.lower() in HOLD_VERBS):
        return subject_of_clause(verb, index), False
    if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ in ("VERB", "AUX"):
        return subject_of_clause(t.head.head, index), False
    return [], False


def objects(tok: Token, index: MentionIndex, link: bool) -> list[EntityRef]:
    """What the trigger noun is 'of'/'to': prepositional objects, possessor, preceding compound names."""
    out: list[EntityRef] = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in OBJECT_PREPS:
            for g in child.children:
                if g.dep_ == "pobj":
                    out.extend(index.entities_with_conj(g))
        elif child.dep_ == "poss":
            ref = index.entity(child)
            if ref is not None:
                out.append(ref)
    if link and tok.dep_ == "dobj":
        for child in tok.head.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "to", "from"):
                for g in child.children:
                    if g.dep_ == "pobj":
                        out.extend(index.entities_with_conj(g))
    if not out:
        i = tok.i - 1
        while i >= 0 and tok.doc[i].text in ("’s", "'s", "-", "co"):
            i -= 1
        before = index.by_token.get(i) if i >= 0 else None
        if before is not None and before.end == i + 1 and before.sent == tok.sent:
            out.append(EntityRef(int(before._.cg_entity), before.label_, before.start, before.end))
    return out


def noun_candidates(doc: Doc, index: MentionIndex) -> Iterator[Candidate]:
    for tok in doc:
        found = trigger_of(tok)
        if found is None or index.mention(tok) is not None:
            continue
        rtype, office = found
        link = rtype in LINK_TYPES
        trig = NOUN_TRIGGERS.get(tok.lemma_.lower()) or NOUN_TRIGGERS.get(tok.lower_)
        role = role_text(tok, index) if office or (trig is not None and trig.keep_role) else None
        objs = objects(tok, index, link)
        subjects, desc = holders(tok, index, link)
        for subj in subjects:
            if office and not objs:
                yield Candidate(OFFICE_TYPE, subj, None, tok, role, descriptive=desc)
            for obj in objs:
                if office and obj.label == "PERSON":
                    yield Candidate("works_for", subj, obj, tok, None, descriptive=desc)
                    yield Candidate(OFFICE_TYPE, subj, None, tok, role, possessor_office=True, descriptive=desc)
                else:
                    yield Candidate(rtype, subj, obj, tok, role, descriptive=desc)
