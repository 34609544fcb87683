"""Calendar arithmetic on anchors, producing TimeML-style values (1998-W02, 1998-Q3, 199)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

Direction = int  # -1 before the anchor, 0 the anchor's own unit, +1 after


def add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def unit_value(anchor: date, unit: str, shift: int) -> str | None:
    """The unit (year, month, week, ...) `shift` units away from the anchor's own one."""
    if unit == "Y":
        return f"{anchor.year + shift:04d}"
    if unit == "M":
        return add_months(anchor, shift).strftime("%Y-%m")
    if unit in ("W", "WE"):
        value = week_value(anchor + timedelta(weeks=shift))
        return value + "-WE" if unit == "WE" else value
    if unit == "D":
        return (anchor + timedelta(days=shift)).isoformat()
    if unit == "Q":
        moved = add_months(anchor, 3 * shift)
        return f"{moved.year:04d}-Q{quarter_of(moved)}"
    if unit == "DE":
        return f"{(anchor.year // 10 + shift):03d}"
    if unit == "CE":
        return f"{(anchor.year // 100 + shift):02d}"
    return None


def shifted(anchor: date, unit: str, amount: int) -> date:
    """The anchor moved by `amount` units (negative: earlier)."""
    if unit in ("Y", "DE", "CE"):
        scale = {"Y": 1, "DE": 10, "CE": 100}[unit]
        return add_months(anchor, 12 * scale * amount)
    if unit in ("M", "Q"):
        return add_months(anchor, amount * (3 if unit == "Q" else 1))
    if unit in ("W", "WE"):
        return anchor + timedelta(weeks=amount)
    return anchor + timedelta(days=amount)


def resolve_weekday(anchor: date, weekday: int, direction: Direction, strict: bool = False) -> date:
    """The weekday nearest the anchor in `direction` (0 counts as the past, as news usually means).

    strict excludes the anchor itself ("last Friday" said on a Friday is a week back).
    """
    delta = (anchor.weekday() - weekday) % 7
    if direction > 0:
        ahead = (weekday - anchor.weekday()) % 7
        if strict and ahead == 0:
            ahead = 7
        return anchor + timedelta(days=ahead)
    if strict and delta == 0:
        delta = 7
    return anchor - timedelta(days=delta)


# How far back a past-tense month (and day) may reach before a nearer future one wins: "was
# extended to Nov. 20" written on November 2 means this November, not the last.
PAST_REACH_DAYS = 300


def resolve_month_day(anchor: date, month: int, day: int | None, direction: Direction,
                      strict: bool = False) -> date | None:
    """A month (and day) with no year, placed in the year that fits the tense.

    Future: the next occurrence; past: the last one unless it is most of a year back; no tense:
    the nearest. strict ("last December") always honours direction.
    A month alone that is the anchor's own month stays in the anchor's year.
    """
    if day is None and month == anchor.month:
        return date(anchor.year, month, 1)
    options = [found for year in (anchor.year - 1, anchor.year, anchor.year + 1)
               if (found := valid_date(year, month, day or 1)) is not None]
    if not options:
        return None
    reference = anchor.replace(day=1) if day is None else anchor
    before = [d for d in options if d <= reference]
    after = [d for d in options if d > reference]
    last, coming = (before[-1] if before else None), (after[0] if after else None)
    reach = 366 if strict else PAST_REACH_DAYS
    if coming is None or (direction < 0 and last is not None and (reference - last).days <= reach):
        return last
    if last is None or direction > 0:
        return coming
    return last if (reference - last) <= (coming - reference) else coming


def resolve_day_of_month(anchor: date, day: int, direction: Direction) -> date | None:
    """ "el día 8", "el 9": that day in the anchor's month or the month before or after, by tense."""
    options = [d for shift in (-1, 0, 1) if (d := valid_date(*_month_of(anchor, shift), day)) is not None]
    if direction > 0:
        options = [d for d in options if d >= anchor] or options
    elif direction < 0:
        options = [d for d in options if d <= anchor] or options
    return min(options, key=lambda d: abs((d - anchor).days), default=None)


def _month_of(anchor: date, shift: int) -> tuple[int, int]:
    moved = add_months(anchor.replace(day=1), shift)
    return moved.year, moved.month


def valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
