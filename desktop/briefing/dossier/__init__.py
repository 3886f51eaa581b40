"""Dossiers: several briefings of one story merged into one (who, where, when, who said
what), as a pure function of the briefings; no Qt, no files."""

from briefing.dossier.build import article_id, build_dossier
from briefing.dossier.model import (
    Appearance,
    Dossier,
    DossierActor,
    DossierArticle,
    DossierPlace,
    DossierQuote,
    RoleMention,
    SpeakerQuotes,
    StorySentence,
    TimelineEvent,
)

__all__ = [
    "Appearance",
    "Dossier",
    "DossierActor",
    "DossierArticle",
    "DossierPlace",
    "DossierQuote",
    "RoleMention",
    "SpeakerQuotes",
    "StorySentence",
    "TimelineEvent",
    "article_id",
    "build_dossier",
]
