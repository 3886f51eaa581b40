"""Build resources/map/countries-110m.txt from Natural Earth's 1:110m countries (public domain).

Run once at build time, not by the app:

    pip download geopandas==0.14.4 --no-deps -d /tmp/ne && cd /tmp/ne && unzip -q geopandas-*.whl
    python packaging/world_outline.py \\
        /tmp/ne/geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp

Reads the shapefile's polygons directly (the format is a fixed binary layout), drops points
closer than 0.25 degrees to the last kept one, and writes one ring a line as longitude and
latitude in tenths of a degree.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "map" / "countries-110m.txt"
MIN_STEP = 0.25
HEADER = """\
# Country outlines, Natural Earth 1:110m Admin 0 countries (public domain,
# naturalearthdata.com), as shipped in geopandas 0.14's naturalearth_lowres dataset.
# Built by packaging/world_outline.py: one ring a line, "lon lat" pairs in tenths of a degree.
"""


def rings(shp: bytes) -> list[list[tuple[float, float]]]:
    out = []
    pos = 100  # the file header
    while pos < len(shp):
        _, length = struct.unpack(">ii", shp[pos : pos + 8])
        record = shp[pos + 8 : pos + 8 + 2 * length]
        pos += 8 + 2 * length
        (kind,) = struct.unpack("<i", record[:4])
        if kind != 5:  # Polygon
            continue
        parts_n, points_n = struct.unpack("<ii", record[36:44])
        parts = struct.unpack(f"<{parts_n}i", record[44 : 44 + 4 * parts_n])
        base = 44 + 4 * parts_n
        points = [
            struct.unpack("<2d", record[base + 16 * i : base + 16 * i + 16])
            for i in range(points_n)
        ]
        for n, first in enumerate(parts):
            last = parts[n + 1] if n + 1 < parts_n else points_n
            out.append(points[first:last])
    return out


def simplify(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    kept = [ring[0]]
    for x, y in ring[1:]:
        if abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= MIN_STEP:
            kept.append((x, y))
    if kept[-1] != ring[-1]:
        kept.append(ring[-1])
    return kept


def main() -> None:
    shp = Path(sys.argv[1]).read_bytes()
    lines = []
    for ring in rings(shp):
        ring = simplify(ring)
        if len(ring) >= 4:
            lines.append(" ".join(f"{round(x * 10)} {round(y * 10)}" for x, y in ring))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(lines)} rings, {sum(len(line.split()) // 2 for line in lines)} points")


if __name__ == "__main__":
    main()
