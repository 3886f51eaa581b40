"""A Markdown dossier: what `briefing dossier` prints when no output file is asked for."""

from __future__ import annotations

from briefing.counts import counted
from briefing.dossier import Dossier
from briefing.export.markdown import _md, _table


def _title(dossier: Dossier, article_id: str) -> str:
    return dossier.article(article_id).title


def to_markdown(dossier: Dossier) -> str:
    """The story, people and bodies, timeline, quotes by speaker, places, then each article."""
    out = [f"# {_md(dossier.heading())}", ""]
    if dossier.overview:
        out += ["## The story", "", _md(dossier.overview), ""]
    if dossier.actors:
        out += ["## People and organisations", ""]
        out += _table(
            ("Name", "Type", "Roles", "Articles", "Mentions"),
            [
                (
                    a.name + ("" if a.resolved else " (unresolved)"),
                    a.type,
                    ", ".join(a.role_names),
                    str(len(a.articles)),
                    str(a.mentions),
                )
                for a in dossier.actors
            ],
        )
    if dossier.timeline:
        out += ["## Timeline", ""]
        out += _table(
            ("Date", "As written", "Article", "Context"),
            [(e.value, e.text, _title(dossier, e.article), e.context) for e in dossier.timeline],
        )
    if dossier.quotes:
        out += ["## Quotes by speaker", ""]
        for group in dossier.quotes:
            out += [f"### {_md(group.speaker or 'Unattributed')}", ""]
            out += [
                f"- “{_md(q.text)}” — {_md(_title(dossier, q.article))}"
                + (f", {q.published.isoformat()}" if q.published else "")
                for q in group.quotes
            ]
            out.append("")
    if dossier.places:
        out += ["## Places", ""]
        out += _table(
            ("Name", "Type", "Country", "Articles", "Mentions"),
            [
                (p.name, p.type, p.country or "", str(len(p.articles)), str(p.mentions))
                for p in dossier.places
            ],
        )
    out += ["## Articles", ""]
    for a in dossier.articles:
        out += [f"### {_md(a.title)}", ""]
        meta = [a.published.isoformat() if a.published else "undated", _md(a.source)]
        out += [" · ".join(meta) + f" · {counted(a.word_count, 'word')}", ""]
        out += [_md(a.summary) or "(too short to summarise)", ""]
    return "\n".join(out).rstrip() + "\n"
