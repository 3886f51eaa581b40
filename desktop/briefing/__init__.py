"""Article Briefing: extractive summary, fact sheet and PDF briefing of a news article."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "analyze", "load"]

if TYPE_CHECKING:
    from briefing.pipeline import analyze
    from briefing.sources import load


def __getattr__(name: str) -> Any:
    # Lazy re-exports keep `import briefing` fast (no NLTK, sumy or reportlab at import).
    if name == "analyze":
        from briefing.pipeline import analyze

        return analyze
    if name == "load":
        from briefing.sources import load

        return load
    raise AttributeError(name)
