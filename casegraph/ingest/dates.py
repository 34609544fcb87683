"""Publication dates given as metadata: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 datetime."""

from __future__ import annotations

import re
from datetime import date

from ..models import DateValue

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?")
_YEARS = range(1800, 2200)


def parse_published(raw: object, text: str | None = None) -> DateValue | None:
    """A `DateValue` for a metadata date, or None when it is missing or not a real calendar date.

    `text` is the surface form to record (defaults to the raw string itself).
    """
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str):
        return None
    cleaned = raw.strip()
    match = _ISO.fullmatch(cleaned)
    if match is None:
        return None
    year = int(match.group(1))
    month, day = (int(g) if g else None for g in match.groups()[1:])
    surface = cleaned if text is None else text
    if year not in _YEARS:
        return None
    if month is None:
        return DateValue(f"{year:04d}", "year", surface)
    if not 1 <= month <= 12:
        return None
    if day is None:
        return DateValue(f"{year:04d}-{month:02d}", "month", surface)
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return DateValue(value.isoformat(), "day", surface)
