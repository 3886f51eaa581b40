"""Faults a reader met in the forty-first round's invented stories."""

from __future__ import annotations

from briefing.pipeline import analyze
from briefing.sources import from_text


def test_a_headline_naming_a_relative_of_the_other_sex_does_not_rename_the_row() -> None:
    text = (
        "Tom Quarrie thanks rescuers after mother found safe\n\n"
        "Mrs Quarrie, 71, was found by a coastguard team in a cove on Sunday. Quarrie was "
        "taken to hospital as a precaution."
    )
    people = [a.name for a in analyze(from_text(text)).facts.actors if a.type == "person"]
    assert "Tom Quarrie" not in people


def test_a_coroners_court_is_one_body_not_a_person() -> None:
    text = (
        "Inquest opens\n\n"
        "Jo Tamsett, 40, died after a fall in May, Penwick Coroner's Court heard on Friday."
    )
    actors = {a.name: a.type for a in analyze(from_text(text)).facts.actors}
    assert actors.get("Penwick Coroner's Court") == "organization"
    assert "Court" not in actors


def test_a_british_city_that_shares_a_capitals_name_is_no_state_abroad() -> None:
    text = (
        "Storm closes line\n\n"
        "Rail staff closed the main line between Exeter and Plymouth after a tree fell. "
        "Plymouth council opened a rest centre."
    )
    actors = {a.name: a.type for a in analyze(from_text(text)).facts.actors}
    assert "Montserrat" not in actors


def test_labs_ends_a_firms_name() -> None:
    text = (
        "Glasses launch\n\n"
        "Corvid Labs, the start-up backed by two funds, on Tuesday unveiled its "
        "glasses. Corvid Labs said they would sell in March."
    )
    kinds = {a.name: a.type for a in analyze(from_text(text)).facts.actors}
    assert kinds.get("Corvid Labs") == "organization"


def test_a_british_judges_style_names_a_person() -> None:
    text = (
        "Care homes ruling\n\n"
        "Mr Justice Adeyemi said the decision was 'fundamentally flawed' and ordered a "
        "fresh look at the closures."
    )
    facts = analyze(from_text(text)).facts
    kinds = {a.name: a.type for a in facts.actors}
    assert kinds.get("Adeyemi") == "person"
    assert [q.speaker for q in facts.quotes] == ["Adeyemi"]


def test_no_person_is_cut_from_a_bodys_branch_before_said() -> None:
    text = (
        "Ruling welcomed\n\n"
        "The council lost the case on Monday.\n\n"
        'Age Concern Penwick said the ruling should be "a warning to every council".'
    )
    facts = analyze(from_text(text)).facts
    assert not {"Concern Penwick", "Penwick"} & {q.speaker for q in facts.quotes}
    assert "Penwick" not in {a.name for a in facts.actors if a.type == "person"}


def test_a_name_after_a_body_named_mid_sentence_stays_a_person() -> None:
    text = (
        "Brides speak\n\n"
        "Two women spoke out. In an interview with Valby News Oriel, who left last year, "
        "said she was scared. Oriel said she had fled."
    )
    assert "Oriel" in {a.name for a in analyze(from_text(text)).facts.actors}


def test_a_colon_introduced_single_quote_left_open_continues_in_the_next_paragraph() -> None:
    text = (
        "Strike called off\n\n"
        "Union organiser Kit Marwood said: 'Our members have stood firm for six months. "
        "This offer shows that standing together works.\n\n"
        "'We are not celebrating yet. The members will decide.'\n\n"
        "The company said the deal was fair."
    )
    quotes = [(q.text, q.speaker) for q in analyze(from_text(text)).facts.quotes]
    assert len(quotes) == 1
    assert quotes[0][0].startswith("Our members") and quotes[0][0].endswith("will decide.")
    assert quotes[0][1] == "Kit Marwood"


def test_a_legislators_party_and_state_after_the_name_do_not_hide_the_speaker() -> None:
    text = (
        "Pipeline bill\n\n"
        'The bill\'s sponsor, Sen. Rod Tallis, R-Okla., called the threat "grandstanding" '
        "and said he had the votes."
    )
    quotes = [(q.text, q.speaker) for q in analyze(from_text(text)).facts.quotes]
    assert quotes == [("grandstanding", "Rod Tallis")]


def test_a_party_member_set_off_before_the_name_opening_the_sentence_has_the_role() -> None:
    text = (
        "Reservoir approved\n\n"
        "Conservative MP for North Wessex, Jim Thorley, said he was disappointed by the vote."
    )
    people = {a.name: a.roles for a in analyze(from_text(text)).facts.actors}
    assert people.get("Jim Thorley") == ("MP for North Wessex",)


def test_a_familys_word_for_a_member_is_no_person() -> None:
    text = (
        "Care homes ruling\n\n"
        "Her grandson, Piet Larrow, said outside court: 'Nan's records were the only thing "
        "she took with her.'"
    )
    people = {a.name for a in analyze(from_text(text)).facts.actors if a.type == "person"}
    assert "Nan" not in people
    assert "Piet Larrow" in people
