"""Who takes part in an event: read off the dependency parse around a trigger word.

The patient (the one arrested, convicted, killed ...) is the object of an active verb, the subject of
a passive one, the subject of a small clause ("found X guilty"), or the possessor / "of" phrase of a
trigger noun. The agent is the active subject or the "by" phrase. A trigger noun that names no one
borrows the subject of its clause only where it is that clause's subject or object ("X is awaiting
trial"), never from inside some other phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import event_triggers as T
from .extensions import MENTIONS
from .relation_context import EntityRef, MentionIndex, clause_subject

MAX_CLIMB = 4
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "lo", "la", "le"})
SMALL_CLAUSE_DEPS = frozenset({"ccomp", "oprd", "xcomp", "acomp"})


def refs(tok: Token, index: MentionIndex) -> list[EntityRef]:
    return index.entities_with_conj(tok)


def pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def agent_refs(tok: Token, index: MentionIndex) -> list[EntityRef]:
    """The entity doing something: a name, or the body in "agents of X", "soldiers from X"."""
    if index.mention(tok) is None and tok.lemma_.lower() in T.AGENT_GROUP_NOUNS:
        # read before coreference, which would take "agents" for some earlier person
        return [r for c in tok.children if c.dep_ == "prep" and c.lower_ in T.AGENT_GROUP_PREPS
                and (obj := pobj(c)) is not None for r in refs(obj, index) if r.label == "ORG"]
    return refs(tok, index)


def implicit_subject(verb: Token) -> Token | None:
    """The subject of a verb, or for a subjectless gerund/infinitive the subject that controls it
    ("she is open to releasing him": she does the releasing)."""
    subject = clause_subject(verb)
    current = verb
    for _ in range(MAX_CLIMB):
        if subject is not None or current.head.i == current.i:
            break
        current = current.head
        if current.pos_ in ("VERB", "AUX", "ADJ"):
            subject = clause_subject(current)
    return subject


def _shares_passive(verb: Token) -> bool:
    """'X was arrested in May and extradited in June': a bare participle conjoined to a passive verb."""
    head = verb.head
    own = {c.dep_ for c in verb.children}
    return (verb.dep_ == "conj" and not own & {"nsubj", "nsubjpass", "dobj"}
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children))


def _other_person(pronoun: Token, doer: set[int], index: MentionIndex) -> list[EntityRef]:
    """'A jury convicted X, and Judge Y sentenced him': the nearest person named earlier in the
    sentence who is not the one doing the verb."""
    for tok in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        span = index.mention(tok)
        if span is not None and span.label_ == "PERSON" and int(span._.cg_entity) not in doer:
            return [EntityRef(int(span._.cg_entity), "PERSON", span.start, span.end)]
    return []


def verb_roles(tok: Token, index: MentionIndex) -> tuple[list[EntityRef], list[EntityRef]]:
    patients: list[EntityRef] = []
    agents: list[EntityRef] = []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or _shares_passive(tok)
    subject = implicit_subject(tok)
    doer = {r.key for r in refs(subject, index)} if subject is not None else set()
    for child in tok.children:
        if child.dep_ == "dobj" and child.lower_ in OBJECT_PRONOUNS:
            # an object pronoun never stands for the one doing the verb
            patients += [r for r in refs(child, index) if r.key not in doer] or _other_person(child, doer, index)
        elif child.dep_ in ("nsubjpass", "dobj"):
            patients += refs(child, index)
        elif child.dep_ == "nsubj" and not passive:
            agents += agent_refs(child, index)
        elif child.dep_ == "agent" and (obj := pobj(child)) is not None:
            agents += agent_refs(obj, index)
        elif child.dep_ in SMALL_CLAUSE_DEPS and child.lower_ in T.GUILTY_WORDS:
            patients += [r for g in child.children if g.dep_ == "nsubj" for r in refs(g, index)]
    # "X is set to be sentenced" (not "X plans to release his returns": an object of its own)
    borrowed = passive or (tok.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in tok.children))
    if not patients and (borrowed or tok.lemma_.lower() in T.SUBJECT_PATIENT_VERBS) and subject is not None:
        patients += refs(subject, index)
    if patients:  # "X was arrested along with Y": Y on the verb, not on X
        patients += [r for c in tok.children if c.dep_ == "prep" and c.lower_ in T.COMPANION_PREPS
                     for g in c.children if g.dep_ == "prep" and g.lower_ == "with"
                     for o in g.children if o.dep_ == "pobj" for r in refs(o, index) if r.label == "PERSON"]
    return patients, agents


def supported(ref: EntityRef, index: MentionIndex) -> bool:
    """A patient read off a pronoun ("his arrest") counts only when its entity is named in this or the
    previous sentence, or an earlier pronoun in the sentence stands for it too."""
    doc = index.doc
    pronoun = doc[ref.end - 1]
    if pronoun.pos_ != "PRON":
        return True
    sent = pronoun.sent
    previous = doc[sent.start - 1].sent if sent.start > 0 else sent
    for span in doc.spans.get(MENTIONS, []):
        if span._.cg_entity == ref.key and previous.start <= span.start < sent.end:
            return True
    for tok in doc[sent.start : pronoun.i]:
        if tok.pos_ == "PRON" and (other := index.entity(tok)) is not None and other.key == ref.key:
            return True
    return False


def noun_roles(tok: Token, etype: str, index: MentionIndex) -> tuple[list[EntityRef], list[EntityRef]]:
    patients: list[EntityRef] = []
    agents: list[EntityRef] = []
    for child in tok.children:
        if child.dep_ in ("poss", "compound") and child.i < tok.i:
            patients += refs(child, index)
        elif child.dep_ == "prep" and (obj := pobj(child)) is not None:
            if child.lower_ in T.PATIENT_PREPS:
                patients += refs(obj, index)
            elif child.lower_ in T.AGENT_PREPS and etype == "statement":
                patients += speakers(obj, tok, index)
            elif child.lower_ in T.AGENT_PREPS:
                agents += agent_refs(obj, index)
    verb = tok.head
    if not patients and tok.dep_ == "dobj" and any(c.dep_ == "dative" for c in verb.children):
        # "prosecutors offered him a plea deal": the deal is his, the offer theirs
        patients = [r for c in verb.children if c.dep_ == "dative" for r in refs(c, index)]
        subject = clause_subject(verb)
        agents += refs(subject, index) if subject is not None else []
    if not patients and etype not in T.EXPLICIT_PATIENT and _carried(tok, etype):
        patients = clause_subjects(tok, index)
    return patients, agents


def _carried(tok: Token, etype: str) -> bool:
    """Whether the subject of the trigger noun's clause is the one the event happens to: "X is awaiting
    trial", "X held a news conference", "with sentencing scheduled for May, X ..." -- but not "X
    announced the arrest" or "X said the arrest was political"."""
    if any(c.dep_ == "acl" and c.lemma_.lower() in T.SCHEDULED_WORDS for c in tok.children):
        return True
    if etype == "statement" and tok.dep_ not in ("nsubj", "nsubjpass"):
        return True
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in T.CARRIER_VERBS


def speakers(obj: Token, trigger: Token, index: MentionIndex) -> list[EntityRef]:
    """Who holds a news conference: the person in "by <country>'s President X", however it is parsed."""
    doc = obj.doc
    after = [doc[i] for i in range(obj.i + 1, min(len(doc), obj.i + 7)) if doc[i].sent == obj.sent]
    tokens = [*obj.subtree, *(t for c in trigger.children if c.dep_ == "appos" for t in c.subtree), *after]
    found = [r for t in tokens if (r := index.entity(t, resolve=False)) is not None]
    people = [r for r in found if r.label == "PERSON"]
    return (people or found)[:1]


def clause_subjects(tok: Token, index: MentionIndex) -> list[EntityRef]:
    """The subject of the nearest clause above a trigger that names no one itself."""
    head = tok
    for _ in range(MAX_CLIMB):
        if head.head.i == head.i:
            return []
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            subject = clause_subject(head)  # the first clause up only: a higher one is someone else's
            if subject is None or subject.i == tok.i:
                return []
            return [r for r in refs(subject, index) if r.label in ("PERSON", "ORG")]
    return []
