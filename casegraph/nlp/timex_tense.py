"""The tense of the clause a time expression sits in, which sets the direction of "on Friday"."""

from __future__ import annotations

from spacy.tokens import Span, Token

# Words before a verb that put it in the future: "will be sentenced", "is set to", "scheduled to".
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
FUTURE_CUES = frozenset({"set", "schedule", "expect", "due", "slate", "plan", "programar", "prever", "programado",
                         "previsto", "planear", "planeado"})
HELPER_DEPS = ("aux", "auxpass", "aux:pass", "cop")
# "va a declarar el lunes": Spanish "ir a" + infinitive is a future.
PERIPHRASTIC_FUTURE = ("ir", "a")
# Modals that look ahead from the time of writing ("would travel Thursday"), unless perfect ("would have").
FUTURE_MODALS = frozenset({"would", "could", "might", "may", "can", "should", "must", "'d"})
PRESENT_BE = frozenset({"is", "are", "'s", "'re"})
# Words right before an expression that make it a time still to come: "as soon as Tuesday".
FUTURE_LEADS = ("as soon as", "as early as", "no later than", "effective")


def _governing_verb(span: Span) -> Token | None:
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or "VerbForm=Part" in str(tok.morph):  # "programada para el lunes"
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def tense_of(span: Span) -> str | None:
    """'future', 'past' or None (present or unknown) for the clause a time expression sits in."""
    verb = _governing_verb(span)
    if verb is None:
        return None
    # the 16 characters before the span, read from its tokens: doc.text would rebuild the whole text
    before = "".join(t.text_with_ws for t in span.doc[max(0, span.start - 6) : span.start])[-16:].lower().rstrip()
    if before.endswith(FUTURE_LEADS):
        return "future"
    helpers = [c for c in verb.children if c.dep_ in HELPER_DEPS] + [verb]
    words = {h.lower_ for h in helpers}
    if words & FUTURE_AUX or any("Tense=Fut" in str(h.morph) for h in helpers):
        return "future"
    lemmas = {c.lemma_ for c in verb.children}
    if all(w in lemmas for w in PERIPHRASTIC_FUTURE) and verb.lemma_ != "ir":
        return "future"
    if words & FUTURE_MODALS and "have" not in words:
        return "future"
    # "planned a rally on Saturday" looks ahead of the planning; "a rally planned for Saturday" need not.
    cued = verb.lemma_ in FUTURE_CUES or any(c.lemma_ in FUTURE_CUES for c in helpers)
    if cued and verb.dep_ != "acl" and "had" not in words:  # "had been due to expire Friday": past
        return "future"
    if verb.dep_ == "xcomp" and (verb.head.lemma_ in FUTURE_CUES or verb.head.lower_ in PRESENT_BE):
        return "future"  # "plans to leave Thursday", "is to resume trading Tuesday"
    if any(h.tag_ in ("VBD", "VBN") or "Tense=Past" in str(h.morph) for h in helpers):
        return "past"
    return None
