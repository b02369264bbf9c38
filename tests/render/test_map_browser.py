"""The saved map in headless Chromium with the network blocked: it renders, reacts, and never runs article text.

Set STRIKEMAP_SCREENSHOTS=/some/dir to keep a screenshot of each check there.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import replace
from pathlib import Path

import pytest

from geo.frame import frame_to_reports, read_geojson, reports_to_frame
from geo.io.writers import write_html
from geo.render.maps import embed_snippet

pytestmark = pytest.mark.browser

SEED = Path(__file__).parents[1] / "data" / "seed_reports.geojson"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
]
# every request to the internet (a URL glob such as `http*://**` matches nothing in Playwright: use a pattern)
ONLINE = re.compile(r"^https?://(?!localhost[:/])")
XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>{{ 7*7 }}'


@pytest.fixture(scope="module")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path, args=ARGS)
        yield browser
        browser.close()


# for anything: a map page of a few MB parsed, with the other tests on two cores (the inline embed, then loaded
# lazily, twice drew nothing in CI within this bound)
WAIT_MS = 120_000


class Page:
    """A page that refuses every http(s) request and records what was asked for and what went wrong."""

    def __init__(self, browser) -> None:
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.errors: list[str] = []
        self.online_requests: list[tuple[str, str]] = []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        # errors inside frames (a sandboxed embed's scripts) reach the page only as console messages
        self.frame_errors: list[str] = []
        self.page.on("console", lambda m: self.frame_errors.append(m.text) if m.type == "error" else None)
        self.page.route(ONLINE, self._block)

    def _block(self, route) -> None:
        self.online_requests.append((route.request.resource_type, route.request.url))
        route.abort()

    def open(self, path: Path, frame_selector: str | None = None):
        self.page.goto(path.as_uri())
        scope = self.page.frame_locator(frame_selector) if frame_selector else self.page
        scope.locator(".sm-marker, .marker-cluster").first.wait_for(timeout=WAIT_MS)
        return scope

    def broken_images(self) -> int:
        return self.page.evaluate("Array.from(document.images).filter(i => i.complete && i.naturalWidth === 0).length")

    def shot(self, name: str) -> None:
        folder = os.environ.get("STRIKEMAP_SCREENSHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(Path(folder) / f"{name}.png"))


@pytest.fixture
def page(browser):
    page = Page(browser)
    yield page
    page.page.close()


@pytest.fixture
def seed_html(tmp_path) -> Path:
    out = tmp_path / "seed.html"
    write_html(read_geojson(SEED), out)
    return out


def test_offline_map_shows_markers_legend_outlines_and_controls(page, seed_html):
    page.open(seed_html)
    p = page.page
    assert p.locator(".sm-marker").count() + p.locator(".marker-cluster").count() >= 3
    legend = p.locator(".sm-legend").inner_text()
    for text in ("Armenia", "Azerbaijan", "Media / witness", "missile attack", "Natural Earth"):
        assert text in legend
    assert "Azerbaijan (3)" in p.locator(".leaflet-control-layers").inner_text()
    assert "(AZ)" not in legend and "missile_attack" not in legend  # names, not codes
    assert p.locator(".sm-count").inner_text() == "7 strike reports shown of 7"
    assert p.locator(".leaflet-smLand-pane path").count() >= 1  # the country outlines
    assert p.locator(".sm-country-label", has_text="Armenia").count() == 1
    assert page.broken_images() == 0
    assert page.errors == []
    page.shot("offline-seed-map")


def test_a_saved_map_asks_nothing_of_the_internet_until_the_tiles_are_switched_on(page, seed_html):
    page.open(seed_html)
    p = page.page
    p.locator(".folium-map[data-sm-ready]").wait_for(timeout=30_000)
    p.wait_for_function(QUIET_FRAMES, timeout=30_000)
    assert page.online_requests == []  # the offline outlines are the map
    tiles = p.locator(".leaflet-control-layers label", has_text="OpenStreetMap").locator("input")
    assert not tiles.is_checked()
    tiles.check()
    p.locator(".leaflet-tile").first.wait_for(state="attached", timeout=30_000)
    p.wait_for_function(QUIET_FRAMES, timeout=30_000)
    # the switch asked for tiles, refused here (so the page really was offline); nothing else went online
    assert page.online_requests and {kind for kind, _ in page.online_requests} == {"image"}
    assert all("tile.openstreetmap.org" in url for _, url in page.online_requests)
    assert page.errors == []


def test_article_text_is_shown_as_text_and_never_runs(page, tmp_path):
    reports = frame_to_reports(read_geojson(SEED))
    hostile = replace(
        reports[4],
        place="Ganja" + XSS,
        place_name="Ganja" + XSS,
        claimant=XSS,
        attacker=XSS,
        evidence=f"Menurut laporan, Ganja{XSS} ditembaki.",
        publisher=XSS,
        url="javascript:window.__xss=3",
        claimant_country="<b>X</b>",
    )
    out = tmp_path / "hostile.html"
    write_html(reports_to_frame([hostile]), out, highlight=hostile.report_id)
    page.open(out)
    p = page.page
    popup = p.locator(".leaflet-popup-content")
    popup.wait_for(timeout=30_000)
    text = popup.inner_text()
    assert "<script>window.__xss=2</script>{{ 7*7 }}" in text and '<img src=x onerror="window.__xss=1">' in text
    assert p.locator(".leaflet-popup-content mark").first.inner_text() == hostile.place  # highlighted, as text
    assert p.locator("img[src='x']").count() == 0 and p.locator(".leaflet-popup-content a").count() == 0
    assert p.evaluate("window.__xss") is None
    assert "Unknown claimant" in p.locator(".sm-legend").inner_text()
    assert page.errors == []
    page.shot("xss-payload-shown-as-text")


def test_reports_at_one_place_spiderfy_apart(page, seed_html):
    page.open(seed_html)
    p = page.page
    p.evaluate("window[document.querySelector('.folium-map').id].setView([39.8153, 46.7519], 18, {animate: false})")
    cluster = p.locator(".marker-cluster", has_text="3")
    cluster.wait_for(timeout=30_000)
    cluster.click()
    p.wait_for_function(SPREAD, timeout=30_000)  # the spider legs have finished animating
    boxes = [p.locator(".sm-marker").nth(i).bounding_box() for i in range(p.locator(".sm-marker").count())]
    centres = {(round(b["x"]), round(b["y"])) for b in boxes if b}
    assert len(centres) >= 3  # three reports, three places on screen
    p.mouse.move(5, 400)
    page.shot("stepanakert-spiderfied")
    p.locator(".sm-marker").first.click()
    assert "Also reported at this place" in p.locator(".leaflet-popup-content").inner_text()


def _dense_reports():
    """Forty single reports a few hundred metres apart, three claims at one point among them, and one report far
    away, so the first view is regional (a zoom of a few levels from the start) and the dense ones are one cluster."""
    base = next(r for r in frame_to_reports(read_geojson(SEED)) if r.is_drawn_strike)
    grid = [
        replace(
            base,
            report_id=f"r-grid-{i}",
            place=f"Grid {i}",
            place_name=f"Grid {i}",
            lat=39.8 + (i % 7) * 0.003,
            lon=46.7 + (i // 7) * 0.003,
            geo_precision=1,
            uncertainty_km=0.5,
        )
        for i in range(40)
    ]
    shared = [
        replace(
            base,
            report_id=f"r-shared-{k}",
            place=f"Shared {k}",
            place_name=f"Shared {k}",
            lat=39.809,
            lon=46.709,
            claimant=f"Claimant {k}",
            geo_precision=1,
            uncertainty_km=0.5,
        )
        for k in range(3)
    ]
    far = replace(
        base, report_id="r-far", place="Far", place_name="Far", lat=48.0, lon=35.0, geo_precision=1, uncertainty_km=0.5
    )
    return [*grid, *shared, far]


# Three distinct marker positions once a cluster's spider legs have stopped animating.
SPREAD = """() => {
    if (document.querySelector('.leaflet-cluster-anim')) { return false; }
    const spots = new Set(Array.from(document.querySelectorAll('.sm-marker')).map(e => {
        const b = e.getBoundingClientRect(); return Math.round(b.x) + ',' + Math.round(b.y);
    }));
    return spots.size >= 3;
}"""
# Ten drawn frames in a row with the map and its clusters at rest: what settles a map that has nothing left to do.
QUIET_FRAMES = """() => new Promise(done => {
    const map = Object.values(window).find(v => v instanceof L.Map);
    const cluster = Object.values(window).find(v => v instanceof L.MarkerClusterGroup);
    let quiet = 0;
    const tick = () => {
        quiet = (map._animatingZoom || cluster._inZoomAnimation) ? 0 : quiet + 1;
        if (quiet >= 10) { done(true); } else { requestAnimationFrame(tick); }
    };
    requestAnimationFrame(tick);
})"""
SETTLED = """() => {
    const map = Object.values(window).find(v => v instanceof L.Map);
    const cluster = Object.values(window).find(v => v instanceof L.MarkerClusterGroup);
    return !map._animatingZoom && !cluster._inZoomAnimation;
}"""


@pytest.mark.parametrize("target", ["r-grid-17", "r-shared-1"], ids=["in-a-dense-cluster", "sharing-a-point"])
def test_the_highlighted_report_is_shown_enlarged_and_open_once_the_map_settles(page, tmp_path, target):
    reports = _dense_reports()
    out = tmp_path / "dense.html"
    write_html(reports_to_frame(reports), out, highlight=target)
    page.open(out)
    p = page.page
    p.locator(".folium-map[data-sm-ready]").wait_for(timeout=30_000)
    p.wait_for_function(SETTLED, timeout=30_000)
    place = next(r.place for r in reports if r.report_id == target)

    def shown_enlarged_and_open() -> None:
        marker = p.locator(".sm-marker.sm-highlight")
        assert marker.count() == 1  # out of its cluster: a clustered marker has no element
        assert marker.is_visible() and marker.evaluate("e => getComputedStyle(e).opacity") == "1"
        box, frame = marker.bounding_box(), p.locator(".folium-map").bounding_box()
        assert frame["x"] <= box["x"] <= frame["x"] + frame["width"] - box["width"]
        assert frame["y"] <= box["y"] <= frame["y"] + frame["height"] - box["height"]
        assert box["width"] >= 24  # enlarged (plain markers are 18 px)
        popup = p.locator(".leaflet-popup-content")
        assert popup.count() == 1 and popup.is_visible()
        assert popup.locator(".sm-title").inner_text() == place  # the selected report's popup, not a twin's

    shown_enlarged_and_open()
    zooms = p.evaluate(
        "() => { const m = Object.values(window).find(v => v instanceof L.Map); return [m.getZoom(), m.getMaxZoom()]; }"
    )
    assert zooms[0] < zooms[1]  # the neighbourhood stays in view: not the last zoom level because reports share a point
    p.wait_for_function(QUIET_FRAMES, timeout=30_000)  # a late re-clustering (the bug) would have closed it by now
    shown_enlarged_and_open()
    assert page.errors == []
    page.shot(f"highlight-{target}")


def test_a_saved_map_opens_with_no_report_highlighted(page, tmp_path):
    out = tmp_path / "dense-plain.html"
    reports = _dense_reports()
    write_html(reports_to_frame(reports), out)
    page.open(out)
    p = page.page
    p.locator(".folium-map[data-sm-ready]").wait_for(timeout=30_000)  # where a highlighted map has its popup open
    p.wait_for_function(QUIET_FRAMES, timeout=30_000)
    assert p.locator(".sm-highlight").count() == 0 and p.locator(".leaflet-popup").count() == 0
    assert p.locator(".sm-count").inner_text() == f"{len(reports)} strike reports shown of {len(reports)}"


def test_side_layers_and_time_slider_filter_the_markers(page, seed_html):
    page.open(seed_html)
    p = page.page
    count = p.locator(".sm-count")
    p.locator(".leaflet-control-layers label", has_text="Armenia (2)").locator("input").uncheck()
    assert count.inner_text() == "5 strike reports shown of 7"
    p.locator(".leaflet-control-layers label", has_text="Armenia (2)").locator("input").check()
    slider = p.locator(".sm-time input[type=range]")
    slider.evaluate("s => { s.value = 0; s.dispatchEvent(new Event('input')); }")
    assert count.inner_text() == "1 strike report shown of 7, up to 2020-10-02"
    slider.evaluate("s => { s.value = 1; s.dispatchEvent(new Event('input')); }")
    assert count.inner_text() == "7 strike reports shown of 7, up to 2020-10-04"
    p.locator(".sm-time label", has_text="that day only").locator("input").check()
    assert count.inner_text() == "6 strike reports shown of 7, on 2020-10-04"
    page.shot("time-slider-on-2020-10-04")
    p.locator(".sm-time label", has_text="that day only").locator("input").uncheck()
    p.locator(".sm-time button").click()  # play: day one, then each day, then all dates again
    p.wait_for_function("document.querySelector('.sm-count').textContent.endsWith('up to 2020-10-02')", timeout=30_000)
    p.wait_for_function("document.querySelector('.sm-time button').textContent.includes('play')", timeout=30_000)
    assert count.inner_text() == "7 strike reports shown of 7"


def test_no_marker_starts_under_the_bottom_panels_of_a_small_map(page, seed_html):
    page.page.set_viewport_size({"width": 800, "height": 420})  # an embed in a report page
    page.open(seed_html)
    overlaps = page.page.evaluate(
        """() => {
            const panels = Array.from(document.querySelectorAll('.sm-panel')).map(e => e.getBoundingClientRect());
            const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            return Array.from(document.querySelectorAll('.sm-marker, .marker-cluster'))
                .filter(m => panels.some(p => hit(m.getBoundingClientRect(), p))).length;
        }"""
    )
    assert overlaps == 0


def test_small_countries_are_named_only_once_there_is_room(page, tmp_path):
    out = tmp_path / "wide.html"
    reports = frame_to_reports(read_geojson(SEED))
    far_apart = [replace(reports[0], lat=49.99, lon=36.23), replace(reports[1], lat=13.63, lon=25.35)]  # Kharkiv, Sudan
    write_html(reports_to_frame(far_apart), out)
    page.open(out)
    p = page.page
    names = set(p.locator(".sm-country-label").all_inner_texts())
    assert {"Ukraine", "Sudan"} <= names and "Moldova" not in names  # a continent's view: no overprinting
    p.evaluate("() => { const m = Object.values(window).find(v => v instanceof L.Map); m.setView([47, 29], 7); }")
    labels = "Array.from(document.querySelectorAll('.sm-country-label'))"
    p.wait_for_function(f"{labels}.some(e => e.textContent === 'Moldova')")
    page.shot("labels-after-zoom-in")


def test_a_single_day_is_named_once(page, tmp_path):
    out = tmp_path / "one-day.html"
    one_day = [replace(r, event_date="2020-10-04") for r in frame_to_reports(read_geojson(SEED))]
    write_html(reports_to_frame(one_day), out)
    page.open(out)
    assert page.page.locator(".sm-time > div").inner_text() == "all dates (2020-10-04)"


def test_threats_denials_interceptions_and_heat_are_optional_layers(page, tmp_path):
    out = tmp_path / "other.html"
    write_html(read_geojson(SEED), out, show_other=True, tiles=False, heat=True)
    page.open(out)
    p = page.page
    assert "(+ 2 threats, denials, interceptions)" in p.locator(".sm-count").inner_text()
    p.locator(".leaflet-control-layers label", has_text="Threats, denials").locator("input").uncheck()
    assert p.locator(".sm-count").inner_text() == "7 strike reports shown of 7"
    assert p.locator("canvas.leaflet-heatmap-layer").count() == 0
    p.locator(".leaflet-control-layers label", has_text="Heat").locator("input").check()
    assert p.locator("canvas.leaflet-heatmap-layer").count() == 1  # leaflet-heat, inlined from folium's wheel
    assert page.online_requests == []  # no tiles asked for: nothing online at all
    assert page.errors == []
    page.shot("offline-no-tiles-other-claims-hidden")


def test_an_embed_hidden_at_load_fits_its_points_once_shown(page, tmp_path):
    """An embed in a tab or a folded section has no size when its script runs; shown later, its points are in view."""
    host = tmp_path / "tabs.html"
    host.write_text(
        '<!DOCTYPE html><html><body><button id="show">Map</button><div id="tab" style="display: none">'
        f"{embed_snippet(read_geojson(SEED), height_px=500)}</div><script>document.getElementById('show')"
        ".onclick = () => { document.getElementById('tab').style.display = 'block'; };</script></body></html>",
        encoding="utf-8",
    )
    page.page.goto(host.as_uri())
    # the embed's frame, once its element is on the page: listing the page's frames right after load may come before
    # the frame is attached
    frame = page.page.wait_for_selector("iframe", state="attached", timeout=WAIT_MS).content_frame()
    frame.wait_for_selector("[data-sm-ready]", state="attached", timeout=WAIT_MS)  # clustered while hidden
    page.page.click("#show")
    frame.locator(".sm-marker, .marker-cluster").first.wait_for(timeout=WAIT_MS)
    points = [[p.y, p.x] for p in read_geojson(SEED).geometry]
    in_view = frame.evaluate(
        "(pts) => { const m = window[Object.keys(window).find(k => k.startsWith('map_'))];"
        " return pts.every(p => m.getBounds().contains(p)); }",
        points,
    )
    assert in_view, "the embed shown after load does not show all its points"
    assert page.errors == [] and page.frame_errors == []


def test_a_map_laid_out_after_its_script_ran_draws_its_points_in_view(page, seed_html, tmp_path):
    """A map whose box is laid out only after its script ran (a busy browser, a frame not yet laid out) gets its
    size with no window resize; its points must still be drawn and in view."""
    late = tmp_path / "late.html"
    hold = '<style id="hold">.folium-map { display: none !important; }</style>'
    late.write_text(seed_html.read_text(encoding="utf-8").replace("<head>", "<head>" + hold, 1), encoding="utf-8")
    page.page.goto(late.as_uri())
    page.page.wait_for_selector("[data-sm-ready]", state="attached", timeout=WAIT_MS)
    page.page.evaluate("document.getElementById('hold').remove()")
    page.page.locator(".sm-marker, .marker-cluster").first.wait_for(timeout=WAIT_MS)
    points = [[p.y, p.x] for p in read_geojson(SEED).geometry]
    in_view = page.page.evaluate(
        "(pts) => { const m = window[Object.keys(window).find(k => k.startsWith('map_'))];"
        " return pts.every(p => m.getBounds().contains(p)); }",
        points,
    )
    assert in_view, "the map laid out late does not show all its points"
    assert page.errors == []


def test_map_works_in_an_iframe_and_as_an_inline_snippet(page, seed_html, tmp_path):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    host = tmp_path / "host.html"
    host.write_text(
        f'<!DOCTYPE html><html><body><h1 id="host">Report</h1><iframe id="file" src="{seed_html.name}" '
        'style="width:800px;height:500px"></iframe>'
        f"{embed_snippet(read_geojson(SEED), height_px=500)}</body></html>",
        encoding="utf-8",
    )
    page.open(host, "#file")
    page.page.locator("iframe[title='strike map']").scroll_into_view_if_needed()
    inline = page.page.frame_locator("iframe[title='strike map']")
    try:
        inline.locator(".sm-marker, .marker-cluster").first.wait_for(timeout=WAIT_MS)
    except PlaywrightTimeout as exc:
        raise AssertionError(f"the inline embed drew no marker; its console errors: {page.frame_errors}") from exc
    assert inline.locator(".sm-count").inner_text() == "7 strike reports shown of 7"
    assert inline.locator(".sm-time button").inner_text() == "▶ play"  # host declares no charset: still not mojibake
    assert page.page.locator("#host").inner_text() == "Report"
    assert page.errors == []
    page.shot("embedded-iframe-and-inline")


STREAMLIT_SCRIPT = """
import streamlit as st
from streamlit_folium import st_folium

from geo.frame import read_geojson
from geo.render.maps import build_map

st_folium(build_map(read_geojson({seed!r})), height=560, use_container_width=True, returned_objects=[])
"""


@pytest.fixture
def streamlit_map(tmp_path):
    """A one-line Streamlit page showing the map with st_folium, as the app does."""
    script = tmp_path / "map_page.py"
    script.write_text(STREAMLIT_SCRIPT.format(seed=str(SEED)), encoding="utf-8")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(repo), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    command = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true"]
    proc = subprocess.Popen(
        [*command, "--server.port", str(port)], cwd=repo, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                time.sleep(0.3)
        yield f"http://localhost:{port}/"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_map_renders_offline_inside_st_folium(page, streamlit_map):
    p = page.page
    refused = []
    p.route(ONLINE, lambda route: (refused.append(route.request.resource_type), route.abort()))
    p.goto(streamlit_map)
    p.locator('iframe[title="streamlit_folium.st_folium"]').wait_for(state="attached", timeout=WAIT_MS)
    frame = p.frame_locator('iframe[title="streamlit_folium.st_folium"]')
    frame.locator(".sm-marker, .marker-cluster").first.wait_for(timeout=30_000)
    assert frame.locator(".sm-count").inner_text() == "7 strike reports shown of 7"
    assert "Armenia" in frame.locator(".sm-legend").inner_text()
    assert frame.locator(".leaflet-smLand-pane path").count() >= 1
    assert set(refused) <= {"image"}  # only tiles were asked of the internet
    page.shot("st-folium-offline")


# Every border segment the page draws that runs along a given line of longitude or latitude.
ALONG_CUT = """([west, south, east, north]) => {
    const map = Object.values(window).find(v => v instanceof L.Map);
    const near = (a, b) => Math.abs(a - b) < 1e-6;
    const found = [];
    map.eachLayer(layer => {
        const o = layer.options;  // a line in a colour of its own: a border (land is stroked in its fill colour)
        const drawn = o.stroke !== false && (o.fill === false || o.color !== o.fillColor);
        if (!(layer instanceof L.Polyline) || o.pane !== "smLand" || !drawn) { return; }
        const walk = points => {
            if (points.length && Array.isArray(points[0])) { points.forEach(walk); return; }
            for (let i = 1; i < points.length; i++) {
                const a = points[i - 1], b = points[i];
                if ((near(a.lng, b.lng) && [west, east, -180, 180].some(x => near(a.lng, x))) ||
                    (near(a.lat, b.lat) && [south, north, -90, 90].some(y => near(a.lat, y)))) { found.push([a, b]); }
            }
        };
        walk(layer.getLatLngs());
    });
    return found.length;
}"""


def test_no_straight_line_is_drawn_where_the_outlines_were_cut(page, seed_html):
    from geo.render import basemap
    from geo.render.maps import _bounds

    reports = [r for r in frame_to_reports(read_geojson(SEED)) if r.is_drawn_strike]
    cut = basemap.outlines(_bounds(reports)).cut
    page.open(seed_html)
    p = page.page
    assert p.locator(".leaflet-smLand-pane path").count() >= 2  # land, and its borders
    assert p.evaluate(ALONG_CUT, list(cut)) == 0
    p.evaluate(
        "() => { const m = Object.values(window).find(v => v instanceof L.Map); m.setZoom(4, {animate: false}); }"
    )
    page.shot("no-cut-lines-zoomed-out")


def test_on_a_phone_the_layer_list_folds_and_popups_open_clear_of_it(page, seed_html):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.page.set_viewport_size({"width": 390, "height": 700})
    page.open(seed_html)
    p = page.page
    control = p.locator(".leaflet-control-layers")
    assert "leaflet-control-layers-expanded" not in (control.get_attribute("class") or "")
    assert control.bounding_box()["width"] < 60  # a button, not a list over the map
    assert p.locator(".sm-legend").get_attribute("open") is None  # the legend folded too
    control.hover()
    p.locator(".leaflet-control-layers-expanded").wait_for(timeout=30_000)  # the list is one touch away
    p.mouse.move(200, 650)
    p.locator(".leaflet-control-layers-expanded").wait_for(state="detached", timeout=30_000)
    p.evaluate(
        "() => { const m = Object.values(window).find(v => v instanceof L.Map);"
        " m.setView([40.6828, 46.3606], 9, {animate: false}); }"
    )
    p.wait_for_function(QUIET_FRAMES, timeout=30_000)  # the clusters have re-formed: a marker stays where it is
    marker = p.locator(".sm-marker").first
    marker.wait_for(timeout=30_000)
    popup = p.locator(".leaflet-popup")
    for _ in range(3):  # a tap while a cluster still settles opens nothing: a person taps again
        marker.click()
        try:
            popup.wait_for(timeout=10_000)
            break
        except PlaywrightTimeout:
            p.wait_for_function(QUIET_FRAMES, timeout=30_000)
    popup.wait_for(timeout=30_000)
    # the popup pans into view below the layer button (autoPan), as a person sees it settle
    p.wait_for_function(
        """() => {
            const popup = document.querySelector('.leaflet-popup').getBoundingClientRect();
            return popup.top >= document.querySelector('.leaflet-control-layers').getBoundingClientRect().bottom;
        }""",
        timeout=30_000,
    )
    p.wait_for_function(QUIET_FRAMES, timeout=30_000)
    assert popup.bounding_box()["y"] >= control.bounding_box()["y"] + control.bounding_box()["height"]
    page.shot("phone-popup-clear-of-layer-list")
