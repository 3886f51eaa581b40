"""In-line clutter: furniture, datelines and captions inside a pasted paragraph."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.sources import from_text
from briefing.sources.inline import strip_inline, strip_leading


def _inline(text: str) -> tuple[str, list[tuple[str, str]]]:
    paragraphs, cut = strip_inline([text])
    return " ".join(paragraphs), [(c.kind, c.text) for c in cut]


@pytest.mark.parametrize(
    ("glued", "tag"),
    [
        ("(CNN)The ferry sank near Valby on Monday.", "(CNN)"),
        ("(CNN) -- The ferry sank near Valby on Monday.", "(CNN) --"),
        (
            "VALBY, Norland (Reuters) -- The ferry sank near Valby on Monday.",
            "VALBY, Norland (Reuters) --",
        ),
        ("TARSK, Estria (AP) _ The ferry sank near Valby on Monday.", "TARSK, Estria (AP) _"),
        ("VALBY — The ferry sank near Valby on Monday.", "VALBY —"),
        ("Valby, Norland -- The ferry sank near Valby on Monday.", "Valby, Norland --"),
    ],
)
def test_a_dateline_glued_to_the_first_word_is_cut(glued: str, tag: str) -> None:
    paragraphs, cut, _ = strip_leading([glued])
    assert paragraphs == ["The ferry sank near Valby on Monday."]
    assert [(c.kind, c.text) for c in cut] == [("dateline", tag)]


def test_a_tabloid_stamp_gives_the_date_and_is_cut() -> None:
    stamp = (
        "By . Staff Reporter . PUBLISHED: . 09:12 EST, 3 March 2014 . | . "
        "UPDATED: . 10:01 EST, 3 March 2014 . "
    )
    paragraphs, cut, when = strip_leading([stamp + "A ferry sank near Valby on Monday."])
    assert paragraphs == ["A ferry sank near Valby on Monday."]
    assert when == date(2014, 3, 3) and cut[0].kind == "byline"


def test_a_glued_stamp_gives_the_published_date_not_the_update() -> None:
    stamp = (
        "By . Staff Reporter . Published: . 23:50, 3 March 2014 . | . "
        "Updated: . 01:15, 5 March 2014 . "
    )
    paragraphs, _, when = strip_leading([stamp + "A ferry sank near Valby on Monday."])
    assert paragraphs == ["A ferry sank near Valby on Monday."]
    assert when == date(2014, 3, 3)


@pytest.mark.parametrize(
    "furniture",
    [
        "Scroll down for video",
        "READ MORE: Harbour talks stall .",
        "Follow @valbynews on Twitter for updates.",
        "Sorry we are not currently accepting comments on this article.",
        "Click here for the full timetable.",
    ],
)
def test_page_furniture_inside_a_paragraph_is_cut(furniture: str) -> None:
    text, cut = _inline(f"The port reopened on Monday. {furniture} The mayor welcomed the news.")
    assert text == "The port reopened on Monday. The mayor welcomed the news."
    assert cut and cut[0][1].startswith(furniture.split()[0])


def test_a_contributor_line_at_the_end_is_a_credit() -> None:
    text, cut = _inline("The deal was signed. Ana Ruiz and Tom Lee contributed to this report.")
    assert text == "The deal was signed."
    assert cut == [("credit", "Ana Ruiz and Tom Lee contributed to this report.")]


def test_a_contributor_line_with_initials_and_cities_is_one_credit() -> None:
    text, cut = _inline(
        "The deal was signed. Ana B. Ruiz in Valby and Tom Lee in Norport contributed to this "
        "article."
    )
    assert text == "The deal was signed."
    line = "Ana B. Ruiz in Valby and Tom Lee in Norport contributed to this article."
    assert cut == [("credit", line)]


def test_a_run_of_captions_without_full_stops_is_cut() -> None:
    text, cut = _inline(
        "The kite was flown at the festival. Flying high: Half of the kite rose over Valby "
        "last Saturday Skilful: The kite needs three flyers to manoeuvre However, the aviation "
        "authority ruled it unsafe."
    )
    assert (
        text
        == "The kite was flown at the festival. However, the aviation authority ruled it unsafe."
    )
    assert [k for k, _ in cut] == ["caption"]


def test_a_caption_closed_by_a_spaced_full_stop_is_cut() -> None:
    text, cut = _inline(
        "Jo Berg (pictured) at the harbour . Jo Berg was arrested on Monday. He denies it."
    )
    assert text == "Jo Berg was arrested on Monday. He denies it."
    assert cut == [("caption", "Jo Berg (pictured) at the harbour")]


def test_a_caption_ending_the_paragraph_without_a_full_stop_is_cut() -> None:
    text, cut = _inline(
        "She told the court she was scared. Global appeal: Teams from 13 towns took part"
    )
    assert text == "She told the court she was scared."


def test_a_markup_tag_after_the_last_sentence_goes_alone() -> None:
    # A wire file's editing tag wrapped onto the story's last line: the sentence before it
    # is the story's and stays; only the tag is cut.
    text, cut = _inline("Ferries leave Valby at dawn. They run at a very low cost.” <EDITORS>")
    assert text == "Ferries leave Valby at dawn. They run at a very low cost.”"
    assert cut == [("caption", "<EDITORS>")]


def test_titles_in_the_middle_of_a_sentence_are_not_boundaries() -> None:
    sentence = "Officials told The Associated Press that talks in The Hague went well on Monday."
    assert _inline(sentence) == (sentence, [])


def test_a_paragraph_that_is_all_one_caption_stays() -> None:
    assert _inline("Ferries return to Valby")[0] == "Ferries return to Valby"


def test_the_headline_of_a_paste_without_one_is_the_lede_without_its_dateline() -> None:
    article = from_text(
        "(CNN)Ferries return to Valby. The strike ended on Thursday after nine days, the union "
        "said.\n\nPassengers will be offered refunds."
    )
    assert article.title == "Ferries return to Valby"
    assert article.paragraphs[0].startswith("Ferries return to Valby.")
    assert ("dateline", "(CNN)") in [(c.kind, c.text) for c in article.clutter]


def test_the_headline_of_a_paste_without_one_is_not_cut_at_a_title() -> None:
    article = from_text(
        "Approval of Gov. Jo Park's harbour plan looked certain on Monday. Crews had asked for "
        "it for years.\n\nThe vote is in May."
    )
    assert article.title == "Approval of Gov. Jo Park's harbour plan looked certain on Monday"


def test_a_team_sheet_run_into_the_text_is_kept() -> None:
    sheet = (
        "Goalkeepers: Jo Berg (Valby Rovers), Ana Ruiz (Tarsk United) Defenders: Tom Lee "
        "(Norby), Sam Hill (Valby Rovers), Piet Kaljus (Ostport)"
    )
    text, cut = _inline(f"The coach named his squad on Monday. {sheet} The squad meets in May.")
    assert sheet in text and not cut


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will rebuild the pier.” The mayor left the hall. Rain fell all day.",
        '"We will rebuild the pier." The mayor left the hall. Rain fell all day.',
        "‘We will rebuild the pier.’ The mayor left the hall. Rain fell all day.",
        "``We will rebuild the pier.'' The mayor left the hall. Rain fell all day.",
        "The vote (held in Valby.) Then the count began. It took all night.",
    ],
)
def test_a_paragraph_without_clutter_keeps_every_mark(paragraph: str) -> None:
    assert _inline(paragraph) == (paragraph, [])


def test_a_spaced_ellipsis_is_no_caption_break() -> None:
    # a wire quotation shortened with ". . ." keeps its words and its opening mark
    text = (
        'The judge said she would hear no appeal. "The fund . . . will not be held back by '
        'another round of appeals," Judge Lund said.'
    )
    assert _inline(text) == (text, [])


def test_a_caption_cut_from_a_paragraph_leaves_the_closing_marks_of_the_story() -> None:
    text = (
        "“We will rebuild the pier.” The mayor of Valby spoke after the storm. "
        "Storm damage at the Valby pier . Ana Berg said the work would take a year."
    )
    kept, cut = _inline(text)
    assert kept.startswith("“We will rebuild the pier.” The mayor")
    assert cut == [("caption", "Storm damage at the Valby pier")]


def test_wire_double_marks_read_as_curly_ones() -> None:
    article = from_text(
        "Pier to reopen\n\n``We will rebuild the pier,'' said Ana Berg. She called it ``ours.''"
    )
    assert article.paragraphs == (
        "“We will rebuild the pier,” said Ana Berg. She called it “ours.”",
    )


def test_a_wire_quote_closed_in_a_later_paragraph_reads_curly_too() -> None:
    article = from_text(
        "Pier to reopen\n\n``We will rebuild the pier.\n\nIt is ours,'' said Ana Berg.\n\n"
        "Work starts in May."
    )
    assert article.paragraphs[1] == "It is ours,” said Ana Berg."


@pytest.mark.parametrize("marks", ["“”", '""', "‘’"])
def test_no_caption_is_cut_from_inside_a_quotation(marks: str) -> None:
    opening, closing = marks
    text = (
        f"Ann Berg said: {opening}We were both on stage playing Harbour Lights Now, and we "
        f"loved it.{closing} The crowd in Valby cheered for an hour."
    )
    assert _inline(text) == (text, [])


@pytest.mark.parametrize(
    "lede",
    [
        "Jo Park -- the mayor of Valby -- quit on Monday.",
        "Valby — a town of ferries — voted on Monday.",
        "The ferry sank near Valby on Monday.",
    ],
)
def test_a_name_before_a_dash_with_no_region_is_no_dateline(lede: str) -> None:
    """A title-case name is a dateline only with its region after a comma ("Austin, Texas
    -- "); alone before a dash it is the sentence's subject."""
    paragraphs, cut, _ = strip_leading([lede])
    assert (paragraphs, cut) == ([lede], [])


def test_a_clause_bringing_in_the_next_paragraph_is_no_caption() -> None:
    # An initial's full stop splits the sentence; the colon after the name still ends it.
    paragraph = "Norbank denied the claim, to which the harbour chief J. Ana Berg replied:"
    assert _inline(paragraph) == (paragraph, [])


def test_a_contributor_credit_with_the_town_is_cut_whole() -> None:
    text, cut = _inline("Sales rose. Ana B. Berg in Valby contributed to this article.")
    assert (text, cut) == (
        "Sales rose.",
        [("credit", "Ana B. Berg in Valby contributed to this article.")],
    )


def test_a_wire_editors_sign_off_is_cut_and_the_last_sentence_stays() -> None:
    text, cut = _inline("The ferry to Valby runs again. Jo Park thanked the crew. (jp/ab-kl)")
    assert text == "The ferry to Valby runs again. Jo Park thanked the crew."
    assert cut == [("credit", "(jp/ab-kl)")]
