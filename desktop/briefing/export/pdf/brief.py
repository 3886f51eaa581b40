"""The one-page brief: headline, source line, summary, then the key people, places, quotes
and dates in compact form, and the timeline only if it fits.

`brief_story(…, level)` drops detail as `level` rises (fewer rows, no chart), so the writer
can rebuild at the next level until the brief fits its page.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from briefing.export.pdf.charts import timeline_strip
from briefing.export.pdf.fonts import SANS, SERIF, SERIF_ITALIC, markup
from briefing.export.pdf.styles import ACCENT, Styles
from briefing.model import Actor, Briefing, Quote
from briefing.timex import in_words

# Rows per section at each level of detail: (people, places, quotes, dates, chart).
LEVELS = (
    (8, 10, 4, 6, True),
    (6, 8, 3, 5, True),
    (6, 8, 3, 5, False),
    (5, 6, 2, 4, False),
    (4, 5, 2, 3, False),
    (3, 4, 1, 2, False),
)
QUOTE_WORDS = 40  # a longer quote is shown up to here, its cut marked with an ellipsis


def brief_story(
    briefing: Briefing, styles: Styles, width: float, made: datetime, level: int = 0
) -> list[Flowable]:
    from briefing.export.pdf.story import cover, summary_section

    people, places, quotes, dates, chart = LEVELS[min(level, len(LEVELS) - 1)]
    story = cover(briefing, styles, made)
    story += summary_section(briefing, styles)
    facts = briefing.facts
    sections: list[Flowable] = []
    if facts.actors:
        sections += _section("Key people and organisations", _actors(facts.actors, people), styles)
    if facts.locations:
        names = [_place(p.name, p.country) for p in facts.locations[:places]]
        sections += _section("Places", [", ".join(names) + _more(facts.locations, places)], styles)
    if facts.quotes:
        lines = [_quote(q) for q in _best_quotes(facts.quotes, quotes)]
        sections += _section("Quotes", lines + [_more(facts.quotes, quotes).strip()], styles)
    if facts.timeline:
        lines = _dates(briefing, dates)
        sections += _section("Dates", lines, styles)
        strip = timeline_strip(facts.timeline, width) if chart else None
        if strip is not None:
            sections.append(strip)
    return story + sections


def _section(title: str, lines: list[str], styles: Styles) -> list[Flowable]:
    body = [Paragraph(line, styles.brief_line) for line in lines if line]
    return [KeepTogether([Paragraph(title, styles.h2), *body, Spacer(1, 2)])] if body else []


def _more(items: tuple[object, ...], shown: int) -> str:
    hidden = len(items) - shown
    return f" <font color='#777777'>(and {hidden} more)</font>" if hidden > 0 else ""


def _actors(actors: tuple[Actor, ...], limit: int) -> list[str]:
    ranked = sorted(actors, key=lambda a: (-a.mentions, a.name))[:limit]
    lines = []
    for a in ranked:
        roles = ", ".join(a.roles[:2])
        kind = {"person": "", "organization": "organisation"}.get(a.type, a.type)
        detail = " · ".join(x for x in (roles, kind) if x)
        lines.append(
            f"<b>{markup(a.name, SANS)}</b>"
            + (f" — {markup(detail, SANS)}" if detail else "")
            + f" <font color='#777777'>({a.mentions}×)</font>"
        )
    hidden = len(actors) - len(ranked)
    if hidden > 0:
        lines.append(f"<font color='#777777'>and {hidden} more</font>")
    return lines


def _place(name: str, country: str | None) -> str:
    where = f" ({markup(country, SANS)})" if country and country != name else ""
    return markup(name, SANS) + where


def _best_quotes(quotes: tuple[Quote, ...], limit: int) -> list[Quote]:
    """Attributed quotes first, then in article order."""
    ranked = sorted(quotes, key=lambda q: (q.speaker is None, q.start))[:limit]
    return sorted(ranked, key=lambda q: q.start)


def _quote(q: Quote) -> str:
    words = " ".join(q.text.split()).rstrip(" ,;:").split(" ")
    text = " ".join(words[:QUOTE_WORDS]) + (" …" if len(words) > QUOTE_WORDS else "")
    who = markup(q.speaker, SANS) if q.speaker else "<i>unattributed</i>"
    return f"{markup('“' + text + '”', SERIF_ITALIC)} — {who}"


def _dates(briefing: Briefing, limit: int) -> list[str]:
    seen: dict[str, list[str]] = {}
    for d in briefing.facts.timeline:
        seen.setdefault(d.value or "", []).append(d.text)
    lines = []
    for value, written in list(seen.items())[:limit]:
        forms = ", ".join(dict.fromkeys(" ".join(w.split()) for w in written))
        lines.append(f"<b>{markup(in_words(value), SANS)}</b> — {markup(forms, SANS)}")
    if len(seen) > limit:
        lines.append(f"<font color='#777777'>and {len(seen) - limit} more dates</font>")
    return lines


def rule() -> HRFlowable:
    return HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=2, spaceAfter=4)


__all__ = ["LEVELS", "brief_story", "SERIF"]
