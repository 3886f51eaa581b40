"""One reader of a work's title after a work noun, one pass for a sentence's year-less months."""

from __future__ import annotations

from tests.facts.test_business_pages_b3 import _label
from tests.facts.test_dates import _values


def test_called_set_off_by_a_comma_after_a_work_noun_names_no_title() -> None:
    text = "The film, called Harbour Lights by its makers, was shot in Valby."
    assert _label(text, "Harbour Lights", "ORGANIZATION") == "ORGANIZATION"
    text = "The film, titled Harbour Lights, was shot in Valby."
    assert _label(text, "Harbour Lights", "ORGANIZATION") is None


def test_a_document_noun_and_a_naming_verb_give_a_title() -> None:
    text = "Norbank published a new report called Harbour To Ruin."
    assert _label(text, "Harbour To Ruin", "ORGANIZATION") is None


def test_each_year_less_month_takes_the_nearest_year_before_it() -> None:
    text = "Valby sold 4% in May 2030 and 6% in June, then 3% in 2031 and 5% in July."
    values = _values(text, None)
    assert (values["June"], values["July"]) == ("2030-06", "2031-07")
    text = "Norbank opened in March and closed in 2031 by the end of April."
    values = _values(text, None)
    assert (values["March"], values["the end of April"]) == ("XXXX-03", "2031-04")
