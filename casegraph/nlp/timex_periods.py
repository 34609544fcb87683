"""Quarters and seasons: "the third quarter", "last year's quarter", "this past spring"."""

from __future__ import annotations

from datetime import date

from .timex_calendar import quarter_of, unit_value
from .timex_lexicon import Lexicon


def quarter_value(words: list[str], anchor: date, shift: int, tense_dir: int, lex: Lexicon) -> str | None:
    ordinal = next((lex.ordinals[w] for w in words if w in lex.ordinals), None)
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    if ordinal is not None:
        year = years[0] if years else anchor.year + (1 if shift > 0 else 0)
        back_a_year = any(w in lex.ago_suffix for w in words) or "year's" in words and "last" in words
        if not years and (("last" in words or "year" in words) and shift < 0 or back_a_year):
            year -= 1
        elif not years and shift == 0 and tense_dir <= 0 and ordinal > quarter_of(anchor):
            year -= 1  # "the fourth quarter" reported in February: last year's
        return f"{year:04d}-Q{ordinal}"
    if any(w in lex.this for w in words) and shift == 0:
        return unit_value(anchor, "Q", 0)
    back = shift if shift else -1
    if "year" in words or "año" in words or "year's" in words:
        back -= 4
    return unit_value(anchor, "Q", back) if quarter_of(anchor) else None


def season_value(words: list[str], season: str, anchor: date | None, lex: Lexicon) -> str | None:
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    if years:
        return f"{years[0]:04d}-{season}"
    if anchor is None:
        return None
    year = anchor.year
    if any(w in lex.past for w in words):
        year -= 1
    elif any(w in lex.nxt for w in words):
        year += 1
    return f"{year:04d}-{season}"
