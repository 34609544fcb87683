"""Clock times inside an expression: "10:35 a.m.", "noon", "22.30 horas", "las seis de la tarde"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .timex_lexicon import Lexicon

_AMPM = re.compile(r"\b(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?\s*m\b\.?")
_NOON = re.compile(r"\b(?:noon|mediodía)\b")
# 24-hour clock, only where a clock word or "las" makes it one ("1.500" is a number in Spanish).
_H24 = re.compile(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b(?=\s*(?:h\b|horas?\b|hora local|horas locales|gmt|utc)|$)"
                  r"|(?<=\blas )([01]?\d|2[0-3])[:.]([0-5]\d)\b")
# "las seis de la tarde", "la una y media de la madrugada"
_LAS = re.compile(r"\blas?\s+(\d{1,2}|\w+)(?:\s+y\s+(media|cuarto))?"
                  r"(?:\s+(?:horas?\s+)?de\s+la\s+(mañana|tarde|noche|madrugada))")
_AFTERNOON = ("tarde", "noche")
_ZULU = re.compile(r"\b(?:gmt|utc)\b")


@dataclass(frozen=True)
class Clock:
    hour: int
    minute: int
    start: int  # where the clock words are in the lower-cased expression
    end: int
    zone: str  # "Z" for GMT/UTC, else ""


def clock_of(low: str, lex: Lexicon) -> Clock | None:
    zone = "Z" if _ZULU.search(low) else ""
    match = _AMPM.search(low)
    if match:
        hour = int(match[1]) % 12 + (12 if match[3] == "p" else 0)
        return _valid(hour, int(match[2] or 0), match, zone)
    match = _H24.search(low)
    if match:
        hour_text, minute_text = (match[1], match[2]) if match[1] else (match[3], match[4])
        return _valid(int(hour_text), int(minute_text), match, zone)
    match = _LAS.search(low)
    if match:
        number = int(match[1]) if match[1].isdigit() else lex.numbers.get(match[1])
        if number is None or not 1 <= number <= 12:
            return None
        hour = number + (12 if match[3] in _AFTERNOON and number < 12 else 0)
        minute = {"media": 30, "cuarto": 15}.get(match[2] or "", 0)
        return _valid(hour, minute, match, zone)
    match = _NOON.search(low)
    return _valid(12, 0, match, zone) if match else None


def _valid(hour: int, minute: int, match: re.Match[str], zone: str) -> Clock | None:
    if hour > 23 or minute > 59:
        return None
    return Clock(hour, minute, match.start(), match.end(), zone)
