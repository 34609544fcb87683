"""Normalize one time expression against an anchor date, TimeML style.

`normalize_timex` returns TimeML values (1998-01-08, 1998-W02, 1998-Q3, 199, P58M, PAST_REF) so that
benchmarks compare like with like; `contract_value` maps them onto the graph contract
(YYYY[-MM[-DD]] or null).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from ..models import Precision
from .timex_calendar import resolve_day_of_month, resolve_month_day, resolve_weekday, valid_date
from .timex_clock import clock_of
from .timex_contract import precision_of
from .timex_lexicon import ENGLISH, Lexicon
from .timex_named import century_value, holiday_value, spanish_decade, spelled_year
from .timex_relative import ref_value, relative_value
from .timex_spanish import SPANISH

Kind = Literal["date", "time", "duration", "set"]
Result = tuple[Kind, str | None, Precision]

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b")
_WORDS = re.compile(r"\d+(?:st|nd|rd|th|s)?|'\d\ds|[^\W\d_]+(?:[.'][^\W\d_]+)*")
_DECADE = re.compile(r"^(\d{3})0s$")
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")

LEXICONS = {"en": ENGLISH, "es": SPANISH}


def direction_of(tense: str | None) -> int:
    return {"future": 1, "past": -1}.get(tense or "", 0)


def words_of(text: str) -> list[str]:
    cleaned = text.lower().replace("-", " ").replace("’", "'").replace(".", " ")
    return _WORDS.findall(cleaned)


def normalize_timex(text: str, anchor: date | None, *, tense: str | None = None, lang: str = "en") -> Result:
    """(kind, TimeML value or None, precision) of one time expression."""
    lex = LEXICONS.get(lang, ENGLISH)
    half = _HALF.search(text) is not None
    kind, value = _normalize(" ".join(_HALF.sub(" ", text).split()) if half else text, anchor, tense, lex)
    if kind == "duration" and value and half:
        value = _plus_half(value)
    return kind, value, precision_of(value)


_HALF = re.compile(r"(?i)\band a half\b|1/2|½|\by medio\b")
# "2 1/2 years", "a year and a half", "cinco años y medio": the half in the next smaller unit.
_HALF_UNITS = {"Y": "6M", "D": "T12H", "H": "30M"}


def _plus_half(value: str) -> str:
    whole = re.fullmatch(r"P(T?)(\d+)([YDHM])", value)
    if whole is None:
        return value
    time, n, unit = whole.groups()
    if time and unit == "M":
        return f"PT{n}M30S"
    if not time and unit == "M":
        return f"P{n}M15D"
    return f"P{time}{n}{unit}{_HALF_UNITS[unit]}"


def _normalize(text: str, anchor: date | None, tense: str | None, lex: Lexicon) -> tuple[Kind, str | None]:
    low = text.lower()
    found = _explicit(low, lex)
    if found is not None:
        return "date", found
    timed = _clock(low, anchor, tense, lex)
    if timed is not None:
        return "time", timed
    words = words_of(text)
    if not words:
        return "date", None
    ref = ref_value(words, anchor, lex)
    if ref is not None:
        return ref
    dated = _calendar(words, anchor, tense, lex)
    if dated is not None:
        return dated
    return relative_value(words, anchor, direction_of(tense), lex)


def _explicit(low: str, lex: Lexicon) -> str | None:
    match = _ISO.search(low)
    if match:
        day = valid_date(int(match[1]), int(match[2]), int(match[3]))
        return day.isoformat() if day else None
    match = _SLASH.search(low)
    if match:
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        year += 1900 if year < 100 and year > 30 else 2000 if year < 100 else 0
        month, day_n = (second, first) if lex.lang != "en" else (first, second)
        day = valid_date(year, month, day_n)
        return day.isoformat() if day else None
    return None


def _clock(low: str, anchor: date | None, tense: str | None, lex: Lexicon) -> str | None:
    """A clock time, on the day the rest of the expression names ("10 p.m. Wednesday") or the anchor."""
    clock = clock_of(low, lex)
    if clock is None or anchor is None:
        return None
    rest = (low[: clock.start] + " " + low[clock.end :]).strip(" ,")
    day = _normalize(rest, anchor, tense, lex)[1] if words_of(rest) else None
    base = day if day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) else anchor.isoformat()
    return f"{base}T{clock.hour:02d}:{clock.minute:02d}{clock.zone}"


def _calendar(words: list[str], anchor: date | None, tense: str | None, lex: Lexicon) -> tuple[Kind, str | None] | None:
    """Expressions naming a month, a weekday or a year."""
    months = [lex.months[w] for w in words if w in lex.months]
    weekdays = [lex.weekdays[w] for w in words if w in lex.weekdays]
    years = [int(w) for w in words if w.isdigit() and len(w) == 4 and 1000 <= int(w) <= 2999]
    days = [int(m[1]) for w in words if (m := _DAY.match(w)) and 1 <= int(m[1]) <= 31]
    if lex.lang == "es" and "primero" in words:
        days.append(1)
    spelled = spelled_year(words) if lex.lang == "en" else None
    if spelled is not None:
        years.append(spelled)
    direction = _word_direction(words, lex)
    century = century_value(words)
    if century is not None:
        return "date", century
    holiday = holiday_value(words, anchor, direction_of(tense) if direction is None else direction, lex)
    if holiday is not None:
        return "date", holiday
    if months and not years and anchor is not None and direction is not None and any(
            lex.units.get(w) == "Y" for w in words):
        years.append(anchor.year + direction)  # "July last year", "February this year"
    if months:
        return "date", _month_value(months[0], days, years, weekdays, anchor, tense, direction)
    decade = spanish_decade(words, lex) if lex.lang == "es" else None
    if decade is not None:
        return "date", decade
    bare_day = all(w in lex.skip or w in ("día", "dia") or _DAY.match(w) for w in words)
    if days and not years and anchor is not None and lex.lang == "es" and bare_day:
        found = resolve_day_of_month(anchor, days[0], direction_of(tense))
        return "date", found.isoformat() if found else None
    if weekdays and not any(w in lex.units for w in words):
        return _weekday_value(weekdays[0], words, anchor, tense, direction, lex)
    if years and not any(w in lex.units and lex.units[w] == "Q" for w in words):
        return "date", f"{years[0]:04d}"
    for w in words:
        tens = _DECADE.match(w)
        if tens:
            return "date", tens[1]
    return None


def _word_direction(words: list[str], lex: Lexicon) -> int | None:
    for w in words:
        if w in lex.past:
            return -1
        if w in lex.nxt:
            return 1
        if w in lex.this:
            return 0
    return None


def _month_value(month: int, days: list[int], years: list[int], weekdays: list[int], anchor: date | None,
                 tense: str | None, direction: int | None) -> str | None:
    day = days[0] if days else None
    if years:
        if day is None:
            return f"{years[0]:04d}-{month:02d}"
        found = valid_date(years[0], month, day)
        return found.isoformat() if found else None
    if anchor is None:
        return None
    if direction == 0:  # "this September"
        found = valid_date(anchor.year, month, day or 1)
        return (found.isoformat() if day else found.strftime("%Y-%m")) if found else None
    step = direction if direction is not None else direction_of(tense)
    if direction in (-1, 1) and day is None and month == anchor.month:
        return f"{anchor.year + direction:04d}-{month:02d}"
    resolved = resolve_month_day(anchor, month, day, step, strict=direction is not None)
    if resolved is None:
        return None
    return resolved.isoformat() if day else resolved.strftime("%Y-%m")


def _weekday_value(weekday: int, words: list[str], anchor: date | None, tense: str | None,
                   direction: int | None, lex: Lexicon) -> tuple[Kind, str | None]:
    # "Friday night" is kept as the day, as TimeBank mostly annotates it; a graph date holds no more.
    kind: Kind = "date"
    if anchor is None:
        return kind, None
    if direction in (-1, 1):
        day = resolve_weekday(anchor, weekday, direction, strict=True)
    elif direction == 0:  # "this Friday", "este domingo": the coming one unless told of as past
        day = resolve_weekday(anchor, weekday, -1 if tense == "past" else 1)
    else:
        day = resolve_weekday(anchor, weekday, 1 if tense == "future" else -1)
    return kind, day.isoformat()
