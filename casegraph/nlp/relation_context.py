"""Helpers shared by the relation and event components: tokens -> entities, clause subjects, evidence, time."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..models import DateValue, Evidence
from .coref_roles import is_person_pronoun, resolve_reference, role_class
from .extensions import MENTIONS, TIMEXES
from .relation_triggers import words

RELATIVE_PRONOUNS = words("who that which whom quien que")
SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class EntityRef:
    key: int
    label: str
    start: int  # token offsets of the words the reference rests on
    end: int


class MentionIndex:
    """Token -> longest mention covering it; built once per doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_token: dict[int, Span] = {}
        for span in doc.spans.get(MENTIONS, []):
            if span._.cg_entity is None:
                continue
            for i in range(span.start, span.end):
                old = self.by_token.get(i)
                if old is None or len(span) > len(old):
                    self.by_token[i] = span

    def mention(self, tok: Token) -> Span | None:
        return self.by_token.get(tok.i)

    def entity(self, tok: Token, resolve: bool = True) -> EntityRef | None:
        """The entity a noun-phrase head stands for: its mention, or a resolved pronoun/nominal."""
        span = self.by_token.get(tok.i)
        if span is not None:
            return EntityRef(int(span._.cg_entity), span.label_, span.start, span.end)
        if tok.lower_ in RELATIVE_PRONOUNS and tok.dep_ in SUBJECT_DEPS + ("dobj",):
            antecedent = relative_antecedent(tok)
            return self.entity(antecedent, resolve) if antecedent is not None else None
        # a mention inside the phrase this token heads ("the same institution, MDC")
        for child in tok.children:
            if child.dep_ == "appos" and child.i in self.by_token:
                return self.entity(child, resolve)
        if not resolve:
            return None
        if is_person_pronoun(tok) or (tok.pos_ in ("NOUN", "PROPN") and role_class(tok.lemma_)):
            key = resolve_reference(self.doc, self.doc[tok.i : tok.i + 1])
            if key is not None:
                return EntityRef(key, "PERSON", _np_start(tok), tok.i + 1)
        if tok.dep_ == "appos" and tok.head.i in self.by_token:
            return self.entity(tok.head, resolve=False)
        return self.linear_appos(tok) or self.name_after(tok)

    def name_after(self, tok: Token) -> EntityRef | None:
        """'arrested its captain, Ramiro Olvera, on Tuesday': a person named right after a singular noun
        phrase and a comma, closed by a comma or the sentence's end, which the parser did not attach."""
        if tok.tag_ != "NN":
            return None
        comma = tok.right_edge.i + 1
        if comma + 1 >= len(self.doc) or self.doc[comma].text != ",":
            return None
        span = self.by_token.get(comma + 1)
        if span is None or span.start != comma + 1 or span.label_ != "PERSON":
            return None
        after = self.doc[span.end] if span.end < len(self.doc) else None
        if after is not None and after.text not in (",", ".", ";") and not after.is_sent_start:
            return None
        return EntityRef(int(span._.cg_entity), span.label_, span.start, span.end)

    def linear_appos(self, tok: Token, definite: bool = True) -> EntityRef | None:
        """'<mention> (ACR), the same institution': a (definite) noun phrase right after a name and a comma,
        which the parser did not attach as an apposition."""
        if tok.pos_ != "NOUN" or (definite and not any(c.lower_ == "the" for c in tok.lefts)):
            return None
        i = _np_start(tok) - 1
        if i < 1 or self.doc[i].text != ",":
            return None
        i -= 1
        if self.doc[i].text == ")" and "(" in self.doc[max(0, i - 6) : i].text:
            i = max(j for j in range(i) if self.doc[j].text == "(") - 1  # "Name (ACRONYM), the ..."
        span = self.by_token.get(i)
        if span is None or span.end != i + 1:
            return None
        return EntityRef(int(span._.cg_entity), span.label_, span.start, span.end)

    def entities_with_conj(self, tok: Token) -> list[EntityRef]:
        """The entity of `tok` and of every conjunct or 'along with' partner of it."""
        out: list[EntityRef] = []
        for t in conjuncts(tok):
            ref = self.entity(t)
            if ref is not None and all(r.key != ref.key for r in out):
                out.append(ref)
        return out


def _np_start(tok: Token) -> int:
    return min([tok.i] + [c.i for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "poss")])


def conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
        elif child.dep_ == "prep" and child.lower_ in ("along", "together"):
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ == "with":
                    for g in grand.children:
                        if g.dep_ == "pobj":
                            out.extend(conjuncts(g))
    seen: dict[int, Token] = {}
    for t in out:
        seen.setdefault(t.i, t)
    return list(seen.values())


def relative_antecedent(tok: Token) -> Token | None:
    verb = tok.head
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ in ("relcl", "acl"):
        return verb.head
    return None


def clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through conjunction, xcomp and relative clauses."""
    seen = 0
    while seen < 6:
        seen += 1
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in RELATIVE_PRONOUNS:
                    return relative_antecedent(child)
                return child
        if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
            return verb.head
        return None
    return None


def make_evidence(doc: Doc, tokens: list[int]) -> Evidence:
    lo, hi = min(tokens), max(tokens)
    sent = doc[lo].sent
    lo = max(lo, sent.start)
    hi = min(hi, sent.end - 1)
    return Evidence(
        article_id=doc._.cg_article_id or "",
        start=doc[lo].idx,
        end=doc[hi].idx + len(doc[hi].text),
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
    )


def timex_spans(doc: Doc) -> list[Span]:
    return [s for s in doc.spans.get(TIMEXES, []) if s._.cg_timex is not None]


def clause_root(tok: Token) -> Token:
    """The nearest verb governing a token (the token itself when it is one)."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def clause_date(doc: Doc, tok: Token, kinds: tuple[str, ...] = ("date",)) -> DateValue | None:
    """The date of a timex attached in the same clause as `tok` (a descendant of its governing verb)."""
    root = clause_root(tok)
    best: tuple[int, DateValue] | None = None
    for span in timex_spans(doc):
        tx = span._.cg_timex
        if tx.kind not in kinds or span.sent != tok.sent:
            continue
        if not (root.is_ancestor(span.root) or tok.is_ancestor(span.root)):
            continue
        if _crosses_clause(span.root, root):
            continue
        dist = abs(span.root.i - tok.i)
        if best is None or dist < best[0]:
            best = (dist, DateValue(tx.value, tx.precision, tx.text))
    return best[1] if best else None


def _crosses_clause(tok: Token, root: Token) -> bool:
    t = tok
    while t.i != root.i and t.head.i != t.i:
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ccomp", "advcl", "relcl", "conj"):
            return True
        t = t.head
    return False
