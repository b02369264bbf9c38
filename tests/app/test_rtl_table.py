"""The app's reports table shows Arabic right to left. The table is a canvas grid (Streamlit's data frame), so there
is no element to read a `dir` from: the test records what the grid draws on its canvas (each text, its direction
and its alignment) and where, as a person would see an Arabic name set against the right edge of its cell."""

from __future__ import annotations

import pytest

from tests.app.browser_kit import _grid, _idle, _report, _shot, _upload, _wait_for_markers

pytestmark = pytest.mark.browser

# Every text a canvas draws: its direction and alignment, its anchor x and its width (CSS pixels of the canvas).
RECORD_CANVAS_TEXT = """
window.__smDrawn = [];
const fillText = CanvasRenderingContext2D.prototype.fillText;
CanvasRenderingContext2D.prototype.fillText = function (text, x, y, ...rest) {
    const scale = this.getTransform().a || 1;
    window.__smDrawn.push({text: String(text), direction: this.direction, align: this.textAlign,
                           x: this.getTransform().e / scale + x, width: this.measureText(text).width});
    return fillText.call(this, text, x, y, ...rest);
};
"""
ARABIC_PLACE = "الحديدة"  # Hodeidah
ARABIC_CLAIMANT = "وزارة الدفاع"  # the defence ministry


def _drawn(page, text: str) -> dict:
    """The last time the page drew `text`, once it has."""
    page.wait_for_function("t => window.__smDrawn.some(d => d.text === t)", arg=text)
    return page.evaluate("t => window.__smDrawn.filter(d => d.text === t).pop()", text)


def test_an_arabic_table_cell_reads_right_to_left(server, page, tmp_path):
    url, _ = server
    page.context.add_init_script(RECORD_CANVAS_TEXT)
    reports = [
        _report(ARABIC_PLACE, 14.80, 42.95, claimant=ARABIC_CLAIMANT, claimant_country="YE"),
        _report("Ganja", 40.68, 46.36, claimant="Ministry of Defence", claimant_country="AZ"),
    ]
    _upload(page, url, tmp_path / "arabic.geojson", reports)
    assert _wait_for_markers(page) >= 1
    _idle(page)
    _grid(page)  # scrolled into view, as a person scrolls to the table

    arabic, latin = _drawn(page, ARABIC_PLACE), _drawn(page, "Ganja")
    assert arabic["direction"] == "rtl" and arabic["align"] == "right"
    assert latin["direction"] != "rtl" and latin["align"] in ("left", "start")
    # one column: the Arabic name is set against the cell's right edge, beyond where the Latin one ends
    assert arabic["x"] > latin["x"] + latin["width"]
    claimant = _drawn(page, ARABIC_CLAIMANT)
    assert claimant["direction"] == "rtl" and claimant["align"] == "right"
    _shot(page, "rtl-table")
