"""Declarative tables for event extraction: trigger words -> event types, participant roles, status cues.

Every event type named here must exist in casegraph.vocabulary.EVENT_TYPES (checked in tests).
"""

from __future__ import annotations

from ..text import words


def _table(rows: dict[str, str]) -> dict[str, str]:
    return {word: etype for etype, text in rows.items() for word in text.split()}


# Verb lemmas (English and Spanish) that report an event.
VERB_TRIGGERS: dict[str, str] = _table({
    "arrest": "arrest capture apprehend detener capturar aprehender arrestar",
    "detention": "detain imprison jail encarcelar recluir",
    "conviction": "convict",
    "sentencing": "sentence sentenciar",
    "release": "release free liberar excarcelar",
    "extradition": "extradite extraditar",
    "transfer": "transfer trasladar",
    "killing": "kill murder assassinate slay asesinar ejecutar",
    "indictment": "indict charge imputar",
})

# Nouns that report an event by themselves.
NOUN_TRIGGERS: dict[str, str] = _table({
    "arrest": "arrest capture detención captura arresto",
    "detention": "detention imprisonment",
    "conviction": "conviction",
    "sentencing": "sentencing",
    "trial": "trial retrial juicio",
    "release": "release liberación excarcelación",
    "extradition": "extradition extradición",
    "transfer": "transfer traslado",
    "killing": "murder killing assassination slaying homicide asesinato homicidio",
    "indictment": "indictment",
    "hearing": "hearing audiencia",
})

# Nouns that are events only in company: "a news conference", "a plea deal", "a letter released".
STATEMENT_NOUNS = words("conference briefing conferencia")
STATEMENT_QUALIFIERS = words("news press morning mañanera prensa")
LETTER_NOUNS = words("letter carta statement comunicado")
LETTER_VERBS = words("release publish send write leak issue sign difundir publicar enviar "
    "difundida difundido publicada publicado enviada enviado")
PLEA_HEADS = words("deal agreement bargain")
PLEA_WORDS = words("plea")
GUILTY_WORDS = words("guilty culpable")
# A verb that reports an event only with a given complement: "found X guilty", "taken into custody".
VERB_COMPLEMENTS: dict[str, dict[str, str]] = {
    "find": {word: "conviction" for word in GUILTY_WORDS},
    "declare": {word: "conviction" for word in GUILTY_WORDS},
    "plead": {word: "conviction" for word in GUILTY_WORDS},  # a guilty plea convicts; "not guilty" is negated
    "declarar": {word: "conviction" for word in GUILTY_WORDS},
    "take": {"custody": "arrest"},
    "hand": {"custody": "transfer", "over": "transfer"},
    "gun": {"down": "killing"},
    "appear": {"court": "hearing", "judge": "hearing", "tribunal": "hearing"},
    "shoot": {"dead": "killing"},
}

# The role of whoever makes the event happen; the one it happens to takes the role that
# vocabulary.EVENT_TYPES gives the event type (arrested, defendant, victim, speaker ...).
AGENT_ROLE: dict[str, str] = {
    "arrest": "arresting_agency", "detention": "detaining_agency", "conviction": "court",
    "sentencing": "court", "release": "releasing_authority", "extradition": "extraditing_authority",
    "transfer": "transferring_authority", "killing": "perpetrator", "indictment": "prosecutor",
    "plea_offer": "prosecutor", "trial": "court", "hearing": "court",
}
# A person in the court's place is the judge ("Judge X sentenced Y").
PERSON_AGENT_ROLE: dict[str, str] = {"conviction": "judge", "sentencing": "judge", "trial": "judge", "hearing": "judge"}
# Events whose patient must be named in the trigger's own phrase ("the murder of X"), never borrowed.
EXPLICIT_PATIENT = frozenset({"killing"})
# Prepositions on a trigger noun: "the arrest of X", "charges against X" / "the arrest by X".
COMPANION_PREPS = words("along together")  # "along with Y" shares the event
PATIENT_PREPS = words("of for de against contra")
# A trigger noun takes its clause's date only as the clause's subject or object ("the trial began in
# May", "set sentencing for May 2"), not from inside another phrase.
DATED_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "ROOT"})
AGENT_PREPS = words("by por")
# Verbs whose subject is the one a trigger noun object happens to ("X faces extradition", "X is
# awaiting trial", "X stood trial", "X held a news conference"), and the scheduling verbs that
# govern "X is scheduled for sentencing".
CARRIER_VERBS = words("await face undergo stand avoid escape evade fight resist fear survive "
    "hold give call convene host schedule set appear esperar enfrentar ofrecer")
# Verbs whose subject is the one the event is about: "X appeared in court".
SUBJECT_PATIENT_VERBS = words("appear comparecer plead declarar")  # "X pleaded guilty", "X se declaró culpable"
# Negation on the trigger: "X was never arrested", "no arrest" -- the event is not recorded.
NEGATIONS = words("not n't never no nor neither nunca jamás ni")
NEGATING_PREPS = words("without sin")
CONTRAST_WORDS = words("but yet pero sino")
# Events that happen to people; the others (indictments, convictions, plea offers, statements) may
# also be about an organization.
PERSON_PATIENT_TYPES = frozenset({"arrest", "detention", "release", "extradition", "transfer", "killing",
                                  "sentencing", "trial", "hearing"})
# People acting for a body: "agents of the Attorney General's Office" arrest on the office's behalf.
AGENT_GROUP_NOUNS = words("agent officer soldier troop marine investigator official member police "
    "prosecutor detective guard agente elemento soldado")
AGENT_GROUP_PREPS = words("of from de del")
# Place phrases, read on the trigger and on verbs that only carry a trigger noun.
PLACE_PREPS = words("at in inside en")
PLACE_CARRIER_VERBS = words("hold give take stage occur happen carry conduct celebrar realizar ofrecer")

# Status cues, read on the trigger, its auxiliaries and the verbs above it.
SCHEDULED_WORDS = words("schedule set slate expect due await upcoming pending face plan programar")
FUTURE_AUX = words("will shall 'll")
HYPOTHETICAL_AUX = words("could would might may podría podrían")
# Time prepositions whose phrase has its own time: the verb above does not set the event's status.
STATUS_BARRIER_PREPS = words("after before since following until despite tras después antes desde")
HYPOTHETICAL_WORDS = words("favor favour oppose consider possible possibility if amnesty "
    "request seek ask demand urge propose petition pedir solicitar exigir")
