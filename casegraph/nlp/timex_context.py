"""Values that depend on the document around an expression, not on its words alone.

Financial reports measure against the quarter they are about: after "the third quarter", "a year
earlier" and "the year-ago period" mean the third quarter of the year before. "The year ended
June 30" is a year-long period, not the current year.
"""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["date", "time", "duration", "set"]

YEAR_BACK = re.compile(r"(?i)\byear[- ](?:ago|earlier)\b")
ORDINAL_QUARTER = re.compile(r"(?i)\b(?:first|second|third|fourth)\b")
PERIOD_END = re.compile(r"\s+(?:ended|ending)\b")
WHOLE_PERIOD = re.compile(r"(?i)^(?:the\s+)?(?:fiscal\s+)?(year|quarter)$")
LATEST_PERIOD = re.compile(r"(?i)\blatest\s+(?:fiscal\s+)?period\b")
PERIOD_OF_YEAR = re.compile(r"(?i)\b(\d{4})\s+(?:quarter|period)\b")
QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
PERIOD_LENGTH = {"year": "P1Y", "quarter": "P1Q"}


class DocumentContext:
    """Reads expressions in document order and rebases those that lean on an earlier one."""

    def __init__(self) -> None:
        self.quarter: tuple[int, int] | None = None

    def adjust(self, text: str, kind: Kind, raw: str | None, after: str) -> tuple[Kind, str | None]:
        whole = WHOLE_PERIOD.match(text.strip())
        if whole and PERIOD_END.match(after):
            return "duration", PERIOD_LENGTH[whole[1].lower()]
        if self.quarter is not None and not ORDINAL_QUARTER.search(text):
            year, quarter = self.quarter
            of_year = PERIOD_OF_YEAR.search(text)
            if of_year:
                return "date", f"{of_year[1]}-Q{quarter}"
            if YEAR_BACK.search(text):
                return "date", f"{year - 1}-Q{quarter}"
            if LATEST_PERIOD.search(text):
                return "date", f"{year}-Q{quarter}"
        found = QUARTER_VALUE.match(raw or "")
        if found and not YEAR_BACK.search(text):
            self.quarter = (int(found[1]), int(found[2]))
        return kind, raw
