"""Speakers a reader found missing in the fortieth round's invented stories: a name set off
after a description with a courtesy title opening it, and a named owner's relation opening a
sentence that a "she" or "he" after it stands for (a description, never the owner)."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.facts.quotes import extract_quotes
from briefing.nlp import analyse


def _quotes(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = analyse(text)
    return {q.text: (q.speaker, q.description) for q in extract_quotes(doc, extract_actors(doc))}


def test_a_courtesy_title_opening_a_name_set_off_keeps_the_speaker() -> None:
    text = (
        "Pool closure row\n\n"
        "The Green group leader on the council, Cllr Wendel Arbush, accused the cabinet "
        'of "wasting a decade" on the pool.'
    )
    assert _quotes(text)["wasting a decade"] == ("Wendel Arbush", None)


def test_a_title_with_a_stop_opening_a_name_set_off() -> None:
    text = (
        "Harbour vote\n\n"
        'A long-time critic of the plan, Dr. Fenna Oswick, said the vote was "a sham" '
        "and would be challenged."
    )
    assert _quotes(text)["a sham"][0] == "Fenna Oswick"


def test_she_after_a_named_owners_mother_is_the_mother_described() -> None:
    text = (
        "Walker dies on Carn Dubh\n\n"
        "A hillwalker has died after a fall on Carn Dubh, police said on Sunday.\n\n"
        'Strathmore Rescue Team said the ridge had been "very icy" all week.\n\n'
        "Mr Brolly's mother, Senna, paid tribute to her son. 'He lived for the hills,' she said."
    )
    said = _quotes(text)
    assert said["He lived for the hills"] == (None, "Mr Brolly's mother, Senna")


def test_a_pronoun_of_the_other_sex_is_not_the_relation() -> None:
    text = (
        "Walker dies on Carn Dubh\n\n"
        "A hillwalker has died after a fall on Carn Dubh, police said on Sunday.\n\n"
        "Mr Brolly's father, Aled, paid tribute to his son. 'He lived for the hills,' she said."
    )
    speaker, description = _quotes(text)["He lived for the hills"]
    assert speaker != "Brolly" and description is None


def test_a_partner_set_off_after_her_is_no_rival_for_she() -> None:
    text = (
        "Soap star weds\n\n"
        "Soap star Marla Quennel has revealed that she married her boyfriend, Sasha Orrin, "
        "on a beach in Fiji.\n\n"
        "She laughed.\n\n"
        "'The happiest day I have had,' she said."
    )
    assert _quotes(text)["The happiest day I have had"][0] == "Marla Quennel"


def test_a_partner_set_off_after_his_still_rivals_she() -> None:
    text = (
        "Soap star sings\n\n"
        "Soap star Marla Quennel has revealed that she sang at the wedding of Tom Ruse and "
        "his partner, Sasha Orrin, on a beach in Fiji.\n\n"
        "She laughed.\n\n"
        "'The happiest day I have had,' she said."
    )
    assert _quotes(text)["The happiest day I have had"][0] is None
