"""One reader per file kind; each yields `RawArticle`s or `SourceError`s and never raises on bad input."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import SourceError
from .dates import parse_published
from .header import read_header
from .markdown import drop_first_heading, first_heading, markdown_to_text
from .records import RawArticle

_HTML_LANG = re.compile(rb"<html\b[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def read_text(path: Path, source: str, markdown: bool) -> Iterator[RawArticle | SourceError]:
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield SourceError(source, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        return
    header = read_header(content)
    body, title = header.body, header.title
    if markdown:
        heading = first_heading(body)
        if heading is not None:
            body = drop_first_heading(body)
            title = title or markdown_to_text(heading)
        body = markdown_to_text(body)
    fields = header.fields
    yield RawArticle(source=source, text=body, title=title, url=fields.get("url"),
                     outlet=fields.get("outlet"), published=header.published,
                     language=fields.get("language"), guess_title=not markdown)


def read_html(path: Path, source: str) -> Iterator[RawArticle | SourceError]:
    import trafilatura  # imported on first HTML file: it is slow to import and most runs read text

    content = path.read_bytes()
    extracted = trafilatura.bare_extraction(content, favor_precision=True, with_metadata=True,
                                            include_comments=False, include_tables=False)
    if extracted is None:
        yield SourceError(source, "no article text found in the HTML page")
        return
    meta: dict[str, Any] = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    title = _str(meta.get("title"))
    text = _paragraphs(_str(meta.get("text")) or "", title)
    lang = _HTML_LANG.search(content[:4096])
    yield RawArticle(source=source, text=text, title=title, url=_str(meta.get("url")),
                     outlet=_str(meta.get("sitename")), published=parse_published(meta.get("date")),
                     language=lang.group(1).decode().lower() if lang else _str(meta.get("language")))


def read_jsonl(path: Path, source: str) -> Iterator[RawArticle | SourceError]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield _jsonl_record(line, source, number)
    except (OSError, EOFError) as exc:  # truncated or corrupt gzip
        yield SourceError(source, f"cannot read: {exc}")


def _jsonl_record(line: bytes, path: str, number: int) -> RawArticle | SourceError:
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return SourceError(path, f"not UTF-8 ({exc.reason})", number)
    except json.JSONDecodeError as exc:
        return SourceError(path, f"invalid JSON ({exc.msg}, column {exc.colno})", number)
    if not isinstance(record, dict):
        return SourceError(path, "a record must be a JSON object", number)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return SourceError(path, "record has no `text` string", number)
    published = record.get("published", record.get("date"))
    return RawArticle(source=f"{path}#L{number}", text=text, title=_str(record.get("title")),
                      url=_str(record.get("url")), outlet=_str(record.get("outlet")),
                      published=parse_published(published), language=_str(record.get("language")),
                      line=number)


def _paragraphs(text: str, title: str | None) -> str:
    """Trafilatura puts one paragraph a line and repeats the headline first; give paragraphs blank lines."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and title and lines[0] == title.strip():
        lines = lines[1:]
    return "\n\n".join(lines)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
