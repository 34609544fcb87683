"""Annotation records to and from JSON, so per-article work is stored once and re-used."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..models import (
    Annotation,
    Claim,
    Conflict,
    DateValue,
    Event,
    Evidence,
    LocalEntity,
    Mention,
    Participant,
    Relation,
    Timex,
)


def dumps_annotation(annotation: Annotation) -> str:
    return json.dumps(asdict(annotation), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _date(d: dict[str, Any] | None) -> DateValue | None:
    return DateValue(**d) if d else None


def _evidence(d: dict[str, Any]) -> Evidence:
    return Evidence(**d)


def loads_annotation(raw: str) -> Annotation:
    d = json.loads(raw)
    return Annotation(
        article_id=d["article_id"],
        language=d["language"],
        entities=[LocalEntity(**e) for e in d["entities"]],
        mentions=[Mention(**m) for m in d["mentions"]],
        timexes=[Timex(**t) for t in d["timexes"]],
        claims=[
            Claim(**{**c, "evidence": _evidence(c["evidence"]), "date": _date(c.get("date"))}) for c in d["claims"]
        ],
        relations=[
            Relation(**{**r, "evidence": _evidence(r["evidence"]), "time": _date(r.get("time"))})
            for r in d["relations"]
        ],
        events=[
            Event(
                **{
                    **e,
                    "evidence": _evidence(e["evidence"]),
                    "date": _date(e.get("date")),
                    "participants": [Participant(**p) for p in e["participants"]],
                }
            )
            for e in d["events"]
        ],
        conflicts=[
            Conflict(kind=c["kind"], description=c["description"], evidence=[_evidence(x) for x in c["evidence"]])
            for c in d["conflicts"]
        ],
        passages=[tuple(p) for p in d.get("passages", [])],  # type: ignore[misc]
    )


def dumps_date(d: DateValue | None) -> str | None:
    return json.dumps(d.to_json(), ensure_ascii=False, sort_keys=True) if d else None


def loads_date(raw: str | None) -> dict[str, Any] | None:
    return json.loads(raw) if raw else None
