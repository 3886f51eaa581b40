"""Dates: absolute and relative forms resolved against a fixed published date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing import analyze
from briefing.facts.dates import dateline_dates, extract_dates
from briefing.model import DateMention, FactSheet
from briefing.nlp import analyse
from briefing.sources import load, load_bytes
from tests.conftest import RESOURCES

PUBLISHED = date(2018, 9, 17)  # a Monday, ISO week 38


def _values(text: str, published: date | None = PUBLISHED) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(analyse(text), published)}


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("It was signed on 17 September, 2018.", "17 September, 2018", "2018-09-17"),
        ("It was signed on September 17, 2018.", "September 17, 2018", "2018-09-17"),
        ("It was signed on Sept. 17 in Paris.", "Sept. 17", "2018-09-17"),
        ("The plan dates from September 2016.", "September 2016", "2016-09"),
        ("Air support came from 2015 onwards.", "2015", "2015"),
        ("Prices fell in the 1990s.", "the 1990s", "199"),
        ("The vote is expected in mid-March.", "mid-March", "2019-03"),
        ("The vote was held in mid-March.", "mid-March", "2018-03"),
        ("Talks were held last week.", "last week", "2018-W37"),
        ("Talks will be held next week.", "next week", "2018-W39"),
        ("Erdogan said this weekend that he would go.", "this weekend", "2018-W37-WE"),
        ("The fair opens this weekend.", "this weekend", "2018-W38-WE"),
        ("The minister resigned yesterday.", "yesterday", "2018-09-16"),
        ("The minister arrives tomorrow.", "tomorrow", "2018-09-18"),
        ("Sales will rise next month.", "next month", "2018-10"),
        ("The port closed two years ago.", "two years ago", "2016"),
        ("Prices rose earlier this year.", "earlier this year", "2018"),
        ("The law was passed last year.", "last year", "2017"),
        ("It happened on 2018-09-01.", "2018-09-01", "2018-09-01"),
    ],
)
def test_expression_resolves(sentence: str, text: str, value: str) -> None:
    assert _values(sentence)[text] == value


def test_weekday_in_future_tense_is_ahead_or_same_day() -> None:
    assert _values("The leaders will meet Thursday.")["Thursday"] == "2018-09-20"
    assert _values("The leaders will meet Monday.")["Monday"] == "2018-09-17"


def test_weekday_in_past_tense_is_behind_or_same_day() -> None:
    assert _values("Peskov said on Thursday that talks failed.")["Thursday"] == "2018-09-13"
    assert _values("Peskov said on Monday that talks failed.")["Monday"] == "2018-09-17"


def test_without_published_date_relative_dates_stay_unresolved() -> None:
    values = _values("Talks were held last week and on Sept. 17, 2018.", published=None)
    assert values["last week"] is None
    assert values["Sept. 17, 2018"] == "2018-09-17"


def test_not_dates_may_the_name_and_numbers() -> None:
    values = _values("Theresa May said they may agree. About 2015 people came. 40 percent.")
    assert values == {}


def test_timeline_orders_by_value() -> None:
    dates = extract_dates(analyse("In 2015 it began. It ended last week."), PUBLISHED)
    assert [d.value for d in FactSheet(dates=dates).timeline] == ["2015", "2018-W37"]


def test_timeline_orders_weeks_and_seasons_by_when_they_fall_not_how_they_are_written() -> None:
    dates = tuple(
        DateMention(text, value, 0, start, start + 1)
        for start, (text, value) in enumerate(
            [
                ("September", "2024-09"),
                ("next week", "2024-W24"),
                ("this summer", "2024-SU"),
                ("this year", "2024"),
                ("Wednesday", "2024-06-05"),
                ("May", "2024-05"),
            ]
        )
    )
    values = [d.value for d in FactSheet(dates=dates).timeline]
    assert values == ["2024", "2024-05", "2024-SU", "2024-06-05", "2024-W24", "2024-09"]


def test_seed_article_dates(seed_article_path: Path) -> None:
    article = load(seed_article_path)
    values = _values(article.text, article.published)
    assert values["Monday"] == "2018-09-17"
    assert values["2015"] == "2015"
    assert values["last week"] == "2018-W37"
    assert values["this weekend"] == "2018-W37-WE"


def test_dateline_is_a_date_without_a_sentence() -> None:
    article = load(RESOURCES / "samples" / "harbour-talks.txt")
    (dateline,) = dateline_dates(article)
    assert (dateline.text, dateline.value) == ("12 March, 2024", "2024-03-12")
    assert dateline.sentence is None and dateline.evidence == ()
    assert "12 March, 2024" not in article.text  # still kept out of the analysed text


def test_seed_dateline_is_listed_first_among_the_dates(seed_article_path: Path) -> None:
    dates = analyze(load(seed_article_path)).facts.dates
    assert (dates[0].text, dates[0].value, dates[0].sentence) == (
        "17 September, 2018",
        "2018-09-17",
        None,
    )


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # Published 17 September 2018: the clause's tense says which side of it.
        ("The harbour was closed in November.", "November", "2017-11"),
        ("The harbour will reopen in February.", "February", "2019-02"),
        ("The ferry sailed on Dec. 2, the owners said.", "Dec. 2", "2017-12-02"),
        ("The dividend is payable Jan. 2.", "Jan. 2", "2019-01-02"),
        ("The berth was extended to Oct. 1 by the port.", "Oct. 1", "2018-10-01"),
        ("The council met last May.", "last May", "2018-05"),
        # the month just before September is "last month": "last August" is a year back
        ("The council met last August.", "last August", "2017-08"),
        ("The council met last July.", "last July", "2018-07"),
        ("The council met in June last year.", "June last year", "2017-06"),
        ("A spokesman said Thursday that the ferry will sail.", "Thursday", "2018-09-13"),
        ("The ferry is scheduled to sail Thursday.", "Thursday", "2018-09-20"),
    ],
)
def test_a_date_without_a_year_follows_the_tense_of_its_clause(
    sentence: str, text: str, value: str
) -> None:
    assert _values(sentence)[text] == value


def test_a_time_of_day_is_kept() -> None:
    values = _values("The fire started on Wednesday night and was out by Thursday morning.")
    assert values["Wednesday night"] == "2018-09-12TNI"
    assert values["Thursday morning"] == "2018-09-13TMO"


def test_midnight_before_a_weekday_is_the_end_of_that_day() -> None:
    values = _values("The Valby talks will end at midnight Thursday, Ana Berg says.")
    assert values == {"midnight Thursday": "2018-09-20T24:00"}
    assert _values("Norbank's offer expires at midnight on Friday.") == {
        "midnight on Friday": "2018-09-21T24:00"
    }


def test_last_week_as_a_duration_is_no_date() -> None:
    assert "last week" not in _values("Prices have risen sharply over the last week.")
    assert _values("Prices rose last week.")["last week"] == "2018-W37"


def test_a_month_without_a_year_or_published_date_keeps_its_month() -> None:
    assert _values("The harbour closed in January.", published=None)["January"] == "XXXX-01"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # Published 17 September 2018: TIMEX3 season codes.
        ("The quay reopened last summer.", "last summer", "2017-SU"),
        ("Jo Park joined Norbank this past spring.", "this past spring", "2018-SP"),
        ("The toll was cut in the fall of 2010.", "the fall of 2010", "2010-FA"),
        ("The ferry will sail again in summer.", "summer", "2018-SU"),
        ("Tickets go on sale in the fall.", "the fall", "2018-FA"),
        ("Harbour FC were relegated last season.", "last season", None),
        ("Sam Hill stays until the end of the season.", "the end of the season", None),
    ],
)
def test_seasons_of_the_year_and_of_a_sport(sentence: str, text: str, value: str) -> None:
    assert _values(sentence)[text] == value


def test_season_words_that_are_no_dates() -> None:
    assert _values("Jo Park bought a summer home. Prices fall in spring.") == {}
    assert _values("The quay reopened last summer.", published=None) == {"last summer": None}


def test_now_currently_recently_are_timeml_dates_but_not_on_the_fact_sheet() -> None:
    text = "Jo Park now runs Norbank. It is currently shut and recently lost money last week."
    assert _values(text) == {
        "now": "PRESENT_REF",
        "currently": "PRESENT_REF",
        "recently": "PAST_REF",
        "last week": "2018-W37",
    }
    dates = extract_dates(analyse(text), PUBLISHED, adverbs=False)
    assert [d.text for d in dates] == ["last week"]
    assert [d.text for d in analyze(load_bytes(text.encode(), "note.txt")).facts.dates] == [
        "last week"
    ]


def test_a_capitalised_today_after_a_name_is_a_broadcaster() -> None:
    values = _values("Jo Park told Norland Today the port will shut. Today, Norbank is calm.")
    assert list(values) == ["Today"]
    assert values["Today"] == "2018-09-17"


def test_a_range_of_days_in_one_month_is_the_month() -> None:
    assert _values("The Valby fair ran May 1-31, 1998.") == {"May 1-31, 1998": "1998-05"}
    assert _values("The Valby fair was held September 3-9.")["September 3-9"] == "2018-09"
    assert _values("The fair runs March 16-19.", published=None) == {"March 16-19": "XXXX-03"}


def test_the_second_month_of_a_pair_or_range_is_a_date_too() -> None:
    assert _values("Jo Park plans a June-July tour of Norland.", None)["July"] == "XXXX-07"
    values = _values("Ana Berg met Jo Park in September and April Lund in October.", None)
    assert values == {"September": "XXXX-09", "October": "XXXX-10"}


def test_a_shifted_month_without_a_published_date_keeps_its_month() -> None:
    values = _values("Norbank closed the branch in December last year.", published=None)
    assert values == {"December last year": "XXXX-12"}


def test_this_morning_and_last_night_are_times_of_the_published_day_or_the_one_before() -> None:
    values = _values("Jo Park spoke this morning about the fire at Norbank last night.")
    assert values == {"this morning": "2018-09-17TMO", "last night": "2018-09-16TNI"}


def test_a_holiday_is_a_date_without_a_value_unless_it_starts_a_name() -> None:
    values = _values("The Valby market shut for Labor Day and will reopen after Ramadan.")
    assert values == {"Labor Day": None, "Ramadan": None}
    assert _values("Jo Park flew to Easter Island to sign the Good Friday Agreement.") == {}


def test_a_two_figure_year_after_its_apostrophe_is_the_latest_such_year() -> None:
    values = _values("Valby has not won the cup since '57, and Norbank opened in '03.")
    assert values == {"'57": "1957", "'03": "2003"}
    assert _values("Valby has not won the cup since '57.", None) == {"'57": "1957"}


def test_an_apostrophe_before_a_count_or_a_decade_is_no_year() -> None:
    assert _values("Jo Park said: 'in '90 per cent of cases the port was shut.'") == {}
    assert _values("The Valby band played the hits of the '80s.") == {"the '80s": "198"}


def test_a_decade_written_with_an_apostrophe_needs_no_article() -> None:
    values = _values("Jo Park sang the '50s, '60s and early ’70s hits of Valby.")
    assert values == {"the '50s": "195", "'60s": "196", "early ’70s": "197"}


def test_a_decade_without_an_apostrophe_needs_a_part_or_another_decade() -> None:
    values = _values("Norland boomed in the 1960s and early 70s, and slumped in the late 80s.")
    assert values == {"the 1960s": "196", "early 70s": "197", "the late 80s": "198"}
    assert _values("Highs in Valby will reach the 80s, and Jo Park is in her late 70s.") == {}
    assert _values("Highs were in the 70s and 80s; Jo Park is in her 60s and 70s.") == {}
    band = _values("The Valby band played in the '60s and 70s.")
    assert band == {"the '60s": "196", "70s": "197"}


def test_a_century_is_its_timex3_hundreds() -> None:
    values = _values("Valby grew in the 19th century and wants a 21st-century port.")
    assert values == {"the 19th century": "18", "21st-century": "20"}


def test_the_next_century_counts_on_from_the_published_year() -> None:
    assert _values("Valby will stay a port well into the next century.") == {
        "the next century": "21"
    }
    assert _values("Valby will stay a port well into the next century.", None) == {
        "the next century": None
    }


def test_this_century_is_the_published_year_s() -> None:
    text = "Valby has lost two ports this century."
    assert _values(text) == {"this century": "20"}
    assert _values(text, None) == {"this century": None}


def test_the_middle_of_the_century_is_one_date_without_a_value() -> None:
    assert _values("Valby may shrink to a village by the middle of the century.") == {
        "the middle of the century": None
    }
    assert _values("By the middle of this century, Norland ferns grew twice as fast.") == {
        "the middle of this century": None
    }


def test_this_christmas_before_a_helping_verb_is_a_date() -> None:
    text = "Half the money spent this Christmas will go to Valby shops."
    assert _values(text, None) == {"Christmas": None}
    assert _values("Jo Park sold this Christmas tree in Valby.", None) == {}


def test_may_before_a_noun_of_a_dated_issue_is_the_month() -> None:
    assert _values("Dr Quell wrote in the May issue of the Valby Review.", None) == {
        "May": "XXXX-05"
    }
    assert _values("The ferry case waits for a May hearing.", None) == {"May": "XXXX-05"}
    # the surname before other nouns stays no date
    assert _values("The May government lost the Valby vote.", None) == {}


def test_next_season_is_this_year_s_until_it_starts() -> None:
    assert _values("Jo Park will open the Valby school next fall.", date(2018, 4, 2)) == {
        "next fall": "2018-FA"
    }
    assert _values("Jo Park will open the Valby school next fall.") == {"next fall": "2019-FA"}
    assert _values("Ana Berg will ski in Norland next winter.", date(2018, 4, 2)) == {
        "next winter": "2019-WI"
    }


def test_a_fiscal_year_across_two_years_is_one_date_without_a_value() -> None:
    assert _values("Norbank's deficit for 2017-18 will shrink.") == {"2017-18": None}


def test_years_further_apart_are_the_two_ends_of_a_span() -> None:
    assert _values("Jo Park led Norbank in its 1973-90 boom.") == {"1973": "1973", "90": "1990"}
    assert _values("Valby grew in its 1995-03 boom.") == {"1995": "1995", "03": "2003"}


def test_a_quarter_of_next_year_is_one_date() -> None:
    text = "Norbank expects a profit in the first quarter of next year."
    assert _values(text) == {"the first quarter of next year": "2019-Q1"}
    assert _values(text, None) == {"the first quarter of next year": None}


def test_a_month_of_next_year_is_one_date() -> None:
    assert _values("Valby will draft a plan by March of next year.") == {
        "March of next year": "2019-03"
    }


def test_a_month_of_a_written_year_is_that_month() -> None:
    # not the month of the coming year and a year of its own
    assert _values("By March of 2011, the ferry had lost its licence.") == {
        "March of 2011": "2011-03"
    }


def test_every_date_pattern_is_of_a_kind_the_resolver_knows() -> None:
    """resources/lexicons/date_patterns.txt uses only kinds `resolve` has a rule for (a kind
    may have several patterns, tried in the file's order), and every kind is used."""
    from briefing.facts.dates import PATTERNS

    assert {kind for kind, _ in PATTERNS} == {
        *("iso", "dmy", "mdy", "md", "dm", "my", "m", "decade", "century", "ago", "ahead", "rel"),
        *("anchored", "named", "holiday_year"),
        *("quarter", "now", "ref", "season", "sport", "deictic", "holiday", "weekday"),
        *("fiscal", "bc", "year", "short_year", "recurring", "century_part"),
    }


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The pier opened in 2009 and it was sold two years later.", "two years later", "2011"),
        ("Jo Lind left Valby on May 4, 2011. The next day she reached Norby.", "The next day",
         "2011-05-05"),
        ("The ferry sank on March 2, 1990. Five days later the port closed.", "Five days later",
         "1990-03-07"),
        ("Norbank opened a branch in June 2012 and shut it the following year.",
         "the following year", "2013"),
        ("The Valby club was sold in May 2014. The previous month its coach left.",
         "The previous month", "2014-04"),
        ("The storm hit Valby on 3 July 2001. That night the pier burned.", "That night",
         "2001-07-03TNI"),
    ],
)  # fmt: skip
def test_a_relative_date_counts_from_the_date_the_story_gave(
    text: str, expression: str, value: str
) -> None:
    assert _values(text)[expression] == value


def test_a_relative_date_without_an_anchor_has_no_value() -> None:
    assert _values("Her brother had left the harbour eight months earlier.") == {
        "eight months earlier": None
    }


def test_a_counted_date_is_no_anchor_for_the_next_one() -> None:
    text = (
        "Harbour fees rose in 2015. Berths were cheaper a year earlier, and a year earlier still."
    )
    values = [d.value for d in extract_dates(analyse(text), PUBLISHED)]
    assert values == ["2015", "2014", "2014"]


def test_a_date_in_apposition_gives_a_relative_date_its_value() -> None:
    text = "The pier opened in 2008. Jo Lind backed it nearly a year earlier, in March 2012."
    assert _values(text)["a year earlier"] == "2012"


def test_that_day_with_no_day_given_is_no_date() -> None:
    assert _values("Traders with losses that day sold their shares.") == {}


def test_a_year_earlier_beside_figures_of_a_year_is_the_year_before() -> None:
    assert _values("Sales reached $5 million in 2017, up from $4 million a year earlier.") == {
        "2017": "2017",
        "a year earlier": "2016",
    }


def test_a_vague_count_back_is_a_date_without_a_value() -> None:
    assert _values("The pier was built a few years ago.") == {"a few years ago": None}


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Norbank's profit fell in the 2017 third quarter.", "the 2017 third quarter", "2017-Q3"),
        ("Norbank expects a loss in next year's first quarter.", "next year's first quarter",
         "2019-Q1"),
        ("Norbank earned more in the year-ago third quarter.", "the year-ago third quarter",
         "2017-Q3"),
    ],
)  # fmt: skip
def test_a_quarter_takes_the_year_written_before_it(sentence: str, text: str, value: str) -> None:
    assert _values(sentence)[text] == value


def test_a_weekday_before_a_noun_is_the_nearest_such_day() -> None:
    """ "Sunday's race" names the race's day, whatever the tense of the verb."""
    text = "Jo Lind was second, with only Tuesday's final left."
    assert _values(text)["Tuesday"] == "2018-09-18"


def test_a_weekday_before_a_date_is_part_of_it() -> None:
    assert _values("The board met on Thursday, September 13, and voted.") == {
        "Thursday, September 13": "2018-09-13"
    }


def test_a_year_before_a_possessive_plural_is_a_date() -> None:
    """ "2015 people" is a count; "the 2014 women's final" names the final's year."""
    assert _values("Valby hosted the 2014 women's final.") == {"2014": "2014"}


def test_a_month_naming_something_of_its_own_needs_no_preposition() -> None:
    values = _values("The August figures were better than July's, and their June gala.")
    assert values == {"August": "2018-08", "July": "2018-07", "June": "2018-06"}


def test_a_may_without_a_preposition_stays_a_name() -> None:
    assert _values("Ana May's plan and the May government were praised.") == {}


def test_over_the_weekend_is_the_weekend_of_its_tense() -> None:
    assert _values("Talks failed over the weekend.") == {"the weekend": "2018-W37-WE"}


def test_nine_eleven_names_the_day_of_the_attacks() -> None:
    assert _values("Families of 9/11 victims met the senator.") == {"9/11": "2001-09-11"}
    assert _values("Page 9/110 of the report.") == {}


def test_a_weekday_inside_a_newspaper_name_is_no_date() -> None:
    assert _values("A memo seen by The Mail on Sunday shows the plan.") == {}


def test_since_puts_a_day_without_a_year_behind() -> None:
    """ "since" points back even when the verb looks ahead ("to inspect ... since")."""
    text = "The team had been allowed to inspect the port since Jan. 13."
    assert _values(text) == {"Jan. 13": "2018-01-13"}


def test_a_year_right_after_a_capitalised_word_is_part_of_a_name() -> None:
    assert _values("Norland will host Euro 2028 and amend the Harbour Act 1997.") == {}
    assert _values("Valby won in 2016, as in 2012.") == {"2016": "2016", "2012": "2012"}


def test_a_weekday_in_capitals_is_a_date() -> None:
    assert _values("VALBY v NORBY (SATURDAY: Harbour Park, 3pm)") == {"SATURDAY": "2018-09-15"}


def test_a_month_and_day_of_last_year_is_one_date() -> None:
    assert _values("The tour began on June 16th of last year.") == {
        "June 16th of last year": "2017-06-16"
    }


def test_a_count_without_a_number_is_a_date_without_a_value() -> None:
    assert _values("He joined in May 2014 and resigned days later.") == {
        "May 2014": "2014-05",
        "days later": None,
    }
    assert _values("The pier was sold years ago.") == {"years ago": None}


def test_a_month_before_a_noun_is_the_nearest_such_month() -> None:
    """ "a June agreement" names the agreement's month, whatever the verb's tense."""
    assert _values("The port is trying to sell itself under a June agreement.") == {
        "June": "2018-06"
    }


def test_a_long_time_ago_is_a_date_without_a_value() -> None:
    assert _values("The harbour was built a long time ago.") == {"a long time ago": None}


def test_a_count_of_years_from_a_day_is_a_year_and_from_a_month_a_month() -> None:
    text = "The pier opened on 4 May 2010. A year later it closed."
    assert _values(text)["A year later"] == "2011"
    text = "Sales rose in March 2016, against the period a year earlier."
    assert _values(text)["a year earlier"] == "2015-03"


def test_a_weekday_in_a_club_name_is_no_date() -> None:
    assert _values("Valby beat Sheffield Wednesday at home.") == {}


def test_today_in_a_present_state_is_the_present_not_the_day() -> None:
    """ "Ferry traffic is thin today" says how things stand (PRESENT_REF); "today" as the day
    of the news keeps the published date, as does "by today" and "is today opening"."""
    assert _values("Ferry traffic on the Lund strait is thin today.") == {"today": "PRESENT_REF"}
    assert _values("Where are the old harbour guilds today?") == {"today": "PRESENT_REF"}
    assert _values("The toll is seen as unfair in Valby, even today.") == {"today": "PRESENT_REF"}
    assert _values("The mayor of Valby opened the bridge today.") == {"today": "2018-09-17"}
    assert _values("The town is today opening a harbour museum.") == {"today": "2018-09-17"}
    assert _values("Fares are lower by today, the port says.")["today"] == "2018-09-17"


def test_a_month_of_the_same_year_takes_the_year_before_it() -> None:
    text = "The mare won at Lundby in March 2013 and again in October of the same year."
    assert _values(text)["October of the same year"] == "2013-10"
    assert _values(text, None)["October of the same year"] == "2013-10"


def test_a_bare_participle_before_a_date_is_past() -> None:
    """ "shares issued June 2" are past whatever the rest of the sentence says; a passive
    "is expected" is not."""
    text = "Holders of shares issued June 2, which will be paid later, get less."
    assert _values(text, date(2018, 3, 1))["June 2"] == "2017-06-02"
    text = "The ruling is expected June 2 and will be final."
    assert _values(text, date(2018, 3, 1))["June 2"] == "2018-06-02"


def test_a_month_naming_a_noun_at_the_start_or_before_an_acronym() -> None:
    assert _values("It worked. August sales at the Valby yard rose 4 percent.")["August"] == (
        "2018-08"
    )
    assert _values("In a July NRT poll, the mayor led.")["July"] == "2018-07"
    # a year in words is the month's own (round 36), never the noun month of 2018
    assert _values("January nineteen ninety-seven was cold.") == {
        "January nineteen ninety-seven": "1997-01"
    }


def test_christmas_after_a_preposition_is_a_date_not_as_a_modifier() -> None:
    assert _values("The ferry will run again before Christmas.") == {"Christmas": None}
    assert _values("The ferry crew held a Christmas party.") == {}
    assert _values("They met at Christmas time in Lund.") == {}


def test_a_range_across_months_gives_its_first_day_the_year() -> None:
    text = "The Lund regatta is set for August 28-September 3, 2021, on the strait."
    assert _values(text)["August 28"] == "2021-08-28"
    text = "The Lund fair runs Dec. 29-Jan. 4, 2021, on the quay."
    assert _values(text)["Dec. 29"] != "2021-12-29"


def test_a_year_before_christ_has_its_timex_value() -> None:
    assert _values("The Lund burial mound was raised around 1200 B.C. by farmers.") == {
        "1200 B.C.": "BC1200"
    }
    assert _values("A harbour stood here in 80 BC.") == {"80 BC": "BC0080"}


def test_sept_11_before_a_noun_of_the_attacks_is_their_date() -> None:
    """ "the Sept. 11 memorial" dates the attacks of 2001; a plain "on Sept. 11" is the story's
    own month and day."""
    text = "The mayor of Lund left the Sept. 11 memorial early."
    assert _values(text, date(2016, 9, 12)) == {"Sept. 11": "2001-09-11"}
    text = "The Lund council votes on Sept. 11 on the harbour plan."
    assert _values(text, date(2016, 9, 1)) == {"Sept. 11": "2016-09-11"}


def test_an_abbreviated_weekday_of_wire_copy_is_a_date() -> None:
    assert _values("LUNDBY, Fri. - The harbour police began an inquiry.") == {"Fri": "2018-09-14"}
    assert _values("The Lund ferry sailed on Sun. evening.") == {}


def test_a_model_year_is_no_date() -> None:
    text = "Norcar will extend its discounts on 2018 models through October."
    assert "2018" not in _values(text)


def test_the_last_month_of_a_period_is_no_date() -> None:
    """ "the last month of her term" is a part of another period; "last month" is a date."""
    assert _values("She spent the last month of her term in Lund.") == {}
    assert _values("She spent last month in Lund.") == {"last month": "2018-08"}


def test_figures_of_a_year_before_count_from_the_year_the_story_gave() -> None:
    """Beside figures, "the previous year" counts from a year the story gave; beside a
    quarter's figures "a year earlier" is a period we cannot date, and is left out."""
    text = "Norbank's losses fell in 2011 to $20m from $45m the previous year."
    assert _values(text, None)["the previous year"] == "2010"
    text = "Norbank earned $4m in the quarter ended Sept. 28, up from $3m a year earlier."
    assert "a year earlier" not in _values(text)


def test_a_named_show_in_quote_marks_is_no_date() -> None:
    assert _values('Jo Park told the "Today" programme she would stay.') == {}
    assert _values("Jo Park said Today's vote was close.") == {"Today": "2018-09-17"}


def test_a_capitalised_today_before_a_programme_noun_is_no_date() -> None:
    assert _values("On Radio Norland's Today programme, Ada Vorn said she would stay.") == {}
    assert _values("Ada Vorn said Today's vote was close.") == {"Today": "2018-09-17"}


def test_school_terms_generations_and_the_end_of_the_year() -> None:
    assert _values("Jo Park has scored nine goals for Valby this term.") == {"this term": None}
    assert _values("Fees are double those of a generation ago.") == {"a generation ago": None}
    text = "Valby will open the bridge before the end of the year."
    assert _values(text)["the end of the year"] == "2018"
    assert _values("That April morning, Jo Park left Valby.") == {"April": "2018-04"}


def test_a_quarter_without_year_or_published_date_is_an_unknown_year() -> None:
    values = _values("Norbank's profit rose in the fourth quarter.", None)
    assert values == {"the fourth quarter": "XXXX-Q4"}


def test_a_quarterly_figure_is_no_quarter() -> None:
    assert _values("Norbank made its first quarterly loss as a listed firm.") == {}


def test_a_show_named_after_a_weekday_night_is_no_date() -> None:
    assert _values("Jo Park hosts Saturday Night Lights on Valby TV.") == {}


def test_a_programme_called_this_week_is_no_date() -> None:
    assert _values('Jo Park told Norwire\'s "This Week" that talks had stalled.') == {}


def test_a_short_month_before_a_possessive_is_a_name() -> None:
    assert _values("Ant and Dec's quiz show won again.") == {}


def test_a_part_of_a_decade_stays_in_its_span() -> None:
    assert _values("Jo Park sang with late 1960s rockers from Valby.") == {"late 1960s": "196"}


def test_not_that_long_ago_is_a_date_without_a_value() -> None:
    assert _values("Not that long ago, Valby had no trams.") == {"Not that long ago": None}


def test_a_season_across_two_full_years_is_one_date() -> None:
    assert _values("Valby last won it in the 2003/2004 season.") == {"2003/2004": None}


def test_a_month_after_during_or_between_needs_no_other_cue() -> None:
    values = _values("Sales fell during January and grew between July and September.", None)
    assert values == {"January": "XXXX-01", "July": "XXXX-07", "September": "XXXX-09"}


def test_the_coming_year_after_the_is_a_span_not_a_date() -> None:
    assert _values("More models will be released in the coming year.") == {}


def test_recent_years_is_past_ref_in_timeml_and_no_value_on_the_fact_sheet() -> None:
    text = "Valby has grown in recent years."
    assert _values(text) == {"recent years": "PAST_REF"}
    dates = extract_dates(analyse(text), PUBLISHED, adverbs=False)
    assert [(d.text, d.value) for d in dates] == [("recent years", None)]


def test_later_in_the_year_is_the_published_year() -> None:
    assert _values("Valby expects a recovery later in the year.") == {"later in the year": "2018"}


def test_a_season_counted_back_is_a_date_without_a_value() -> None:
    values = _values("Valby won there four seasons ago and lost the season before last.")
    assert values == {"four seasons ago": None, "the season before last": None}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ferry to Holm sails every Thursday.", {"every Thursday": None}),
        ("Each Monday morning the council staff meet.", {"Each Monday morning": None}),
        ("The quiz runs on Friday nights at the Anchor.", {"Friday nights": None}),
        (
            "The Lund market trades each Saturday, except Sunday and Monday.",
            {"each Saturday": None, "Sunday": None, "Monday": None},
        ),
        ("The Mondays, a band from Holm, played on Friday.", {"Friday": "2018-09-14"}),
    ],
)
def test_a_recurring_day_is_a_date_with_no_calendar_value(
    sentence: str, expected: dict[str, str | None]
) -> None:
    assert _values(sentence) == expected


def test_a_purpose_clause_before_a_comma_and_and_sets_no_tense_for_the_next_clause() -> None:
    """ "decided to act, and on May 10 sent ...": the date is the coordinated clause's, told in
    the past (the tagger may read "sent" as an adjective), not a plan "to act" in May."""
    text = "The Norland cabinet decided to act, and on May 10 dispatched engineers to Holm."
    assert _values(text, date(2018, 9, 17)) == {"May 10": "2018-05-10"}


def test_participle_sharing_a_future_auxiliary_is_no_past() -> None:
    """ "will be closed ... and then closed": the second participle is the first's future."""
    text = "The Valby depot will be shut for repairs on Thursday and then closed for the fair."
    assert _values(text)["Thursday"] == "2018-09-20"
    # a coordinated clause with its own past stays past; a clause of its own stays future
    text = "Jo Park meant to take the ferry during the May 2 storm but accidentally missed it."
    assert _values(text)["May 2"] == "2018-05-02"
    text = "One ferry sails today, another sails on Saturday and a third will follow."
    assert _values(text)["Saturday"] == "2018-09-22"


def test_weekday_beside_a_timetable_present_is_ahead() -> None:
    """ "who makes her debut Saturday": a present verb of a plan puts the day ahead, not the
    past of the reporting verb before it; "has resigned" and "says" set no plan."""
    text = "Norbank lost, said Ana Berg, who makes her debut Saturday for Valby."
    assert _values(text)["Saturday"] == "2018-09-22"
    assert _values("On Wednesday, Jo Park begins a tour of Norland.")["Wednesday"] == "2018-09-19"
    assert _values("The minister has resigned on Friday.")["Friday"] == "2018-09-14"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Valby opened its port twenty-two years ago.", "twenty-two years ago", "1996"),
        ("Jo Park left Norland thirty five years ago.", "thirty five years ago", "1983"),
        ("The Norbank vault was sealed a dozen years ago.", "a dozen years ago", "2006"),
        ("The pier rose a hundred years ago.", "a hundred years ago", "1918"),
        (
            "The dam broke one hundred and twenty days ago.",
            "one hundred and twenty days ago",
            "2018-05-20",
        ),
    ],
)
def test_a_count_of_several_number_words_is_read_whole(
    sentence: str, text: str, value: str
) -> None:
    assert _values(sentence) == {text: value}


def test_a_run_of_number_words_that_is_no_count_gives_no_value() -> None:
    """Never the last word's count: "twelve two years ago" is not two years ago."""
    assert _values("Ana Berg came twelve two years ago.") == {"twelve two years ago": None}


def test_a_fraction_of_a_year_is_not_read_as_its_last_figure() -> None:
    assert _values("The mill shut 2.5 years ago.") == {"years ago": None}


def test_a_compound_count_is_counted_from_the_anchor() -> None:
    values = _values("Valby got a tram in 1950. Twenty-one years later it closed.")
    assert values == {"1950": "1950", "Twenty-one years later": "1971"}


def test_a_two_figure_decade_with_an_apostrophe_before_the_s_is_a_decade() -> None:
    assert _values("Valby was a mill town in the 90's.") == {"the 90's": "199"}
    assert _values("Norbank grew in the late 80’s.") == {"the late 80’s": "198"}


def test_a_two_figure_decade_after_a_reading_is_none() -> None:
    """ "in the 90's" after a temperature is the reading; a bare "the 80s" stays none too."""
    assert _values("Temperatures in Valby stayed in the 90's.") == {}
    assert _values("Norland grew fast in the 80s.") == {}


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # Published 17 September 2018: a day after "since", or after "of"/"after" in a past
        # clause, is over, even when the coming one is only weeks away.
        ("The floods of Oct. 3 changed how Carden builds its quays.", "Oct. 3", "2017-10-03"),
        ("Since Oct. 3, the Norland ferry has sailed half empty.", "Oct. 3", "2017-10-03"),
        ("The harbour board tightened checks after Oct. 3.", "Oct. 3", "2017-10-03"),
        ("Fishermen in Carden still recall the storm last Oct. 3.", "Oct. 3", "2017-10-03"),
        ("The hearing of Oct. 3 will settle the berth dispute.", "Oct. 3", "2018-10-03"),
    ],
)
def test_a_day_after_since_last_or_of_a_past_event_is_behind(
    sentence: str, text: str, value: str
) -> None:
    assert _values(sentence)[text] == value


def test_one_weekday_of_an_anecdote_is_behind() -> None:
    # Published on a Monday: "one Tuesday night" is the Tuesday before, not the next day.
    values = _values("Velen struck out twice one Tuesday night.")
    assert values["Tuesday night"] == "2018-09-11TNI"


def test_a_list_of_month_days_shares_one_year() -> None:
    values = _values("The Carden Hawks played at home on Oct. 30, Nov. 6 and Nov. 13.")
    assert [values[d] for d in ("Oct. 30", "Nov. 6", "Nov. 13")] == [
        "2017-10-30",
        "2017-11-06",
        "2017-11-13",
    ]
    values = _values("The quay will close on Dec. 28, Jan. 4 and Jan. 11.")
    assert [values[d] for d in ("Dec. 28", "Jan. 4", "Jan. 11")] == [
        "2018-12-28",
        "2019-01-04",
        "2019-01-11",
    ]


def test_set_with_a_particle_is_a_past_act_not_a_timetable() -> None:
    assert _values("Ana Berg says she set off from Valby in December.") == {"December": "2017-12"}
    assert _values("The Valby vote is set to take place in December.") == {"December": "2018-12"}


def test_a_second_day_after_a_month_and_day_is_a_date_of_that_month() -> None:
    values = _values("The Valby fair is planned for May 4 and 5.")
    assert values == {"May 4": "2019-05-04", "5": "2019-05-05"}
    assert _values("Talks in Valby were held on Sept. 3 and 4, Ana Berg said.") == {
        "Sept. 3": "2018-09-03",
        "4": "2018-09-04",
    }


def test_a_count_after_a_month_and_day_is_no_second_day() -> None:
    assert _values("On Sept. 3 and 40 people came to Valby.") == {"Sept. 3": "2018-09-03"}


@pytest.mark.parametrize(
    "ending", ["today", "Today", '"Today', "tonight", "yesterday", "Monday", "this week", "2019"]
)
def test_a_text_that_ends_on_a_date_word_with_no_stop_is_read(ending: str) -> None:
    """A deictic word at the very end of the text had no character after it to look at,
    and the whole analysis failed with an IndexError."""
    texts = list(_values(f"The harbour board meets {ending}"))
    assert texts and ending.strip('"') in texts[-1]


def test_a_date_inside_a_quotation_takes_the_tense_of_the_quoted_words() -> None:
    # Published on a Monday: the coming Wednesday is the 19th, the last one the 12th.
    assert _values("'The ferry is back on Wednesday,' the skipper said.")["Wednesday"] == (
        "2018-09-19"
    )
    assert _values('"The ferry is back on Wednesday," the skipper said.')["Wednesday"] == (
        "2018-09-19"
    )
    assert _values("'The ferry was back on Wednesday,' the skipper said.")["Wednesday"] == (
        "2018-09-12"
    )


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The strike could last into October.", "October", "2018-10"),
        ("The fair is open throughout December.", "December", "2018-12"),
        ("Prices rose before June, traders said.", "June", "2018-06"),
    ],
)
def test_more_prepositions_of_time_lead_a_bare_month(sentence: str, text: str, value: str) -> None:
    assert _values(sentence)[text] == value


def test_a_name_after_a_preposition_of_time_is_no_month() -> None:
    assert _values("After May spoke, the vote went ahead.") == {}
    assert "April" not in _values("He left before April Lund arrived.")


def test_the_second_month_of_a_range_follows_the_first() -> None:
    published = date(2026, 5, 7)
    text = "The outlook, issued on Monday, gives Valby a wet spell between June and August."
    assert _values(text, published)["August"] == "2026-08"
    text = "The ski season ran from November to February."
    values = _values(text, published)
    assert (values["November"], values["February"]) == ("2025-11", "2026-02")


def test_a_range_end_with_its_own_year_keeps_it() -> None:
    values = _values("Prices rose between June and August 2024.", date(2026, 5, 7))
    assert values["August 2024"] == "2024-08"
    text = "Lind was paid from October of 2019 until September of this year."
    assert _values(text, date(2026, 5, 7))["September of this year"] == "2026-09"


def test_a_month_after_an_names_its_noun() -> None:
    assert _values("In an August speech, Lund attacked the plan.", None) == {"August": "XXXX-08"}


def test_the_first_month_of_a_dashed_range_is_a_date() -> None:
    values = _values("Berg will name the squad for the June-July tour.", None)
    assert (values["June"], values["July"]) == ("XXXX-06", "XXXX-07")


def test_a_feast_after_a_preposition_of_time_dates_an_event() -> None:
    assert _values("Six days before Passover, Jo Lund was in Valby.", None) == {"Passover": None}
    assert _values('Jo Lund wished them "Happy Rosh Hashanah."', None) == {}


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Polls are no guide to the vote six weeks from now.", "six weeks from now", "2018-W44"),
        ("Norland can catch up in a couple of years' time.", "in a couple of years' time", None),
        ("Talks resume in a year or two years' time.", "in a year or two years' time", None),
        ("Jo Lund may play on in five or six years' time.", "in five or six years' time", None),
    ],
)
def test_a_point_ahead_counted_from_now_is_a_date(sentence: str, text: str, value: str) -> None:
    assert _values(sentence) == {text: value}


def test_a_fronted_today_before_a_present_passive_is_the_present() -> None:
    assert _values("Today, the house is owned by a trust.")["Today"] == "PRESENT_REF"
    text = "The council has wide powers and, today, 900 officers are deployed."
    assert _values(text)["today"] == "PRESENT_REF"
    assert _values("Today, the minister says she will resign.")["Today"] == "2018-09-17"


def test_a_tomorrow_with_a_determiner_is_the_future_in_general() -> None:
    assert _values("They hope for a brighter tomorrow.") == {}
    assert _values("These are the cities of tomorrow.") == {}
    assert _values("It is the start of tomorrow's show.") == {"tomorrow": "2018-09-18"}
    assert _values("He will meet the manager tomorrow.") == {"tomorrow": "2018-09-18"}


def test_a_bare_count_of_years_after_in_is_left_out() -> None:
    assert _values("It was the first time in ten years that the lake froze.") == {}


def test_a_weekly_schedule_after_open_names_no_dates() -> None:
    text = "The Norport Pantry is open Wednesday to Sunday, 8am to 2pm. It reopened on Monday."
    found = [d.text for d in extract_dates(analyse(text), date(2026, 5, 7))]
    assert found == ["Monday"]
    text = "Opening hours: Monday to Friday. The ferry sails from Monday to Friday."
    found = [d.text for d in extract_dates(analyse(text), date(2026, 5, 7))]
    assert found == ["Monday", "Friday"]


_WIRE_STORY = (
    "Growers in Vellmark press for better prices\n\n"
    "VELLMARK, Norland, March 4 (Reuters) - Orchard growers in the western hills of Norland "
    "threatened on Tuesday to stop selling fruit to the Tarrow cooperative.\n\n"
    "The cooperative said it would answer the growers by Friday.\n"
)


def test_wire_dateline_day_is_a_date_without_a_year() -> None:
    article = load_bytes(_WIRE_STORY.encode())
    assert article.published is None
    dates = analyze(article).facts.dates
    assert (dates[0].text, dates[0].value, dates[0].sentence) == ("March 4", "XXXX-03-04", None)
    # the weekday of a day with no year is unknown: "Tuesday" keeps no value
    assert {d.text: d.value for d in dates}["Tuesday"] is None


def test_wire_dateline_day_takes_the_published_year() -> None:
    article = load_bytes(_WIRE_STORY.encode())
    (dateline,) = dateline_dates(article, date(2026, 3, 5))
    assert (dateline.text, dateline.value) == ("March 4", "2026-03-04")
    (turn,) = dateline_dates(article, date(2027, 1, 2))  # filed before the new year
    assert turn.value == "2026-03-04"
    (zone,) = dateline_dates(article, date(2026, 3, 3))  # a time zone's day ahead
    assert zone.value == "2026-03-04"


def test_wire_dateline_without_a_day_gives_no_date() -> None:
    text = _WIRE_STORY.replace(", March 4 (Reuters)", " (Reuters)")
    assert dateline_dates(load_bytes(text.encode()), PUBLISHED) == ()


def test_this_or_for_christmas_and_the_festive_season_are_dates_round_38() -> None:
    # a deictic word or "for" before Christmas places an event; not before a lower-case
    # word, which may be a noun it modifies ("this Christmas tree")
    assert _values("Half the toys sold in Valby this Christmas came from Orrin.", None) == {}
    assert _values("Half the toys in Valby were sold this Christmas.", None) == {"Christmas": None}
    assert _values("The parcels from Orrin should arrive in time for Christmas.", None) == {
        "Christmas": None
    }
    assert _values("Jo Lund kept her Christmas lights up in Valby.", None) == {}
    assert _values("Orrin shops sold more during the festive season.", None) == {
        "the festive season": None
    }


def test_boxing_day_and_a_church_season_after_a_preposition_are_dates() -> None:
    assert _values("The Valby ferry does not sail on Boxing Day.", None) == {"Boxing Day": None}
    assert _values("Jo Lund fasted during Lent in Orrin.", None) == {"Lent": None}
    # "lent" in lower case is the verb; "for Lent" is left alone (as often a custom)
    assert _values("Ana Berg lent during the week a boat to Orrin.", None).get("lent") is None
    assert _values("Many in Valby give up sweets for Lent.", None) == {}


def test_through_or_until_the_weekend_is_the_weekend_of_its_tense_round_38() -> None:
    text = "The Valby curfew will continue through the weekend."
    assert _values(text) == {"the weekend": "2018-W38-WE"}
    assert _values("The Orrin strike lasted until the weekend.") == {"the weekend": "2018-W37-WE"}
    assert _values(text, None) == {"the weekend": None}


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        (
            "Valby hopes to raise the money by the end of March.",
            None,
            "the end of March",
            "XXXX-03",
        ),
        (
            "Rents have fallen from the middle of October.",
            date(2018, 2, 5),
            "the middle of October",
            "2017-10",
        ),
        (
            "Jo Lund left Norbank at the beginning of June.",
            PUBLISHED,
            "the beginning of June",
            "2018-06",
        ),
        (
            "The Orrin ferry will run until the end of May next year.",
            PUBLISHED,
            "the end of May next year",
            "2019-05",
        ),
        ("Jo Lund left the band at the end of June 2011.", None, "June 2011", "2011-06"),
    ],
)
def test_the_edge_of_a_month_after_a_preposition_is_the_month(
    sentence: str, published: date | None, text: str, value: str
) -> None:
    assert _values(sentence, published)[text] == value


def test_the_edge_of_a_month_needs_its_preposition() -> None:
    assert _values("The the end of March was wet in Valby.", PUBLISHED) == {}


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Kites were the gift of Christmas 2004 in Valby.", "Christmas 2004", "2004-12-25"),
        ("Jo Lund wed Ana Berg on New Year’s Eve 1999.", "New Year’s Eve 1999", "1999-12-31"),
        ("The Orrin fair shut on Boxing Day 2010.", "Boxing Day 2010", "2010-12-26"),
    ],
)
def test_a_fixed_day_holiday_before_a_year_is_that_day(
    sentence: str, text: str, value: str
) -> None:
    assert _values(sentence, published=None)[text] == value


def test_a_decade_in_words_is_the_decade_unless_a_reading() -> None:
    assert _values("Valby grew fast through the nineties.") == {"the nineties": "199"}
    assert _values("Jo Lund sang there in the early sixties.") == {"the early sixties": "196"}
    assert _values("Temperatures in Valby stayed in the twenties.") == {}


def test_a_month_takes_the_year_its_sentence_names_before_it() -> None:
    text = "In the first half of 2031 Norbank must hold more cash by the end of March."
    assert _values(text, None) == {"2031": "2031", "the end of March": "2031-03"}
    text = "In October 2030, 12% were hopeful, against 14% in September."
    assert _values(text, None) == {"October 2030": "2030-10", "September": "2030-09"}
    text = "Jo Lund left Valby in 2030 and came back last March."
    assert _values(text, None)["last March"] == "XXXX-03"
    assert _values("Ana Berg sold the Orrin mill in June.", None) == {"June": "XXXX-06"}
