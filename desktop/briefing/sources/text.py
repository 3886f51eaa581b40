"""Plain text and Markdown articles."""

from __future__ import annotations

import dataclasses
import re

from briefing.sources.clutter import (
    Cleaned,
    clean,
    field_byline,
    parse_date,
    split_blocks,
    units,
)

# YAML front matter of static-site Markdown: "---\ntitle: Harbour deal\ndate: 2024-03-12\n---".
_FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n(?:---|\.\.\.)\n", re.S)
_FRONT_FIELD = re.compile(r"^(?P<key>title|author|date):\s*(?P<value>.+?)\s*$", re.M | re.I)

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
    fields: dict[str, str] = {}
    if front := _FRONT_MATTER.match(text):
        fields = {
            m["key"].lower(): m["value"].strip("\"'") for m in _FRONT_FIELD.finditer(front["body"])
        }
        text = text[front.end() :]
    heading = _HEADING.search(text)
    title = heading.group(1) if heading else fields.get("title")
    if heading:
        text = text[: heading.start()] + text[heading.end() :]
    text = _RULE.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _HEADING.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _LINE_MARKERS.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    cleaned = clean(units(split_blocks(text)), title=_EMPHASIS.sub(r"\2", title) if title else None)
    return dataclasses.replace(
        cleaned,
        byline=cleaned.byline or field_byline(fields.get("author")),
        published=cleaned.published or parse_date(fields.get("date")),
    )
