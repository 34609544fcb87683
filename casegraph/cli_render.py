"""Rich rendering for the CLI: progress bars and tables. No logic lives here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

# Piped output (CI logs, `| less`) gets room for a wide table instead of Rich's 80-column default.
console = Console(width=None if Console().is_terminal else 160)
err_console = Console(stderr=True)


class RichProgress:
    """Implements build.Progress with one rich bar per step."""

    LABELS = {"read": "Reading files", "annotate": "Annotating articles"}

    def __init__(self) -> None:
        self.bar = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err_console, transient=False,
        )
        self.tasks: dict[str, TaskID] = {}

    def __enter__(self) -> RichProgress:
        self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()

    def start(self, name: str, total: int | None) -> None:
        self.tasks[name] = self.bar.add_task(self.LABELS.get(name, name), total=total)

    def advance(self, name: str, amount: int = 1) -> None:
        if name in self.tasks:
            self.bar.advance(self.tasks[name], amount)


def table(title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    t = Table(title=title, show_lines=False, header_style="bold")
    for c in columns:
        t.add_column(c, overflow="fold")
    for row in rows:
        t.add_row(*["" if v is None else str(v) for v in row])
    console.print(t)
