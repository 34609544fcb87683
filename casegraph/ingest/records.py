"""From read fields to an `Article`: clean the text, hash it, fill what metadata is missing."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ..errors import SourceError
from ..models import Article, DateValue
from .cleaning import clean
from .header import guess_title
from .ids import article_id


@dataclass
class RawArticle:
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: DateValue | None = None
    language: str | None = None
    line: int | None = None  # JSONL line, for error messages
    guess_title: bool = False  # a plain-text body whose first line may be its headline


def to_article(raw: RawArticle, path: str) -> Article | SourceError:
    cleaned = clean(raw.text)
    if not cleaned.text:
        return SourceError(path, "no article text after removing boilerplate", raw.line)
    published = raw.published
    if published is None and cleaned.copyright_year:
        published = DateValue(cleaned.copyright_year, "year", f"© {cleaned.copyright_year}")
    url = _blank_to_none(raw.url)
    outlet = _blank_to_none(raw.outlet) or outlet_from_url(url) or cleaned.copyright_owner
    title = _blank_to_none(raw.title)
    if title is None and raw.guess_title:
        title = guess_title(cleaned.text)
    return Article(
        id=article_id(cleaned.text),
        source=raw.source,
        text=cleaned.text,
        language=(_blank_to_none(raw.language) or "en").lower(),
        published=published,
        url=url,
        outlet=outlet,
        title=title,
    )


def outlet_from_url(url: str | None) -> str | None:
    """The URL's host without `www.` (`https://www.example.com/x` -> `example.com`)."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    if not host:
        return None
    return host.removeprefix("www.")


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None
