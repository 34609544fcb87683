"""Markdown to plain prose: keep the words, drop the markup. Applied before cleaning."""

from __future__ import annotations

import re

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"), ""),  # images
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),  # links keep their words
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE), r"\1"),  # headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),  # rules
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
)
_HEADING = re.compile(r"[ \t]{0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*")


def first_heading(text: str) -> str | None:
    """The text of a leading level-1 heading, if the document opens with one."""
    first = text.lstrip("\n").split("\n", 1)[0]
    match = _HEADING.fullmatch(first)
    return match.group(1) if match else None


def drop_first_heading(text: str) -> str:
    stripped = text.lstrip("\n")
    return stripped.split("\n", 1)[1] if "\n" in stripped else ""


def markdown_to_text(text: str) -> str:
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
