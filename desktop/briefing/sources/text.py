"""Plain text and Markdown articles."""

from __future__ import annotations

import re

from briefing.sources.clutter import Cleaned, clean, split_blocks, units

# Markdown syntax to strip, each with an example: "![alt](x.png)" (dropped), "[text](url)"
# -> "text", "## Heading" -> "Heading", "**bold**"/"_em_" -> the words, "> quote", "- item".
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.M)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`([^`]*)`")
_LINE_MARKERS = re.compile(r"^\s{0,3}(?:>\s?|[-*+]\s+|\d+[.)]\s+)", re.M)
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.M)


def parse_text(text: str) -> Cleaned:
    """A pasted article: first paragraph is the headline, then clean-up."""
    return clean(units(split_blocks(text)))


def parse_markdown(text: str) -> Cleaned:
    """A Markdown article: the first heading is the title; markup becomes plain text."""
    heading = _HEADING.search(text)
    title = heading.group(1) if heading else None
    if heading:
        text = text[: heading.start()] + text[heading.end() :]
    text = _RULE.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _HEADING.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _LINE_MARKERS.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    return clean(units(split_blocks(text)), title=_EMPHASIS.sub(r"\2", title) if title else None)
