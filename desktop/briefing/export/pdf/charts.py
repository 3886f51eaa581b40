"""Pictures for what a reader would rather look at than read, drawn with reportlab.graphics:
who and where is mentioned most, and when things happen. Each returns None when there is
nothing worth drawing, so the story skips it instead of showing an empty chart."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefing.export.pdf.fonts import SANS, SANS_BOLD, clip_to_width, font_for
from briefing.export.pdf.styles import ACCENT, ACCENT_2, INK, MUTED, RULE
from briefing.model import Actor, DateMention, Place
from briefing.timex import MONTHS, label, position

MAX_BARS = 10
TIMELINE_HEIGHT = 78.0
LABEL_SIZE = 7.5
MIN_DOT_GAP = 9.0  # points: closer moments share a dot
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _drawing(width: float, height: float) -> Drawing:
    return Drawing(width, height, initialFontName=SANS)  # not reportlab's Helvetica


def mentions_chart(
    actors: tuple[Actor, ...], places: tuple[Place, ...], width: float
) -> Drawing | None:
    """Horizontal bars: the most-mentioned actors (accent) and places (second colour)."""
    items = [(a.mentions, a.name, True) for a in actors if a.mentions > 0]
    items += [(p.mentions, p.name, False) for p in places if p.mentions > 0]
    items.sort(key=lambda item: (-item[0], item[1]))
    items = items[:MAX_BARS]
    if not items:
        return None
    items.reverse()  # the chart draws its first category at the bottom
    label_width = min(width * 0.32, 130.0)
    bar_pitch = 15.0
    height = bar_pitch * len(items) + 26
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 6, 16
    chart.width, chart.height = width - label_width - 30, bar_pitch * len(items)
    chart.data = [[n for n, _, _ in items]]
    chart.barWidth = 9
    chart.groupSpacing = 6
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = ACCENT
    for i, (_, _, is_actor) in enumerate(items):
        chart.bars[(0, i)].fillColor = ACCENT if is_actor else ACCENT_2
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(n for n, _, _ in items) * 1.08
    chart.valueAxis.visible = False
    chart.categoryAxis.visible = True
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.categoryAxis.categoryNames = [
        clip_to_width(name, font_for(name), LABEL_SIZE, label_width) for _, name, _ in items
    ]
    chart.valueAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    for i, (_, name, _) in enumerate(items):
        chart.categoryAxis.labels[i].fontName = font_for(name)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = MUTED
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    _legend(drawing, chart.x, 2)
    return drawing


def _legend(drawing: Drawing, x: float, y: float) -> None:
    for colour, text in ((ACCENT, "actor"), (ACCENT_2, "place")):
        drawing.add(Rect(x, y + 1, 7, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 10, y + 2, text, fontName=SANS, fontSize=7, fillColor=MUTED))
        x += 16 + stringWidth(text, SANS, 7) + 8


def timeline_strip(dates: tuple[DateMention, ...], width: float) -> Drawing | None:
    """Dots on a line from the earliest to the latest date (bigger when mentioned more often),
    drawn only when at least two distinct moments are known. Moments too close to tell apart
    share one dot and one label ("10–18 Sep 2018"); labels alternate above and below the line
    and one that would touch another is left out, so no label or tick crosses another."""
    counts: Counter[str] = Counter()
    days: dict[str, date] = {}
    for mention in dates:
        if mention.value and (day := position(mention.value)):
            counts[mention.value] += 1
            days[mention.value] = day
    if len(set(days.values())) < 2:
        return None
    points = sorted(days.items(), key=lambda item: (item[1], item[0]))
    first, last = points[0][1], points[-1][1]
    span = (last - first).days or 1
    pad = 36.0
    axis_y = TIMELINE_HEIGHT / 2
    drawing = _drawing(width, TIMELINE_HEIGHT)
    drawing.add(Line(pad, axis_y, width - pad, axis_y, strokeColor=RULE, strokeWidth=1.2))
    groups: list[list[tuple[str, date, float]]] = []
    for value, day in points:
        x = pad + (width - 2 * pad) * (day - first).days / span
        if groups and x - groups[-1][-1][2] < MIN_DOT_GAP:
            groups[-1].append((value, day, x))
        else:
            groups.append([(value, day, x)])
    row_offsets = (10.0, -17.0)  # above, below
    row_ends = [float("-inf")] * len(row_offsets)
    dots: list[Circle] = []  # drawn last, over the label ticks
    for n, group in enumerate(groups):
        x = sum(item[2] for item in group) / len(group)
        total = sum(counts[value] for value, _, _ in group)
        radius = 2.6 + min(total, 4) * 0.6
        dots.append(Circle(x, axis_y, radius, fillColor=ACCENT, strokeColor=None))
        text = _group_label(group)
        font = font_for(text, SANS_BOLD if total > 1 else SANS)
        text_width = stringWidth(text, font, 7)
        anchor, left = "middle", x - text_width / 2
        if left < 0:
            anchor, left = "start", x - 2
        elif x + text_width / 2 > width:
            anchor, left = "end", x - text_width + 2
        preferred = (n % 2, 1 - n % 2)
        row = next((r for r in preferred if left > row_ends[r] + 6), None)
        if row is None:
            continue
        row_ends[row] = left + text_width
        y_text = axis_y + row_offsets[row]
        up = row_offsets[row] > 0
        tick_end = y_text - 2 if up else y_text + 8
        drawing.add(Line(x, axis_y, x, tick_end, strokeColor=RULE, strokeWidth=0.5))
        drawing.add(
            String(x, y_text, text, fontName=font, fontSize=7, fillColor=INK, textAnchor=anchor)
        )
    for dot in dots:
        drawing.add(dot)
    return drawing


def _group_label(group: list[tuple[str, date, float]]) -> str:
    """One moment's label, or a compact range for moments drawn as one dot."""
    (value, day, _), (_, end, _) = group[0], group[-1]
    if len(group) == 1:
        return label(value)
    if not all(_DAY_VALUE.match(v) for v, _, _ in group):  # a week or a year among them
        return " · ".join(dict.fromkeys(label(v) for v, _, _ in group))
    if (day.year, day.month) == (end.year, end.month):
        return f"{day.day}–{end.day} {MONTHS[day.month - 1][:3]} {day.year}"
    if day.year == end.year:
        start = f"{day.day} {MONTHS[day.month - 1][:3]}"
        return f"{start} – {end.day} {MONTHS[end.month - 1][:3]} {day.year}"
    return f"{label(group[0][0])} – {label(group[-1][0])}"
