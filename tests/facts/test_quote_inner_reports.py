"""Quotations whose credit the clause before them hands on: another's words a that-clause
reports, a pronoun that rules out the person named last for a namesake, a transcript label
that names nobody."""

from __future__ import annotations

from tests.facts.test_quotes import _quotes


def test_a_that_clause_with_its_own_reporting_verb_gives_its_subject_the_words() -> None:
    (q,) = _quotes(
        "Lena Fisk, a lawyer for the family, said her client told her: \u201cI never saw "
        "the money.\u201d"
    )
    assert (q.speaker, q.description) == (None, "her client")


def test_a_that_clause_with_an_auxiliary_gives_its_subject_the_words() -> None:
    (q,) = _quotes(
        "Speaking outside court, Ivan Holt said the judge had told him: \u201cYou will never "
        "drive again in this country.\u201d"
    )
    assert (q.speaker, q.description) == (None, "the judge")


def test_a_shout_a_named_speaker_reports_is_the_shouters() -> None:
    (q,) = _quotes("Mr Hale said a neighbour shouted: \u201cGet out, the roof is on fire!\u201d")
    assert (q.speaker, q.description) == (None, "a neighbour")


def test_a_pronoun_in_the_that_clause_still_stands_for_the_speaker() -> None:
    (q,) = _quotes(
        "Tomas Hale said on Monday that he told the council: \u201cThe pier will not be "
        "sold while I am mayor.\u201d"
    )
    assert q.speaker == "Tomas Hale"


def test_he_is_the_namesake_when_the_nearest_lander_is_a_woman() -> None:
    quotes = _quotes(
        "Former mayor Rob Lander toured the valley towns on Monday.\n\n"
        "Rob Lander's speeches were shorter than in his own race, when he was asking for "
        "votes himself.\n\n"
        "In Dover, the former mayor gave a packed hall a glowing endorsement of Hillary "
        "Lander that owed more to the heart than to the party. He said little about her "
        "rivals.\n\n"
        "\u201cWe have shared a kitchen table for thirty years,\u201d he told them."
    )
    assert quotes[-1].speaker == "Rob Lander"


def test_no_namesake_when_another_man_is_named_beside() -> None:
    quotes = _quotes(
        "Former mayor Rob Lander toured the valley towns on Monday with Tom Fenwick.\n\n"
        "Rob Lander's speeches were shorter than in his own race, when he was asking for "
        "votes himself.\n\n"
        "In Dover, Tom Fenwick gave a packed hall a glowing endorsement of Hillary Lander "
        "that owed more to the heart than to the party. He said little about her rivals.\n\n"
        "\u201cWe have shared a kitchen table for thirty years,\u201d he told them."
    )
    assert quotes[-1].speaker is None


def test_a_transcript_label_of_common_words_names_nobody() -> None:
    quotes = _quotes(
        'Partial transcript as follows:\n\n"HOLT: Governor, did you mislead the families?\n\n'
        '"VIDEO: They all told me it was a protest when they knew it was not one at all.\n\n'
        '"MARSH: I have great sympathy for the families, but she is wrong about it."'
    )
    assert [q.speaker for q in quotes] == ["Holt", None, "Marsh"]
    assert quotes[1].description == "video"


def test_a_pronoun_of_the_other_sex_in_the_that_clause_speaks() -> None:
    quotes = _quotes(
        "Ana Ruiz met Tom Baker in Valby on Monday. She said he told her: \u201cI will never "
        "sell the farm to anyone.\u201d"
    )
    assert quotes[-1].speaker == "Tom Baker"


def test_a_name_set_off_in_the_that_clause_speaks() -> None:
    (q,) = _quotes(
        "Tom Baker said his mother, Ana Baker, used to tell him: \u201cNever trust a man who "
        "sells boats.\u201d"
    )
    assert q.speaker == "Ana Baker"


def test_a_relative_clause_is_no_subject_of_a_that_clause() -> None:
    quotes = _quotes(
        "Tomas Hale posted a photo of the pier.\n\nHale added the caption which reads, "
        "\u201cThe old pier will stand for another hundred years.\u201d"
    )
    assert quotes[-1].description != "the caption which"


def test_the_source_after_a_fronted_place_is_described() -> None:
    (q,) = _quotes(
        "Trading was thin all day.\n\n\u201cNobody wants to be caught long before the "
        "holiday\u201d on the grain floor, says one specialist there."
    )
    assert (q.speaker, q.description) == (None, "one specialist")


def test_a_statement_from_a_family_is_the_familys() -> None:
    quotes = _quotes(
        "The family of the sailor spoke on Tuesday.\n\nA statement from the Lind family read: "
        "\u201cWe are heartbroken and ask for privacy at this time.\u201d"
    )
    assert (quotes[-1].speaker, quotes[-1].description) == (None, "the Lind family")


def test_the_next_line_of_copy_laid_out_a_paragraph_a_line_is_no_clause_of_the_quote() -> None:
    line = "The harbour board met for the third time this month to settle the fees. " * 3
    quotes = _quotes(
        f"{line}\nTo rally her backers, one of Ana Berg's ads asked, \u201cIs the harbour board "
        "fit to run the port?\u201d\nThe Valby Institute noted that spending on ads had "
        "doubled since March.\n"
    )
    assert quotes[-1].speaker != "Valby Institute"


def test_the_official_met_is_not_the_one_who_met_him() -> None:
    (q,) = _quotes(
        "Ana Berg met the minister on Monday. \u201cWe had a very useful meeting about the "
        "port,\u201d the minister said."
    )
    assert (q.speaker, q.description) == (None, "the minister")


def test_a_role_the_named_person_is_given_still_stands_for_them() -> None:
    (q,) = _quotes(
        "Jo Park took over as coach of Harbour FC in May. He is the coach the fans wanted. "
        "\u201cWe will win the league this season,\u201d the coach said."
    )
    assert q.speaker == "Jo Park"


def test_a_sentence_opening_on_someones_manager_hands_the_next_quote_to_the_manager() -> None:
    quotes = _quotes(
        "Jo Park scored twice. \u201cIt was a great night for the club and the fans,\u201d said "
        "Park. His manager was less pleased. \u201cWe defended badly in the second half.\u201d"
    )
    assert (quotes[-1].speaker, quotes[-1].description) == (None, "His manager")


def test_the_judge_after_but_is_still_the_one_judge_named() -> None:
    (q,) = _quotes(
        "Judge Ana Holm heard the case at Valby Crown Court. Tom Baker denied the charge. But "
        "the judge said \u201cthe move from threats to a blow is a grave step in this case\u201d "
        "and jailed him."
    )
    assert q.speaker == "Ana Holm"


def test_he_added_after_a_womans_quote_is_no_man_merely_named_beside_her() -> None:
    quotes = _quotes(
        "\u201cThe port must stay open,\u201d said Ana Ruiz, who was backed by Mayor Pete Olsen "
        "at the meeting. \u201cWe cannot lose those jobs,\u201d he added."
    )
    assert [q.speaker for q in quotes] == ["Ana Ruiz", None]


def test_a_partial_woven_in_a_reported_clause_is_its_subjects() -> None:
    (q,) = _quotes(
        "Nils Orvik met officials in Tarrow in May. Orvik said a harbour guard told him the "
        "deal was \u201ca total mess\u201d."
    )
    assert (q.speaker, q.description) == (None, "a harbour guard")


def test_a_partial_woven_after_reported_that_is_never_the_reporters() -> None:
    (q,) = _quotes(
        "Nils Orvik met officials in Tarrow in May. Orvik said that the mayor had described "
        "the deal as \u201ca total mess\u201d."
    )
    assert q.speaker != "Nils Orvik"
    assert q.description == "the mayor"


def test_a_reporting_verb_in_a_relative_clause_leaves_the_subject_the_source() -> None:
    (q,) = _quotes("The man who said he saw the crash called it \u201ca total mess\u201d.")
    assert (q.speaker, q.description) == (None, "The man")


def test_a_ruling_an_outlet_reports_is_the_judges() -> None:
    quotes = _quotes(
        "Superior Court Judge Maren Solberg ruled that the case is \u201cbeyond appeal,\u201d "
        "KTRW and WNRT reported."
    )
    assert quotes[0].speaker == "Maren Solberg"


def test_ruled_without_that_weaves_nothing() -> None:
    quotes = _quotes("Eirik Dahl ruled the island with an \u201ciron fist\u201d for thirty years.")
    assert all(q.speaker is None for q in quotes)


def test_a_ruling_a_newspaper_reports_is_the_judges() -> None:
    quotes = _quotes(
        "Superior Court Judge Maren Solberg ruled that the case is \u201cbeyond appeal,\u201d "
        "the Tarrow Courier reported."
    )
    assert quotes[0].speaker == "Maren Solberg"


def test_a_phrase_after_an_article_is_no_carried_quote() -> None:
    quotes = _quotes(
        "Nils Orvik said the plan was \u201ca disaster for Tarrow\u201d The \u201charbour "
        "plan\u201d has been in place since May."
    )
    assert [q.text for q in quotes] == ["a disaster for Tarrow"]


def test_a_that_clause_after_told_reporters_gives_its_subject_the_words() -> None:
    (q,) = _quotes(
        "Nils Orvik met officials in Tarrow in May. Orvik told reporters a harbour guard "
        "warned him: \u201cThe pier will fall.\u201d"
    )
    assert (q.speaker, q.description) == (None, "a harbour guard")


def test_a_that_clause_after_a_time_gives_its_subject_the_words() -> None:
    (q,) = _quotes(
        "Nils Orvik met officials in Tarrow in May. Orvik said that on Monday a harbour guard "
        "warned him: \u201cThe pier will fall.\u201d"
    )
    assert (q.speaker, q.description) == (None, "a harbour guard")


def test_an_unnamed_one_a_who_clause_is_about_is_described() -> None:
    (q,) = _quotes(
        "The report quoted a former aide of Nils Orvik's who described him as \u201ca fox who "
        "learned to sing.\u201d"
    )
    assert (q.speaker, q.description) == (None, "a former aide of Nils Orvik's")


def test_page_furniture_between_quotes_carries_no_source() -> None:
    quotes = _quotes(
        "The report quoted a former aide of Nils Orvik's who described him as \u201ca fox who "
        "learned to sing.\u201d READ MORE: Police raid \u2018high value\u2019 smugglers in "
        "Tarrow ."
    )
    assert [q.text for q in quotes] == ["a fox who learned to sing."]
