"""Names the tagger reads wrongly for how names are written around them (round 39): a title
after a genre word read as a verb ("long-running shows Nick and Clara"), a full name whose
surname is a common word ("Tomek Gear" beside "as Gear scored"), a town run into a
surname where a caption lost its full stop ("against Valby Tamsek rolls") and a firm in a
market column's price move ("Halvek skidded 9.5 to 200.5"). Our own text."""

from __future__ import annotations

from briefing.facts.kinds import classify
from briefing.model import Doc, Entity
from briefing.nlp import analyse


def _doc(text: str, *names: tuple[str, str, int]) -> Doc:
    """`text` analysed with only the given entities: (label, surface, which mention)."""
    doc = analyse(text)
    entities = []
    for label, surface, nth in names:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        end = start + len(surface)
        s = next(x for x in doc.sentences if x.start <= start < x.end)
        entities.append(Entity(label, surface, start, end, s.index, *s.token_span(start, end)))
    return Doc(text=doc.text, sentences=doc.sentences, entities=tuple(entities))


def _labels(doc: Doc) -> dict[str, str]:
    return {e.text: e.label for e in classify(doc).entities}


def test_a_given_name_inside_a_show_title_after_long_running_shows_is_no_person() -> None:
    text = "Long-running shows Nick and Clara were named the best comedy of the year."
    labels = _labels(_doc(text, ("PERSON", "Clara", 0)))
    assert "Clara" not in labels


def test_a_given_name_after_a_verb_shows_stays_a_person() -> None:
    text = "The new film shows Nick and Clara at their farm near the coast."
    labels = _labels(_doc(text, ("PERSON", "Clara", 0)))
    assert labels.get("Clara") == "PERSON"


def test_a_full_name_whose_surname_is_a_common_word_read_alone_is_a_person() -> None:
    text = "Tomek Gear ran in two tries for the visitors. The hosts tired as Gear scored again."
    doc = _doc(text, ("ORGANIZATION", "Tomek Gear", 0), ("PERSON", "Gear", 1))
    assert _labels(doc)["Tomek Gear"] == "PERSON"


def test_a_common_word_opening_a_sentence_makes_no_surname() -> None:
    text = "Tomek Gear ran in two tries for the visitors. Gear matters in the wet, they said."
    doc = _doc(text, ("ORGANIZATION", "Tomek Gear", 0), ("PERSON", "Gear", 1))
    assert _labels(doc)["Tomek Gear"] == "ORGANIZATION"


def test_a_town_run_into_a_surname_leaves_the_town_a_team_in_a_sports_report() -> None:
    text = (
        "Orrby United beat Valby 2-1 at home on Saturday, and Valby lost 3-0 away in the cup. "
        "The striker Ivo Tamsek scored twice in the league match against Valby Tamsek rolls "
        "on the grass in training. Tamsek will start the next match against Dunmere 1-1 draw."
    )
    doc = _doc(
        text,
        ("ORGANIZATION", "Orrby United", 0),
        ("PERSON", "Valby", 0),
        ("PERSON", "Valby", 1),
        ("PERSON", "Ivo Tamsek", 0),
        ("PERSON", "Valby Tamsek", 0),
        ("PERSON", "Tamsek", 2),
    )
    kinds = classify(doc)
    lone = [e.label for e in kinds.entities if e.text == "Valby"]
    assert lone and "PERSON" not in lone


def test_a_name_in_a_whole_price_move_is_a_firm() -> None:
    text = "Among the active issues, Halvek skidded 9.5 to 200.5 on heavy turnover."
    assert _labels(_doc(text, ("PERSON", "Halvek", 0)))["Halvek"] == "ORGANIZATION"
    text = "Among the smaller banks, Halvek added 3/8 to 7 1/4 in late trading."
    assert _labels(_doc(text, ("PERSON", "Halvek", 0)))["Halvek"] == "ORGANIZATION"


def test_a_loose_verb_and_a_figure_without_the_new_price_leave_a_person() -> None:
    text = "Before the race, Halvek shed 10 pounds and added 2 laps to her training."
    assert _labels(_doc(text, ("PERSON", "Halvek", 0)))["Halvek"] == "PERSON"


_REPORT = (
    "Orrby beat Valby 2-1 in the league on Saturday and the striker scored the winning goal. "
    "The home side led 1-0 at half-time before {name} equalised for the visitors in the "
    "second half of the match. The coach praised the team after the game and the season."
)


def test_a_full_name_seen_once_in_a_sports_report_is_a_person() -> None:
    text = _REPORT.format(name="Luka Tamsek")
    doc = _doc(text, ("ORGANIZATION", "Luka Tamsek", 0))
    assert classify(doc).sports
    assert _labels(doc)["Luka Tamsek"] == "PERSON"


def test_team_shaped_names_in_a_sports_report_stay_no_persons() -> None:
    for name in ("West Tamsek", "La Tamsek", "Red Tamsek", "Luka Rovers", "Luka Valley"):
        text = _REPORT.format(name=name)
        assert _labels(_doc(text, ("ORGANIZATION", name, 0)))[name] != "PERSON", name
