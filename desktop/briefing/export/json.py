"""The JSON form of a briefing (schema "briefing/2"), as documented in the README.

Version 2 added the actor kind "state" (a country acting in the story) and each actor's
`place`: the name of a state's row among the locations, else null."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from briefing.model import Actor, Briefing, Place

if TYPE_CHECKING:  # the dossier's types only annotate here
    from briefing.dossier.model import DossierActor, DossierPlace

SCHEMA = "briefing/2"


def iso_day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def actor_names(actor: Actor | DossierActor) -> dict[str, Any]:
    """Who an actor is, as `briefing/2` and `dossier/1` both write it: name, type, aliases."""
    return {"name": actor.name, "type": actor.type, "aliases": list(actor.aliases)}


def place_dict(place: Place | DossierPlace) -> dict[str, Any]:
    """A place as `briefing/2` and `dossier/1` both write it (the dossier adds its articles)."""
    return {
        "name": place.name,
        "type": place.type,
        "country": place.country,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "mentions": place.mentions,
    }


def to_dict(briefing: Briefing) -> dict[str, Any]:
    """Plain data with exactly the schema's top-level keys."""
    article, facts = briefing.article, briefing.facts
    return {
        "schema": SCHEMA,
        "article": {
            "title": article.title,
            "published": iso_day(briefing.published),
            "source": article.source,
            "word_count": article.word_count,
            "byline": article.byline,
            "standfirst": article.standfirst,
            "format": article.format,
            # What `start`/`end` count in: the text as analysed, without the headline,
            # dateline and page furniture the loader set aside (not the input file).
            "text": article.text,
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
                **actor_names(a),
                "roles": list(a.roles),
                "affiliation": a.affiliation,
                "place": a.place,
                "mentions": a.mentions,
            }
            for a in facts.actors
        ],
        "locations": [place_dict(p) for p in facts.locations],
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
