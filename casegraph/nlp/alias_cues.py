"""Alias mentions a text states outright: nested nicknames and surnames, "also known as X or
the Y", "Long Name (ACR)", and later bare uses of an acronym."""

from __future__ import annotations

from spacy.tokens import Doc

from .alias_mentions import Mention, _make
from .alias_names import QUOTES, looks_like_acronym
from .entity_rules import MEASURE_LABELS
from .lexicon import cue_set, fold

# Folded token sequences that introduce an alias of the name just before them.
ALIAS_CUES: tuple[tuple[str, ...], ...] = tuple(
    tuple(c.split())
    for c in (
        "also known as", "better known as", "otherwise known as", "known as", "a.k.a.", "aka",
        "alias", "nicknamed", "dubbed", "also called", "alias de", "conocido como",
        "mejor conocido como", "también conocido como", "apodado", "apodada", "llamado", "alias el",
    )
)
_ALT_WORDS = frozenset({"or", "o"})
_PHRASE_INNER = frozenset({"de", "del", "la", "las", "los", "of", "the", "el"})
_ALIAS_DETS = frozenset({"the", "el", "la", "los", "las"})
_MAX_PHRASE = 6
_MAX_GAP = 2  # tokens (comma, quote, parenthesis) between a name and its alias cue


def nested_mentions(doc: Doc, hosts: list[Mention]) -> list[Mention]:
    """The quoted nickname and the surname part inside each full PERSON name."""
    out: list[Mention] = []
    for idx, host in enumerate(hosts):
        if host.label != "PERSON":
            continue
        if host.nickname is not None:
            ns, ne = host.nickname
            out.append(_nested(doc, ns, ne, idx))
        parts = host.parts
        if parts is None or not parts.is_full:
            continue
        n_sur = len(parts.surname)
        end = host.end
        start = end
        seen = 0
        while start > host.start and seen < n_sur:
            start -= 1
            if doc[start].text in QUOTES or doc[start].is_space:
                break
            if any(c.isalnum() for c in doc[start].text):
                seen += 1
        if seen == n_sur and start > host.start:
            out.append(_nested(doc, start, end, idx))
    return out


def _nested(doc: Doc, start: int, end: int, host: int) -> Mention:
    m = _make(doc, start, end, "PERSON", None)
    m.via, m.host, m.nested = "alias", host, True
    return m


def _match_cue(doc: Doc, i: int) -> int:
    """Length of the alias cue starting at token i (longest first), 0 when none."""
    best = 0
    for cue in ALIAS_CUES:
        if len(cue) > best and i + len(cue) <= len(doc) and all(
            fold(doc[i + k].text) == cue[k] for k in range(len(cue))
        ):
            best = len(cue)
    return best


def _phrase(doc: Doc, i: int) -> tuple[int, int]:
    """A capitalized alias phrase starting at i ("El Jefe de Jefes", "the Boss of Bosses")."""
    start = i
    if i < len(doc) and fold(doc[i].text) in _ALIAS_DETS and doc[i].is_lower:
        i += 1
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return start, start
    end = i + 1
    j = end
    while j < len(doc) and j - start < _MAX_PHRASE:
        word = doc[j].text
        if word[:1].isupper() and doc[j].is_alpha:
            j += 1
            end = j
        elif fold(word) in _PHRASE_INNER and doc[j].is_lower:
            j += 1
        else:
            break
    return start, end


def _host_before(hosts: list[Mention], i: int) -> int | None:
    best = None
    for idx, host in enumerate(hosts):
        if host.nested or host.via != "name":
            continue
        if i - _MAX_GAP <= host.end <= i:
            best = idx
    return best


def cue_mentions(doc: Doc, hosts: list[Mention]) -> list[Mention]:
    """Aliases after "also known as"-style cues, with "X or the Y" alternatives."""
    out: list[Mention] = []
    i = 0
    while i < len(doc):
        size = _match_cue(doc, i)
        host = _host_before(hosts, i) if size else None
        if host is None:
            i += 1
            continue
        j = i + size
        while j < len(doc) and doc[j].text in QUOTES:
            j += 1
        for _ in range(3):
            start, end = _phrase(doc, j)
            if end <= start:
                break
            m = _make(doc, start, end, hosts[host].label, None)
            m.via, m.host = "alias", host
            out.append(m)
            j = end
            while j < len(doc) and doc[j].text in QUOTES:
                j += 1
            if j < len(doc) and fold(doc[j].text) in _ALT_WORDS:
                j += 1
            else:
                break
        i = max(j, i + 1)
    return out


def paren_acronyms(doc: Doc, hosts: list[Mention]) -> list[Mention]:
    """'Long Name (ACR)' and every later bare use of ACR."""
    out: list[Mention] = []
    defined: dict[str, int] = {}
    for idx, host in enumerate(hosts):
        e = host.end
        if host.nested or e + 2 >= len(doc) or doc[e].text != "(" or doc[e + 2].text != ")":
            continue
        tok = doc[e + 1]
        if looks_like_acronym(tok.text) and len(host.words) >= 2:
            defined.setdefault(tok.text, idx)
    if not defined:
        return out
    for tok in doc:
        host_idx = defined.get(tok.text)
        if host_idx is not None:
            m = _make(doc, tok.i, tok.i + 1, hosts[host_idx].label, None)
            m.via, m.host = "alias", host_idx
            out.append(m)
    return out


def bare_acronyms(doc: Doc, taken: set[int]) -> list[Mention]:
    """All-caps words outside any mention; grouping keeps those that spell a name's initials."""
    measures = {i for e in doc.ents if e.label_ in MEASURE_LABELS for i in range(e.start, e.end)}
    out: list[Mention] = []
    for tok in doc:
        if tok.i in measures or fold(tok.text) in cue_set("junk_words"):
            continue
        if tok.i not in taken and looks_like_acronym(tok.text) and not tok.is_stop:
            m = _make(doc, tok.i, tok.i + 1, "ORG", None)
            m.via = "alias"
            out.append(m)
    return out
