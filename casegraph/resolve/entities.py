"""Corpus-level entity resolution: merge local entities across articles into corpus entities.

Three passes over a union-find, each comparing only within blocks:
1. identity: equal keys (folded person names, organisation keys, country codes) and typo-level
   variants of full person names (blocked by parts count, initial and surname);
2. partial names: a surname alone, or a name missing a middle or maternal part, joins the one
   person it can belong to, and stays apart when several fit (namesakes);
3. aliases: nicknames, acronyms and other-language names join the entity they name, when a single
   entity claims the alias.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..models import Annotation, LocalEntity
from ..nlp.lexicon import first_name_gender, given_name_forms
from ..unionfind import UnionFind
from .entity_describe import describe_entity
from .entity_profile import Profile, build_profile, compatible, primary_keys
from .names import name_key, partial_of, same_person_name, variant_person_name

__all__ = ["ResolvedEntity", "describe_entity", "name_key", "resolve_entities"]

Ref = tuple[str, int]


@dataclass
class ResolvedEntity:
    id: str
    type: str
    kind: str | None
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    members: list[Ref] = field(default_factory=list)


def entity_id(members: Sequence[Ref]) -> str:
    smallest = min(f"{article}:{key}" for article, key in members)
    return "e" + hashlib.sha1(smallest.encode("utf-8")).hexdigest()[:12]


def _merge_identities(profiles: list[Profile], uf: UnionFind) -> None:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for key in p.keys:
            groups[key].append(i)
    for key in sorted(groups):
        members = groups[key]
        strong = [i for i in members if not profiles[i].weak]
        anchors = strong or members
        split = len({profiles[i].gender for i in members} - {None}) > 1
        for i in members:
            if split and profiles[i].gender is None:
                continue  # "Ochoa" beside "Mr. Ochoa" and "Ms. Ochoa": it could be either
            partner = next((j for j in anchors if compatible(profiles[i], profiles[j])), None)
            if partner is not None:
                uf.union(i, partner)


def _person_keys(profiles: list[Profile]) -> dict[tuple[str, ...], list[int]]:
    by_name: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        if p.person and p.label == "PERSON":
            by_name[tuple(p.person)].append(i)
    return by_name


def _merge_variants(by_name: dict[tuple[str, ...], list[int]], uf: UnionFind) -> None:
    blocks: dict[tuple[object, ...], list[tuple[str, ...]]] = defaultdict(list)
    for name in by_name:
        if len(name) < 2:
            continue
        blocks[(len(name), name[0][:1], name[-1])].append(name)
        blocks[(len(name), name[0], name[-1][:3])].append(name)
        if len(name) >= 3:  # a typo in the last surname ("Quiroga Zalas") still shares the first two parts
            blocks[(len(name), name[0], name[1])].append(name)
        for given in given_name_forms(name[0]):  # "Bill Clinton" meets "William Clinton"
            blocks[("given", len(name), given, name[-1])].append(name)
    variants: set[tuple[int, int]] = set()
    for block_key in sorted(blocks, key=repr):
        names = sorted(set(blocks[block_key]))
        for x, a in enumerate(names):
            for b in names[x + 1 :]:
                if same_person_name(list(a), list(b)):
                    uf.union(by_name[a][0], by_name[b][0])
                elif variant_person_name(list(a), list(b)):
                    variants.add((by_name[a][0], by_name[b][0]))
    uf.union_unambiguous(sorted(variants))


def _merge_partials(by_name: dict[tuple[str, ...], list[int]], uf: UnionFind, profiles: list[Profile]) -> None:
    by_part: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name in by_name:
        for part in set(name[-2:]):
            by_part[part].append(name)
    for short in sorted(by_name, key=lambda n: (-len(n), n)):
        fulls = [f for f in by_part.get(short[-1], []) if len(f) > len(short) and partial_of(list(short), list(f))]
        fits = {uf.find(by_name[full][0]) for full in fulls}
        groups: dict[int, list[int]] = defaultdict(list)  # "Mr. X" and "Ms. X" stay two groups
        for i in by_name[short]:
            groups[uf.find(i)].append(i)
        for own in sorted(groups):
            others = fits - {own}
            hint = next((g for i in groups[own] if (g := profiles[i].gender)), None)
            if len(others) > 1 and hint is not None:
                # "Mr. Obama" with Barack and Michelle in the corpus: the honorific picks the one it can be
                others = {uf.find(by_name[f][0]) for f in fulls if first_name_gender(f[0]) == hint} - {own}
            if len(others) == 1 and own not in fits:
                uf.union(groups[own][0], others.pop())


def _merge_aliases(profiles: list[Profile], uf: UnionFind) -> None:
    holders: dict[str, list[int]] = defaultdict(list)
    named: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for alias in p.aliases:
            holders[alias].append(i)
        for key in primary_keys(p):
            named[key].append(i)
    for alias in sorted(holders):
        roots = {uf.find(i) for i in holders[alias]}
        if len(roots) != 1:
            continue
        holder = holders[alias][0]
        for j in named.get(alias, []):
            if compatible(profiles[holder], profiles[j]):
                uf.union(holder, j)


def cluster(profiles: list[Profile]) -> list[list[int]]:
    uf = UnionFind(len(profiles))
    _merge_identities(profiles, uf)
    by_name = _person_keys(profiles)
    _merge_variants(by_name, uf)
    _merge_partials(by_name, uf, profiles)
    _merge_aliases(profiles, uf)
    _merge_partials(by_name, uf, profiles)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(profiles)):
        groups[uf.find(i)].append(i)
    return list(groups.values())


def resolve_entities(annotations: Sequence[Annotation]) -> list[ResolvedEntity]:
    """Corpus entities for the local entities of all annotations, sorted by id."""
    profiles: list[Profile] = []
    counts: Counter[Ref] = Counter()
    for annotation in sorted(annotations, key=lambda a: a.article_id):
        for mention in annotation.mentions:
            counts[(annotation.article_id, mention.entity)] += 1
        for entity in sorted(annotation.entities, key=lambda e: e.key):
            profiles.append(build_profile(annotation.article_id, entity))
    out = []
    for group in cluster(profiles):
        chosen = sorted(group, key=lambda i: profiles[i].ref)
        members: list[LocalEntity] = [profiles[i].entity for i in chosen]
        refs = [profiles[i].ref for i in chosen]
        weights = [max(counts[r], 1) for r in refs]
        etype, kind, name, aliases, roles = describe_entity(members, weights)
        out.append(ResolvedEntity(entity_id(refs), etype, kind, name, aliases, roles, refs))
    out.sort(key=lambda e: e.id)
    return out

