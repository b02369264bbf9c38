"""Issue 16 in the app, in headless Chromium: a contested event's claims side by side (escaped), its reports on the
map, and a split and a merge made by hand, kept in the store with the reviewer's name."""

from __future__ import annotations

import pytest

from geo.store import STORE_FILE, SQLiteStore
from tests.app.browser_kit import (
    HOSTILE,
    MAP_FRAME,
    MARKERS,
    _drawn,
    _grid,
    _idle,
    _report,
    _tick,
    _upload,
    _wait_for_markers,
)

pytestmark = pytest.mark.browser

# One strike on Ganja told by two sides in two articles (a claim and a denial: contested), one on Barda.
CLAIM = _report(
    "Ganja",
    40.68,
    46.36,
    document="baku-wire.txt",
    publisher="Baku Wire",
    claimant=f"Azerbaijan's ministry {HOSTILE}",
    claimant_country="AZ",
    attacker_country="AM",
    evidence=f"Armenian forces shelled Ganja overnight. {HOSTILE}",
)
DENIAL = _report(
    "Ganja",
    40.681,
    46.361,
    report_id="r-ganja-denial",
    document="yerevan-wire.txt",
    publisher="Yerevan Wire",
    claimant="Armenia's ministry",
    claimant_country="AM",
    claim_type="denial",
    evidence="Armenia denied shelling Ganja.",
)
OTHER = _report("Barda", 40.37, 47.13, document="baku-wire.txt", publisher="Baku Wire", claimant_country="AZ")


def test_a_contested_event_shows_both_sides_claims_escaped_and_can_be_split_and_merged(server, page, tmp_path):
    url, data = server
    _upload(page, url, tmp_path / "two-wires.geojson", [CLAIM, DENIAL, OTHER])
    _wait_for_markers(page)
    page.goto(f"{url}/?by=Bob")
    page.get_by_role("tab", name="Events (2)").click()
    _grid(page, "who blames whom").locator("tr").nth(2).wait_for(state="attached")
    _idle(page)
    rows = _grid(page, "who blames whom").locator("tr").all_text_contents()
    contested = next(i for i, text in enumerate(rows) if "contested" in text)  # the header is row 0
    _tick(page, contested, "who blames whom")
    page.wait_for_url("**ev=*")
    azerbaijan, armenia = page.locator(".st-key-claims-AZ"), page.locator(".st-key-claims-AM")  # a column per side
    azerbaijan.get_by_text("Armenian forces shelled Ganja overnight").wait_for()
    _idle(page)
    assert "Azerbaijan" in azerbaijan.inner_text() and "blames Armenia" in azerbaijan.inner_text()
    assert "Armenia denied shelling Ganja" in armenia.inner_text() and "denial" in armenia.inner_text()
    assert HOSTILE in azerbaijan.inner_text()  # shown as text
    assert page.locator("img[src='x']").count() == 0 and page.evaluate("window.pwned") is None
    side_by_side = azerbaijan.bounding_box(), armenia.bounding_box()
    assert abs(side_by_side[0]["y"] - side_by_side[1]["y"]) < 5  # in one row of columns
    page.get_by_text("2 of 3").wait_for()  # the view is the event's two reports, the denial included
    frame = page.frame_locator(MAP_FRAME)
    popup = frame.locator(".sm-event-leaflet-popup")  # the map opens the event's popup: its claims side by side
    popup.get_by_text("Armenia denied shelling Ganja").wait_for()
    _idle(page)
    assert "Armenian forces shelled Ganja overnight" in popup.inner_text() and HOSTILE in popup.inner_text()
    assert frame.locator("img[src='x']").count() == 0
    frame.get_by_text("Reports: every claim on its own").click()  # its reports, one tick away
    frame.locator(MARKERS).first.wait_for(state="attached")
    assert _drawn(page) == 2  # both (one place: a cluster that opens to both)

    page.get_by_label("Split reports off into an event of their own").click()
    page.get_by_role("option", name="Armenia's ministry · yerevan-wire.txt").click()
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Split them off").click()
    page.get_by_text("Event split.").wait_for()
    _idle(page)
    store = SQLiteStore(data / STORE_FILE)
    assert len(store.events()) == 3
    assert store.audit()[-1].user == "Bob"

    page.get_by_label("Merge with another event (nearest first)").click()
    page.get_by_role("option").filter(has_text="Ganja").first.click()  # the denial, back with its claim
    page.get_by_role("button", name="Merge into this event").click()
    page.get_by_text("Events merged.").wait_for()
    _idle(page)
    assert len(store.events()) == 2
    assert any({CLAIM.report_id, DENIAL.report_id} <= set(e.properties["report_ids"]) for e in store.events())
    assert [a.user for a in store.audit()[-1:]] == ["Bob"]
