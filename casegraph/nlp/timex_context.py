"""Values that depend on the document around an expression, not on its words alone.

Financial reports measure against the quarter they are about: after "the third quarter", "a year
earlier" and "the year-ago period" mean the third quarter of the year before. "The year ended
June 30" is a year-long period, not the current year. A story told in the past counts from the
last year it named: "arrested in 2015 and convicted the following year" is 2016, "later that
year" 2015, whatever the publication date.
"""

from __future__ import annotations

import re
from typing import Literal

from .timex_lexicon import ENGLISH
from .timex_spanish import SPANISH

Kind = Literal["date", "time", "duration", "set"]

YEAR_BACK = re.compile(r"(?i)\byear[- ](?:ago|earlier)\b")
ORDINAL_QUARTER = re.compile(r"(?i)\b(?:first|second|third|fourth)\b")
PERIOD_END = re.compile(r"\s+(?:ended|ending)\b")
WHOLE_PERIOD = re.compile(r"(?i)^(?:the\s+)?(?:fiscal\s+)?(year|quarter)$")
LATEST_PERIOD = re.compile(r"(?i)\blatest\s+(?:fiscal\s+)?period\b")
PERIOD_OF_YEAR = re.compile(r"(?i)\b(\d{4})\s+(?:quarter|period)\b")
QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
WRITTEN_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
NAMED_MONTH = re.compile(r"^(\d{4})-(\d{2})")
# Expressions that lean on the year or month last named, with the shift they apply (English, Spanish).
ANAPHORIC = [
    (re.compile(r"(?i)^(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+same|that\s+same)\s+(year|month)$"), 0),
    (re.compile(r"(?i)^the\s+(?:following|next|subsequent)\s+(year|month)$"), 1),
    (re.compile(r"(?i)^the\s+(?:previous|preceding|prior)\s+(year|month)$|^the\s+(year|month)\s+before$"), -1),
    (re.compile(r"(?i)^(?:ese|aquel)\s+(?:mismo\s+)?(año|mes)$"), 0),
    (re.compile(r"(?i)^(?:el|al)\s+(año|mes)\s+siguiente$"), 1),
    (re.compile(r"(?i)^(?:el|al)\s+(año|mes)\s+anterior$"), -1),
]
# "extradited a year later", "dos años después": counted from the year or month last named.
COUNTED = re.compile(
    r"(?i)^(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|casi\s+|más\s+de\s+)?"
    r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho"
    r"|nueve|diez)\s+(years?|months?|años?|mes(?:es)?)\s+(later|after|afterwards|earlier|before|después|antes)$")
BACKWARD = frozenset(("earlier", "before", "antes"))
PERIOD_LENGTH = {"year": "P1Y", "quarter": "P1Q"}


def _months_later(month: tuple[int, int], n: int) -> tuple[int, int]:
    """(year, month) n months after (or before, n < 0) the given one."""
    year, index = divmod(month[0] * 12 + month[1] - 1 + n, 12)
    return year, index + 1


class DocumentContext:
    """Reads expressions in document order and rebases those that lean on an earlier one."""

    def __init__(self) -> None:
        self.quarter: tuple[int, int] | None = None
        self.year: int | None = None  # the last year written out in the text
        self.month: tuple[int, int] | None = None  # the last month named with its year

    def adjust(self, text: str, kind: Kind, raw: str | None, after: str) -> tuple[Kind, str | None]:
        leaning = self._anaphoric(text.strip())
        if leaning is None and self.quarter is None:  # financial "a year earlier" is the quarter's
            leaning = self._counted(text.strip())
        if leaning is not None:
            return "date", leaning
        kind, raw = self._periods(text, kind, raw, after)
        written = WRITTEN_YEAR.search(text)
        if written and raw and raw.startswith(written[1]):
            self.year = int(written[1])
            month = NAMED_MONTH.match(raw)
            self.month = (int(month[1]), int(month[2])) if month else None
        return kind, raw

    def _anaphoric(self, text: str) -> str | None:
        for pattern, shift in ANAPHORIC:
            found = pattern.match(text)
            if found is None:
                continue
            unit = (found[1] or found[found.lastindex or 1]).lower()
            if unit in ("year", "año") and self.year is not None:
                self.year += shift  # "the following year ... later that year": the story moved on
                self.month = None
                return f"{self.year:04d}"
            if unit in ("month", "mes") and self.month is not None:
                self.month = _months_later(self.month, shift)
                self.year = self.month[0]
                return f"{self.month[0]:04d}-{self.month[1]:02d}"
        return None

    def _counted(self, text: str) -> str | None:
        found = COUNTED.match(text)
        if found is None or self.year is None:
            return None
        word = found[1].lower()
        n = int(word) if word.isdigit() else ENGLISH.numbers.get(word) or SPANISH.numbers[word]
        if n is None:
            return None
        n = -n if found[3].lower() in BACKWARD else n
        if found[2].lower().startswith(("year", "año")):
            return f"{self.year + n:04d}"
        if self.month is None:
            return None
        year, month = _months_later(self.month, n)
        return f"{year:04d}-{month:02d}"

    def _periods(self, text: str, kind: Kind, raw: str | None, after: str) -> tuple[Kind, str | None]:
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
