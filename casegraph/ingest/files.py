"""Which files a list of paths names, in a deterministic order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

Kind = Literal["text", "markdown", "html", "jsonl"]

# Longest suffix first so ".jsonl.gz" wins over ".gz".
SUFFIXES: tuple[tuple[str, Kind], ...] = (
    (".jsonl.gz", "jsonl"),
    (".jsonl", "jsonl"),
    (".txt", "text"),
    (".md", "markdown"),
    (".markdown", "markdown"),
    (".html", "html"),
    (".htm", "html"),
)
# Documentation that sits beside articles in a folder, not articles (still read when named explicitly).
NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog", "contributing", "notice", "authors"})


def kind_of(path: Path) -> Kind | None:
    name = path.name.lower()
    for suffix, kind in SUFFIXES:
        if name.endswith(suffix):
            return kind
    return None


def iter_files(paths: Sequence[str | Path]) -> Iterator[Path]:
    """Named files as given (whatever their extension), then each folder's readable files sorted.

    Inside a folder, hidden files and folders, files of unknown kinds and documentation files
    (README, LICENSE, ...) are skipped; a path named twice is read once.
    """
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        found = _walk(path) if path.is_dir() else iter([path])
        for file in found:
            key = file.absolute()
            if key not in seen:
                seen.add(key)
                yield file


def count_sources(paths: Sequence[str | Path]) -> int:
    """How many files `read_sources` will open (a JSONL file counts once)."""
    return sum(1 for _ in iter_files(paths))


def _walk(root: Path) -> Iterator[Path]:
    candidates = sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix())
    for path in candidates:
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.name.split(".")[0].lower() in NOT_ARTICLES:
            continue
        if path.is_file() and kind_of(path) is not None:
            yield path
