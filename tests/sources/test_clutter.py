"""Web-paste clean-up: metadata recognised, furniture kept aside, story untouched."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.sources import from_text, load
from briefing.sources.clutter import is_caption, parse_dateline, parse_stamp

PASTED = """Ministers agree harbour deal

Ministers agree harbour deal
Norland and Estria end a year of wrangling over the storm-wrecked port.
4 min read
Monday 11 March 2024 10:31 GMT
By Helen Marsh
Boats moored at the damaged pier in Valby [Reuters]
The transport ministers agreed on Monday to share the cost of rebuilding the harbour.

An AFP photographer saw the ministers shake hands at the harbour office.

Reporting by Helen Marsh; Editing by Tom Aalto
Share this article
"""


def test_pasted_article_metadata() -> None:
    article = from_text(PASTED)
    assert article.title == "Ministers agree harbour deal"
    assert article.standfirst == (
        "Norland and Estria end a year of wrangling over the storm-wrecked port."
    )
    assert article.byline == "Helen Marsh"
    assert article.published == date(2024, 3, 11)


def test_pasted_article_clutter_is_kept_aside_not_analysed() -> None:
    article = from_text(PASTED)
    kinds = [c.kind for c in article.clutter]
    assert kinds == [
        "repeated-headline",
        "standfirst",
        "reading-time",
        "dateline",
        "byline",
        "caption",
        "credit",
        "boilerplate",
    ]
    assert article.paragraphs == (
        "The transport ministers agreed on Monday to share the cost of rebuilding the harbour.",
        "An AFP photographer saw the ministers shake hands at the harbour office.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "17 September, 2018",
        "September 17, 2018",
        "Sept. 17, 2018",
        "2018-09-17",
        "Published 17 Sep 2018",
        "Monday 17 September 2018 10:31 BST",
        "Posted at 5:42 PM, Sep 17, 2018",
    ],
)
def test_dateline_forms(line: str) -> None:
    assert parse_dateline(line) == date(2018, 9, 17)


def test_a_sentence_mentioning_a_date_is_not_a_dateline() -> None:
    assert parse_dateline("The talks ended on 17 September, 2018, without a deal.") is None


def test_captions_need_a_credit_at_the_end() -> None:
    assert is_caption("Turkey has bolstered its positions [AFP]")
    assert is_caption("Ministers at the signing (Reuters)")
    assert not is_caption("AFP reported that the talks ended late on Monday evening.")


def test_seed_article(seed_article_path: Path, seed_lines: list[str]) -> None:
    article = load(seed_article_path)
    # the seed's own lines (its text is not copied into the repository): the headline, its
    # repeat, the standfirst, "N min read", the date, a caption, then the body; the last line
    # is the agencies' credit, which is cut
    assert article.title == seed_lines[0]
    assert article.published == date(2018, 9, 17)
    assert article.standfirst == seed_lines[2]
    assert article.paragraphs[0] == seed_lines[6]
    assert article.paragraphs[-1] == seed_lines[-2]
    text = article.text
    assert "min read" not in text and "[AFP]" not in text and "Agencies" not in text


def test_bundled_sample_loads_cleanly() -> None:
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "harbour-talks.txt"
    article = load(sample)
    assert article.byline == "Helen Marsh" and article.published == date(2024, 3, 12)
    assert not any("Reporting by" in p or "[Nordic Press]" in p for p in article.paragraphs)


def _kinds_of(line: str) -> list[str]:
    """Clutter kinds found when `line` sits among a pasted article's header lines."""
    article = from_text(f"Harbour deal signed\n\n{line}\n\nThe ministers met on Monday in Valby.")
    return [c.kind for c in article.clutter]


@pytest.mark.parametrize(
    "line",
    [
        "2 min read",
        "5-minute read",
        "Reading time: 4 minutes",
        "Updated 3 hours ago",
        "Last updated: 20 mins ago",
    ],
)
def test_reading_time_forms(line: str) -> None:
    assert _kinds_of(line) == ["reading-time"]


@pytest.mark.parametrize("line", ["By Jane Smith", "Jane Smith, Reuters", "By Jane Smith, AFP"])
def test_byline_forms_give_the_byline(line: str) -> None:
    article = from_text(f"Harbour deal signed\n\n{line}\n\nThe ministers met on Monday in Valby.")
    assert article.byline is not None and article.byline.startswith("Jane Smith")
    assert [c.kind for c in article.clutter] == ["byline"]


@pytest.mark.parametrize(
    "line", ["By Jane Smith and Ali Reza, Reuters", "By Jane Smith and Ali Reza | BBC News"]
)
def test_byline_keeps_the_names_without_the_agency(line: str) -> None:
    article = from_text(f"Harbour deal signed\n\n{line}\n\nThe ministers met on Monday in Valby.")
    assert article.byline == "Jane Smith and Ali Reza"


def test_a_name_and_agency_inside_the_story_is_not_a_byline() -> None:
    story = ["The ministers met.", "They talked.", "They agreed.", "They signed."]
    text = "\n\n".join(["Harbour deal signed", *story, "Jane Smith, Reuters", "They left."])
    assert from_text(text).byline is None


@pytest.mark.parametrize(
    "line",
    [
        "Rescue workers search the rubble in Valby [Getty]",
        "The two ministers shake hands in Tallinn (AP Photo)",
        "A farmer checks the cracked bed of a paddy. Photo: Getty Images",
        "Boats in the harbour at dawn. AP Photo/Jane Doe",
        "Ministers arrive for the talks in Sochi / AFP",
        "Fishing boats moored at the damaged pier [Nordic Press]",
        "Image caption, Ministers at the talks in Valby",
        "Image source, Getty Images",
        "Pictured: Ada Vorn with her two sons outside their home in Arnholt on Sunday",
    ],
)
def test_caption_credit_forms(line: str) -> None:
    assert is_caption(line)


def test_a_story_line_mentioning_a_picture_is_not_a_caption() -> None:
    assert not is_caption("She was pictured leaving the court in Arnholt on Friday.")


def test_a_quote_ending_with_an_editors_bracket_is_not_a_caption() -> None:
    assert not is_caption("“We will not deal with them,” she said of [the council]")


@pytest.mark.parametrize(
    "line",
    [
        "Agencies contributed to this story.",
        "Reporting by Helen Marsh; Editing by Tom Aalto",
        "Additional reporting by Minh Tran in Hanoi",
        "© 2018 Reuters",
    ],
)
def test_agency_credit_lines(line: str) -> None:
    assert _kinds_of(line) == ["credit"]


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Twitter",
        "Share this article",
        "Advertisement",
        "Read more: Talks stall",
        "Key points",
        "What we know so far",
    ],
)
def test_page_boilerplate_lines(line: str) -> None:
    assert _kinds_of(line) == ["boilerplate"]


def test_first_paragraph_without_metadata_after_it_is_story_not_standfirst() -> None:
    article = from_text("Harbour deal signed\n\nThe ministers met on Monday.\n\nThey signed.")
    assert article.standfirst is None
    assert article.paragraphs == ("The ministers met on Monday.", "They signed.")


def test_clutter_stays_in_the_source_view() -> None:
    article = from_text(PASTED)
    assert "4 min read" in article.raw_text and "4 min read" not in article.text


def test_second_bundled_sample_loads_cleanly() -> None:
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "mekong-water.txt"
    article = load(sample)
    assert article.title == "Laos agrees to release water as Mekong drought bites"
    assert article.byline == "Priya Raman" and article.published == date(2024, 6, 6)
    assert article.paragraphs[0].startswith("Laos will open the gates")
    assert article.paragraphs[-1].startswith("Sisavath said Laos")
    assert [c.kind for c in article.clutter][-2:] == ["credit", "boilerplate"]


def test_text_pasted_without_a_headline_keeps_its_first_paragraph() -> None:
    first = (
        "The transport ministers of Norland and Estria agreed on Monday to share the cost of "
        "rebuilding Valby harbour."
    )
    article = from_text(f"{first}\n\nFishermen said the deal came too late.")
    assert article.paragraphs[0] == first
    assert (
        article.title == "The transport ministers of Norland and Estria agreed on Monday to share…"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Related to the dispute, the ministers also agreed to share the costs of dredging.",
        "Copyright lawyers for the harbour authority said the plans could not be published.",
        "Reporting by the local newspaper Valby Tidende found that three boats had been sold "
        "for scrap since the storm, and that more owners were waiting for the new pier.",
    ],
)
def test_story_sentences_that_start_like_furniture_stay(line: str) -> None:
    article = from_text(f"Harbour deal signed\n\nThe ministers met on Monday.\n\n{line}")
    assert article.paragraphs[-1] == line


WIRE = """Ferries return to Valby

\t   &UR; (Jo Park is a staff writer for the Tarsk (Nor.) Post. This story was
distributed by the Norland News Service.) &LR;
\t   VALBY, Nor. _ The ferries of Valby sailed again on Monday after a winter
in the yard, and the harbour master said the town had waited long enough for
its boats to come back from the repairs at Tarsk.
\t   ``We missed them,'' said Ana Berg, who runs the harbour cafe on the quay
and has watched the boats for thirty years.
<ANNOTATION>
\t   (EDITORS MAY TRIM HERE. MORE BELOW)
</ANNOTATION>
\t   Norbank paid for the repairs, which took longer than the town had hoped
because of the storms that closed the yard in December.
\t   (jp/kl)
"""


def test_indented_wire_copy_keeps_its_paragraphs_and_drops_its_notes() -> None:
    article = from_text(WIRE)
    assert [p.split()[:2] for p in article.paragraphs] == [
        ["VALBY,", "Nor."],
        ["“We", "missed"],
        ["Norbank", "paid"],
    ]
    assert {c.kind for c in article.clutter} == {"credit", "boilerplate"}


def test_a_typesetters_dot_command_opening_the_file_is_not_the_headline() -> None:
    text = ".START \n\nValby Mill shuts its doors\n\nThe old mill in Valby closed on Friday.\n"
    article = from_text(text)
    assert article.title == "Valby Mill shuts its doors"
    assert not any(".START" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "PUBLISHED: 14:02, 3 March 2026",
        "Published: 14:02 GMT, 3 March 2026 | Updated: 16:10 GMT, 3 March 2026",
        "PUBLISHED: 14:02 EST, 3 March 2026 | UPDATED: 09:40 EST, 5 March 2026",
        "Updated 2:02 PM EST, Tue March 3, 2026",
        "Tue 3 Mar 2026 14.02 GMT",
        "March 3, 2026 / 2:02 PM / Updated 2 hours ago",
        "Last updated: 5 March 2026 | Published: 3 March 2026",
    ],
)
def test_stamp_lines_give_the_published_date_not_an_updates(line: str) -> None:
    article = from_text(
        f"Ferry strike halts crossings\n\nBy Staff Reporter\n\n{line}\n\n"
        "Crews at Port Elsby walked out on Tuesday, the union said.\n\nTalks resume soon."
    )
    assert article.published == date(2026, 3, 3)
    assert sorted(c.kind for c in article.clutter) == ["byline", "dateline"]
    assert article.paragraphs[0].startswith("Crews at Port Elsby")


def test_a_stamp_line_after_a_standfirst_and_byline_is_furniture() -> None:
    article = from_text(
        "Ferry strike halts crossings\n\nIslanders fear empty shelves as crews walk out.\n\n"
        "By DARA QUILL FOR THE ISLAND POST\n\n"
        "PUBLISHED: 14:02 GMT, 3 March 2026 | UPDATED: 16:10 GMT, 4 March 2026\n\n"
        "Crews at Port Elsby walked out on Tuesday, the union said."
    )
    assert article.published == date(2026, 3, 3) and article.byline == "Dara Quill"
    assert article.paragraphs == ("Crews at Port Elsby walked out on Tuesday, the union said.",)


@pytest.mark.parametrize(
    ("line", "writer"),
    [
        ("By ANA BERG and TOM LUND FOR THE HARBOUR TIMES", "Ana Berg and Tom Lund"),
        ("By Jo Park for Valby Online", "Jo Park"),
        ("By AFP and REUTERS", "AFP and REUTERS"),
        ("By AP", "AP"),
    ],
)
def test_a_byline_drops_the_outlet_filed_for_and_its_capitals(line: str, writer: str) -> None:
    article = from_text(f"Harbour deal signed\n\n{line}\n\nThe ministers met on Monday in Valby.")
    assert article.byline == writer


@pytest.mark.parametrize(
    "line",
    [
        "The vote is on 3 March 2026 / the count follows on 4 March 2026 at the town hall.",
        "Ferries | timetables | fares",
        "14:02 | 16:10",
    ],
)
def test_lines_that_only_look_like_stamps_stay(line: str) -> None:
    article = from_text(f"Harbour deal signed\n\nThe ministers met on Monday.\n\n{line}")
    assert article.published is None


@pytest.mark.parametrize(
    "line",
    [
        "Media playback is unsupported on your device",
        "Related Topics",
        "Most Read",
        "Listen to this article",
        "Comments (12)",
        "Share this with Facebook",
        "This article is more than 2 years old",
        "Continue reading the main story",
        "Story continues below advertisement",
        "Read more:",
        "Updated 14:10 GMT",
        "Watch: Crews leave the terminal at Port Elsby",
        "0:45",
        "[Photo] Crews at the terminal",
        "Accept all cookies",
    ],
)
def test_page_furniture_lines_inside_the_story_are_cut(line: str) -> None:
    article = from_text(
        "Ferry strike halts crossings\n\nCrews at Port Elsby walked out on Tuesday.\n\n"
        f"{line}\n\nTalks resume on Friday, the operator said."
    )
    assert article.paragraphs == (
        "Crews at Port Elsby walked out on Tuesday.",
        "Talks resume on Friday, the operator said.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Related charges were filed on Monday.",
        "Supported by local firms, the fund grew.",
        "Listen to the people of the island, she said.",
        "Subscribe to the view that fares must rise, he said.",
    ],
)
def test_story_lines_that_open_like_furniture_stay(line: str) -> None:
    article = from_text(f"Ferry strike\n\nCrews walked out on Tuesday.\n\n{line}\n\nTalks resume.")
    assert line in article.paragraphs


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Dara Quill, Transport Correspondent", None),
        ("Dara Quill @daraquill", None),
        ("Dara Quill | Tuesday 3 March 2026 14:02", date(2026, 3, 3)),
        # With "By" as well: the byline is the name alone (the views write "By" before it).
        ("By Dara Quill, Transport Correspondent", None),
        ("By DARA QUILL, Political Editor", None),
        ("By Dara Quill | Tuesday 3 March 2026 14:02", date(2026, 3, 3)),
    ],
)
def test_a_header_line_signed_without_by_is_the_byline(line: str, published: date | None) -> None:
    article = from_text(
        f"Ferry strike halts crossings\n\n{line}\n\nCrews at Port Elsby walked out on Tuesday."
    )
    assert article.byline == "Dara Quill" and article.published == published
    assert article.paragraphs == ("Crews at Port Elsby walked out on Tuesday.",)


def test_a_wire_dateline_after_a_long_header_is_cut_from_the_lede() -> None:
    article = from_text(
        "Valby council votes to close two schools\n\nParents vow to fight on.\n\n"
        "By Dara Quill\n\nTuesday 3 March 2026 14:02\n\n"
        "VALBY, Norland (AP) — The council voted on Monday night to close two schools.\n\n"
        "Parents plan to appeal."
    )
    assert article.paragraphs[0] == "The council voted on Monday night to close two schools."
    assert "dateline" in [c.kind for c in article.clutter]


def test_the_place_of_a_dateline_after_a_stamp_is_on_the_fact_sheet() -> None:
    from briefing import analyze

    text = (
        "Valby council votes to close two schools\n\nBy Dara Quill\n\n"
        "Tuesday 3 March 2026 14:02\n\n"
        "VALBY, Norway (AP) — The council voted on Monday night to close two schools.\n\n"
        "Parents plan to appeal."
    )
    places = {p.name for p in analyze(from_text(text)).facts.locations}
    assert {"Valby", "Norway"} <= places


def test_a_whole_pasted_page_keeps_only_its_story() -> None:
    page = (
        "Ferry strike halts crossings\nIslanders fear empty shelves as crews walk out\n"
        "Dara Quill and agencies\nTue 3 Mar 2026 14.02 GMT\n"
        "Last modified on Wed 4 Mar 2026 16.10 GMT\nShare on Facebook\nShare via Email\n"
        "Crews at Port Elsby walked out on Tuesday.\n\nThe union said the dispute could last.\n\n"
        "Reuse this content\nTopics\nFerries\nStrikes\nnews\n"
    )
    article = from_text(page)
    assert article.byline == "Dara Quill" and article.published == date(2026, 3, 3)
    assert article.paragraphs == (
        "Crews at Port Elsby walked out on Tuesday.",
        "The union said the dispute could last.",
    )


def test_only_a_last_update_gives_its_date() -> None:
    article = from_text(
        "Ferry strike\n\nLast modified on Wed 4 Mar 2026 16.10 GMT\n\nCrews walked out on Tuesday."
    )
    assert article.published == date(2026, 3, 4)


def test_a_note_on_the_writer_closing_the_story_is_a_credit() -> None:
    article = from_text(
        "Senate panel delays harbor vote\n\nBy Ana Berg\n\n"
        "A Senate committee on Tuesday postponed a vote on the harbor bill.\n\n"
        "The committee meets again on March 17.\n\n"
        "Ana Berg covers Congress for The Harbor Times."
    )
    assert article.paragraphs[-1] == "The committee meets again on March 17."
    assert ("credit", "Ana Berg covers Congress for The Harbor Times.") in [
        (c.kind, c.text) for c in article.clutter
    ]


def test_a_closing_paragraph_about_someone_else_stays() -> None:
    article = from_text(
        "Senate panel delays harbor vote\n\nBy Ana Berg\n\n"
        "A Senate committee on Tuesday postponed a vote on the harbor bill.\n\n"
        "Tom Lund covers the costs himself, his office said."
    )
    assert article.paragraphs[-1] == "Tom Lund covers the costs himself, his office said."


def test_a_subscription_prompt_with_its_pitch_is_furniture() -> None:
    line = "SUBSCRIBE NOW: Get breaking news alerts from Channel 9 delivered to your inbox"
    assert _kinds_of(line) == ["boilerplate"]


def test_press_release_lines_are_furniture_and_not_the_headline() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\nOsk Marine opens a yard in Valby\n\n"
        "VALBY, Norland -- Osk Marine today opened a boat yard in Valby, its first abroad.\n\n"
        "Media contact:\n\n+47 21 00 00 00\n\nSOURCE Osk Marine"
    )
    article = from_text(text)
    assert article.title == "Osk Marine opens a yard in Valby"
    assert article.paragraphs[0].startswith("Osk Marine today opened")
    assert not any(p.startswith(("SOURCE", "Media contact", "+47")) for p in article.paragraphs)


def test_a_story_line_about_a_source_is_kept() -> None:
    article = from_text("Harbour deal signed\n\nSource of the leak was a Valby clerk, police said.")
    assert any(p.startswith("Source of the leak") for p in article.paragraphs)


def test_local_tv_stamps_give_the_publication_date() -> None:
    assert parse_stamp("Posted: Sep 17, 2018 / 05:42 PM CDT") == date(2018, 9, 17)
    assert parse_stamp("Updated: Sep 17, 2018 / 09:15 PM CDT") == date(2018, 9, 17)


def test_a_reporter_s_post_under_the_name_is_the_byline() -> None:
    article = from_text(
        "Iwi and council reach deal on river reserve\n\nAroha Lind\n\nLocal Democracy Reporter\n\n"
        "A dispute over a reserve near Valby has ended with an agreement signed on Saturday.\n\n"
        "Local Democracy Reporting is public interest journalism funded through NZ On Air."
    )
    assert article.byline == "Aroha Lind"
    assert article.paragraphs == (
        "A dispute over a reserve near Valby has ended with an agreement signed on Saturday.",
    )


def test_a_staff_reporter_line_and_a_place_dated_line_set_the_date() -> None:
    article = from_text(
        "Water scheme cleared\n\nStaff Reporter\n\nDharampur, February 12, 2026\n\n"
        "The State Cabinet on Wednesday approved a drinking water project for the district."
    )
    assert article.published == date(2026, 2, 12)
    assert article.paragraphs[0] == "Dharampur, February 12, 2026"
    assert "Staff Reporter" not in article.paragraphs


def test_a_with_files_from_credit_is_furniture() -> None:
    article = from_text(
        "Ottawa to fund new ferry\n\nVALBY - The federal government will spend $84 million on "
        "a new ferry, the minister said Friday.\n\nThe contract is expected by September.\n\n"
        "-- With files from Ana Tremblay in Halifax."
    )
    assert all("Tremblay" not in p for p in article.paragraphs)


def test_a_signed_line_with_by_and_a_post_gives_the_name_alone() -> None:
    article = from_text(
        "Port levy raised\n\nBy Ola Brenn, Chief Harbour Writer\n\n"
        "The Valby port board raised its levy on Tuesday, the first rise in six years."
    )
    assert article.byline == "Ola Brenn"


def test_share_buttons_and_an_also_read_link_are_furniture() -> None:
    article = from_text(
        "Tarsk mill profits rise\n\nShare on Facebook Share on Twitter Share on WhatsApp\n\n"
        "Share\n\nThe Tarsk flour mill on Monday reported a profit of 4 billion.\n\n"
        "Also read: Tarsk bakers fear a price war\n\n"
        "Join the Courier's Telegram channel and get the latest news delivered to you."
    )
    assert article.paragraphs == ("The Tarsk flour mill on Monday reported a profit of 4 billion.",)


def test_headlines_listed_under_a_read_more_label_are_furniture() -> None:
    article = from_text(
        "Evening swims help sleep\n\nA swim after work may help people sleep, a Valby study "
        "says.\n\nThe team now plans a larger trial.\n\nRead more:\n"
        "Why Valby loves its cold lakes\nThe nap myth nobody believes\n\n"
        "The study was paid for by the town."
    )
    assert article.paragraphs == (
        "A swim after work may help people sleep, a Valby study says.",
        "The team now plans a larger trial.",
        "The study was paid for by the town.",
    )


def test_an_image_credit_and_a_labelled_caption_are_furniture() -> None:
    article = from_text(
        "Council backs ferry plan\n\nThe Tarsk council voted on Monday to keep the night ferry.\n\n"
        "Ola Brenn scores for Valby (Image: Nordpix)\n\n"
        "Photo: The ferry at Tarsk quay. Credit: Ana Lind"
    )
    assert article.paragraphs == ("The Tarsk council voted on Monday to keep the night ferry.",)
