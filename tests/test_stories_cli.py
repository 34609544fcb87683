"""`casegraph stories`, `casegraph story ID` and `casegraph conflicts` on the examples built once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casegraph.build import build
from casegraph.cli import app

from .conftest import EXAMPLES


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "graph.db"
    build([EXAMPLES], path)
    return path


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    return result.output


def test_stories_lists_each_story_with_its_outlets_and_dates(db: Path) -> None:
    out = _run("stories", "--db", str(db))
    con = sqlite3.connect(db)
    try:
        ids = [r[0] for r in con.execute("SELECT id FROM stories")]
    finally:
        con.close()
    assert len(ids) == 4 and all(i in out for i in ids)
    line = next(x for x in out.splitlines() if "2023-03-02" in x)
    cells = [c.strip() for c in line.split("│") if c.strip()]
    assert cells[2:] == ["3", "2", "2023-03-02", "2023-03-03"]  # articles, outlets (copy once), first, last


def test_story_shows_articles_shared_entities_facts_and_conflicts(db: Path) -> None:
    con = sqlite3.connect(db)
    try:
        (sid,) = con.execute("SELECT story_id FROM articles WHERE source LIKE '%04_capitalmonitor%'").fetchone()
    finally:
        con.close()
    out = _run("story", sid, "--db", str(db))
    for expected in ("Capital Monitor", "Diario del Golfo", "shared entities", "Ricardo Salcedo Ibarra", "facts",
                     "conflicts", "figure_disagreement"):
        assert expected in out, expected


def test_an_unknown_story_is_an_error_not_a_traceback(db: Path) -> None:
    result = CliRunner().invoke(app, ["story", "s-none", "--db", str(db)])
    assert result.exit_code != 0 and "Traceback" not in result.output


def test_conflicts_lists_kinds_with_both_sides(db: Path) -> None:
    out = _run("conflicts", "--db", str(db))
    assert "figure_disagreement" in out and "claim_denied" in out
    assert "12 bank accounts" in out and "14 bank accounts" in out
