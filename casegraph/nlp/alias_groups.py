"""Group mentions into local entities: explicit alias links, equal names, full-name variants,
surname-only short forms and acronyms. Namesakes sharing a surname keep bare surnames apart."""

from __future__ import annotations

from ..unionfind import UnionFind
from .alias_mentions import Mention
from .alias_names import full_names_match, initials, looks_like_acronym, short_form_matches
from .lexicon import cue_set, first_name_gender, fold

# Labels a bare surname may carry and still be a person's short form (models often say ORG).
_SHORT_FORM_LABELS = frozenset({"PERSON", "ORG"})
_MAX_SHORT_WORDS = 3
# head words that name an organisation's kind: "the Cartel", "the Navy" stand for the one named in full
_ORG_HEAD_TABLES = ("criminal_org_heads", "government_heads", "court_heads", "organisation_heads", "media_heads")


def _is_full(m: Mention) -> bool:
    return m.parts is not None and m.parts.is_full and not m.nested


def group(mentions: list[Mention]) -> list[int]:
    """Root index per mention; mentions with the same root are one local entity."""
    n = len(mentions)
    uf = UnionFind(n)
    for i, m in enumerate(mentions):
        if m.host is not None:
            uf.union(i, m.host)
    by_key: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.nested and not _nickname_mention(mentions, i):
            continue  # nested surnames never group by text: namesakes would merge through them
        by_key.setdefault(m.key, []).append(i)
    for same in by_key.values():
        _join_same_name(mentions, same, uf)
    fulls = [i for i, m in enumerate(mentions) if _is_full(m) and m.label == "PERSON"]
    short_given: list[tuple[int, int]] = []
    for a_pos, a in enumerate(fulls):
        for b in fulls[a_pos + 1:]:
            pa, pb = mentions[a].parts, mentions[b].parts
            if pa is None or pb is None:
                continue
            if full_names_match(pa, pb):
                uf.union(a, b)
            elif full_names_match(pa, pb, short_given=True):
                short_given.append((a, b))
    uf.union_unambiguous(short_given)  # "Sam Ortiz" beside Samuel and Samantha Ortiz is neither
    _join_short_forms(mentions, fulls, uf)
    _join_acronyms(mentions, uf)
    _join_ship_names(mentions, uf)
    _join_org_heads(mentions, uf)
    return [uf.find(i) for i in range(n)]


def _join_org_heads(mentions: list[Mention], uf: UnionFind) -> None:
    """"the Navy" beside "the Mexican Navy", "the Cartel" beside "the Sinaloa Cartel": an organisation's
    head word alone is the one organisation of the article whose name it ends; beside two cartels,
    "the Cartel" joins neither. Only head words: "Microsoft" would join a stray "Computerworld -
    Microsoft", and "Meyer" an author the model called an organisation."""
    heads = frozenset().union(*(cue_set(t) for t in _ORG_HEAD_TABLES))
    ends: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.label == "ORG" and len(m.words) > 1 and not m.nested:
            ends.setdefault(fold(m.words[-1]), []).append(i)
    for i, m in enumerate(mentions):
        if len(m.words) != 1 or m.nested or m.label not in ("ORG", "PERSON") or not m.words[0][:1].isupper():
            continue
        word = fold(m.words[0])
        if word not in heads:
            continue
        owners = {uf.find(j) for j in ends.get(word, [])}
        if len(owners) == 1 and uf.find(i) not in owners:
            uf.union(owners.pop(), i)


def _join_ship_names(mentions: list[Mention], uf: UnionFind) -> None:
    """"The Mysore" after "INS Mysore": a ship's name without its prefix, after an article, is the
    ship ("Ronald Reagan" beside "USS Ronald Reagan" is the president)."""
    ships = {" ".join(fold(w) for w in m.words[1:]): i for i, m in enumerate(mentions)
             if m.kind == "vessel" and len(m.words) > 1}
    for i, m in enumerate(mentions):
        person = m.parts is not None and m.parts.is_full  # "the Ronald Reagan" may still be the president
        ship = ships.get(m.key) if m.kind != "vessel" and not m.nested and m.after_article and not person else None
        if ship is not None:
            uf.union(ship, i)


def _join_same_name(mentions: list[Mention], same: list[int], uf: UnionFind) -> None:
    """Mentions written alike are one entity, unless honorifics say two people ("Mr. Tovar" and
    "Ms. Tovar"); a bare "Tovar" beside both could be either and keeps to itself."""
    genders = sorted({mentions[i].gender or "" for i in same})
    if len(set(genders) - {""}) <= 1:
        genders = [""]
    for gender in genders:
        members = [i for i in same if len(genders) == 1 or (mentions[i].gender or "") == gender]
        for i in members[1:]:
            uf.union(members[0], i)


def _group_gender(mentions: list[Mention], uf: UnionFind, i: int) -> str | None:
    """What an honorific on any mention of i's group says ("Obama" grouped with "Mr. Obama" is a man)."""
    root = uf.find(i)
    return next((m.gender for j, m in enumerate(mentions) if m.gender and uf.find(j) == root), None)


def _given_gender(m: Mention) -> str | None:
    return first_name_gender(m.parts.given[0]) if m.parts is not None and m.parts.given else None


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
        fits = [f for f in fulls if _fits(m, mentions[f])]
        gender = _group_gender(mentions, uf, i)
        if gender:  # "Mr. Tovar" is not Marta Tovar; beside Pedro Tovar he is Pedro
            fits = [f for f in fits if _given_gender(mentions[f]) in (None, gender)]
            known = [f for f in fits if _given_gender(mentions[f]) == gender]
            fits = known if known and len({uf.find(f) for f in fits}) > 1 else fits
        owners = {uf.find(f) for f in fits}
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
