"""The world map both the window and the PDF draw: outline, zoom, projection, labels."""

from __future__ import annotations

import math

from briefing import world_map
from briefing.facts import gazetteer
from briefing.model import Place
from briefing.world_map import Box, Marker, frame_for, markers, place_labels, rings_in, view_box


def _marker(name: str, lon: float, lat: float, mentions: int = 1) -> Marker:
    return Marker(name, lon, lat, mentions, ())


def test_only_places_with_coordinates_become_markers() -> None:
    places = (Place("Valby", "city", None, 55.0, 12.0, 0), Place("Norland", "country"))
    assert [m.name for m in markers(places)] == ["Valby"]
    assert markers(places)[0].mentions == 1  # a place is drawn even when counted nowhere


def test_the_view_is_zoomed_to_the_places_at_the_frames_aspect() -> None:
    box = view_box([_marker("Valby", 10.0, 55.0), _marker("Oulu", 25.0, 65.0)], 1.5)
    assert box.west < 10 < 25 < box.east and box.south < 55 < 65 < box.north
    assert box.width < 60
    # on the ground: a degree of longitude at 60°N is half a degree of latitude, so the box
    # spans twice the degrees across that a flat 1.5 would give (Finland not drawn too wide)
    middle = math.radians(box.south + box.height / 2)
    assert abs(box.width * math.cos(middle) / box.height - 1.5) < 1e-9


def test_without_places_the_view_is_the_world() -> None:
    assert view_box([], 2.0) == world_map.WORLD


def test_the_frame_puts_the_boxs_corners_at_its_corners() -> None:
    frame = world_map.Frame(Box(0, 40, 20, 10), 200, 100)
    assert frame.project(0, 50) == (0, 0)
    assert frame.project(20, 40) == (200, 100)


def test_a_zoomed_view_draws_only_the_outlines_that_reach_into_it() -> None:
    everything = rings_in(world_map.WORLD)
    nordic = rings_in(Box(5, 50, 30, 20))
    assert len(everything) > 100
    assert 0 < len(nordic) < len(everything) / 3


def test_markers_grow_with_mentions() -> None:
    assert world_map.radius(9) > world_map.radius(1)


def test_labels_never_cover_each_other_or_leave_the_frame() -> None:
    crowd = [_marker(f"Town {n}", 20 + 0.3 * n, 60 + 0.2 * n, n % 3 + 1) for n in range(12)]
    frame = frame_for(crowd, 300, 200)
    labels = place_labels(frame, crowd, lambda text: 6.0 * len(text), 10)
    assert labels  # some fit
    boxes = [_label_box(label) for label in labels]
    for n, a in enumerate(boxes):
        assert a[0] >= 0 and a[2] <= 300 and a[1] >= 0 and a[3] <= 200
        for b in boxes[n + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


def test_the_most_mentioned_place_is_labelled_first() -> None:
    crowd = [_marker("Small", 20.0, 60.0, 1), _marker("Big", 20.05, 60.0, 9)]
    labels = place_labels(frame_for(crowd, 120, 80), crowd, lambda t: 40.0, 10)
    assert labels[0].marker.name == "Big"


def _country(name: str, mentions: int) -> Place:
    """A country row as the places extractor writes it: no coordinates, its own country."""
    return Place(name, "country", name, None, None, mentions)


def test_the_outline_ships_with_the_app_keyed_by_country() -> None:
    rings = world_map.coastlines()
    assert len(rings) > 100
    assert all(country for country, _ in rings)
    assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for _, r in rings for lon, lat in r)


def test_outline_lines_are_read_in_tenths_of_a_degree_with_or_without_a_country() -> None:
    ring = ((1.0, 2.0), (-1.5, -2.5))
    assert world_map.parse("# header\n10 20 -15 -25\n") == (("", ring),)
    assert world_map.parse("Norland\t10 20 -15 -25\n") == (("Norland", ring),)


def test_every_country_the_gazetteer_names_has_a_shape_or_a_point() -> None:
    # the outline's keys are the gazetteer's spellings, not Natural Earth's
    # ("United States of America", "Côte d'Ivoire", "Dem. Rep. Congo")
    countries = set(gazetteer._places().by_country)
    assert world_map.outlined() <= countries
    for name in ("United States", "United Kingdom", "Ivory Coast", "The Netherlands", "Czechia"):
        assert name in world_map.outlined()
    for name in ("Democratic Republic of the Congo", "Republic of the Congo", "Kosovo"):
        assert name in world_map.outlined()
    # every name the alias table resolves to, and every country that has a city, is drawn
    table = world_map.points_table()
    drawn = world_map.outlined() | {name for kind, name in table if kind == "country"}
    assert set(gazetteer.COUNTRY_ALIASES.values()) <= drawn
    cities = {p.country for p in gazetteer._places().table(gazetteer.CITY).values()}
    assert {c for c in countries if c in cities} <= drawn
    assert {("region", state) for state in gazetteer._places().by_state} <= set(table)


def test_every_country_the_places_extractor_finds_is_filled() -> None:
    found = [gazetteer.candidates(n)[0] for n in ("Cambodia", "U.S.", "Britain", "Laos")]
    places = [Place(k.name, k.type, k.country, k.latitude, k.longitude, 1) for k in found]
    assert [s.country for s in world_map.shades(places)] == [
        "Cambodia",
        "United States",
        "United Kingdom",
        "Laos",
    ]


def test_named_countries_are_filled_more_strongly_the_more_they_are_mentioned() -> None:
    shades = world_map.shades([_country("Laos", 1), _country("Cambodia", 4)])
    assert [s.country for s in shades] == ["Cambodia", "Laos"]
    assert shades[0].strength == 1.0 > shades[1].strength > 0.3
    assert world_map.markers([_country("Laos", 1)]) == []  # a fill, not a marker


def test_the_fill_mixes_the_shade_into_the_land() -> None:
    assert world_map.shade_colour(0.0) == world_map.LAND
    assert world_map.shade_colour(1.0) == world_map.SHADE
    assert world_map.shade_colour(1.0, dark=True) == world_map.DARK_SHADE


def test_a_nation_with_coordinates_of_its_own_is_a_marker_not_the_uks_fill() -> None:
    scotland = Place("Scotland", "country", "United Kingdom", 56.5, -4.2, 2)
    assert world_map.shades([scotland]) == []
    assert [m.name for m in world_map.markers([scotland])] == ["Scotland"]


def test_a_us_state_is_a_ring_marker_at_a_point_inside_it() -> None:
    (texas,) = world_map.markers([Place("Texas", "region", "United States", None, None, 2)])
    assert texas.region and texas.mentions == 2
    assert 26 < texas.latitude < 36 and -106 < texas.longitude < -94


def test_georgia_the_state_is_a_marker_and_georgia_the_country_a_fill() -> None:
    state = Place("Georgia", "region", "United States", None, None, 1)
    country = _country("Georgia", 1)
    (marker,) = world_map.markers([state, country])
    assert marker.region and marker.longitude < -80  # in the United States
    assert [s.country for s in world_map.shades([state, country])] == ["Georgia"]


def test_a_country_too_small_to_outline_is_a_marker_at_its_capital() -> None:
    (malta,) = world_map.markers([_country("Malta", 1)])
    assert not malta.region
    assert abs(malta.latitude - 35.9) < 0.5 and abs(malta.longitude - 14.5) < 0.5


def test_the_view_is_zoomed_to_the_named_countries_without_a_marker() -> None:
    shades = world_map.shades([_country("Austria", 2), _country("Switzerland", 1)])
    box = view_box([], 1.5, shades)
    assert box.west < 6 and box.east > 17  # Geneva's corner to Vienna's
    assert box.south < 45.8 and box.north > 49
    assert box.width < 40  # Europe, not the world


def test_the_view_shows_a_countrys_mainland_not_its_far_territories() -> None:
    box = view_box([], 1.5, world_map.shades([_country("France", 1)]))
    assert box.west > -20 and box.east < 30  # not out to French Guiana


def test_a_country_named_far_less_than_the_others_does_not_widen_the_view() -> None:
    mekong = [_country("Cambodia", 4), _country("Laos", 3), _country("China", 1)]
    box = view_box([], 1.5, world_map.shades(mekong))
    assert box.north < 40 and box.west > 80  # China is filled where the view reaches it


def test_a_click_finds_the_filled_country_under_it() -> None:
    shades = world_map.shades([_country("Austria", 2), _country("Italy", 1)])
    frame = frame_for([], 400, 300, shades)
    assert (hit := world_map.country_at(frame, *frame.project(14.5, 47.3), shades))
    assert hit.country == "Austria"
    assert world_map.country_at(frame, *frame.project(10.0, 51.0), shades) is None  # Germany


def test_country_names_sit_inside_and_never_cover_a_marker_or_its_label() -> None:
    points = [_marker("Vienna", 16.37, 48.21, 2), _marker("Verona", 10.99, 45.44, 2)]
    shades = world_map.shades([_country("Austria", 3), _country("Italy", 2)])
    frame = frame_for(points, 400, 300, shades)
    labels = place_labels(frame, points, lambda text: 6.0 * len(text), 10, countries=shades)
    assert {(label.marker.name, label.country) for label in labels} == {
        ("Vienna", False),
        ("Verona", False),
        ("Austria", True),
        ("Italy", True),
    }
    boxes = [_label_box(label) for label in labels]
    for m in points:  # the markers
        x, y = frame.project(m.longitude, m.latitude)
        r = world_map.radius(m.mentions)
        boxes.append((x - r, y - r, x + r, y + r))
    for n, a in enumerate(boxes):
        for b in boxes[n + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
    italy = next(label for label in labels if label.marker.name == "Italy")
    lon = frame.box.west + italy.x / frame.width * frame.box.width
    lat = frame.box.north - italy.y / frame.height * frame.box.height
    assert 8 < lon < 16 and 38 < lat < 46  # on Italy


def _label_box(label: world_map.Label) -> tuple[float, float, float, float]:
    width = 6.0 * len(label.marker.name)
    x0 = {"start": label.x, "end": label.x - width, "middle": label.x - width / 2}[label.anchor]
    return (x0, label.y - 7.5, x0 + width, label.y + 2.5)


def test_a_country_name_wider_than_the_country_is_left_out() -> None:
    shades = world_map.shades([_country("Belgium", 1), _country("Russia", 1)])
    frame = frame_for([], 300, 150, shades)  # Belgium is a few pixels wide
    labels = place_labels(frame, [], lambda text: 6.0 * len(text), 10, countries=shades)
    assert [label.marker.name for label in labels] == ["Russia"]
