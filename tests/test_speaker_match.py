"""The by-person comparison of a named speaker with a PolNeAR Source, in our own words: a
"wrong" row must mean a different person, and what the annotation cannot settle is "unsure"."""

from __future__ import annotations

from evaluation.speaker_match import Gold, gold_person, judge, name_of, same_person


def _gold(text: str, source: str, before: tuple[str, ...] = ()) -> tuple[Gold, int]:
    """The Source `source` (its last occurrence in `text`), with every earlier Source."""
    at = text.rindex(source)
    spans = [(text.index(s), text.index(s) + len(s)) for s in before]
    return gold_person(text, (at, at + len(source)), [*spans, (at, at + len(source))]), at


def test_a_generational_suffix_is_no_surname() -> None:
    assert same_person("Tom Lund Jr.", "Lund")
    assert same_person("Jo R. Park III", "Mr. Park")


def test_a_courtesy_title_gold_matches_a_longer_name() -> None:
    assert same_person("Ana Berg Vik", "Ms. Berg")


def test_another_surname_is_wrong() -> None:
    assert not same_person("Tom Lund", "Jo Park")


def test_an_apposition_gives_the_name_part() -> None:
    assert name_of("her senior adviser, Jo Park,") == "Jo Park"
    assert name_of("Jo Park, the Valby mayor,") == "Jo Park"


def test_an_aside_after_a_name_does_not_count_as_the_name() -> None:
    name = name_of("Jo Park, a Lund ally who sits on the Valby Harbour Board,")
    assert name == "Jo Park" and not same_person("Tom Lund", name)


def test_a_possessive_before_the_name_is_another_person() -> None:
    name = name_of("Lund's campaign chief Jo Park")
    assert same_person("Jo Park", name) and not same_person("Tom Lund", name)


def test_a_determiner_before_a_role_and_a_name_still_names() -> None:
    assert name_of("the harbour pilot Ana Berg") == "Ana Berg"
    assert name_of("the Valby Courier") == "Valby Courier"
    assert name_of("the Valby senator") == ""


def test_she_resolves_past_a_man_named_nearer() -> None:
    text = "Ana Berg said it would pass. Tom Lund said it would not. Later she said more."
    gold, at = _gold(text, "she", ("Ana Berg", "Tom Lund"))
    assert gold.kind == "pronoun" and gold.name == "Ana Berg"
    assert judge("Ana Berg", gold, text, at) == "right"
    assert judge("Tom Lund", gold, text, at) == "wrong"


def test_a_speaker_of_the_pronouns_sex_named_since_is_unsure() -> None:
    text = "Tom Lund said it would pass. Then Jo Park arrived. Later he said more."
    gold, at = _gold(text, "he", ("Tom Lund",))
    assert gold.name == "Tom Lund" and gold.sure
    assert judge("Jo Park", gold, text, at) == "unsure"


def test_a_speaker_not_named_since_the_pronouns_name_is_wrong() -> None:
    text = "Jo Park left early. Tom Lund said it would pass. Later he said more."
    gold, at = _gold(text, "he", ("Tom Lund",))
    assert judge("Jo Park", gold, text, at) == "wrong"


def test_a_definite_description_written_beside_the_name_is_right() -> None:
    text = "Sen. Tom Lund spoke first. Then the senator said more."
    gold, at = _gold(text, "the senator")
    assert gold.kind == "description"
    assert judge("Tom Lund", gold, text, at) == "right"


def test_a_definite_description_without_evidence_is_unsure_and_an_indefinite_wrong() -> None:
    text = "Tom Lund spoke first. Then the moderator asked. Then a heckler shouted."
    moderator, at = _gold(text, "the moderator")
    assert judge("Tom Lund", moderator, text, at) == "unsure"
    heckler, at = _gold(text, "a heckler")
    assert judge("Tom Lund", heckler, text, at) == "wrong"


def test_a_relative_pronoun_source_is_the_name_before_it() -> None:
    text = "The plan has a critic in Jo Park, who said it would fail."
    gold, at = _gold(text, "who")
    assert gold.kind == "name" and judge("Jo Park", gold, text, at) == "right"


def test_a_cue_marked_as_the_source_is_unsure() -> None:
    text = "Jo Park said it would fail."
    gold, at = _gold(text, "said")
    assert judge("Jo Park", gold, text, at) == "unsure"


def test_no_speaker_is_none_whatever_the_gold() -> None:
    assert judge(None, Gold("name", "Jo Park", "Jo Park"), "Jo Park spoke.", 0) == "none"
