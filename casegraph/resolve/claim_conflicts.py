"""claim_denied conflicts: one source asserts or alleges what another, speaking of the same people, denies."""

from __future__ import annotations

import re

from ..graph import Graph, GraphFact
from ..text import fold
from .conflict_common import by_story, make_conflict, source_of, stories_of

_WORD = re.compile(r"[^\W\d_]{4,}")
# Words of four letters or more that say nothing about what a claim is about (English, Spanish).
FUNCTION_WORDS = frozenset("""
that this these those with from have having been were will would could should they them their there
which what when where while about into also said says than then only very just after before being
because other such more most some does did doing over under again against between through during
para pero como esta este estos estas eso esos sobre entre desde hasta porque cuando donde tambien
todo todos toda todas habia haber sido fueron eran tiene tienen dijo dice sera seria muy mas
""".split())


def _words(text: str) -> set[str]:
    return {w for w in (m.lower() for m in _WORD.findall(fold(text))) if w not in FUNCTION_WORDS}


# Words of a denial that only point back at what was said ("denied the accusations", "negó los señalamientos").
POINTING_WORDS = frozenset("""
accusation accusations allegation allegations charge charges claim claims report reports these those
acusacion acusaciones senalamiento senalamientos cargos version versiones
""".split())
# Cue words that deny in so many words (folded); other denials are statements with a negation in them.
DENIAL_CUES = ("den", "refut", "disput", "rebut", "reject", "dismiss", "neg", "rechaz", "desmint", "called", "calific")


def _answers(alleged: bool, shared: int, pointing: bool, explicit: bool, about_denier: bool) -> bool:
    """Whether a denial answers a claim about the same people. "Denied the accusations" answers an
    allegation; "denied that she mishandled X" must share words with what it answers; a statement
    that merely contains a negation ("said he would never vote for X") answers what was said about
    its speaker, or shares more than one word with it, or every negative sentence would contradict
    its neighbours."""
    if pointing:
        return alleged or shared > 0
    if explicit:
        return shared > 0
    return (about_denier and (alleged or shared > 0)) or shared > 1


def claim_conflicts(graph: Graph) -> list[GraphFact]:
    """Each denial against the claim it best answers in each source: an allegation, or an assertion
    sharing content words with it, about the denier or what the denial is about."""
    names = {e.id: e.name for e in graph.entities}
    asserted = by_story(
        [c for c in graph.claims if c.fields["stance"] in ("assert", "allege") and c.fields["about"]], graph)
    denied = [c for c in graph.claims if c.fields["stance"] == "deny"]
    out = []
    for d in denied:
        d_about, d_words = {d.fields["speaker"], *d.fields["about"]}, _words(d.fields["text"])
        pointing = d_words <= POINTING_WORDS
        explicit = fold(str(d.fields["cue"])).startswith(DENIAL_CUES)
        best: dict[str, tuple[tuple[int, int, int, str], GraphFact]] = {}
        candidates = {a.id: a for sid in sorted(stories_of(d, graph)) for a in asserted.get(sid, [])}
        for a in candidates.values():
            if a.fields["speaker"] == d.fields["speaker"] or not (set(a.fields["about"]) & d_about):
                continue
            if not (stories_of(a, graph) & stories_of(d, graph)):
                continue
            shared = len(_words(a.fields["text"]) & d_words)
            alleged = a.fields["stance"] == "allege"
            if not _answers(alleged, shared, pointing, explicit, d.fields["speaker"] in a.fields["about"]):
                continue
            rank = (int(alleged), shared, len(set(a.fields["about"]) & d_about), a.id)
            source = source_of(a.evidence[0].article_id, graph)
            if source not in best or rank > best[source][0]:
                best[source] = (rank, a)
        for _, a in best.values():
            desc = (f"{names.get(a.fields['speaker'], '?')} {a.fields['cue']}: “{a.fields['text']}” — "
                    f"{names.get(d.fields['speaker'], '?')} {d.fields['cue']}: “{d.fields['text']}”")
            out.append(make_conflict("claim_denied", desc, [a.evidence[0], d.evidence[0]]))
    return out
