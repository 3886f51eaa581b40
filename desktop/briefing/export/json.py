"""The JSON form of a briefing (schema "briefing/2"), as documented in the README.

Version 2 added the actor kind "state" (a country acting in the story) and each actor's
`place`: the name of a state's row among the locations, else null."""

from __future__ import annotations

import json
from typing import Any

from briefing.model import Briefing

SCHEMA = "briefing/2"


def to_dict(briefing: Briefing) -> dict[str, Any]:
    """Plain data with exactly the schema's top-level keys."""
    article, facts = briefing.article, briefing.facts
    published = briefing.published
    return {
        "schema": SCHEMA,
        "article": {
            "title": article.title,
            "published": published.isoformat() if published else None,
            "source": article.source,
            "word_count": article.word_count,
            "byline": article.byline,
            "standfirst": article.standfirst,
            "format": article.format,
        },
        "summary": {
            "algorithm": briefing.summary.algorithm,
            "method": briefing.summary.method or None,
            "word_budget": briefing.summary.word_budget,
            "length": {
                "mode": briefing.summary.length.mode,
                "value": briefing.summary.length.value,
            },
            "sentences": [
                {"text": s.text, "index": s.index, "start": s.start, "end": s.end}
                for s in briefing.summary.sentences
            ],
        },
        "actors": [
            {
                "name": a.name,
                "type": a.type,
                "aliases": list(a.aliases),
                "roles": list(a.roles),
                "affiliation": a.affiliation,
                "place": a.place,
                "mentions": a.mentions,
            }
            for a in facts.actors
        ],
        "locations": [
            {
                "name": p.name,
                "type": p.type,
                "country": p.country,
                "latitude": p.latitude,
                "longitude": p.longitude,
                "mentions": p.mentions,
            }
            for p in facts.locations
        ],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "sentence": q.sentence,
                "cue": q.cue,
                "start": q.start,
                "end": q.end,
                "partial": q.partial,
                "description": q.description,
                "how": q.how,
            }
            for q in facts.quotes
        ],
        "dates": [
            {
                "text": d.text,
                "value": d.value,
                "sentence": d.sentence,
                "start": d.start,
                "end": d.end,
            }
            for d in facts.dates
        ],
        "timings_ms": dict(briefing.timings_ms),
    }


def to_json(briefing: Briefing, *, indent: int | None = 2) -> str:
    """Serialised JSON (UTF-8 characters kept as they are)."""
    return json.dumps(to_dict(briefing), ensure_ascii=False, indent=indent)
