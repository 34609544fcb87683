"""casegraph_dates on sentences written for these tests, through the real English model."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from casegraph.models import DateValue
from casegraph.nlp import dates, passages, token_repair  # noqa: F401  (registers factories)
from casegraph.nlp.extensions import TIMEXES, register_extensions
from casegraph.nlp.pipeline import load_model
from casegraph.nlp.timex_normalize import normalize_timex

from .conftest import SEEDS


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    model = load_model("en_core_web_sm")
    model.add_pipe("casegraph_token_repair", first=True)
    model.add_pipe("casegraph_passages")
    model.add_pipe("casegraph_dates")
    return model


def timexes(nlp: Language, text: str, published: str | None = "2025-03-05") -> dict[str, tuple[str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.cg_published = DateValue(published, "day", published) if published else None
    doc = nlp(doc)
    return {s.text: (s._.cg_timex.kind, s._.cg_timex.value) for s in doc.spans[TIMEXES]}


def test_weekday_resolves_back_in_past_tense_and_forward_in_future(nlp: Language) -> None:
    # 2025-03-05 was a Wednesday.
    found = timexes(nlp, "The mayor resigned on Monday. The judge will rule on Friday.")
    assert found["Monday"] == ("date", "2025-03-03")
    assert found["Friday"] == ("date", "2025-03-07")


def test_scheduled_dates_resolve_forward(nlp: Language) -> None:
    found = timexes(nlp, "The hearing is scheduled for January 20, and the verdict came in February 2024.")
    assert found["January 20"] == ("date", "2026-01-20")
    assert found["February 2024"] == ("date", "2024-02")


def test_years_relative_expressions_and_durations(nlp: Language) -> None:
    found = timexes(nlp, "He was jailed in 1998, freed last year after serving 27 years, and fled two weeks ago.")
    assert found["1998"] == ("date", "1998")
    assert found["last year"] == ("date", "2024")
    assert found["27 years"] == ("duration", "P27Y")
    assert found["two weeks ago"][1] == "2025-02"


def test_words_that_only_look_like_dates_are_left_alone(nlp: Language) -> None:
    found = timexes(nlp, "Protesters may march to the plaza. The 72-year-old seized 100M pesos and 40 rifles.")
    assert found == {}


def test_weekday_that_disagrees_with_the_date_is_a_conflict(nlp: Language) -> None:
    doc = nlp.make_doc("The governor wrote on Monday, June 3, that he would not resign.")
    doc._.cg_published = DateValue("2026-06-10", "day", None)
    doc = nlp(doc)
    timex = doc.spans[TIMEXES][0]._.cg_timex
    assert timex.value == "2026-06-03"  # the calendar date is kept
    (conflict,) = doc._.cg_conflicts
    assert conflict.kind == "weekday_mismatch" and "Wednesday" in conflict.description
    assert doc.text[conflict.evidence[0].start : conflict.evidence[0].end] == "Monday, June 3"


def test_no_publication_date_leaves_relative_dates_unresolved(nlp: Language) -> None:
    found = timexes(nlp, "The trial began on Tuesday and ended in 2019.", published=None)
    assert found["Tuesday"] == ("date", None)
    assert found["2019"] == ("date", "2019")


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [("el pasado miércoles", None, "2025-02-26"), ("el 9 de octubre", "future", "2025-10-09"),
     ("el 9 de octubre", "past", "2024-10-09"), ("en agosto", "future", "2025-08"),
     ("hace dos semanas", None, "2025-W08"), ("el próximo año", None, "2026")],
)
def test_spanish_expressions_normalize_against_the_publication_date(text: str, tense: str | None, value: str) -> None:
    # 2025-03-05 was a Wednesday: "el pasado miércoles" is the one before.
    assert normalize_timex(text, date(2025, 3, 5), tense=tense, lang="es")[1] == value


def test_the_sample_with_a_wrong_weekday_reports_it(nlp: Language) -> None:
    path = next(iter(sorted(SEEDS.glob("002_*.txt"))), None)
    if path is None:
        pytest.skip(f"{SEEDS} is absent (../shared sits beside the project only in development and CI)")
    doc = nlp.make_doc(path.read_text(encoding="utf-8"))
    doc._.cg_published = DateValue("2024-09-17", "day", None)
    doc = nlp(doc)
    kinds = [c.kind for c in doc._.cg_conflicts]
    assert kinds == ["weekday_mismatch"]
