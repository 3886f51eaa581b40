"""Bodies the tagger left untagged (`briefing.facts.untagged`). Our own sentences; the
tagger's entities are given by hand, so each test pins the rule alone."""

from __future__ import annotations

import pytest

from briefing.facts import untagged
from briefing.facts.kinds import classify
from tests.facts.test_kinds import _doc


def _organisations(text: str, *entities: tuple[str, str]) -> set[str]:
    return {e.text for e in classify(_doc(text, *entities)).entities if e.label == "ORGANIZATION"}


def test_capitalised_run_ending_in_a_body_word_is_an_organisation() -> None:
    text = (
        "Kettleby Constabulary asked drivers to stay away. Harbour Watch International "
        "said the spill was small."
    )
    assert _organisations(text) == {"Kettleby Constabulary", "Harbour Watch International"}


def test_complement_after_the_head_belongs_to_the_body() -> None:
    text = "The Rivers Board of Dunmore met on Monday."
    assert _organisations(text) == {"Rivers Board of Dunmore"}


def test_runs_that_are_no_body_are_left_alone() -> None:
    text = (
        "Party Conference opens on Sunday. Police Chief Ann Orme spoke. Council tax rises. "
        "Home Secretary Jo Lake said so."
    )
    assert _organisations(text) == set()


def test_tagged_names_are_not_found_twice() -> None:
    text = "Kettleby Rowing Club won again."
    assert _organisations(text, ("ORGANIZATION", "Kettleby Rowing Club")) == {
        "Kettleby Rowing Club"
    }


def test_website_a_speaker_posted_on_is_an_organisation() -> None:
    text = (
        "Ana Berg posted on Chirpster that the ferry was late. Follow her on Pixly and Chirpster."
    )
    assert _organisations(text, ("PERSON", "Ana Berg")) == {"Chirpster", "Pixly"}


def test_website_before_a_social_media_noun_is_an_organisation() -> None:
    assert _organisations("The club set up a Pixly page for its fans.") == {"Pixly"}


def test_website_before_followers_or_a_post_is_an_organisation() -> None:
    text = "Her Chirpster followers grew. The port said so in a Pixly post."
    assert _organisations(text) == {"Chirpster", "Pixly"}


def test_the_last_word_of_a_longer_name_before_a_media_noun_is_no_website() -> None:
    assert _organisations("The mayor gave her Harbour Day message on Monday.") == set()


def test_a_day_or_a_common_word_after_said_on_is_no_website() -> None:
    text = "The mayor said on Friday that the port would open. She insisted on Clarity."
    assert _organisations(text + " Clarity matters, and clarity is rare.") == set()


def test_a_handle_is_cut_from_the_name_and_names_no_one() -> None:
    text = "Ana Berg answers questions on Chirpster @ana_berg daily. Follow @Valbyport too."
    doc = _doc(text, ("ORGANIZATION", "Chirpster @ana_berg"), ("LOCATION", "Valbyport"))
    assert {e.text: e.label for e in classify(doc).entities} == {"Chirpster": "ORGANIZATION"}


def test_a_hashtag_or_a_ticker_names_no_one() -> None:
    text = "Fans posted #Harbourfest all night, and $Norbank shares rose."
    doc = _doc(text, ("ORGANIZATION", "Harbourfest"), ("ORGANIZATION", "Norbank"))
    assert classify(doc).entities == ()


def test_run_ending_in_an_organisation_name_end_of_the_training_data_is_a_body() -> None:
    assert _organisations("Trading at Valby Stock Exchange halted.") == {"Valby Stock Exchange"}


def test_a_service_a_show_is_streamed_on_is_an_organisation() -> None:
    text = "The series was streamed on Valbyflix last spring and drew wide praise."
    assert _organisations(text) == {"Valbyflix"}


def test_a_site_to_follow_a_named_writer_on_is_an_organisation() -> None:
    text = "Follow Ana Berg on Chirper for more."
    assert _organisations(text, ("PERSON", "Ana Berg")) == {"Chirper"}


def test_a_name_the_training_corpora_give_bodies_is_one_untagged_or_read_as_a_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(untagged, "ORG_NAMES", frozenset(["Norwire", "Valco"]))
    text = "Jo Park told Norwire the ferry was late. Valco said so."
    found = _organisations(text, ("PERSON", "Jo Park"), ("PERSON", "Valco"))
    assert found == {"Norwire", "Valco"}


def test_a_listed_maker_before_a_model_is_no_body(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(untagged, "ORG_NAMES", frozenset(["Valco"]))
    assert _organisations("She flew on the Valco V320 to Sudby.") == set()


def test_an_untagged_name_after_the_and_a_body_noun_is_a_body() -> None:
    text = "A study in the journal Harbour was cited. Jo Park joined the band Valby Drift."
    assert _organisations(text, ("PERSON", "Jo Park")) == {"Harbour", "Valby Drift"}


def test_a_known_body_written_in_lower_case_first_is_an_organisation() -> None:
    assert "eBay" in _organisations("Jo Park said she would sell the old chairs on eBay.")
