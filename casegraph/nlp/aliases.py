"""The casegraph_aliases component: every entity mention in doc.spans[MENTIONS], grouped into
local entities (doc._.cg_entities) by stated aliases, name variants, surnames and acronyms."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .alias_cues import bare_acronyms, cue_mentions, nested_mentions, paren_acronyms
from .alias_entities import build_entities
from .alias_groups import group
from .alias_mentions import Mention, name_mentions
from .extensions import MENTIONS, doc_entities, register_extensions

_VIA_RANK = {"name": 0, "alias": 1, "coreference": 2}


def collect_mentions(doc: Doc) -> list[Mention]:
    """Name mentions first (their indexes are the hosts later steps link to), then aliases."""
    names = name_mentions(doc)
    extra = nested_mentions(doc, names) + cue_mentions(doc, names) + paren_acronyms(doc, names)
    mentions = names + extra
    taken = {t for m in mentions for t in range(m.start, m.end)}
    return mentions + bare_acronyms(doc, taken)


def _free_acronym(m: Mention, doc: Doc) -> bool:
    """An all-caps word no name step found, outside any model entity: kept only if it joins a name."""
    return (m.via == "alias" and m.host is None and not m.nested and m.label == "ORG"
            and m.end == m.start + 1 and not any(e.start <= m.start < e.end for e in doc.ents))


def _dedupe(mentions: list[Mention], roots: list[int]) -> list[tuple[Mention, int]]:
    """One mention per token range: a linked alias beats a free-standing copy of the same words."""
    best: dict[tuple[int, int], tuple[Mention, int]] = {}
    for m, root in zip(mentions, roots):
        key = (m.start, m.end)
        current = best.get(key)
        if current is None or _rank(m) < _rank(current[0]):
            best[key] = (m, root)
    return sorted(best.values(), key=lambda pair: (pair[0].start, -pair[0].end))


def _rank(m: Mention) -> tuple[int, int]:
    return (0 if m.host is not None else 1, _VIA_RANK.get(m.via, 3))


def resolve(doc: Doc) -> Doc:
    mentions = collect_mentions(doc)
    roots = _absorb_contained(mentions, group(mentions))
    # Free acronym candidates that joined nothing are not mentions.
    sizes: dict[int, int] = {}
    for r in roots:
        sizes[r] = sizes.get(r, 0) + 1
    kept = [(m, r) for m, r in zip(mentions, roots) if sizes[r] > 1 or not _free_acronym(m, doc)]
    pairs = _dedupe([m for m, _ in kept], [r for _, r in kept])
    entities, key_of_root = build_entities(doc, pairs)
    spans: list[Span] = []
    for m, root in pairs:
        span = Span(doc, m.start, m.end, label=entities[key_of_root[root]].label)
        span._.cg_entity = key_of_root[root]
        span._.cg_via = m.via
        spans.append(span)
    doc.spans[MENTIONS] = spans
    table = doc_entities(doc)
    table.clear()
    table.update(entities)
    return doc


def _absorb_contained(mentions: list[Mention], roots: list[int]) -> list[int]:
    """A name the model found inside a stated alias ("the Boss of Bosses") joins that alias's entity."""
    roots = list(roots)
    cues = [(m, roots[i]) for i, m in enumerate(mentions) if m.via == "alias" and m.host is not None and not m.nested]
    for i, m in enumerate(mentions):
        if m.via != "name":
            continue
        for cue, root in cues:
            if cue.start <= m.start and m.end <= cue.end and (cue.start, cue.end) != (m.start, m.end):
                old = roots[i]
                roots = [root if r == old else r for r in roots]
                break
    return roots


@Language.factory(
    "casegraph_aliases",
    assigns=["doc.spans", "doc._.cg_entities", "span._.cg_entity", "span._.cg_via"],
    requires=["doc.ents"],
)
def make_aliases(nlp: Language, name: str) -> AliasResolver:
    register_extensions()
    return AliasResolver()


class AliasResolver:
    def __call__(self, doc: Doc) -> Doc:
        return resolve(doc)
