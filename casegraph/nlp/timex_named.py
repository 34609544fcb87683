"""Dates named by words rather than numbers: holidays, spelled-out years, ordinal centuries."""

from __future__ import annotations

import calendar
from datetime import date

from .timex_calendar import resolve_month_day
from .timex_lexicon import Lexicon

_ONES = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_TEENS = {w: 10 + i for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 20 + 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_CENTURIES = {"eighteen": 18, "nineteen": 19, "twenty": 20}
_ORDINAL_SUFFIX = ("st", "nd", "rd", "th")


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth weekday of a month (nth -1: the last one): Thanksgiving is (11, Thursday, 4)."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if date(year, month, d).weekday() == weekday]
    return date(year, month, days[nth - 1 if nth > 0 else nth])


def holiday_value(words: list[str], anchor: date | None, direction: int, lex: Lexicon) -> str | None:
    """A holiday's date: the year written, else the occurrence that fits the tense."""
    text = " ".join(words)
    name = next((n for n in sorted([*lex.holidays, *lex.floating], key=len, reverse=True) if n in text), None)
    if name is None:
        return None
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    if name in lex.holidays:
        month, day = lex.holidays[name]
    else:
        month, weekday, nth = lex.floating[name]
        day = nth_weekday(anchor.year if anchor else 2000, month, weekday, nth).day
    if years:
        year = years[0]
    elif anchor is None:
        return None
    else:
        resolved = resolve_month_day(anchor, month, day, direction)
        if resolved is None:
            return None
        year = resolved.year
    if name in lex.floating:
        return nth_weekday(year, month, *lex.floating[name][1:]).isoformat()
    return date(year, month, day).isoformat()


def spelled_year(words: list[str]) -> int | None:
    """ "nineteen ninety-six" (words split on hyphens), "two thousand and one"."""
    for i, w in enumerate(words):
        rest = words[i + 1 :]
        if w in _CENTURIES and rest:
            if rest[0] in _TEENS:
                return _CENTURIES[w] * 100 + _TEENS[rest[0]]
            if rest[0] in _TENS:
                ones = _ONES.get(rest[1], 0) if len(rest) > 1 else 0
                return _CENTURIES[w] * 100 + _TENS[rest[0]] + ones
            if rest[0] == "hundred":
                return _CENTURIES[w] * 100
        if w == "two" and rest[:1] == ["thousand"]:
            tail = [x for x in rest[1:] if x != "and"]
            return 2000 + (_ONES.get(tail[0], 0) if tail else 0)
    return None


def century_value(words: list[str]) -> str | None:
    """ "the 20th century", "el siglo XX" -> 19 (TimeML writes a century by its first two digits)."""
    if "century" not in words and "siglo" not in words:
        return None
    for w in words:
        if w.endswith(_ORDINAL_SUFFIX) and w[:-2].isdigit():
            return f"{int(w[:-2]) - 1:02d}"
        number = roman(w)  # "el siglo XIX"
        if number is not None and 1 <= number <= 21:
            return f"{number - 1:02d}"
    return None


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_DECADE_HEADS = ("años", "década", "décadas")


def roman(word: str) -> int | None:
    if not word or any(ch not in _ROMAN for ch in word):
        return None
    total = 0
    for ch, nxt in zip(word, [*word[1:], ""], strict=True):
        value = _ROMAN[ch]
        total += -value if nxt and _ROMAN[nxt] > value else value
    return total


def spanish_decade(words: list[str], lex: Lexicon) -> str | None:
    """ "los años 30", "la década de los noventa", "los 80" -> 193, 199, 198."""
    heads = [i for i, w in enumerate(words) if w in _DECADE_HEADS]
    start = heads[0] + 1 if heads else 0
    if not heads and not (len(words) == 2 and words[0] in ("los", "las")):
        return None
    for w in words[start:]:
        value = int(w) if w.isdigit() else lex.numbers.get(w)
        if value is not None and 20 <= value <= 90 and value % 10 == 0 and (w.isdigit() or value >= 30):
            return f"19{value // 10}"
    return None
