"""Kept so that code written against `briefing.facts.lexicons` still imports: the loader is
`briefing.lexicons` now, shared with sources/ and summarize/; import that."""

from briefing.lexicons import forms, rows, table, words

__all__ = ["forms", "rows", "table", "words"]
