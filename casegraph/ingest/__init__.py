"""Ingest: read files, folders, JSONL and HTML into cleaned `Article` records.

`read_sources(paths)` yields one `Article` per article read and one `SourceError` per file or
record that could not be read; a bad input never stops the rest. Formats:

- `.txt`, `.md`: header described in `casegraph.ingest.header` (front matter and the
  ` date YYYY-MM-DD ` prefix); Markdown markup is reduced to plain prose.
- `.html`, `.htm`: main text and metadata through trafilatura, offline.
- `.jsonl`, `.jsonl.gz`: one JSON object a line with `text` and optional `url`, `title`,
  `published`, `outlet`, `language`; the source of a record is `path#L<line>`.

Every text goes through `casegraph.ingest.cleaning.clean`; the stored text is the cleaned text
and the article id is its hash (`article_id`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from ..errors import SourceError
from ..models import Article
from .files import count_sources, iter_files, kind_of
from .ids import article_id
from .readers import read_html, read_jsonl, read_text
from .records import RawArticle, to_article

__all__ = ["article_id", "count_sources", "iter_files", "read_file", "read_sources"]


def read_sources(paths: Sequence[str | Path]) -> Iterator[Article | SourceError]:
    for path in iter_files(paths):
        yield from read_file(path)


def read_file(path: str | Path) -> Iterator[Article | SourceError]:
    path = Path(path)
    source = str(path)
    kind = kind_of(path)
    if kind is None:
        yield SourceError(source, "unknown file type (expected .txt, .md, .html, .htm, .jsonl or .jsonl.gz)")
        return
    if not path.is_file():
        yield SourceError(source, "no such file" if not path.exists() else "not a regular file")
        return
    try:
        if kind == "jsonl":
            items: Iterator[RawArticle | SourceError] = read_jsonl(path, source)
        elif kind == "html":
            items = read_html(path, source)
        else:
            items = read_text(path, source, markdown=kind == "markdown")
        for item in items:
            yield item if isinstance(item, SourceError) else to_article(item, source)
    except OSError as exc:
        yield SourceError(source, f"cannot read: {exc.strerror or exc}")
