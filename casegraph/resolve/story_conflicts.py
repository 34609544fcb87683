"""Conflicts between articles of one story, each with evidence from both sides.

- date_disagreement: the same event (type, status, a shared participant) on incompatible dates;
- figure_disagreement: ages, sentence lengths, periodic amounts or counts that differ;
- claim_denied: one source asserts or alleges what another, speaking of the same entities, denies.
A copy and its original are one source, so they never conflict with each other.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from itertools import combinations

from ..facts import dates_compatible
from ..graph import Graph, GraphFact
from ..ids import short_hash
from ..models import Article, DateValue, Evidence
from ..text import fold
from .story_figures import Figure, find_figures

_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*(?=\s)|\n")  # a closing quote may follow the stop


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    stop = right.end() if right else len(text)
    while left < start and text[left].isspace():
        left += 1
    return left, stop


def _conflict(kind: str, description: str, evidence: list[Evidence]) -> GraphFact:
    ev = sorted(evidence, key=lambda e: (e.article_id, e.start, e.end))
    cid = "x" + short_hash(kind, description, *(f"{e.article_id}:{e.start}" for e in ev))
    return GraphFact("conflict", cid, {"kind": kind, "description": description}, ev)


def _source(aid: str, graph: Graph) -> str:
    return graph.copy_of.get(aid, aid)


def _date(d: object) -> DateValue | None:
    if isinstance(d, dict) and d.get("value"):
        return DateValue(d["value"], d.get("precision", "day"), d.get("text"))
    return None


def _stories(fact: GraphFact, graph: Graph) -> set[str]:
    return {graph.story_of[e.article_id] for e in fact.evidence if e.article_id in graph.story_of}


# Event types one outlet may use for what another calls by a different name.
SAME_EVENT = {"detention": "arrest"}


def _event_type(fields: Mapping[str, object]) -> str:
    kind = str(fields["type"])
    return SAME_EVENT.get(kind, kind)


def _by_story(facts: list[GraphFact], graph: Graph) -> dict[str, list[GraphFact]]:
    """Facts per story they have evidence in, so pairs are only formed inside a story (not corpus-wide)."""
    out: dict[str, list[GraphFact]] = defaultdict(list)
    for fact in facts:
        for sid in sorted(_stories(fact, graph)):
            out[sid].append(fact)
    return out


def _pairs_in_stories(facts: list[GraphFact], graph: Graph) -> list[tuple[GraphFact, GraphFact]]:
    seen: dict[tuple[str, str], tuple[GraphFact, GraphFact]] = {}
    for members in _by_story(facts, graph).values():
        for a, b in combinations(members, 2):
            seen.setdefault((a.id, b.id), (a, b))
    return list(seen.values())


def event_date_conflicts(graph: Graph) -> list[GraphFact]:
    out = []
    for a, b in _pairs_in_stories(graph.events, graph):
        fa, fb = a.fields, b.fields
        if _event_type(fa) != _event_type(fb) or fa["status"] != fb["status"]:
            continue
        if not (_stories(a, graph) & _stories(b, graph)):
            continue
        if not {p["entity_id"] for p in fa["participants"]} & {p["entity_id"] for p in fb["participants"]}:
            continue
        da, db = _date(fa.get("date")), _date(fb.get("date"))
        if da is None or db is None or dates_compatible(da, db):
            continue
        if {_source(e.article_id, graph) for e in a.evidence} == {_source(e.article_id, graph) for e in b.evidence}:
            continue
        desc = (f"{_event_type(fa).replace('_', ' ')} dated {da.value} (“{da.text}”) in one source and "
                f"{db.value} (“{db.text}”) in another")
        out.append(_conflict("date_disagreement", desc, [a.evidence[0], b.evidence[0]]))
    return out


def figure_conflicts(graph: Graph, articles: Mapping[str, Article]) -> list[GraphFact]:
    persons: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for e in graph.entities:
        if e.type == "PERSON":
            for m in e.mentions:
                persons[m.article_id].append((m.start, m.end, e.id))
    by_key: dict[tuple[str, str], dict[float, list[tuple[str, Figure]]]] = defaultdict(lambda: defaultdict(list))
    for aid in sorted(articles):
        sid = graph.story_of.get(aid)
        if sid is None or aid in graph.copy_of:
            continue
        for f in find_figures(articles[aid].text, persons.get(aid, [])):
            by_key[(sid, f.key)][f.value].append((aid, f))
    names = {e.id: e.name for e in graph.entities}
    out = []
    for (_, key), values in sorted(by_key.items()):
        if len(values) < 2 or len({aid for seen in values.values() for aid, _ in seen}) < 2:
            continue
        evidence = []
        for value in sorted(values):
            aid, f = values[value][0]
            s_start, s_end = _sentence(articles[aid].text, f.start, f.end)
            evidence.append(Evidence(aid, f.start, f.end, s_start, s_end))
        kind, _, what = key.partition(":")
        what = names.get(what, what).replace(":", " ")
        quoted = "; ".join(f"“{articles[ev.article_id].text[ev.start:ev.end]}”" for ev in evidence)
        out.append(_conflict("figure_disagreement", f"{kind} {what}: sources give {quoted}", evidence))
    return out


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
    asserted = _by_story(
        [c for c in graph.claims if c.fields["stance"] in ("assert", "allege") and c.fields["about"]], graph)
    denied = [c for c in graph.claims if c.fields["stance"] == "deny"]
    out = []
    for d in denied:
        d_about, d_words = {d.fields["speaker"], *d.fields["about"]}, _words(d.fields["text"])
        pointing = d_words <= POINTING_WORDS
        explicit = fold(str(d.fields["cue"])).lower().startswith(DENIAL_CUES)
        best: dict[str, tuple[tuple[int, int, int, str], GraphFact]] = {}
        candidates = {a.id: a for sid in sorted(_stories(d, graph)) for a in asserted.get(sid, [])}
        for a in candidates.values():
            if a.fields["speaker"] == d.fields["speaker"] or not (set(a.fields["about"]) & d_about):
                continue
            if not (_stories(a, graph) & _stories(d, graph)):
                continue
            shared = len(_words(a.fields["text"]) & d_words)
            alleged = a.fields["stance"] == "allege"
            if not _answers(alleged, shared, pointing, explicit, d.fields["speaker"] in a.fields["about"]):
                continue
            rank = (int(alleged), shared, len(set(a.fields["about"]) & d_about), a.id)
            source = _source(a.evidence[0].article_id, graph)
            if source not in best or rank > best[source][0]:
                best[source] = (rank, a)
        for _, a in best.values():
            desc = (f"{names.get(a.fields['speaker'], '?')} {a.fields['cue']}: “{a.fields['text']}” — "
                    f"{names.get(d.fields['speaker'], '?')} {d.fields['cue']}: “{d.fields['text']}”")
            out.append(_conflict("claim_denied", desc, [a.evidence[0], d.evidence[0]]))
    return out


def cross_article_conflicts(graph: Graph, articles: Mapping[str, Article]) -> list[GraphFact]:
    found = [*event_date_conflicts(graph), *figure_conflicts(graph, articles), *claim_conflicts(graph)]
    once: dict[tuple[str, str, frozenset[str]], GraphFact] = {}
    for c in sorted(found, key=lambda c: c.id):
        # The same disagreement read again in a copy of one side is not a second conflict.
        sources = frozenset(_source(e.article_id, graph) for e in c.evidence)
        once.setdefault((c.fields["kind"], c.fields["description"], sources), c)
    return sorted(once.values(), key=lambda c: c.id)
