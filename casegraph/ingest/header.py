"""Metadata at the top of a .txt or .md article.

Two header forms are read, in this order, and both are removed from the stored text:

1. Front matter: `key: value` lines at the very top, optionally fenced by `---` lines, ended by a
   blank line. Keys (case-insensitive): `title`, `outlet`, `url`, `published` (or `date`),
   `language`. Values are taken verbatim; the date takes YYYY, YYYY-MM, YYYY-MM-DD or ISO
   datetimes. Example::

       title: Former police chief extradited
       outlet: Border Wire
       url: https://borderwire.example/extradition
       published: 2023-03-02
       language: en

       The body starts here ...

2. The sample-corpus date prefix: the text starts with ` date 2021-08-21 ` (or ` date 2021-08 `)
   and the article continues on the same line. Only the prefix is removed.

3. A first line that is only a web address (an article pasted under its URL): it becomes the
   `url` (unless the front matter gave one) and leaves the text.

A plain-text article without a title in its front matter gets a guessed title: its first line,
when that line is short, does not end like a sentence and more text follows. A guessed title
stays in the stored text (it may carry names); a front-matter title does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import DateValue
from .dates import parse_published

KEYS = {"title": "title", "outlet": "outlet", "source": "outlet", "url": "url", "published": "published",
        "date": "published", "language": "language", "lang": "language"}
_FIELD = re.compile(r"[ \t]*([A-Za-z]+)[ \t]*:[ \t]*(.*?)[ \t]*")
_URL_LINE = re.compile(r"\A\s*(https?://\S+)[ \t]*(?:\n|\Z)")
_DATE_PREFIX = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?:\s+|\Z)")
_TITLE_MAX_CHARS = 120
_TITLE_MAX_WORDS = 16
_SENTENCE_END = ".!?:;,"


@dataclass
class Header:
    body: str
    fields: dict[str, str] = field(default_factory=dict)
    published: DateValue | None = None
    title: str | None = None


def read_header(text: str) -> Header:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    fields, body = _front_matter(text)
    header = Header(body=body, fields=fields)
    if "published" in fields:
        header.published = parse_published(fields["published"])
    match = _DATE_PREFIX.match(header.body)
    if match:
        prefixed = parse_published(match.group(1), text=match.group(1))
        if prefixed is not None:
            header.body = header.body[match.end():]
            header.published = header.published or prefixed
    url = _URL_LINE.match(header.body)
    if url:  # an article pasted under its address: the address is metadata, the headline follows
        header.fields.setdefault("url", url.group(1))
        header.body = header.body[url.end():]
    header.title = fields.get("title") or None
    return header


def guess_title(body: str) -> str | None:
    """The first line of a plain-text article when it reads like a headline."""
    stripped = body.lstrip()
    first, newline, rest = stripped.partition("\n")
    first = first.strip()
    if not newline or not rest.strip() or not first:
        return None
    if len(first) > _TITLE_MAX_CHARS or len(first.split()) > _TITLE_MAX_WORDS:
        return None
    if first[-1] in _SENTENCE_END:
        return None
    return first


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    lines = text.split("\n")
    fenced = bool(lines) and lines[0].strip() == "---"
    start = 1 if fenced else 0
    fields: dict[str, str] = {}
    for index in range(start, len(lines)):
        line = lines[index]
        end_of_block = line.strip() == "---" if fenced else not line.strip()
        if end_of_block:
            if not fields:
                break
            return fields, "\n".join(lines[index + 1:])
        match = _FIELD.fullmatch(line)
        if match is None or match.group(1).lower() not in KEYS:
            break
        fields[KEYS[match.group(1).lower()]] = match.group(2)
    return {}, text
