"""Roles in the positions news copy gives them: a title in a later sentence, a lone "deputy",
plural roles before a list of names, "Rev.", person nouns the tagger reads as adjectives, and
a body's name with "of" before the role in an apposition."""

from __future__ import annotations

from briefing.facts.actors import extract_actors
from briefing.nlp import analyse


def _roles(text: str, name: str) -> tuple[str, ...]:
    return next(a.roles for a in extract_actors(analyse(text)) if a.name == name)


def test_a_capitalised_title_opening_a_later_sentence_is_the_lead_persons_role() -> None:
    text = "Ann Lindqvist opened the Valby plant on Monday. The Prime Minister said jobs follow."
    assert _roles(text, "Ann Lindqvist") == ("Prime Minister",)


def test_deputy_and_chief_alone_are_roles() -> None:
    text = "Tom Berg said he and his deputy, Ann Lind, would stay on."
    assert _roles(text, "Ann Lind") == ("deputy",)
    text = "The network parted ways in May with chief Jo Parkin."
    assert _roles(text, "Jo Parkin") == ("chief",)


def test_a_plural_role_in_sses_before_a_list_of_names() -> None:
    text = "Posts came from the actresses Ann Lind and Eva Holm on Sunday."
    assert _roles(text, "Eva Holm") == ("actress",)


def test_rev_before_a_name_is_a_role() -> None:
    text = "The plan drew criticism from the Rev. Tom Berg, who leads the chapel."
    assert _roles(text, "Tom Berg") == ("Rev.",)


def test_person_nouns_the_tagger_reads_as_adjectives() -> None:
    text = "Polls show Valby voters back front-runner Ann Lind by ten points."
    assert _roles(text, "Ann Lind") == ("front-runner",)
    text = "There is room for doubt, said Tom Berg, an Valby operative now working for Norbank."
    assert _roles(text, "Tom Berg") == ("Valby operative",)


def test_a_body_named_with_of_before_the_role_of_an_apposition() -> None:
    text = "It is moot, said Jo Parkin, a University of Valby history professor who wrote."
    assert _roles(text, "Jo Parkin") == ("University of Valby history professor",)


def test_a_plural_compound_role_tagged_as_an_adjective_before_a_list_of_names() -> None:
    text = "The Valby Trust co-founders Ann Lind and Eva Holm were honoured on Sunday."
    assert _roles(text, "Eva Holm") == ("co-founder",)


def test_an_office_of_a_lower_case_portfolio_before_a_comma_or_a_name() -> None:
    text = "Norbank's chief of staff, Jo Parkin, told reporters before the vote."
    assert _roles(text, "Jo Parkin") == ("chief of staff",)
    text = "Norland's minister of sport Ann Lindqvist was quick to back the coach."
    assert _roles(text, "Ann Lindqvist") == ("minister of sport",)


def test_a_role_noun_the_tagger_reads_as_a_verb_in_an_apposition() -> None:
    text = "The margin is wider, said Tom Bergman, an elections analyst at the Valby Report."
    assert _roles(text, "Tom Bergman") == ("elections analyst",)


def test_a_year_and_a_distance_inside_the_role_of_an_apposition() -> None:
    text = "She beat Eva Holmqvist, the 2008 Valby 200m champion, and two others."
    assert _roles(text, "Eva Holmqvist") == ("2008 Valby 200m champion",)
    text = "The paper sent Eva Holmqvist, 2015 winner of the Valby Prize, to the rally."
    assert _roles(text, "Eva Holmqvist") == ()
    text = "The jury praised Eva Holmqvist, the 2008 revelation of Valby cinema."
    assert _roles(text, "Eva Holmqvist") == ()


def test_a_hyphenated_person_noun_tagged_as_an_adjective_before_a_name() -> None:
    text = "She met the Valby speed-skater Eva Holmqvist on Monday."
    assert _roles(text, "Eva Holmqvist")[-1].endswith("speed-skater")


def test_a_party_word_between_the_article_and_a_role_before_a_comma() -> None:
    text = "That is what the previous Blue presidential nominee, Jo Parkin, called the plan."
    assert _roles(text, "Jo Parkin")[-1].endswith("nominee")


def test_a_possessed_role_opening_the_sentence_before_the_subject() -> None:
    text = "Norland's technical director, Tom Bergman is confident ahead of the cup."
    assert _roles(text, "Tom Bergman") == ("technical director",)


def test_a_role_leaves_out_a_judging_or_passing_modifier_but_keeps_former() -> None:
    text = "Fans cheered genial manager Tom Bergman and new chairman Jo Parkin on Sunday."
    assert _roles(text, "Tom Bergman") == ("manager",)
    assert _roles(text, "Jo Parkin") == ("chairman",)
    text = "The award went to former coach Eva Holmqvist of Valby."
    assert _roles(text, "Eva Holmqvist") == ("former coach",)


def test_names_joined_by_and_in_a_list_are_no_body_before_a_role() -> None:
    text = "The film, in which Jo Parkin, Tom Bergman and Eva Holmqvist star, opens in June."
    assert _roles(text, "Tom Bergman") == ()


def test_an_office_after_became_has_been_or_an_appointment_verb() -> None:
    assert _roles("Tom Bergman became chairman of Norbank in 1990.", "Tom Bergman") == ("chairman",)
    text = "Eva Holmqvist has been the club's manager since May."
    assert _roles(text, "Eva Holmqvist") == ("club's manager",)
    text = "Eva Holmqvist was named acting prime minister on Monday."
    assert _roles(text, "Eva Holmqvist") == ("acting prime minister",)
    text = "The Norbank board named Eva Holmqvist its chairman on Monday."
    assert _roles(text, "Eva Holmqvist") == ("chairman",)


def test_an_office_someone_only_may_become_is_no_role() -> None:
    text = "Valby would hold a vote if Tom Bergman becomes president later this year."
    assert _roles(text, "Tom Bergman") == ()


def test_a_drummer_the_tagger_reads_as_a_verb_before_a_name() -> None:
    text = "They hired drummer Tom Bergman last year."
    assert _roles(text, "Tom Bergman") == ("drummer",)


def test_rugby_positions_and_sport_nouns_before_names() -> None:
    text = "He can offer his experience to youngsters such as centres Tom Tait and Jo Noon."
    assert _roles(text, "Jo Noon") == ("centre",)
    text = "She won ahead of promising Valby decathlete Dale Garland on Sunday."
    assert _roles(text, "Dale Garland")[-1].endswith("decathlete")
    text = "Spurs bid for Valby international Tom Reid last week."
    assert _roles(text, "Tom Reid")[-1].endswith("international")


def test_an_apposition_after_a_courtesy_title_and_surname_the_tagger_missed() -> None:
    text = (
        "Ana Lindqvist found the boat adrift on Monday. Ms Lindqvist, a retired ferry pilot, "
        "says the harbour needs lights."
    )
    assert _roles(text, "Ana Lindqvist") == ("retired ferry pilot",)


def test_mrs_before_a_name_is_no_plural_of_a_title() -> None:
    text = "Ana Holmberg saw a rash on her cat. Mrs Holmberg, a harbour pilot, wants a refund."
    assert _roles(text, "Ana Holmberg") == ("harbour pilot",)


def test_a_role_at_or_for_a_body_set_off_by_commas_before_a_name() -> None:
    text = "He wrote to a spokesman for the Valby Trust, Jo Lindqvist, on Monday."
    assert _roles(text, "Jo Lindqvist") == ("spokesman for the Valby Trust",)
    text = "Reporters asked a senior fellow at the Valby Institute, Jo Lindqvist, about it."
    assert _roles(text, "Jo Lindqvist") == ("senior fellow at the Valby Institute",)
