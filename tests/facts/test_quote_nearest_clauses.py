"""Wrong credits from a name that is not the subject of the clause bringing the quote in, in
our own words: a who-clause past an aside, a description's clause after another's, a second
predicate after "but", a phrase running into a new clause; and a pronoun of the other sex
than a given name of both sexes (`Bernie`) our training copy settles."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_who_clause_past_an_aside_is_the_antecedents_not_a_name_in_the_aside() -> None:
    text = (
        "The harbour plan has split the town.\n\n"
        "First there was the Valby Post's editor Jo Park, who, after trading insults with Tom "
        'Lund over Ana Berg, said on the radio that "the town has lost its way."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jo Park"


def test_a_who_clause_past_an_aside_speaks_for_the_one_it_follows() -> None:
    text = (
        "Tom Lund met Jo Park, who, after the vote, told reporters: "
        '"We lost fairly and we will be back next year."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Jo Park"


def test_a_described_speaker_in_a_clause_of_its_own_is_not_the_earlier_subject() -> None:
    text = (
        "Ana Berg held a rally in Valby.\n\n"
        'Berg spoke as the crowd chanted: "Four more years for the mayor of Valby!"'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "the crowd"


def test_a_described_speaker_after_a_reporter_clause_is_not_the_reporter() -> None:
    text = (
        "Ana Berg spoke to the Valby Post on Monday.\n\n"
        "As the crowd cheered Berg on Tuesday night, the Post's Jo Park reported, her husband "
        'whispered to her: "They are still with you."'
    )
    (q,) = _quotes(text)
    assert q.speaker != "Jo Park" and q.description == "her husband"


def test_a_phrase_before_the_colon_does_not_run_into_a_new_clause() -> None:
    text = 'Ana Berg spoke in Valby on Monday, and her husband said: "She will win in May."'
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "her husband"


def test_a_second_predicate_after_but_is_not_the_object_of_the_first() -> None:
    text = (
        "Ana Berg defended the plan on Tuesday, but several reports show it is late.\n\n"
        "She was defending the council against recent attacks from mayoral candidate Tom Lund, "
        'but admitted "one or two delays" in the work.'
    )
    (q,) = _quotes(text)
    assert q.speaker != "Tom Lund"


def test_she_is_not_a_man_by_a_settled_given_name_when_a_woman_is_named_beside() -> None:
    text = (
        "Senator Bernie Holm stood by his plan to lift the harbour wage.\n\n"
        '"I will say sorry to no one for that," the senator said. And he would not back down.\n\n'
        '"Nobody who works a full week should go without rent money," he said.\n\n'
        "Holm's firmness was matched by former Valby mayor Tom Lund, who recalled that he had "
        "lifted the wage himself. But the other candidate on the platform, former minister "
        "Hillary Vik, set out another view, saying that fears about lost jobs, as voiced by Jo "
        "Park, the former chair of the council, were not to be waved away.\n\n"
        '"I do weigh what the economists said, and the wage matters," she said.'
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes[:2]] == ["Bernie Holm", "Bernie Holm"]
    assert quotes[2].speaker != "Bernie Holm"


def test_a_name_in_a_fronted_when_clause_is_not_the_main_clauses_speaker() -> None:
    text = (
        "Tom Lund lost the vote in Valby.\n\n"
        "When Lund left the hall, his spokesman told reporters: "
        '"We will be back next year with a better plan."'
    )
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "his spokesman"


def test_a_name_in_a_fronted_before_clause_does_not_send_the_text_message() -> None:
    text = (
        "Ana Berg won the harbour seat on Tuesday.\n\n"
        "Even before Berg took the stage on Tuesday night, her campaign sent a text message to "
        'supporters saying: "We won the harbour seat and we thank you all!"'
    )
    (q,) = _quotes(text)
    assert q.speaker is None


def test_a_verb_in_a_fronted_as_clause_does_not_weave_in_the_main_clauses_quote() -> None:
    text = (
        "Ana Berg has pushed for new harbour rules for months.\n\n"
        "As Berg spoke, the port lobby was going into overdrive, pressing councillors against "
        '"any and all new rules" at the harbour.'
    )
    (q,) = _quotes(text)
    assert q.speaker is None


def test_the_subject_of_an_ing_form_after_with_speaks_not_the_sentences_subject() -> None:
    text = 'Ana Berg left the hall on Monday, with a protester shouting: "Shame on your plan!"'
    (q,) = _quotes(text)
    assert q.speaker is None and q.description == "a protester"


def test_with_and_a_body_part_before_the_ing_form_leaves_the_subject_speaking() -> None:
    text = (
        "Ana Berg spoke for an hour, with her voice breaking, saying: "
        '"I will never give up on this harbour."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Ana Berg"


def test_a_shout_a_fronted_clause_reports_is_not_the_next_quotes_speakers() -> None:
    text = (
        "Ana Berg held a rally in Valby.\n\n"
        'When someone in the crowd shouted, "Harbour," Berg joked, "Yes, the harbour, my friend!"'
    )
    shout, joke = _quotes(text)
    assert shout.speaker is None and shout.description == "someone in the crowd"
    assert joke.speaker == "Ana Berg"


def test_a_pronoun_after_a_fronted_clause_is_the_name_in_it() -> None:
    text = (
        "Tom Lund lost the vote in Valby.\n\n"
        'When Lund left the hall, he told reporters: "We will be back next year with a plan."'
    )
    (q,) = _quotes(text)
    assert q.speaker == "Tom Lund"


def test_a_fronted_phrase_ends_at_its_own_comma_not_at_a_later_clauses() -> None:
    text = (
        '"We need a better tone," declared Senator Tom Lund, who echoed Mr. Park\'s words.\n\n'
        "In a victory speech in Valby on Tuesday night, Mr. Berg struck a measured tone, "
        'saying he understood the weight of the job. "I will never let you down," he said.'
    )
    first, second = _quotes(text)
    assert first.speaker == "Tom Lund" and second.speaker == "Berg"
