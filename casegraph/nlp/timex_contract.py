"""TimeML values as the graph contract stores them, with their precision."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from ..models import Precision

Kind = Literal["date", "time", "duration", "set"]


def precision_of(value: str | None) -> Precision:
    if value is None:
        return "unknown"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"P(T?)\d+[YMWDHS]", value):
        if "T" in value:
            return "unknown"
        return "year" if value[-1] == "Y" else "month" if value[-1] == "M" else "day"
    return "unknown"


def contract_value(kind: Kind, value: str | None) -> tuple[str | None, Precision]:
    """The value as the graph contract stores it: YYYY[-MM[-DD]] for dates, ISO for durations."""
    if value is None:
        return None, "unknown"
    if kind in ("duration", "set"):
        return value, precision_of(value)
    head = value.split("T")[0]
    week = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", head)
    if week:
        monday = date.fromisocalendar(int(week[1]), int(week[2]), 4)
        return monday.strftime("%Y-%m"), "month"
    season = re.fullmatch(r"(\d{4})-(Q\d|SP|SU|FA|WI)", head)
    if season:
        return season[1], "year"
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", head):
        return head, precision_of(head)
    return None, "unknown"
