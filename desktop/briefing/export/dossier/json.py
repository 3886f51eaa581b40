"""The JSON form of a dossier (schema "dossier/1"), as documented in the README."""

from __future__ import annotations

import json
from typing import Any

from briefing.dossier import Dossier, DossierQuote
from briefing.export.json import actor_names, iso_day, place_dict

SCHEMA = "dossier/1"


def _quote(q: DossierQuote) -> dict[str, Any]:
    return {
        "text": q.text,
        "article": q.article,
        "published": iso_day(q.published),
        "sentence": q.sentence,
        "start": q.start,
        "end": q.end,
        "cue": q.cue,
        "confidence": q.confidence,
    }


def to_dict(dossier: Dossier) -> dict[str, Any]:
    """Plain data with exactly the schema's top-level keys."""
    return {
        "schema": SCHEMA,
        "story": {
            "summary": dossier.overview,
            "sentences": [
                {
                    "text": s.text,
                    "article": s.article,
                    "sentence": s.sentence,
                    "start": s.start,
                    "end": s.end,
                }
                for s in dossier.story
            ],
        },
        "articles": [
            {
                "id": a.id,
                "title": a.title,
                "published": iso_day(a.published),
                "source": a.source,
                "word_count": a.word_count,
                "summary": a.summary,
                "counts": {
                    "actors": a.actors,
                    "places": a.places,
                    "quotes": a.quotes,
                    "dates": a.dates,
                },
            }
            for a in dossier.articles
        ],
        "actors": [
            {
                "id": a.id,
                **actor_names(a),
                "resolved": a.resolved,
                "candidates": list(a.candidates),
                "mentions": a.mentions,
                "appearances": [
                    {
                        "article": x.article,
                        "name": x.name,
                        "roles": list(x.roles),
                        "mentions": x.mentions,
                        "sentences": list(x.sentences),
                    }
                    for x in a.appearances
                ],
                "roles": [
                    {"role": r.role, "article": r.article, "published": iso_day(r.published)}
                    for r in a.roles
                ],
                "quotes": len(a.quotes),
            }
            for a in dossier.actors
        ],
        "places": [{**place_dict(p), "articles": list(p.articles)} for p in dossier.places],
        "timeline": [
            {
                "value": e.value,
                "text": e.text,
                "article": e.article,
                "published": iso_day(e.published),
                "sentence": e.sentence,
                "context": e.context,
                "start": e.start,
                "end": e.end,
            }
            for e in dossier.timeline
        ],
        "quotes": [
            {"speaker": g.speaker, "actor": g.actor, "quotes": [_quote(q) for q in g.quotes]}
            for g in dossier.quotes
        ],
    }


def to_json(dossier: Dossier, *, indent: int | None = 2) -> str:
    return json.dumps(to_dict(dossier), ensure_ascii=False, indent=indent)
