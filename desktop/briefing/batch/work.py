"""The per-article work, the same in a worker process, on a Dask worker or in-process:
load, analyse and render the outputs as bytes. Files are written by the caller, so a
remote worker needs only to read the input, and writing stays atomic and no-clobber."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from typing import Any

from briefing.errors import BriefingError, NotAnArticleError
from briefing.model import Options

log = logging.getLogger("briefing")

SUFFIX = {"pdf": ".pdf", "json": ".json", "markdown": ".md"}


@dataclass(frozen=True)
class Task:
    source: str
    options: Options
    kinds: tuple[str, ...]  # of "pdf", "json", "markdown"
    page_size: str = "A4"
    anyway: bool = False  # analyse a text that does not look like an article


@dataclass(frozen=True)
class Outcome:
    """What a worker sends back: the index entry and each output's bytes, or the error."""

    source: str
    entry: dict[str, Any] | None
    files: tuple[tuple[str, bytes], ...] = ()  # (kind, content)
    error: str | None = None
    bug: str | None = None  # a traceback: an error the user did not cause


WARM_UP = (
    "Ministers meet in Oslo\n\n"
    '"We will talk on Monday," Ana Berg, the minister, told reporters in Oslo last week.'
)


def warm_up() -> None:
    """Load every model now (once per worker process), not inside the first article; a
    worker prints no library warnings (the caller reports each input's error in one line)."""
    from briefing.console import show_only_our_messages
    from briefing.pipeline import analyze
    from briefing.sources import from_text

    show_only_our_messages()
    analyze(from_text(WARM_UP))


def brief_file(task: Task) -> Outcome:
    from briefing.dossier import article_id
    from briefing.pipeline import analyze
    from briefing.sources import load
    from briefing.sources.fragments import check_article

    try:
        article = load(task.source)
        if not task.anyway:
            check_article(article)
        briefing = analyze(article, task.options)
        files = []
        for kind in task.kinds:
            if kind == "pdf":
                from briefing.export.pdf import build_pdf_bytes

                files.append((kind, build_pdf_bytes(briefing, page_size=task.page_size)))
            elif kind == "json":
                from briefing.export.json import to_json

                files.append((kind, to_json(briefing).encode("utf-8")))
            else:
                from briefing.export.markdown import to_markdown

                files.append((kind, to_markdown(briefing).encode("utf-8")))
    except NotAnArticleError as err:
        return Outcome(task.source, None, error=f"{err} (--anyway analyses it)")
    except BriefingError as err:
        return Outcome(task.source, None, error=str(err))
    except Exception as err:  # a bug: reported with its traceback, the batch goes on
        return Outcome(
            task.source,
            None,
            error=f"{task.source}: internal error ({type(err).__name__})",
            bug=traceback.format_exc(),
        )
    facts = briefing.facts
    entry = {
        "id": article_id(article),
        "source": task.source,
        "title": " ".join(article.title.split()),
        "published": briefing.published.isoformat() if briefing.published else None,
        "words": article.word_count,
        "counts": {
            "sentences": len(briefing.doc.sentences),
            "actors": len(facts.actors),
            "places": len(facts.locations),
            "quotes": len(facts.quotes),
            "dates": len(facts.dates),
        },
        "ms": briefing.timings_ms.get("total", 0.0),
    }
    return Outcome(task.source, entry, tuple(files))
