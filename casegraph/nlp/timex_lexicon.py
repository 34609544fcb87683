"""Word tables for time expressions; one `Lexicon` per language, English here.

Normalization (timex_normalize) only reads these tables, so a language is added by writing its
tables (see timex_spanish), not by writing new rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Unit codes: Y year, M month, W week, D day, H hour, MIN minute, S second, DE decade,
# CE century, Q quarter, WE weekend.
UNIT_ISO = {"Y": "Y", "M": "M", "W": "W", "D": "D", "DE": "Y", "CE": "Y", "Q": "Q", "WE": "D"}
UNIT_TIME_ISO = {"H": "H", "MIN": "M", "S": "S"}
UNIT_SCALE = {"DE": 10, "CE": 100, "WE": 2}


@dataclass(frozen=True)
class Lexicon:
    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]  # Monday = 0
    numbers: dict[str, int | None]  # None: a vague amount ("several"), written X in values
    units: dict[str, str]
    refs: dict[str, str]  # whole phrase -> PAST_REF / PRESENT_REF / FUTURE_REF or day offset "+1"
    past: frozenset[str]  # "last", "past": the unit before the anchor
    nxt: frozenset[str]  # "next", "coming"
    this: frozenset[str]
    ago_suffix: frozenset[str]
    ago_prefix: frozenset[str]
    later: frozenset[str]
    parts_of_day: dict[str, str]
    seasons: dict[str, str]
    sets: dict[str, str]  # word -> unit code of its period
    set_cues: frozenset[str]  # "every", "each"
    ordinals: dict[str, int]
    skip: frozenset[str]  # words with no meaning for the value (prepositions, articles)
    early: frozenset[str] = field(default_factory=frozenset)
    plural_vague_past: frozenset[str] = field(default_factory=frozenset)  # "recent" + years
    holidays: dict[str, tuple[int, int]] = field(default_factory=dict)  # fixed (month, day)
    floating: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # (month, weekday, nth; -1 last)


def _numbers() -> dict[str, int | None]:
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    out: dict[str, int | None] = {w: i for i, w in enumerate(ones)}
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    out.update({w: 20 + 10 * i for i, w in enumerate(tens)})
    out.update({"a": 1, "an": 1, "single": 1, "half": None, "dozen": 12, "hundred": 100})
    out.update({w: None for w in ("several", "few", "many", "some", "couple", "numerous", "multiple")})
    return out


ENGLISH = Lexicon(
    lang="en",
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    weekdays={
        "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
        "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
        "sunday": 6, "sun": 6,
    },
    numbers=_numbers(),
    units={
        "year": "Y", "years": "Y", "yr": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W",
        "day": "D", "days": "D", "hour": "H", "hours": "H", "minute": "MIN", "minutes": "MIN",
        "second": "S", "seconds": "S", "decade": "DE", "decades": "DE", "century": "CE",
        "centuries": "CE", "quarter": "Q", "quarters": "Q", "weekend": "WE", "weekends": "WE",
    },
    refs={
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
        "nowadays": "PRESENT_REF", "present": "PRESENT_REF", "right now": "PRESENT_REF",
        "at present": "PRESENT_REF", "already": "PRESENT_REF", "these days": "PRESENT_REF",
        "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
        "past": "PAST_REF", "formerly": "PAST_REF", "earlier": "PAST_REF", "once": "PAST_REF",
        "future": "FUTURE_REF", "soon": "FUTURE_REF",
        "later": "FUTURE_REF", "eventually": "FUTURE_REF", "today": "+0", "yesterday": "-1",
        "tomorrow": "+1", "tonight": "+0TNI", "recent years": "PAST_REF", "last night": "-1TNI", "overnight": "+0TNI", "day before yesterday": "-2",
    },
    past=frozenset({"last", "past", "previous", "prior", "preceding"}),
    nxt=frozenset({"next", "coming", "following", "upcoming"}),
    this=frozenset({"this", "current", "present", "same"}),
    ago_suffix=frozenset({"ago", "earlier", "before", "back"}),
    ago_prefix=frozenset(),
    later=frozenset({"later", "hence", "after", "from"}),
    parts_of_day={"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "noon": "MI"},
    seasons={"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"},
    sets={"daily": "D", "weekly": "W", "monthly": "M", "annually": "Y", "annual": "Y", "yearly": "Y",
          "hourly": "H", "nightly": "D", "quarterly": "Q"},
    set_cues=frozenset({"every", "each", "per"}),
    ordinals={"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4},
    skip=frozenset({"the", "on", "in", "at", "of", "by", "since", "until", "during", "for", "back",
                    "about", "nearly", "almost", "more", "than", "less", "over", "some", "around",
                    "roughly", "fiscal", "just", "only", "another", "and", "last-minute"}),
    early=frozenset({"early", "mid", "late", "end", "beginning", "start", "middle"}),
    plural_vague_past=frozenset({"recent"}),
    holidays={"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
              "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
              "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11)},
    floating={"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
              "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3)},
)
