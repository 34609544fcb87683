"""Name mentions taken from doc.ents, plus full names written with a quoted nickname inside.

A Mention is the plain record the alias steps pass around before spans are written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .alias_names import QUOTES, NameParts, looks_like_acronym, split_name
from .lexicon import fold, honorific_gender_of, is_first_name

NAME_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC",
              "FAC": "FACILITY", "FACILITY": "FACILITY"}
_LEADING_DROP = frozenset({"the"})
_ARTICLES = frozenset({"the", "el", "la"})
_TRAILING_DROP = frozenset({"'s", "’s", "'", "’"})
_OPEN_QUOTES = frozenset({'"', "“", "«", "‘", "'", "``"})
_MAX_NICKNAME = 4
_MAX_SURNAME = 3


@dataclass
class Mention:
    start: int
    end: int
    label: str
    via: str = "name"
    host: int | None = None  # index of the mention this one is explicitly an alias of
    role: str | None = None
    kind: str | None = None
    words: list[str] = field(default_factory=list)
    parts: NameParts | None = None  # set on PERSON names
    nickname: tuple[int, int] | None = None  # token range of a quoted nickname inside
    nested: bool = False  # a surname or nickname nested in its host: never grouped by text
    honorific: str | None = None  # "Mr.", "Sra." written right before a person's name
    gender: str | None = None  # what the honorific says: 'm' or 'f'
    after_article: bool = False  # "the Gibe": how a ship is named without its prefix

    @property
    def key(self) -> str:
        if len(self.words) == 1 and looks_like_acronym(self.words[0]):
            return self.words[0].replace(".", "")
        return " ".join(fold(w) for w in self.words)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_punct and doc[start].text not in QUOTES
                           or doc[start].is_space or fold(doc[start].text) in _LEADING_DROP):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].text in _TRAILING_DROP):
        end -= 1
    return start, end


def _is_cap(text: str) -> bool:
    return text[:1].isupper()


def _nickname_names(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(start, end, nick_start, nick_end) for 'Given “Nick Name” Surname' patterns."""
    found: list[tuple[int, int, int, int]] = []
    n = len(doc)
    for i, tok in enumerate(doc):
        if tok.text not in _OPEN_QUOTES or i == 0 or not is_first_name(doc[i - 1].text):
            continue
        j = i + 1
        while j < n and j - i <= _MAX_NICKNAME and doc[j].text not in QUOTES and not doc[j].is_space:
            j += 1
        if j >= n or doc[j].text not in QUOTES or j == i + 1 or not _is_cap(doc[i + 1].text):
            continue
        k = j + 1
        while k < n and k - j <= _MAX_SURNAME and doc[k].is_alpha and _is_cap(doc[k].text):
            k += 1
        if k == j + 1:
            continue
        start = i - 1
        while start > 0 and is_first_name(doc[start - 1].text) and doc[start - 1].is_title:
            start -= 1
        found.append((start, k, i + 1, j))
    return found


def _make(doc: Doc, start: int, end: int, label: str, src: Span | None) -> Mention:
    lead = 1 if label == "PERSON" and end - start > 2 and fold(doc[start].text) in _ARTICLES else 0
    if label == "PERSON" and end - start > 1 + lead and honorific_gender_of(doc[start + lead].text):
        start += 1 + lead  # "Mr. Obama", "el señor Vega" in the model's span: the honorific says who
    words = [t.text for t in doc[start:end] if not t.is_space]
    m = Mention(start, end, label, words=words, after_article=start > 0 and fold(doc[start - 1].text) in _ARTICLES)
    if src is not None:
        m.role = src._.cg_role
        m.kind = src._.cg_kind
    if label == "PERSON":
        m.parts = split_name(words)
        # the model leaves "Mr." out of the name; it still tells Mr. Tovar from Ms. Tovar
        before = doc[start - 1] if start > 0 else None
        if before is not None and (gender := honorific_gender_of(before.text)):
            m.honorific, m.gender = before.text, gender
    return m


def name_mentions(doc: Doc) -> list[Mention]:
    """Trimmed name ents; a quoted-nickname full name replaces the ents it overlaps."""
    nick_names = _nickname_names(doc)
    covered = [(s, e) for s, e, _, _ in nick_names]
    mentions: list[Mention] = []
    for start, end, ns, ne in nick_names:
        src = next((e for e in doc.ents if e.start <= start < e.end and e.label_ == "PERSON"), None)
        m = _make(doc, start, end, "PERSON", src)
        words = [t.text for t in doc[start:end] if not (ns - 1 <= t.i <= ne)]
        m.parts = split_name(words)
        m.nickname = (ns, ne)
        mentions.append(m)
    for ent in doc.ents:
        label = NAME_TYPES.get(ent.label_)
        if label is None or any(s < ent.end and ent.start < e for s, e in covered):
            continue
        start, end = _trim(doc, ent.start, ent.end)
        if start < end:
            mentions.append(_make(doc, start, end, label, ent))
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions
