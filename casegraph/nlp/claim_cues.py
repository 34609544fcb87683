"""Declarative tables for claim extraction: cue words and their stance, media, unnamed sources.

Everything the claim rules know about words lives here as data; the rules in claim_*.py only
read these tables.
"""

from __future__ import annotations

from typing import Literal

from ..text import words

Stance = Literal["assert", "allege", "deny"]


def _table(stance: Stance, words: str) -> dict[str, Stance]:
    return {w: stance for w in words.split()}


# English speech verbs (lemmas) -> stance of the claim they introduce.
CUE_VERBS: dict[str, Stance] = {
    **_table(
        "assert",
        "say tell state add explain announce note write report declare insist argue confirm "
        "reply respond recall observe remark stress emphasize emphasise acknowledge admit "
        "concede mention point warn predict suggest testify tweet post maintain reiterate "
        "assert affirm assure contend continue describe indicate reveal disclose caution "
        "estimate counter retort quip complain lament vow promise pledge conclude agree "
        "highlight signal specify recount urge ask",
    ),
    # Beliefs, findings and intentions: news reports them as a source's position too.
    **_table("assert", "think believe know expect hope fear worry doubt feel show find learn hear want plan "
        "intend demonstrate"),
    **_table("allege", "allege claim accuse denounce charge blame implicate"),
    **_table("deny", "deny refute dispute rebut"),
}

# Nouns that carry a claim in their that-clause ("his claim that ..."), with the stance they give it.
NOUN_CUES: dict[str, Stance] = {
    **_table("assert", "statement argument contention insistence assertion belief view warning promise pledge "
        "vow finding conclusion suggestion prediction testimony"),
    **_table("allege", "claim allegation accusation charge"),
    **_table("deny", "denial"),
}

# Verbs whose object (with its complement) is what the source says or stands for:
# "cited derogatory comments", "called the remarks 'a disgrace'", "urged voters to stay home".
OBJECT_CUES: dict[str, Stance] = {
    **_table("assert", "cite call urge ask demand propose praise defend endorse support mention describe "
        "discuss recommend request speak express oppose consider view compare back welcome"),
    **_table("allege", "criticize criticise condemn blast slam attack question decry"),
}
# Object cues that need one of these dependents (a dependency label, or a preposition as written):
# "called X a liar" / "called for", but not "called the police".
OBJECT_CUE_NEEDS: dict[str, frozenset[str]] = {
    "call": words("oprd for on xcomp"),
    "ask": words("xcomp ccomp for"),
    "describe": words("as"),
    "support": words("ccomp xcomp"),
    "discuss": words("ccomp"),
    "speak": words("about of"),
    "consider": words("oprd ccomp xcomp"),
    "view": words("as"),
    "compare": words("to with"),
}
# Dependents of an object cue that make up the content (with the prepositions the cue needs).
OBJECT_CONTENT_DEPS = words("dobj oprd xcomp ccomp dative")
OBJECT_CONTENT_PREPS = words("for on as against")

# Verbs that only deny when their object is an accusation noun ("rejected the allegations").
DENY_WITH_OBJECT = words("reject dismiss refute dispute contest disavow counter rebut")
# "declined to comment", "refused to answer": saying nothing is no claim.
SILENCE_VERBS = words("decline refuse")
SILENCE_WORDS = words("comment respond answer elaborate discuss speak")
ACCUSATION_NOUNS = words("accusation allegation claim charge report assertion suggestion insinuation rumor rumour "
    "version story acusación señalamiento")

# "describes X as false", "called the reports lies": a describing verb with a falsity word.
DESCRIBE_VERBS = words("describe call label characterize brand dismiss")
FALSITY_WORDS = words("false untrue baseless lie lies fabricated fake groundless unfounded slander")

# Words in the content that make an asserted claim an allegation against someone.
ALLEGATION_WORDS = words("tie ties link links linked collude colluded collusion bribe bribes bribed corrupt corruption "
    "protect protected protection launder laundering conspiracy conspired complicit complicity "
    "implicate implicated embezzle embezzled smuggle trafficking fraud extort extortion "
    "manipulated manipulate fabricated cover-up")

# Phrases in a content that mark it as the source's own contested view, making an assertion an allegation.
OPINION_MARKERS = ("in his opinion", "in her opinion", "in their opinion", "in his view", "in her view",
                   "in their view", "allegedly", "supposedly", "a su juicio", "en su opinión")

# Spanish cues as written, accents folded (the English model has no Spanish lemmas).
SPANISH_CUES: dict[str, Stance] = {
    **_table(
        "assert",
        "dijo dice dijeron afirmó afirma aseguró asegura señaló señala declaró declara explicó "
        "explica añadió agregó agrega indicó indica sostuvo sostiene informó manifestó expresó "
        "reconoció advirtió comentó",
    ),
    **_table("allege", "acusó acusa acusaron denunció denuncia alegó alega"),
    **_table("deny", "negó niega negaron rechazó rechaza desmintió desmiente"),
}
SPANISH_ACCORDING = ("según", "de acuerdo con", "de acuerdo a")

# Multi-word prepositional cues introducing the source after them.
ACCORDING_TO = ("according to", "as reported by", "in the words of")

# Medium phrases: lemma of a noun (or verb) -> medium name.
MEDIUM_WORDS: dict[str, str] = {
    "letter": "letter",
    "interview": "interview",
    "conference": "press conference",
    "briefing": "press conference",
    "filing": "court filing",
    "motion": "court filing",
    "affidavit": "court filing",
    "testimony": "testimony",
    "testify": "testimony",
    "hearing": "testimony",
    "tweet": "social media",
    "twitter": "social media",
    "facebook": "social media",
    "instagram": "social media",
    "post": "social media",
    "statement": "statement",
    "communiqué": "statement",
    "communique": "statement",
    "carta": "letter",
    "entrevista": "interview",
    "conferencia": "press conference",
    "mañanera": "press conference",
    "comunicado": "statement",
}
# Words that must accompany an ambiguous medium word for it to count ("court filing" vs "filing").
MEDIUM_QUALIFIERS: dict[str, frozenset[str]] = {
    "filing": words("court legal judicial"),
    "motion": words("court legal filed"),
    "conference": words("news press"),
    "hearing": words("congressional senate court house"),
    "post": words("twitter facebook instagram x social"),
}

# Heads of unnamed sources; value is the entity label (singular persons are PERSON).
UNNAMED_SOURCES: dict[str, str] = {
    **{w: "ORG" for w in words(
        "prosecutors officials authorities investigators police agents sources analysts experts "
        "critics officers diplomats lawmakers legislators witnesses lawyers attorneys aides "
        "advocates residents activists people documents records observers insiders members "
        "representatives spokesmen spokespeople fiscales autoridades funcionarios fuentes "
        "investigadores testigos relatives neighbors neighbours friends victims families students "
        "employees workers familiares vecinos amigos víctimas"
    )},
    **{w: "PERSON" for w in words(
        "witness source official prosecutor spokesman spokeswoman spokesperson insider aide "
        "lawyer attorney investigator analyst expert diplomat resident activist agent officer "
        "testigo fuente funcionario man woman climber brother sister father mother son daughter "
        "wife husband neighbor neighbour relative friend colleague victim survivor suspect driver "
        "employee worker doctor nurse detective soldier hombre mujer vecino vecina hermano hermana "
        "madre hijo hija esposa esposo víctima rep representative publicist coroner doorman manager "
        "firefighter paramedic pilot teacher student someone somebody alguien"
    )},
}

# Words that make a proper-name speaker the recognizer missed an organisation rather than a person.
ORG_NAME_WORDS = words("campaign party committee commission council department agency bank company corp inc "
    "institute foundation center centre university association union group network news times post journal "
    "board court office ministry fund")

# Definite nouns that refer back to an organisation already named ("the agency said", "la dependencia").
ORG_REFERENCES = words("agency office ministry department bureau government administration company firm campaign "
    "party committee commission prosecutor's dependencia fiscalía procuraduría secretaría institución gobierno")

# Line labels before a colon that are not speakers ("UPDATE: ...", "Photo: ...").
NOT_SPEAKER_LABELS = words("update updated published posted modified note editor editor's photo photos video watch "
    "read related caption "
    "correction source sources credit breaking exclusive live poll q a by and or the subscribe listen see "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday")

# Nouns that name the document a claim is made in; as a subject they stand for their author.
MEDIUM_SUBJECTS = words("letter statement filing interview tweet post testimony carta")

PERSON_PRONOUNS = words("he she him her")
# Indefinite pronouns that stand for an unnamed group of sources ("some say", "others disagree").
# ("someone", "somebody" are unnamed persons: UNNAMED_SOURCES)
INDEFINITE_SOURCES = words("some all each many several few others everyone everybody those both most none nobody one")
GROUP_PRONOUNS = words("they we")

# Role nouns a definite description of a speaker is headed by ("the former official").
ROLE_WORDS = words("president politician official secretary minister governor mayor senator congressman "
    "congresswoman lawmaker chief leader head director commissioner spokesman spokeswoman lawyer "
    "attorney judge prosecutor candidate nominee lord kingpin capo trafficker boss founder "
    "ambassador general commander agent officer businessman businesswoman executive "
    "chairman chairwoman sheriff presidente secretario gobernador exfuncionario")
# Dependency labels whose subtrees are not part of a speaker's written name.
NP_STOP_DEPS = words("relcl acl appos punct advcl parataxis dep ccomp xcomp")
