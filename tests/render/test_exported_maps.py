"""Exported maps as a reader gets them: no straight artefact lines from where the outlines were cut, and a print
PNG whose every label stays inside the frame and whose legend reads cleanly."""

from __future__ import annotations

import io
import itertools
from dataclasses import replace
from pathlib import Path

import pytest
import shapely

from geo.frame import frame_to_reports, read_geojson, reports_to_frame
from geo.render import basemap
from geo.render.static_map import render_png, static_map_figure

SEED = Path(__file__).parents[1] / "data" / "seed_reports.geojson"


def _segments(lines: shapely.Geometry):
    for line in shapely.get_parts(lines):
        coords = list(line.coords)
        yield from itertools.pairwise(coords)


def test_borders_leave_out_the_edges_the_outlines_were_cut_along():
    found = basemap.outlines((46.3, 39.8, 49.8, 40.8))
    west, south, east, north = found.cut
    for geometry in (found.world, found.detail):
        along_cut = [
            (a, b)
            for a, b in _segments(basemap.border_lines(geometry, found.cut))
            if (a[0] == b[0] and a[0] in (west, east, -180.0, 180.0))
            or (a[1] == b[1] and a[1] in (south, north, -90.0, 90.0))
        ]
        assert along_cut == []
    # ...while the cut pieces, filled, still cover the land: Ganja, inside the box, and Paris, outside it
    assert found.detail.contains(shapely.Point(46.36, 40.68)) and found.world.contains(shapely.Point(2.35, 48.85))
    detail_borders = basemap.border_lines(found.detail, found.cut)
    assert detail_borders.length > 10  # the real borders and coasts are all there (Azerbaijan's alone is ~30 degrees)
    assert basemap.is_cut_edge((west, 40.0), (west, 41.0), found.cut)
    assert not basemap.is_cut_edge((west, 40.0), (west + 0.1, 41.0), found.cut)


def _report_at(base, rid: str, lat: float, lon: float, name: str):
    return replace(base, report_id=rid, lat=lat, lon=lon, place=name, place_name=name, geo_precision=1,
                   uncertainty_km=5.0)  # fmt: skip


EDGE_CASES = {
    # long names on the points nearest the right and top edges of the frame
    "right-and-top": [("r1", 40.68, 46.36, "Ganja"), ("r2", 40.41, 49.87, "Baku International Sea Trade Port"),
                      ("r3", 41.20, 47.17, "Shaki and the villages around it in the north")],
    "one-point": [("r1", 40.41, 49.87, "Baku International Sea Trade Port Ferry Terminal")],
    "tall": [("r1", 50.0, 36.2, "Kharkiv"), ("r2", 13.6, 25.3, "El Fasher North Darfur state capital")],
}  # fmt: skip


@pytest.mark.parametrize("case", list(EDGE_CASES))
def test_every_label_of_the_print_map_stays_inside_the_frame(case):
    base = next(r for r in frame_to_reports(read_geojson(SEED)) if r.is_drawn_strike)
    frame = reports_to_frame([_report_at(base, *row) for row in EDGE_CASES[case]])
    fig = static_map_figure(frame)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    inside = ax.get_window_extent(renderer)
    labels = [t for t in ax.texts if hasattr(t, "xyann")]  # place names (country names are clipped to the frame)
    assert len(labels) == len(EDGE_CASES[case])
    for label in labels:
        box = label.get_window_extent(renderer)
        assert inside.x0 <= box.x0 and box.x1 <= inside.x1 and inside.y0 <= box.y0 and box.y1 <= inside.y1, (
            label.get_text()
        )
    page = fig.bbox
    for text in fig.texts:  # the title and the source line
        box = text.get_window_extent(renderer)
        assert page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 and box.y1 <= page.y1, text.get_text()


def test_the_legend_header_does_not_overlap_its_entries():
    fig = static_map_figure(read_geojson(SEED))
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    legend = fig.axes[0].get_legend()
    title = legend.get_title().get_window_extent(renderer)
    entries = [t.get_window_extent(renderer) for t in legend.get_texts()]
    handles = [h.get_window_extent(renderer) for h in legend.legend_handles]
    assert "Armenia" in [t.get_text() for t in legend.get_texts()]  # names, not `Armenia (AM)`
    assert all(not title.overlaps(box) for box in entries + handles)
    assert all(not a.overlaps(b) for a, b in itertools.pairwise(entries))
    assert legend.get_window_extent(renderer).y0 >= fig.axes[0].get_window_extent(renderer).y0  # inside the frame


def test_render_png_writes_the_figure():
    out = io.BytesIO()
    render_png(read_geojson(SEED), out)
    assert out.getvalue().startswith(b"\x89PNG")
