"""Places across articles: one row per place (name and country), counted in mentions and
articles."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.dossier.actors import Source, fold
from briefing.dossier.model import DossierPlace
from briefing.model import Place


def merge_places(sources: Sequence[Source]) -> tuple[DossierPlace, ...]:
    rows: dict[tuple[str, str], list[tuple[str, Place]]] = {}
    for s in sources:
        for p in s.briefing.facts.locations:
            rows.setdefault((fold(p.name), fold(p.country or "")), []).append((s.id, p))
    places = []
    for found in rows.values():
        first = found[0][1]
        located = next((p for _, p in found if p.latitude is not None), first)
        places.append(
            DossierPlace(
                first.name,
                first.type,
                first.country,
                located.latitude,
                located.longitude,
                sum(p.mentions for _, p in found),
                tuple(dict.fromkeys(article for article, _ in found)),
            )
        )
    return tuple(sorted(places, key=lambda p: (-len(p.articles), -p.mentions, p.name)))
