"""Human decisions as append-only judgements, replayed over every rebuild.

Judgements name mentions (stable ids: article:start:end) rather than entity ids, because entity ids
are derived from the clustering and may change when new articles arrive.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from .errors import JudgementError

ACTIONS = ("merge", "split", "rename", "accept", "reject", "undo")


def default_author(configured: str = "") -> str:
    if configured:
        return configured
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def effective(judgements: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Judgements in order, leaving out those undone (an undo of an undo restores the original)."""
    items = list(judgements)
    undone: set[int] = set()
    for j in reversed(items):
        if j["id"] in undone:
            continue
        if j["action"] == "undo":
            undone.add(int(j["payload"]["judgement"]))
    return [j for j in items if j["id"] not in undone and j["action"] != "undo"]


def replay_groups(assignment: dict[str, str], judgements: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Apply merge and split judgements to a mention -> group assignment; returns a new assignment.

    Groups created by a split are named "split:<first mention id>"; merged groups take the name
    of the smallest group among them, so the result does not depend on dict order.
    """
    result = dict(assignment)
    for j in judgements:
        payload = j["payload"]
        if j["action"] == "merge":
            groups = sorted({result[m] for m in payload.get("mentions", []) if m in result})
            if len(groups) < 2:
                continue
            target = groups[0]
            merged = set(groups[1:])
            for m, g in result.items():
                if g in merged:
                    result[m] = target
        elif j["action"] == "split":
            moved = sorted(m for m in payload.get("mentions", []) if m in result)
            if moved:
                name = "split:" + moved[0]
                for m in moved:
                    result[m] = name
    return result


def check_action(action: str) -> None:
    if action not in ACTIONS:
        raise JudgementError(f"unknown judgement {action!r}; expected one of {', '.join(ACTIONS)}")
