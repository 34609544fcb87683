"""Group mentions into local entities: explicit alias links, equal names, full-name variants,
surname-only short forms and acronyms. Namesakes sharing a surname keep bare surnames apart."""

from __future__ import annotations

from ..unionfind import UnionFind
from .alias_mentions import Mention
from .alias_names import full_names_match, initials, looks_like_acronym, short_form_matches

# Labels a bare surname may carry and still be a person's short form (models often say ORG).
_SHORT_FORM_LABELS = frozenset({"PERSON", "ORG"})
_MAX_SHORT_WORDS = 3


def _is_full(m: Mention) -> bool:
    return m.parts is not None and m.parts.is_full and not m.nested


def group(mentions: list[Mention]) -> list[int]:
    """Root index per mention; mentions with the same root are one local entity."""
    n = len(mentions)
    uf = UnionFind(n)
    for i, m in enumerate(mentions):
        if m.host is not None:
            uf.union(i, m.host)
    by_key: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.nested and not _nickname_mention(mentions, i):
            continue  # nested surnames never group by text: namesakes would merge through them
        if m.key in by_key:
            uf.union(by_key[m.key], i)
        else:
            by_key[m.key] = i
    fulls = [i for i, m in enumerate(mentions) if _is_full(m) and m.label == "PERSON"]
    for a_pos, a in enumerate(fulls):
        for b in fulls[a_pos + 1:]:
            pa, pb = mentions[a].parts, mentions[b].parts
            if pa is not None and pb is not None and full_names_match(pa, pb):
                uf.union(a, b)
    _join_short_forms(mentions, fulls, uf)
    _join_acronyms(mentions, uf)
    return [uf.find(i) for i in range(n)]


def _nickname_mention(mentions: list[Mention], i: int) -> bool:
    m = mentions[i]
    host = mentions[m.host] if m.host is not None else None
    return host is not None and host.nickname == (m.start, m.end)


def _join_short_forms(mentions: list[Mention], fulls: list[int], uf: UnionFind) -> None:
    for i, m in enumerate(mentions):
        if m.nested or _is_full(m) or m.label not in _SHORT_FORM_LABELS:
            continue
        if not m.words or len(m.words) > _MAX_SHORT_WORDS or not m.words[0][:1].isupper():
            continue
        owners = {uf.find(f) for f in fulls if _fits(m, mentions[f])}
        if len(owners) == 1 and uf.find(i) not in owners and not _owns_other_full(mentions, uf, i):
            uf.union(owners.pop(), i)


def _fits(short: Mention, full: Mention) -> bool:
    return full.parts is not None and short_form_matches(short.words, full.parts)


def _owns_other_full(mentions: list[Mention], uf: UnionFind, i: int) -> bool:
    root = uf.find(i)
    return any(_is_full(m) and uf.find(j) == root for j, m in enumerate(mentions))


def _join_acronyms(mentions: list[Mention], uf: UnionFind) -> None:
    spelled: dict[str, set[int]] = {}
    for i, m in enumerate(mentions):
        if len(m.words) >= 2 and not m.nested:
            code = initials(m.words if m.parts is None or m.nickname is None
                            else list(m.parts.given + m.parts.surname))
            if code:
                spelled.setdefault(code, set()).add(uf.find(i))
    for i, m in enumerate(mentions):
        if len(m.words) != 1 or not looks_like_acronym(m.words[0]):
            continue
        owners = {uf.find(r) for r in spelled.get(m.words[0].replace(".", ""), set())}
        if len(owners) == 1:
            uf.union(owners.pop(), i)
