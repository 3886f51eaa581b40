"""The multi-source scorer: roles, state actors and the held-out rule, on briefings we
build by hand (no corpus text)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from briefing.model import Actor, Evidence, Place
from evaluation.multi_facts import Scores, main, one_to_one, roles_match, score_article

TEXT = "Harbour FC striker Jo Smith scored. Norway said it would help. Oslo was cold."


def _briefing(actors: list[Actor], places: list[Place]) -> Any:
    facts = SimpleNamespace(actors=tuple(actors), locations=tuple(places))
    article = SimpleNamespace(clutter=())
    return SimpleNamespace(doc=SimpleNamespace(text=TEXT), facts=facts, article=article)


def _ev(word: str) -> Evidence:
    start = TEXT.index(word)
    return Evidence(0, start, start + len(word))


GOLD = {
    "persons": [{"name": "Jo Smith", "aliases": ["Smith"], "roles": ["striker"]}],
    "organisations": [{"name": "Harbour FC", "aliases": []}],
    "locations": [
        {"name": "Norway", "aliases": [], "state": True},
        {"name": "Oslo", "aliases": [], "state": False},
    ],
}


def test_a_role_matches_when_its_words_end_the_other_or_share_the_head() -> None:
    assert roles_match("Harbour FC striker", "striker")
    assert roles_match("Deputy Transport Minister", "minister")
    assert roles_match("the club's coach", "coach")
    assert not roles_match("striker", "coach")


def test_role_recall_counts_a_matched_person_with_a_matching_role() -> None:
    smith = Actor("Jo Smith", "person", roles=("striker",), evidence=(_ev("Jo Smith"),))
    scores = Scores()
    score_article(_briefing([smith], []), GOLD, scores, errors=False)
    assert (scores.roles.found, scores.roles.gold) == (1, 1)
    assert scores.tally["persons"].right == 1


def test_a_state_actor_is_scored_against_locations_marked_state_not_as_an_organisation() -> None:
    norway = Actor("Norway", "state", evidence=(_ev("Norway"),))
    oslo = Place("Oslo", "city", evidence=(_ev("Oslo"),))
    scores = Scores()
    score_article(_briefing([norway], [oslo]), GOLD, scores, errors=False)
    states, orgs = scores.tally["states"], scores.tally["organisations"]
    assert (states.rows, states.right, states.gold, states.found) == (1, 1, 1, 1)
    assert orgs.rows == 0
    assert scores.tally["locations"].found == 1


def test_errors_on_held_out_articles_are_refused(capsys: Any) -> None:
    assert main(["--split", "heldout", "--errors"]) == 2
    assert "refused" in capsys.readouterr().err


def test_one_split_scores_only_its_articles(tmp_path: Any, monkeypatch: Any) -> None:
    from evaluation import multi_facts
    from evaluation.multisource import Article

    picked = [
        Article("cnn", f"a{n}", "Oslo\n\nJo Smith met Ana Berg in Oslo.", n % 3 == 2)
        for n in range(3)
    ]
    monkeypatch.setattr(multi_facts, "articles", lambda source: picked)
    gold = {a.id: {**GOLD, "persons": [], "organisations": [], "locations": []} for a in picked}
    out = multi_facts.score_source("cnn", gold, errors=False, split="dev")
    assert (out["development"].articles, out["held out"].articles) == (2, 0)


def test_a_role_with_a_complement_is_matched_by_its_head() -> None:
    assert roles_match("former secretary", "secretary of state")
    assert roles_match("editor", "editor in chief")
    assert not roles_match("state", "secretary of state")


def test_a_plural_gold_role_matches_its_singular() -> None:
    assert roles_match("candidate", "Mayoral candidates")
    assert roles_match("coach", "assistant coaches")
    assert roles_match("boss", "bosses")
    assert roles_match("boss", "club boss")
    assert not roles_match("candidate", "candidacies")


def test_dates_are_matched_by_overlap_in_the_raw_text_and_values_compared() -> None:
    from briefing.model import DateMention
    from evaluation.multi_facts import score_dates

    raw = "Title\n\nThe port opened on Monday. It closed last week."
    loaded = "The port opened on Monday. It closed last week."
    monday, week = loaded.index("Monday"), loaded.index("last week")
    dates = (
        DateMention("Monday", "2020-03-02", 0, monday, monday + 6),
        DateMention("last week", "2020-W09", 1, week, week + 9),
    )
    briefing = SimpleNamespace(facts=SimpleNamespace(dates=dates))
    gold = {
        "dates": [
            {"start": raw.index("Monday"), "end": raw.index("Monday") + 6, "value": "2020-03-02"},
            {"start": raw.index("week"), "end": raw.index("week") + 4, "value": "2020-W10"},
        ]
    }
    scores = Scores()
    score_dates(briefing, raw, gold, scores, errors=False)
    assert (scores.dates.right, scores.dates.found, scores.values_right) == (2, 2, 1)


def test_a_date_broken_over_lines_in_the_raw_text_is_found() -> None:
    from briefing.model import DateMention
    from evaluation.multi_facts import score_dates

    raw = "Valby voted earlier this\nmonth."
    dates = (DateMention("earlier this month", "2020-03", 0, 12, 30),)
    briefing = SimpleNamespace(facts=SimpleNamespace(dates=dates))
    gold = {"dates": [{"start": 12, "end": 30, "value": "2020-03"}]}
    scores = Scores()
    score_dates(briefing, raw, gold, scores, errors=False)
    assert (scores.dates.right, scores.dates.found, scores.values_right) == (1, 1, 1)


def test_a_year_after_a_date_holding_it_is_found_after_that_date() -> None:
    from briefing.model import DateMention
    from evaluation.multi_facts import score_dates

    raw = "The quay opened on May 2, 2009, and the 2009 fair followed."
    dates = (
        DateMention("May 2, 2009", "2009-05-02", 0, 19, 30),
        DateMention("2009", "2009", 0, 40, 44),
    )
    briefing = SimpleNamespace(facts=SimpleNamespace(dates=dates))
    second = raw.rindex("2009")
    gold = {
        "dates": [
            {"start": 19, "end": 30, "value": "2009-05-02"},
            {"start": second, "end": second + 4, "value": "2009"},
        ]
    }
    scores = Scores()
    score_dates(briefing, raw, gold, scores, errors=False)
    assert (scores.dates.right, scores.dates.found) == (2, 2)


def test_a_second_row_for_one_person_is_a_duplicate_counted_wrong() -> None:
    whole = Actor("Jo Smith", "person", evidence=(_ev("Jo Smith"),))
    surname = Actor("Smith", "person", aliases=("Smith",), evidence=(_ev("Smith"),))
    scores = Scores()
    score_article(_briefing([whole, surname], []), GOLD, scores, errors=True)
    persons = scores.tally["persons"]
    assert (persons.rows, persons.right, persons.found) == (2, 1, 1)
    assert "persons: duplicate  Smith" in scores.errors


def test_rows_and_gold_entities_are_matched_to_count_the_most_rows_right() -> None:
    # "Clinton" could be either gold entity; the full name only one: both rows are right.
    assert one_to_one([[0, 1], [0]]) == {0, 1}
    assert one_to_one([[0], [0], [1]]) == {0, 2}
    assert one_to_one([[], [2]]) == {1}


def test_one_printer_gives_the_dates_line_of_a_set() -> None:
    from evaluation.multi_facts import date_line

    scores = Scores()
    scores.dates.rows, scores.dates.right, scores.dates.gold, scores.dates.found = 4, 3, 5, 3
    scores.values_right = 2
    assert date_line(scores).split() == ["0.750", "0.600", "4", "5", "value", "accuracy", "0.667"]


def test_gold_forms_copied_with_html_references_read_as_the_loader_reads_the_text() -> None:
    from evaluation.bbc_facts import decoded

    assert decoded("Caf&#233; Nordlys") == "Café Nordlys"
    assert decoded("B&AMP;Q Harbour") == "B&Q Harbour"
    assert decoded("Lind & Berg") == "Lind & Berg"


def test_a_gold_place_with_a_lower_case_region_word_is_read_as_the_bare_place() -> None:
    oslo = Place("Oslo", "city", evidence=(_ev("Oslo"),))
    gold = {**GOLD, "locations": [{"name": "northern Oslo"}, {"name": "Oslo"}]}
    scores = Scores()
    score_article(_briefing([], [oslo]), gold, scores, errors=False)
    places = scores.tally["locations"]
    assert (places.rows, places.right, places.gold, places.found) == (1, 1, 1, 1)
