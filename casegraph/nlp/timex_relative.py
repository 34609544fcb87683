"""Relative expressions: reference words, "two weeks ago", "last year", durations and sets."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from .timex_calendar import resolve_weekday, shifted, unit_value, week_value
from .timex_lexicon import UNIT_ISO, UNIT_SCALE, UNIT_TIME_ISO, Lexicon
from .timex_periods import quarter_value, season_value

Kind = Literal["date", "time", "duration", "set"]
Found = tuple[Kind, str | None]
_VAGUE_PAIRS = {("a", "few"), ("a", "couple"), ("unos", "pocos")}


def parse_number(words: list[str], i: int, lex: Lexicon) -> tuple[int | None, int] | None:
    """The amount starting at words[i] and the index after it; None when no number starts there."""
    if i >= len(words):
        return None
    word = words[i]
    if i + 1 < len(words) and (word, words[i + 1]) in _VAGUE_PAIRS:
        end = i + 2
        return None, end + 1 if end < len(words) and words[end] == "of" else end
    if word.isdigit():
        return int(word), i + 1
    if word not in lex.numbers:
        return None
    value, j = lex.numbers[word], i + 1
    if value is not None and value >= 20 and j < len(words):
        k = j + 1 if words[j] == "y" else j
        extra = lex.numbers.get(words[k]) if k < len(words) else None
        if extra is not None and 0 < extra < 10:
            value, j = value + extra, k + 1
    if j < len(words) and words[j] == "of" and value is None:
        j += 1
    return value, j


def ref_value(words: list[str], anchor: date | None, lex: Lexicon) -> Found | None:
    core = list(words)
    while core and (core[0] in lex.skip or core[0] in lex.early) and " ".join(core) not in lex.refs:
        core = core[1:]
    phrase = " ".join(core)
    if phrase in lex.refs:
        return _ref(lex.refs[phrase], anchor)
    if core and core[0] in lex.refs and lex.refs[core[0]][0] in "+-":
        rest = [w for w in core[1:] if w not in lex.skip and w not in lex.weekdays and w not in ("por",)]
        if all(w in lex.parts_of_day for w in rest):
            code = lex.refs[core[0]]
            part = next((lex.parts_of_day[w] for w in rest), None)
            return _ref(code + (f"T{part}" if part and "T" not in code else ""), anchor)
    return None


def _ref(code: str, anchor: date | None) -> Found:
    if code[0] not in "+-":
        return "date", code
    offset, _, part = code.partition("T")
    if anchor is None:
        return ("time" if part else "date"), None
    day = (anchor + timedelta(days=int(offset))).isoformat()
    return ("time", f"{day}T{part}") if part else ("date", day)


def relative_value(words: list[str], anchor: date | None, tense_dir: int, lex: Lexicon) -> Found:
    iso = _set_value(words, lex)
    if iso is not None:
        return "set", iso
    amount = _amount_unit(words, lex)
    if amount is not None:
        n, unit, at = amount
        return _counted(words, n, unit, at, anchor, lex)
    # "second quarter": an ordinal before a unit is not itself the unit (seconds).
    units = [i for i, w in enumerate(words) if w in lex.units and not _ordinal_before(words, i, lex)]
    # "the year-earlier third quarter": the quarter is what is named, the year only shifts it.
    quarters = [i for i in units if lex.units[words[i]] == "Q"]
    unit_at = quarters[0] if quarters and any(w in lex.ordinals for w in words) else (units[0] if units else None)
    joined = " ".join(words)
    multiword = next((u for u in lex.units if " " in u and u in joined), None)
    if multiword is not None:  # "fin de semana"
        unit_at = next(i for i, w in enumerate(words) if w in lex.units or w == multiword.split()[0])
        return _unit_only(words, lex.units[multiword], unit_at, anchor, tense_dir, lex)
    if unit_at is not None:
        return _unit_only(words, lex.units[words[unit_at]], unit_at, anchor, tense_dir, lex)
    season = next((lex.seasons[w] for w in words if w in lex.seasons), None)
    if season is not None:
        return "date", season_value(words, season, anchor, lex)
    part = next((lex.parts_of_day[w] for w in words if w in lex.parts_of_day), None)
    if part is not None:
        return "time", (f"{anchor.isoformat()}T{part}" if anchor else None)
    refs = [lex.refs[w] for w in words if w in lex.refs and lex.refs[w][0] not in "+-"]
    if refs:
        return "date", refs[0]
    return "date", None


def _ordinal_before(words: list[str], i: int, lex: Lexicon) -> bool:
    """ "second quarter", "segundo semestre": an ordinal before a noun is not the unit second."""
    if words[i] not in lex.ordinals or i + 1 >= len(words):
        return False
    return words[i + 1] not in lex.later and words[i + 1] not in lex.ago_suffix


def _set_value(words: list[str], lex: Lexicon) -> str | None:
    for i, w in enumerate(words):
        if w in lex.sets:
            return _period(1, lex.sets[w])
        if w in lex.set_cues and i + 1 < len(words):
            amount = parse_number(words, i + 1, lex)
            n, j = amount if amount else (1, i + 1)
            if j < len(words) and words[j] in lex.units and not words[j].endswith("s") or (
                    j < len(words) and words[j] in lex.units and w in ("todos", "todas", "every")):
                return _period(n, lex.units[words[j]])
    return None


def _amount_unit(words: list[str], lex: Lexicon) -> tuple[int | None, str, int] | None:
    for i in range(len(words)):
        amount = parse_number(words, i, lex)
        if amount is None:
            continue
        n, j = amount
        if j < len(words) and words[j] in lex.units and not _ordinal_before(words, j, lex):
            if words[i] in ("a", "an", "un", "una") and lex.units[words[j]] == "Q":
                continue
            return n, lex.units[words[j]], j
    return None


def _period(n: int | None, unit: str) -> str:
    amount = "X" if n is None else str(n * UNIT_SCALE.get(unit, 1))
    if unit in UNIT_TIME_ISO:
        return f"PT{amount}{UNIT_TIME_ISO[unit]}"
    return f"P{amount}{UNIT_ISO.get(unit, unit)}"


def _counted(words: list[str], n: int | None, unit: str, at: int, anchor: date | None, lex: Lexicon) -> Found:
    after = words[at + 1:]
    before = words[:at]
    sign = 0
    if any(w in lex.ago_suffix for w in after[:2]) or any(w in lex.ago_prefix for w in before):
        sign = -1
    elif any(w in lex.later for w in after[:2]) or any(w in lex.later for w in before):
        sign = 1
    if sign == 0 or n is None or unit in UNIT_TIME_ISO:
        return "duration", _period(n, unit)
    if anchor is None:
        return "date", None
    moved = shifted(anchor, unit, sign * n)
    return "date", unit_value(moved, "Y" if unit in ("DE", "CE") else unit, 0)


def _unit_only(words: list[str], unit: str, at: int, anchor: date | None, tense_dir: int, lex: Lexicon) -> Found:
    word = words[at]
    # Plural when the word without its ending is also a unit: "meses" (mes), not "mes" (me).
    plural = any(word[:-k] in lex.units for k in (1, 2) if word.endswith("s"))
    before = words[:at]
    if plural and any(w in lex.plural_vague_past for w in before):
        return "date", "PAST_REF"
    if plural:
        return "duration", _period(None, unit)
    if unit in UNIT_TIME_ISO:
        return "duration", _period(1, unit)
    shift = 0
    if any(w in lex.past for w in words) or "ago" in words or "earlier" in words[at + 1:]:
        shift = -1
    elif any(w in lex.nxt for w in words):
        shift = 1
    if anchor is None:
        return "date", None
    if unit == "Q":
        return "date", quarter_value(words, anchor, shift, tense_dir, lex)
    if unit == "WE":
        saturday = resolve_weekday(anchor, 5, 1 if shift > 0 or tense_dir > 0 else -1)
        return "date", week_value(saturday) + "-WE"
    return "date", unit_value(anchor, unit, shift)
