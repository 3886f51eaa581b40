"""A partial quote woven in after `Name, who …, said`: the name before the who-clause the
commas close right before the verb is the subject, even when a photo caption has run into
the sentence. The articles are our own, written for these tests."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes

CAPTION = (
    "Two former depot guards have described their work. Scroll down for video Jana and Mira "
    "(pictured), who asked that their real names be withheld, spoke about the years at the "
    "Harrow Depot In an interview with Sky News Jana, who left after her brother was "
    "arrested in a raid, said guards were paid a 'routine' bonus for reporting on others."
)


def test_name_before_a_closed_who_clause_speaks_the_woven_partial() -> None:
    quote = _quotes(CAPTION)[0]
    assert quote.text == "routine"
    assert quote.speaker == "Jana"


def test_the_age_description_after_her_is_the_same_woman() -> None:
    text = CAPTION + (
        " The 31-year-old, who earned little at the depot, said: 'What I regret most is "
        "reporting on my own neighbours.'"
    )
    assert _quotes(text)[-1].speaker == "Jana"


def test_a_who_clause_the_verb_sits_in_names_no_subject_before_it() -> None:
    text = (
        "The council met on Monday. Councillors heard from Jo Park, who called the plan "
        "'a reckless waste of money' in a letter."
    )
    assert _quotes(text)[0].speaker == "Jo Park"
