"""The world map both the window and the PDF draw: outline, zoom, projection, labels."""

from __future__ import annotations

import math

from briefing import world_map
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
    boxes = []
    for label in labels:
        width = 6.0 * len(label.marker.name)
        left = {"start": label.x, "end": label.x - width, "middle": label.x - width / 2}
        x0 = left[label.anchor]
        boxes.append((x0, label.y - 7.5, x0 + width, label.y + 2.5))
    for n, a in enumerate(boxes):
        assert a[0] >= 0 and a[2] <= 300 and a[1] >= 0 and a[3] <= 200
        for b in boxes[n + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


def test_the_most_mentioned_place_is_labelled_first() -> None:
    crowd = [_marker("Small", 20.0, 60.0, 1), _marker("Big", 20.05, 60.0, 9)]
    labels = place_labels(frame_for(crowd, 120, 80), crowd, lambda t: 40.0, 10)
    assert labels[0].marker.name == "Big"
