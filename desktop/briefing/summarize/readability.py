"""A summary must not open on a sentence that leans on one the reader has not seen."""

from __future__ import annotations

import re

# Openers whose meaning lives in the previous sentence: pronoun subjects and connectives
# ("He also said…", "But…", "This…"). Our own list, from news-writing style guides.
UNRESOLVED_OPENERS = re.compile(
    r"^[\"“‘']?(?:he|she|they|it|his|her|their|its|this|that|these|those|there|but|and|or|so|"
    r"also|however|meanwhile|moreover|furthermore|nevertheless|still|yet|instead|then|thus|"
    r"therefore|besides|otherwise|such)\b",
    re.I,
)


def opens_unresolved(text: str) -> bool:
    """True when `text` starts with a pronoun or connective that needs an antecedent."""
    return bool(UNRESOLVED_OPENERS.match(text.strip()))


def resolve_opening(chosen: list[int], texts: list[str], max_sentences: int) -> list[int]:
    """If the first chosen sentence opens unresolved, pull in the sentence before it (dropping
    the last chosen one when the length is full); repeat until the opening reads alone."""
    chosen = sorted(chosen)
    for _ in range(len(texts)):
        if not chosen or not opens_unresolved(texts[chosen[0]]) or chosen[0] == 0:
            return chosen
        first = chosen[0]
        if len(chosen) >= max_sentences:
            chosen = chosen[:-1] if len(chosen) > 1 else []
        chosen = sorted({first - 1, *chosen})
    return chosen
