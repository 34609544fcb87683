"""Shared fixtures: paths to ../shared (optional), the export schema, temp databases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SCHEMA = SHARED / "contracts" / "graph.schema.json"
EXAMPLES = ROOT / "examples"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only beside the project in development and CI)")
    return path


@pytest.fixture
def schema() -> dict[str, Any]:
    return json.loads(need_shared(SCHEMA).read_text(encoding="utf-8"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "graph.db"
