"""The JSON form of a briefing is fixed: schema, top-level keys, item keys."""

from __future__ import annotations

import json
from datetime import date

from briefing.export.json import to_dict, to_json
from briefing.model import (
    Actor,
    Article,
    Briefing,
    DateMention,
    Doc,
    FactSheet,
    Length,
    Options,
    Place,
    Quote,
    Sentence,
    Summary,
    SummarySentence,
)


def _briefing() -> Briefing:
    article = Article(
        title="A <b>title</b> & more",
        paragraphs=('"Ports matter," Anna Berg said on Monday.',),
        source="story.txt",
        published=date(2021, 3, 1),
    )
    sentence = Sentence(0, 0, len(article.text), article.text, 0)
    facts = FactSheet(
        actors=(Actor("Anna Berg", "person", ("Berg",), ("minister",), None, 2),),
        locations=(Place("Valby", "city", "Norland", 55.1, 12.2, 1),),
        quotes=(Quote("Ports matter,", "Anna Berg", 0, 1, 14, "said"),),
        dates=(DateMention("Monday", "2021-03-01", 0, 35, 41),),
    )
    summary = Summary("auto", Length(), (SummarySentence(0, 0, 41, article.text, 0),))
    return Briefing(article, Doc(article.text, (sentence,)), summary, facts, Options(), {"nlp": 1})


def test_top_level_keys_are_exactly_the_schema() -> None:
    assert list(to_dict(_briefing())) == [
        "schema",
        "article",
        "summary",
        "actors",
        "locations",
        "quotes",
        "dates",
        "timings_ms",
    ]


def test_item_keys_include_the_documented_ones() -> None:
    data = to_dict(_briefing())
    assert {"title", "published", "source", "word_count"} <= data["article"].keys()
    assert {"algorithm", "sentences"} <= data["summary"].keys()
    assert {"text", "index"} <= data["summary"]["sentences"][0].keys()
    assert {"name", "type", "aliases", "roles", "mentions"} <= data["actors"][0].keys()
    assert {"name", "type", "country", "latitude", "longitude", "mentions"} <= data["locations"][
        0
    ].keys()
    assert {"text", "speaker", "sentence"} <= data["quotes"][0].keys()
    assert {"text", "value", "sentence"} <= data["dates"][0].keys()


def test_published_is_iso_date_and_option_overrides_it() -> None:
    b = _briefing()
    assert to_dict(b)["article"]["published"] == "2021-03-01"
    b2 = Briefing(b.article, b.doc, b.summary, b.facts, Options(published=date(2020, 1, 2)))
    assert to_dict(b2)["article"]["published"] == "2020-01-02"


def test_text_is_data_and_round_trips() -> None:
    data = json.loads(to_json(_briefing()))
    assert data["article"]["title"] == "A <b>title</b> & more"
    assert data["quotes"][0]["speaker"] == "Anna Berg"


def test_quote_carries_partial_description_and_how_found() -> None:
    data = to_dict(_briefing())
    assert data["quotes"][0]["partial"] is False
    assert data["quotes"][0]["description"] is None
    assert "how" in data["quotes"][0]


def test_a_state_actor_names_its_place_row() -> None:
    from dataclasses import replace

    from briefing.export.json import to_dict
    from briefing.model import (
        Actor,
        Article,
        Briefing,
        Doc,
        FactSheet,
        Length,
        Options,
        Place,
        Summary,
    )

    article = Article(title="T", paragraphs=("Norway said it would help.",))
    facts = FactSheet(
        actors=(Actor("Norway", "state", mentions=1, place="Norway"),),
        locations=(Place("Norway", "country", "Norway", mentions=1),),
    )
    briefing = Briefing(article, Doc(article.text, ()), Summary("auto", Length()), facts, Options())
    data = to_dict(replace(briefing))
    assert data["schema"] == "briefing/2"
    (actor,) = data["actors"]
    assert actor["type"] == "state" and actor["place"] == data["locations"][0]["name"]


def test_offsets_count_in_the_analysed_text_the_json_carries() -> None:
    from briefing.pipeline import analyze
    from briefing.sources import from_text

    article = from_text(
        "Pier to reopen\n\nVALBY, Norland (AP) _ “We will rebuild the pier,” said Ana Berg, "
        "the mayor of Valby, on Monday."
    )
    data = to_dict(analyze(article))
    text = data["article"]["text"]
    quote = data["quotes"][0]
    assert text[quote["start"] : quote["end"]] == quote["text"] == "We will rebuild the pier"
