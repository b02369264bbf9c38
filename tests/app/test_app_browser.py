"""End to end in headless Chromium with no network: the app really draws markers, keeps reviews across a reload,
downloads valid GeoJSON, and never runs script from article text. Screenshots go to $STRIKEMAP_SCREENS if set.

Every wait is for something a person would wait for: an element, a URL, or the end of the app run an action
started (the app's own `data-test-script-state`), never a fixed time. The timeouts are generous, as a busy machine
or a server still warming up makes them slow, not wrong.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import geopandas as gpd
import pytest

from geo.frame import parse_geojson
from geo.samples import load_samples
from tests.app.browser_kit import (
    HOSTILE,
    MAP_FRAME,
    MARKERS,
    REPORT_MARKER,
    _choose,
    _idle,
    _map_settled,
    _report,
    _run,
    _shot,
    _tick,
    _upload,
    _wait_for_markers,
)

pytestmark = pytest.mark.browser


def test_sample_to_verified_report_to_geojson_download(server, page, tmp_path):
    url, _ = server
    page.goto(url)
    page.get_by_text("No reports yet").wait_for()

    page.get_by_label("Article text").fill(load_samples()[0].text)  # pasted, as a user brings an article
    page.get_by_role("button", name="Extract reports").click()
    assert _wait_for_markers(page) > 0
    _idle(page)
    frame = page.frame_locator(MAP_FRAME)
    broken = frame.locator("img").evaluate_all("imgs => imgs.filter(i => i.complete && i.naturalWidth === 0).length")
    assert broken == 0
    _shot(page, "02-sample-on-map")

    # Clicking a marker selects its report (dispatched, so a panel lying over the marker cannot take the click).
    frame.locator(REPORT_MARKER).first.dispatch_event("click")
    page.get_by_role("button", name="Verify", exact=True).wait_for()
    _idle(page)
    assert "sel=" in page.url
    selected_by_marker = page.url
    _shot(page, "03-marker-selected")

    chosen = page.get_by_role("combobox", name="Selected report").input_value()
    row = 2 if re.search(r"\b1\. ", chosen) else 1  # a row other than the marker's report ("N. place · ...")
    _tick(page, row)
    page.wait_for_url(lambda address: "sel=" in address and address != selected_by_marker)  # another report
    page.get_by_text("Evidence:").first.wait_for()
    _idle(page)
    _shot(page, "03b-row-selected")

    page.get_by_role("button", name="Verify", exact=True).click()
    page.get_by_text("Review saved.").wait_for()
    _idle(page)

    page.reload()  # a new session: the selection comes back from the URL, the review from the store
    _wait_for_markers(page)
    page.get_by_text("status verified").wait_for()
    assert page.get_by_role("button", name="Verify", exact=True).is_disabled()
    _shot(page, "04-verified-after-reload")

    with page.expect_download() as download:
        page.get_by_role("button", name="GeoJSON").click()
    frame_back = parse_geojson(Path(download.value.path()).read_bytes(), source="download")
    assert "verified" in set(frame_back["status"])
    assert json.loads(Path(download.value.path()).read_text()).get("crs") is None
    with page.expect_download() as download:
        page.get_by_role("button", name="GeoPackage").click()
    assert download.value.suggested_filename == "strikemap.gpkg"
    download.value.save_as(tmp_path / "strikemap.gpkg")
    assert len(gpd.read_file(tmp_path / "strikemap.gpkg")) == len(frame_back)


def test_the_empty_map_waits_on_the_first_page_and_stays_put_when_messages_go(server, page):
    url, _ = server
    page.goto(url)
    page.get_by_text("No reports yet").wait_for()
    # Drawn once the warm-up has loaded the map modules, by a rerun nobody asked for: an empty world, no reports.
    page.frame_locator(MAP_FRAME).locator(".leaflet-container").wait_for()
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    _idle(page)
    assert page.frame_locator(MAP_FRAME).locator(MARKERS).count() == 0
    _shot(page, "01-empty-store")

    page.get_by_label("Article text").fill("Rockets hit Ganja on Sunday, the Azerbaijani defence ministry said.")
    page.get_by_role("button", name="Extract reports").click()
    assert _wait_for_markers(page) == 1
    page.get_by_text("1 new").wait_for()
    page.locator(MAP_FRAME).evaluate("frame => { frame.contentWindow.kept = true; }")

    # Any later run drops the message; the map below it keeps its place, so Streamlit keeps its iframe.
    _idle(page)
    page.get_by_text("Add articles").click()
    _choose(page, "Language", "en")
    page.get_by_text("1 new").wait_for(state="detached")
    _idle(page)
    assert page.locator(MAP_FRAME).evaluate("frame => frame.contentWindow.kept") is True


def test_hostile_text_stays_text_and_url_filters_reopen_the_view(server, page, tmp_path):
    url, _ = server
    reports = [
        _report(HOSTILE, 40.68, 46.36, claimant=HOSTILE, evidence=HOSTILE, claimant_country="AZ"),
        _report("Stepanakert", 39.82, 46.75, claimant="Armenia", claimant_country="AM"),
        _report("Stepanakert", 39.82, 46.75, claimant="Artsakh", claimant_country="AM", report_id="r-second-claim"),
    ]
    _upload(page, url, tmp_path / "hostile.geojson", reports)
    assert _wait_for_markers(page) >= 2
    _idle(page)
    page.goto(f"{url}/?sel={reports[0].report_id}")  # the selected report's popup opens, hostile text and all
    page.frame_locator(MAP_FRAME).locator(".leaflet-popup-content").wait_for()
    page.get_by_role("button", name="Verify", exact=True).wait_for()
    _idle(page)
    _shot(page, "05-hostile-text-inert")
    assert page.evaluate("window.pwned") is None
    assert page.frame_locator(MAP_FRAME).locator("img[src='x']").count() == 0
    assert page.locator("img[src='x']").count() == 0

    page.goto(f"{url}/?side=Armenia")
    _wait_for_markers(page)
    _idle(page)
    page.get_by_text("2 of 3").wait_for()
    with page.expect_download() as download:  # what is exported is what is shown
        page.get_by_role("button", name="CSV", exact=True).click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert sorted(r["claimant"] for r in rows) == ["Armenia", "Artsakh"]
    # Two claims at one place share a cluster; under the pinned Streamlit a click still spiderfies it
    # (streamlit-folium #222), so both markers can be reached.
    frame = page.frame_locator(MAP_FRAME)
    assert frame.locator(REPORT_MARKER).count() == 0
    with _run(page):  # the click is reported to the app, which runs once
        frame.locator(".marker-cluster").first.click()
    frame.locator(REPORT_MARKER).nth(1).wait_for()
    assert frame.locator(REPORT_MARKER).count() == 2  # still open: the cluster click selected nothing, redrew nothing
    assert "sel=" not in page.url
    _shot(page, "06-filtered-by-url-spiderfied")
    frame.locator(REPORT_MARKER).nth(1).click()  # one claim of the two: it becomes the selection
    page.wait_for_url("**sel=*")
    first = page.url.rsplit("sel=", 1)[1]
    assert first in {reports[1].report_id, reports[2].report_id}
    _idle(page)
    for expected in ({reports[1].report_id, reports[2].report_id} - {first}).pop(), first:  # then the other, and back
        frame.locator(f"{REPORT_MARKER}:not(.sm-highlight)").first.dispatch_event("click")
        page.wait_for_url(f"**sel={expected}")
        _idle(page)


def _selected_marker_stays_open(page, report_id: str) -> None:
    """The report's marker is out of its cluster, enlarged, with its popup open, and still so once the map settles."""
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".leaflet-popup .sm-meta", has_text=report_id).wait_for()
    _idle(page)
    _map_settled(page)  # a late re-clustering once folded the marker back within a second
    assert frame.locator(f"{REPORT_MARKER}.sm-highlight").is_visible()
    assert report_id in frame.locator(".leaflet-popup .sm-meta").inner_text()


def test_a_row_click_or_a_link_opens_its_marker_out_of_a_dense_cluster(server, page, tmp_path):
    url, _ = server
    dense = [_report(f"Grid {i}", 39.8 + (i % 7) * 0.003, 46.7 + (i // 7) * 0.003) for i in range(40)]
    dense.append(_report("Far", 48.0, 35.0))  # a regional first view, in which the forty are one cluster
    _upload(page, url, tmp_path / "dense.geojson", dense)
    _wait_for_markers(page)
    _idle(page)
    _tick(page, 5)
    page.wait_for_url("**sel=*")
    _idle(page)
    _selected_marker_stays_open(page, page.url.rsplit("sel=", 1)[1])
    _shot(page, "07-row-click-opens-a-clustered-marker")

    page.goto(f"{url}/?sel={dense[20].report_id}")
    _selected_marker_stays_open(page, dense[20].report_id)


def test_gazetteer_page_shows_ranked_candidates_on_an_offline_map(server, page):
    url, _ = server
    page.goto(f"{url}/?page=Gazetteer&q=Armenia")  # a link from before the pages had paths opens the page's own
    page.wait_for_url("**/gazetteer?q=Armenia")
    page.wait_for_selector(MAP_FRAME, state="attached")
    points = page.frame_locator(MAP_FRAME).locator("path.leaflet-interactive")
    points.first.wait_for(state="attached")
    assert points.count() >= 2
    _idle(page)
    _shot(page, "09-gazetteer-page")

    page.locator('[data-testid="stSidebarNav"]').get_by_text("Reports").click()
    page.get_by_text("No reports yet").wait_for()
    page.goto(f"{url}/gazetteer?q=Ganja&cc=AZ")  # the page's own link, its lookup in the URL
    page.frame_locator(MAP_FRAME).locator("path.leaflet-interactive").first.wait_for(state="attached")
    assert page.get_by_label("Country (ISO code)").input_value() == "AZ"
