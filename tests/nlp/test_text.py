"""Sentences, tokens, tags and entities from our shipped models, with offsets."""

from __future__ import annotations

from briefing.nlp import analyse, find_entities, sentences, tag, tokens
from briefing.nlp.entities import trimmed

STORY = (
    "Gen. Maria Lopez met U.S. and U.N. officials in Lisbon on Sept. 17. She left early.\n\n"
    "\u201cWe will not wait,\u201d said Dr. Ahmed Karimi of the World Health Organization."
)


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    assert _texts(STORY)[0] == "Gen. Maria Lopez met U.S. and U.N. officials in Lisbon on Sept. 17."


def test_sentences_never_cross_a_blank_line() -> None:
    assert _texts("A short line without a stop\n\nNext paragraph.") == [
        "A short line without a stop",
        "Next paragraph.",
    ]


def test_initials_stay_in_one_sentence() -> None:
    assert len(_texts("Mr. J. R. R. Tolkien spoke at 5 p.m. on Monday. Then he left.")) == 2


def test_token_offsets_point_into_the_sentence() -> None:
    sentence = "\u201cIt\u2019s acute,\u201d Peskov told RIA Novosti."
    for start, end in tokens(sentence):
        assert sentence[start:end].strip() == sentence[start:end] != ""
    assert [sentence[s:e] for s, e in tokens(sentence)][:3] == ["\u201c", "It", "\u2019s"]


def test_tags_are_penn_treebank() -> None:
    assert tag(["The", "minister", "said", "it", "."]) == ["DT", "NN", "VBD", "PRP", "."]


def test_entities_signature_and_labels() -> None:
    words = [
        "President",
        "Vladimir",
        "Putin",
        "met",
        "officials",
        "of",
        "the",
        "World",
        "Bank",
        "in",
        "Moscow",
        ".",
    ]
    found = {(" ".join(words[s:e]), label) for s, e, label in find_entities(words)}
    assert ("Vladimir Putin", "PERSON") in found
    assert ("World Bank", "ORGANIZATION") in found
    assert ("Moscow", "LOCATION") in found


def test_analyse_keeps_offsets_and_paragraphs() -> None:
    doc = analyse(STORY)
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1]
    for s in doc.sentences:
        assert STORY[s.start : s.end] == s.text
        for t in s.tokens:
            assert STORY[t.start : t.end] == t.text
    for e in doc.entities:
        assert STORY[e.start : e.end] == e.text
    assert any(e.text == "Ahmed Karimi" and e.label == "PERSON" for e in doc.entities)


def test_empty_text_gives_an_empty_doc() -> None:
    assert analyse("").sentences == ()


def test_seed_article_people_and_places(seed_article_path) -> None:  # type: ignore[no-untyped-def]
    from briefing.sources import load

    doc = analyse(load(seed_article_path).text)
    found = {(e.text, e.label) for e in doc.entities}
    for person in ("Erdogan", "Putin", "Peskov"):
        assert any(person in text and label == "PERSON" for text, label in found)
    for place in ("Idlib", "Sochi", "Ankara", "Damascus"):
        assert (place, "LOCATION") in found


def test_entity_spans_never_begin_or_end_with_a_dash_comma_or_quote() -> None:
    words = ["led", "by", "Ann", "Lowe", "-", "were", '"', "Tom", ","]
    assert trimmed(words, 2, 5) == (2, 4)
    assert trimmed(words, 6, 9) == (7, 8)
    assert trimmed(words, 4, 5) == (5, 5)


def test_a_bar_printed_for_a_dash_ends_no_name() -> None:
    assert trimmed(["host", "Jo", "Park", "\u2015", "and"], 1, 4) == (1, 3)


def test_text_without_full_stops_is_cut_into_sentences_of_bounded_length() -> None:
    from briefing.nlp.text import MAX_SENTENCE_CHARS

    text = "the harbour talks went on " * 2000  # 52,000 characters, no full stop
    spans = sentences(text)
    assert max(end - start for start, end in spans) <= MAX_SENTENCE_CHARS
    assert " ".join(text[s:e] for s, e in spans).split() == text.split()


def test_find_entities_and_the_entities_module_are_two_names() -> None:
    """A function and a submodule never share a name: loading the tagger imports the
    `entities` module, which must not shadow the function callers use."""
    import briefing.nlp
    import briefing.nlp.entities

    assert find_entities(["Ana", "Berg", "visited", "Oslo", "."])
    assert briefing.nlp.find_entities is find_entities
    assert hasattr(briefing.nlp.entities, "EntityTagger")  # the module, not a function
    assert not callable(briefing.nlp.entities)


def test_the_dash_of_wire_copy_is_not_part_of_a_name() -> None:
    from briefing.nlp.entities import trimmed

    words = ["_", "the", "Valby", "Harbour", "Board", "_"]
    assert trimmed(words, 0, 6) == (1, 5)


def test_a_headline_name_loses_a_common_word_the_article_never_names_it_with() -> None:
    from briefing.nlp.text import _headline_name

    words = ["Jo", "Park", "Goes", "After", "Norbank"]
    assert _headline_name("Jo Park said so.", words, 0, 3) == (0, 2)
    assert _headline_name("Jo Park Goes wrote it.", words, 0, 3) == (0, 3)  # named so
    assert _headline_name("Goes said so.", words, 0, 3) == (0, 3)  # never "Jo Park"
    scorecard = ["J.", "Such", "8-3"]
    assert _headline_name("J. bowled.", scorecard, 0, 2) == (0, 2)  # an initial alone


def test_stripped_ampersand_between_names_holds_a_firm_together() -> None:
    """A copy printing "&" as "amp" still names the whole firm, its text left as printed."""
    doc = analyse("Shares of Brannock amp Velt rose sharply on Tuesday in Quenlow.")
    names = [e.text for e in doc.entities]
    assert "Brannock amp Velt" in names
    assert doc.sentences[0].tokens[3].text == "&"
    assert doc.text[doc.sentences[0].tokens[3].start : doc.sentences[0].tokens[3].end] == "amp"


def test_lower_case_amp_between_common_words_is_left_alone() -> None:
    """Only a word between two capitalised words is read as the character."""
    doc = analyse("The engineers said the amp was far too loud for the small hall.")
    assert all(t.text != "&" for t in doc.sentences[0].tokens)


def test_a_name_stops_before_a_bracket_it_opens_and_never_closes() -> None:
    from briefing.nlp.text import _before_unclosed_bracket

    words = ["the", "Harbour", "Emergency", "Committee", "(", "HEC", ")", ","]
    assert _before_unclosed_bracket(words, 1, 6) == 4  # "Harbour Emergency Committee"
    assert _before_unclosed_bracket(words, 1, 7) == 7  # the bracket closed: kept whole
    assert _before_unclosed_bracket(words, 4, 6) == 6  # nothing before the bracket: kept
    other = ["VALBY", "LOAN", "CORP.", "(", "Tarsk", "Mae", ")"]
    assert _before_unclosed_bracket(other, 0, 5) == 5  # no acronym in the bracket: not cut


def test_a_body_with_its_acronym_in_brackets_gives_one_row() -> None:
    from briefing.facts.actors import extract_actors

    text = (
        "The money raised at the fair went to the Harbour Emergency Committee (HEC), which "
        "is leading the relief effort along the coast of Tarsk."
    )
    names = [a.name for a in extract_actors(analyse(text)) if a.type == "organization"]
    assert names == ["Harbour Emergency Committee"]


def test_guillemets_are_tagged_as_quote_marks_and_left_out_of_names() -> None:
    text = "«It costs the islands dearly,» Nordlink chief executive Lars Holm told the paper."
    words = [text[a:b] for a, b in tokens(text)]
    tags = tag(words)
    assert tags[words.index("«")] == tags[words.index("»")] == "''"
    names = [" ".join(words[a:b]) for a, b, _ in find_entities(words)]
    assert all("»" not in n and "«" not in n for n in names)
