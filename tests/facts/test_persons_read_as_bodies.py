"""A person's name or given name tagged once as a body, beside the person's own row."""

from __future__ import annotations

from briefing.facts.actors import _persons_read_as_bodies, _Row, extract_actors
from briefing.model import Evidence
from tests.facts.test_state_and_town_services import _organisations, _tagged


def test_a_body_named_as_a_persons_given_name_is_that_person() -> None:
    text = (
        "The fans cheered when the club's star Zorvan Dask walked out on Friday. "
        "The coach said that Zorvan will always be the leader of this team."
    )
    doc = _tagged(text, ("PERSON", "Zorvan Dask"), ("ORGANIZATION", "Zorvan"))
    actors = extract_actors(doc)
    assert [(a.type, a.name) for a in actors] == [("person", "Zorvan Dask")]
    assert len(actors[0].evidence) == 2


def test_a_listed_body_keeps_its_row_beside_a_namesake() -> None:
    text = (
        "Facebook Marlo opened a bakery in the old town on Friday. "
        "Facebook said on Monday that its profits rose in the spring."
    )
    doc = _tagged(text, ("PERSON", "Facebook Marlo"), ("ORGANIZATION", "Facebook"))
    assert "Facebook" in _organisations(doc)


def _row(name: str, kind: str, mentions: int) -> _Row:
    return _Row(name, kind, evidence=[Evidence(0, k, k + 1) for k in range(mentions)])


def test_a_one_word_twin_named_about_as_often_as_a_body_keeps_its_row() -> None:
    # "the Norpost" a paper the tagger read 6 times as a person and 5 times as a body
    people, orgs = [_row("Norpost", "person", 6)], {"norpost": _row("Norpost", "organization", 5)}
    _persons_read_as_bodies(people, orgs)
    assert list(orgs) == ["norpost"]


def test_a_one_word_twin_named_twice_as_often_as_a_person_joins_the_person() -> None:
    people, orgs = [_row("Dask", "person", 4)], {"dask": _row("Dask", "organization", 2)}
    people[0].sex = "m"  # "Mr. Dask"
    _persons_read_as_bodies(people, orgs)
    assert not orgs and len(people[0].evidence) == 6


def test_a_body_named_as_often_as_a_persons_given_name_keeps_its_row() -> None:
    # "Norvel" the firm, beside a row "Norvel Cables" the tagger read as a person
    people = [_row("Norvel Cables", "person", 10)]
    orgs = {"norvel": _row("Norvel", "organization", 9)}
    _persons_read_as_bodies(people, orgs)
    assert list(orgs) == ["norvel"]


def test_a_one_word_twin_with_no_sign_of_a_person_keeps_its_row() -> None:
    # "Norbisco", a firm the tagger read twice as a person and once as a body
    people = [_row("Norbisco", "person", 2)]
    orgs = {"norbisco": _row("Norbisco", "organization", 1)}
    _persons_read_as_bodies(people, orgs)
    assert list(orgs) == ["norbisco"]
