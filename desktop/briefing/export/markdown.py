"""A Markdown briefing: what the CLI prints when no output file is asked for."""

from __future__ import annotations

import re

from briefing.counts import counted
from briefing.model import Briefing, DateMention
from briefing.summarize.length import describe
from briefing.timex import in_words, unplaced_note

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|<>#])")


def _md(text: str) -> str:
    """Article text is data: escape what Markdown would read as markup."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return lines + [""]


def to_markdown(briefing: Briefing) -> str:
    """Title, metadata, summary and fact-sheet tables."""
    article, facts = briefing.article, briefing.facts
    out = [f"# {_md(article.title)}", ""]
    meta = [f"Source: {_md(article.source)}"]
    if article.byline:
        meta.append(f"Author: {_md(article.byline)}")
    if briefing.published:
        meta.append(f"Published: {briefing.published.isoformat()}")
    counts = counted(article.word_count, "word"), counted(len(briefing.doc.sentences), "sentence")
    meta.append(", ".join(counts))
    out += ["  \n".join(meta), "", "## Summary", ""]
    out += [f"{n}. {_md(s.text)}" for n, s in enumerate(briefing.summary.sentences, 1)]
    out += ["", f"*{_md(describe(briefing))}*", ""]
    if facts.actors:
        out += ["## Actors", ""]
        out += _table(
            ("Name", "Type", "Roles", "Mentions"),
            [(a.name, a.type, ", ".join(a.roles), str(a.mentions)) for a in facts.actors],
        )
    if facts.locations:
        out += ["## Locations", ""]
        out += _table(
            ("Name", "Type", "Country"),
            [(p.name, p.type, p.country or "") for p in facts.locations],
        )
    if facts.quotes:
        out += ["## Quotes", ""]
        out += _table(
            ("Quote", "Speaker", "Found by"),
            [
                (f"…{q.text}…" if q.partial else q.text, q.attribution, q.found_by)
                for q in facts.quotes
            ],
        )
    for title, dates in (("Timeline", facts.timeline), ("Dates without a year", facts.yearless)):
        if dates:
            out += [f"## {title}", ""]
            out += _table(("Date", "Expression", "Context"), _date_rows(briefing, dates))
    if briefing.published is None and facts.unplaced:
        out += [f"*{_md(unplaced_note([d.text for d in facts.unplaced]))}*", ""]
    return "\n".join(out).rstrip() + "\n"


def _date_rows(briefing: Briefing, dates: tuple[DateMention, ...]) -> list[tuple[str, ...]]:
    sentences = briefing.doc.sentences
    return [
        (
            in_words(d.value) if d.value else "",
            d.text,
            "(dateline)" if d.sentence is None else sentences[d.sentence].text,
        )
        for d in dates
    ]
