"""One timeline across articles: every calendar date an article states in a sentence,
ordered by the period it names ("2025-01" before "2025", both before "2025-W10")."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.dossier.actors import Source
from briefing.dossier.model import TimelineEvent
from briefing.timex import period


def merge_timeline(sources: Sequence[Source]) -> tuple[TimelineEvent, ...]:
    """Dates stated in sentences (the dateline is the article's own date, shown with it)."""
    order = {s.id: n for n, s in enumerate(sources)}
    events = []
    for s in sources:
        sentences = s.briefing.doc.sentences
        for d in s.briefing.facts.timeline:
            if d.sentence is None or d.start is None or d.end is None or not d.value:
                continue
            events.append(
                TimelineEvent(
                    d.value,
                    d.text,
                    s.id,
                    s.published,
                    d.sentence,
                    " ".join(sentences[d.sentence].text.split()),
                    d.start,
                    d.end,
                )
            )
    return tuple(sorted(events, key=lambda e: (*period(e.value), order[e.article], e.start)))
