"""The one-page brief: headline, source line, summary, then the key people, places, quotes
and dates in compact form, and the timeline only if it fits.

`brief_story(…, level)` drops detail as `level` rises (fewer rows, no chart), so the writer
can rebuild at the next level until the brief fits its page.
"""

from __future__ import annotations

from datetime import date, datetime

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from briefing.export.pdf.charts import timeline_strip
from briefing.export.pdf.fonts import SANS, SERIF, SERIF_ITALIC, markup
from briefing.export.pdf.map import places_map
from briefing.export.pdf.story import CUT_MARK, cut, shorten
from briefing.export.pdf.styles import ACCENT, Styles
from briefing.model import Actor, Briefing, DateMention, Place, Quote
from briefing.timex import in_words, position, unplaced_note

# Rows per section at each level of detail: (people, places, quotes, dates, timeline chart,
# map height in points; 0 for none).
LEVELS = (
    (8, 10, 4, 6, True, 150),
    (6, 8, 3, 5, True, 130),
    (6, 8, 3, 5, False, 130),
    (5, 6, 2, 4, False, 110),
    (4, 5, 2, 3, False, 100),
    (3, 4, 1, 2, False, 0),
)
MAP_SHARE = 0.42  # of the text width, beside the lists of people and places
MAP_GAP = 10.0
MAX_MAP_HEIGHT = 360.0  # lists taller than this (names of absurd length) go without the map
QUOTE_WORDS = 40  # a longer quote is shown up to here, its cut marked with an ellipsis
# A brief line names a person, role or place in at most two lines; a longer one (a damaged
# file, a name without spaces) is cut, else the brief could never fit its page.
MAX_BRIEF_CHARS = 160
# Forty words of news English are some 250 characters; a "word" longer than that is junk.
MAX_BRIEF_QUOTE_CHARS = 400


def brief_story(
    briefing: Briefing, styles: Styles, width: float, made: datetime, level: int = 0
) -> list[Flowable]:
    from briefing.export.pdf.story import cover, summary_section

    people, places, quotes, dates, chart, map_height = LEVELS[min(level, len(LEVELS) - 1)]
    story = cover(briefing, styles, made)
    story += summary_section(briefing, styles)
    facts = briefing.facts
    who_where: list[Flowable] = []
    if facts.actors:
        who_where += _section("Key actors", _actors(facts.actors, people), styles)
    if facts.locations:
        names = [_place(p.name, p.country) for p in facts.locations[:places]]
        line = ", ".join(names) + _more(facts.locations, places)
        who_where += _section("Places", [line], styles)
    sections = _beside_map(who_where, facts.locations, map_height, styles, width)
    if facts.quotes:
        lines = [_quote(q) for q in _best_quotes(facts.quotes, quotes)]
        sections += _section("Quotes", lines + [_more(facts.quotes, quotes).strip()], styles)
    lines = _dates(facts.listed_dates, briefing.published, dates)
    if briefing.published is None and facts.unplaced:
        note = unplaced_note([" ".join(d.text.split()) for d in facts.unplaced])
        lines.append(f"<font color='#777777'>{markup(cut(note, MAX_BRIEF_CHARS), SANS)}</font>")
    if lines:
        sections += _section("Dates", lines, styles)
    if facts.timeline:
        strip = timeline_strip(facts.timeline, width) if chart else None
        if strip is not None:
            sections.append(strip)
    return story + sections


def _beside_map(
    lists: list[Flowable],
    locations: tuple[Place, ...],
    least_height: float,
    styles: Styles,
    width: float,
) -> list[Flowable]:
    """The people and places lists with the map of the places to their right, as tall as
    the lists (at least `least_height`); the lists alone when there is no map to draw."""
    if not least_height or not locations:
        return lists
    left_width = width * (1 - MAP_SHARE) - MAP_GAP
    # A table cell cannot hold a KeepTogether (it measures as endless): its contents instead.
    cell = [part for f in lists for part in (f._content if isinstance(f, KeepTogether) else [f])]
    height = sum(
        f.wrap(left_width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in cell
    )
    if height > MAX_MAP_HEIGHT:  # a table row cannot break across pages: no map beside it
        return lists
    drawing = places_map(locations, width * MAP_SHARE, max(least_height, height - 4))
    if drawing is None:
        return lists
    table = Table(
        [[cell, drawing]],
        colWidths=[width * (1 - MAP_SHARE), width * MAP_SHARE],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS),  # not reportlab's Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), MAP_GAP),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (1, 0), (1, 0), 6),  # level with the first heading's text
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [Spacer(1, 6), table]


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
        roles = cut(", ".join(a.roles[:2]), MAX_BRIEF_CHARS)
        kind = {"person": "", "organization": "organisation"}.get(a.type, a.type)
        detail = " · ".join(x for x in (roles, kind) if x)
        lines.append(
            f"<b>{markup(cut(a.name, MAX_BRIEF_CHARS), SANS)}</b>"
            + (f" — {markup(detail, SANS)}" if detail else "")
            + f" <font color='#777777'>({a.mentions}×)</font>"
        )
    hidden = len(actors) - len(ranked)
    if hidden > 0:
        lines.append(f"<font color='#777777'>and {hidden} more</font>")
    return lines


def _place(name: str, country: str | None) -> str:
    where = (
        f" ({markup(cut(country, MAX_BRIEF_CHARS), SANS)})" if country and country != name else ""
    )
    return markup(cut(name, MAX_BRIEF_CHARS), SANS) + where


def _best_quotes(quotes: tuple[Quote, ...], limit: int) -> list[Quote]:
    """Quotes with a source (a speaker or a description) first, then in article order."""
    ranked = sorted(quotes, key=lambda q: (q.attribution == "unattributed", q.start))[:limit]
    return sorted(ranked, key=lambda q: q.start)


def _quote(q: Quote) -> str:
    kept, was_cut = shorten(q.text, MAX_BRIEF_QUOTE_CHARS, len(CUT_MARK))
    words = kept.rstrip(" ,;:").split(" ")
    text = " ".join(words[:QUOTE_WORDS]) + (" …" if len(words) > QUOTE_WORDS or was_cut else "")
    # a quote cut for its length, not its words, says so outside its quote marks
    text += "”" + (" (cut)" if was_cut and len(words) <= QUOTE_WORDS else "")
    # As the window and the appendix show it: a description is the source, marked unnamed.
    speaker = cut(q.speaker or q.attribution, MAX_BRIEF_CHARS)
    who = markup(speaker, SANS) if q.speaker else f"<i>{markup(speaker, SANS)}</i>"
    return f"{markup('“' + text, SERIF_ITALIC)} — {who}"


def _dates(timeline: tuple[DateMention, ...], published: date | None, limit: int) -> list[str]:
    """The first page's dates in timeline order, each in words with the forms the article
    wrote when they say something more ("1926", not "1926 — 1926"). When there are more than
    fit, the story's own dates stay: the most mentioned, then the nearest its publication
    (or its latest date), so a record year of 1926 waits for the appendix."""
    seen: dict[str, list[str]] = {}
    for d in timeline:
        seen.setdefault(d.value or "", []).append(" ".join(d.text.split()))
    spots = {value: position(value) for value in seen}
    now = published or max((p for p in spots.values() if p), default=None)

    def distance(value: str) -> int:
        spot = spots[value]
        return abs((spot - now).days) if spot and now else 1 << 30

    kept = set(sorted(seen, key=lambda v: (-len(seen[v]), distance(v)))[:limit])
    lines = []
    for value in (v for v in seen if v in kept):
        words = in_words(value)
        forms = [w for w in dict.fromkeys(seen[value]) if w.casefold() != words.casefold()]
        said = f" — {markup(cut(', '.join(forms), MAX_BRIEF_CHARS), SANS)}" if forms else ""
        lines.append(f"<b>{markup(words, SANS)}</b>{said}")
    if len(seen) > limit:
        lines.append(f"<font color='#777777'>and {len(seen) - limit} more dates</font>")
    return lines


def rule() -> HRFlowable:
    return HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=2, spaceAfter=4)


__all__ = ["LEVELS", "brief_story", "SERIF"]
