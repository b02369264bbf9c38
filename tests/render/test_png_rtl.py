"""The print PNG's labels in Arabic script: matplotlib draws characters one by one, left to right, so a label is
handed to it with its letters joined and in visual order; Latin labels are drawn as they are."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from geo.frame import frame_to_reports, read_geojson, reports_to_frame
from geo.render.static_map import display_text, render_png, static_map_figure

SEED = Path(__file__).parents[1] / "data" / "seed_reports.geojson"
# `دمشق` (Damascus) as it must be drawn: final qaf, medial sheen, initial meem, isolated dal, from left to right
DAMASCUS_DRAWN = "\ufed6\ufeb8\ufee3\ufea9"
# `خان يونس` (Khan Younis): the second word drawn first (leftmost), each word's letters joined and reversed
KHAN_YOUNIS_DRAWN = "\ufeb2\ufee7\ufeee\ufef3 \ufee5\ufe8e\ufea7"


def _labels(rows: list[tuple[str, float, float, str, int]]) -> list[str]:
    """The place labels the print map draws for reports (id, lat, lon, name as written, geo precision)."""
    base = next(r for r in frame_to_reports(read_geojson(SEED)) if r.is_drawn_strike)
    reports = [
        replace(base, report_id=rid, lat=lat, lon=lon, place=name, place_name=name, geo_precision=precision)
        for rid, lat, lon, name, precision in rows
    ]
    fig = static_map_figure(reports_to_frame(reports))
    return [t.get_text() for t in fig.axes[0].texts if hasattr(t, "xyann")]


def test_arabic_labels_are_joined_and_read_from_the_right():
    labels = _labels(
        [("a", 33.51, 36.29, "دمشق", 1), ("b", 31.34, 34.31, "خان يونس", 1), ("c", 50.0, 36.23, "Kharkiv", 1)]
    )
    assert DAMASCUS_DRAWN in labels and KHAN_YOUNIS_DRAWN in labels
    assert "دمشق" not in labels and "خان يونس" not in labels  # never the letters as stored
    assert "Kharkiv" in labels  # Latin text unchanged


def test_mixed_and_latin_text():
    assert display_text("Kharkiv (Харків)") == "Kharkiv (Харків)"
    assert display_text("Damascus (دمشق)") == f"Damascus ({DAMASCUS_DRAWN})"  # left to right, the name reversed
    assert display_text("دمشق (1)") == f"(1) {DAMASCUS_DRAWN}"  # right to left: brackets still face the number
    assert display_text("دمشق\nخان يونس") == f"{DAMASCUS_DRAWN}\n{KHAN_YOUNIS_DRAWN}"  # lines keep their order


def test_a_png_with_arabic_labels_is_written():
    base = next(r for r in frame_to_reports(read_geojson(SEED)) if r.is_drawn_strike)
    out = io.BytesIO()
    render_png(reports_to_frame([replace(base, lat=33.51, lon=36.29, place="دمشق", place_name="دمشق")]), out)
    assert out.getvalue().startswith(b"\x89PNG")
