"""The small helpers actors and kinds share: a bracket's end, a name's initials, shared sets."""

from __future__ import annotations

from briefing.facts import words
from briefing.facts.actors import _acronym
from briefing.facts.kinds import bracket_end
from briefing.nlp import analyse


def test_bracket_end_is_the_token_after_a_close_bracket_near_the_open_one() -> None:
    tokens = analyse("Senator Jo Park (D-Valby) said so.").sentences[0].tokens
    k = [t.text for t in tokens].index("(")
    assert tokens[bracket_end(tokens, k) - 1].text == ")"
    assert bracket_end(tokens, k - 1) == k - 1  # no bracket there
    assert bracket_end(tokens, len(tokens)) == len(tokens)  # past the end


def test_bracket_end_needs_the_close_within_eight_tokens() -> None:
    tokens = (
        analyse("The Norbank (a firm that lends to farms in Valby and Sudby) fell.")
        .sentences[0]
        .tokens
    )
    k = [t.text for t in tokens].index("(")
    assert bracket_end(tokens, k) == k


def test_acronym_takes_initials_or_spells_out_words_in_capitals() -> None:
    assert _acronym("Valby Anti-Fraud Office") == "VAFO"
    assert _acronym("NB Anti-Fraud Office") == "NAFO"
    assert _acronym("NB Anti-Fraud Office", spelt=True) == "NBAFO"


def test_shared_sets_hold_the_words_each_module_built_before() -> None:
    assert words.ORG_WORDS | words.ORG_HEADS == words.ORG_NAME_WORDS
    assert "spokesman" in words.ROLE_NOUNS
