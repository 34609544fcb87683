"""Figures an article states (ages, sentence lengths, amounts, counts), read with declarative patterns.

Each figure gets a key that says what it measures, so two articles of one story can be compared:
an age or a sentence length belongs to the person named nearest to it in its sentence; an amount
per period or a count of a listed thing (bank accounts, charges) stands on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..text import fold

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30,
}
MULTIPLIERS = {"thousand": 1e3, "mil": 1e3, "million": 1e6, "millon": 1e6, "millones": 1e6, "billion": 1e9}
# Counted things worth comparing across outlets: folded noun -> what is counted.
COUNTED = {
    "bank accounts": "bank accounts", "accounts": "bank accounts", "cuentas bancarias": "bank accounts",
    "cuentas": "bank accounts", "charges": "charges", "counts": "charges", "cargos": "charges",
    "delitos": "charges", "victims": "victims", "victimas": "victims", "bodies": "bodies", "cuerpos": "bodies",
    "people killed": "killed", "dead": "killed", "muertos": "killed", "arrests": "arrests", "detenidos": "arrests",
}
PERIODS = {
    "a month": "month", "per month": "month", "monthly": "month", "al mes": "month", "mensuales": "month",
    "a year": "year", "per year": "year", "annually": "year", "al ano": "year", "anuales": "year",
    "a week": "week", "per week": "week", "a la semana": "week", "semanales": "week",
}

_NUM = r"(?P<n>\d[\d,.]*|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_MULT = r"(?:\s+(?P<mult>" + "|".join(MULTIPLIERS) + r"))?"
_PERIOD = r"(?:\s+(?P<period>" + "|".join(sorted(PERIODS, key=len, reverse=True)) + r"))?"
_COUNTED = "|".join(sorted(COUNTED, key=len, reverse=True))
_MONEY = r"(?:dollars|dolares|usd|pesos)"
# (kind, pattern over folded text, whether the figure belongs to the nearest person)
PATTERNS: list[tuple[str, re.Pattern[str], bool]] = [
    ("age", re.compile(rf"\b{_NUM}\s*(?:-| )year(?:s)?(?:-| )old\b"), True),
    ("age", re.compile(rf"(?<=[a-z]), {_NUM},"), True),
    ("age", re.compile(rf"\bde {_NUM} anos(?! de prision)\b"), True),
    ("sentence", re.compile(rf"\b(?:sentenced to|condenado a|sentencia de|condena de) {_NUM} (?P<unit>years|anos)\b"),
     True),
    ("amount", re.compile(rf"(?:\bus )?(?<![\w])(?:usd )?{_NUM}{_MULT}\s+(?:de )?(?P<cur>{_MONEY}){_PERIOD}"), False),
    ("amount", re.compile(rf"(?P<cur>\$)\s?{_NUM}{_MULT}{_PERIOD}"), False),
    ("count", re.compile(rf"\b{_NUM} (?P<what>{_COUNTED})\b"), False),
]


@dataclass(frozen=True)
class Figure:
    kind: str  # age | sentence | amount | count
    measure: str  # what is measured, e.g. "bank accounts", "USD/month", "years"
    value: float
    start: int  # character offsets of the figure in the article text
    end: int
    needs_subject: bool
    subject: str | None = None  # resolved entity id the figure belongs to (ages, sentence lengths)

    @property
    def key(self) -> str:
        """What two figures must share to be compared: "age:<entity id>", "count:bank accounts"."""
        return f"{self.kind}:{self.subject if self.needs_subject else self.measure}"


def _number(raw: str, mult: str | None) -> float | None:
    if raw in NUMBER_WORDS:
        value = float(NUMBER_WORDS[raw])
    else:
        digits = raw.rstrip(".,")
        # "300,000" and "300.000" are thousands; "2.5" is a decimal.
        if re.fullmatch(r"\d{1,3}([.,]\d{3})+", digits):
            digits = re.sub(r"[.,]", "", digits)
        try:
            value = float(digits.replace(",", "."))
        except ValueError:
            return None
    return value * MULTIPLIERS.get(mult or "", 1.0)


def _folded_with_offsets(text: str) -> str:
    """A lower-case, accent-free copy of the text with the same length, so offsets carry over."""
    out = []
    for ch in text:
        folded = fold(ch) if ch.isalnum() else ch.lower()
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


def figures(text: str) -> list[Figure]:
    folded = _folded_with_offsets(text).replace("\u00a0", " ")
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern, needs_subject in PATTERNS:
        for m in pattern.finditer(folded):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            groups = m.groupdict()
            value = _number(groups["n"], groups.get("mult"))
            if value is None:
                continue
            if kind == "amount":
                currency = "USD" if groups.get("cur") in ("$", "dollars", "dolares", "usd") else "MXN"
                period = PERIODS.get(groups.get("period") or "")
                if period is None:  # a lone amount rarely measures the same thing in two articles
                    continue
                measure = f"{currency}/{period}"
            elif kind == "count":
                measure = COUNTED[groups["what"]]
            else:
                measure = "years"
            start, end = m.start(), m.end()
            while text[start] in ", ":
                start += 1
            while text[end - 1] in ", ":
                end -= 1
            taken.append((start, end))
            out.append(Figure(kind, measure, value, start, end, needs_subject))
    return sorted(out, key=lambda f: (f.start, f.end))


def find_figures(text: str, persons: Sequence[tuple[int, int, str]], reach: int = 80) -> list[Figure]:
    """Figures of one article; an age or sentence goes to the nearest person mention within `reach`
    characters (dropped when there is none), which is how "Ruiz, 47," and "the 47-year-old Ruiz" read."""
    out = []
    for f in figures(text):
        if f.needs_subject:
            near = [(min(abs(f.start - e), abs(s - f.end)), eid) for s, e, eid in persons
                    if min(abs(f.start - e), abs(s - f.end)) <= reach and "." not in _between(text, f, s, e)]
            if not near:
                continue
            f = replace(f, subject=min(near)[1])
        out.append(f)
    return out


def _between(text: str, f: Figure, start: int, end: int) -> str:
    """The text between a figure and a mention (a sentence end there means they are not together)."""
    return text[end : f.start] if end <= f.start else text[f.end : start]
