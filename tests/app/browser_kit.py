"""What the app's browser tests share: the page's landmarks, waits for what a person waits for (an element, a URL,
the end of the app run an action started: the app's own `data-test-script-state`), never a fixed time, and the
ways a person acts (choose from a list, upload a file). Fixtures that start the server and browser: conftest.py."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from geo.frame import reports_to_frame
from geo.model import PROPERTIES, StrikeReport, make_report_id

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"] >> nth=0'  # the report map comes first on the page
MARKERS = ".sm-marker, .marker-cluster"  # report markers and their clusters (an empty map has country labels only)
REPORT_MARKER = ".sm-marker"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
]
HOSTILE = '<img src=x onerror="window.parent.pwned=1;window.pwned=1">'
WAIT_MS = 120_000  # for anything: a cold server's first article, with the warm-up and other tests on two cores
# The run has ended and the page is connected (widgets are disabled while it reconnects to a starved server).
RUN_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"][data-test-connection-state="CONNECTED"]'
# Counts the app runs that have finished since the page loaded, so a test can wait for the run its action started.
COUNT_RUNS = """
window.__smRunsDone = 0;
new MutationObserver(function (records) {
    records.forEach(function (r) {
        if (r.target.getAttribute("data-test-script-state") === "notRunning" && r.oldValue !== "notRunning") {
            window.__smRunsDone += 1;
        }
    });
}).observe(document, {subtree: true, attributes: true, attributeOldValue: true,
                      attributeFilter: ["data-test-script-state"]});
"""
# Resolves once the map is built and has drawn two more frames with no zoom or pan under way. A new map (a new key)
# is a new frame whose scripts load after the app run has ended: streamlit-folium sets `window.map` only once the
# map's own script has run, markers included. A late re-clustering (an animated fit that starts on a later frame)
# would have begun two frames on, and is waited for to its end. The whole wait is bounded: Playwright puts no limit
# on a promise it evaluates, so a map never built, or an animation whose end never comes, is an error after `limit`
# ms, not a wait for ever (one CI run hung there).
MAP_SETTLED = """(body, limit) => new Promise(function (resolve, reject) {
    var timer = setTimeout(function () {
        reject(new Error("the map was not built and at rest within " + limit + " ms"));
    }, limit);
    function built() {
        if (window.map) { settle(); } else { requestAnimationFrame(built); }
    }
    function settle() {
        var map = window.map;
        requestAnimationFrame(function () { requestAnimationFrame(function () {
            // still moving: look again shortly, as a person waits for it to stop, whatever event ends the move
            if (map._animatingZoom || (map._panAnim && map._panAnim._inProgress)) { setTimeout(settle, 50); }
            else { clearTimeout(timer); resolve(true); }
        }); });
    }
    built();
})"""
COUNT_DRAWN = f"""(body, limit) => ({MAP_SETTLED})(body, limit).then(function () {{
    var group = Object.values(window).find(function (v) {{ return v instanceof L.MarkerClusterGroup; }});
    return group ? group.getLayers().length : 0;
}})"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _shot(page, name: str) -> None:
    folder = os.environ.get("STRIKEMAP_SCREENS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def _wait_for_markers(page) -> int:
    """The number of markers on the map, once some are drawn and the app run that drew them has ended."""
    page.wait_for_selector(MAP_FRAME, state="attached")
    markers = page.frame_locator(MAP_FRAME).locator(MARKERS)
    markers.first.wait_for(state="attached")
    _idle(page)
    return markers.count()


def _idle(page) -> None:
    """Wait until the app's current run has ended. Only after the run's outcome, or inside `_run`: right after
    an action, the run it starts may not have begun."""
    page.wait_for_selector(RUN_DONE, state="attached")
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached")


@contextmanager
def _run(page) -> Iterator[None]:
    """Wait for the app run that the block's action starts, to its end (for checks that nothing else happened)."""
    done = page.evaluate("window.__smRunsDone")
    yield
    page.wait_for_function("done => window.__smRunsDone > done", arg=done)
    _idle(page)


def _choose(page, label: str, option: str) -> None:
    """Pick `option` in the select box labelled `label` as a person does: open the list, and if it closed before
    showing the option (a list opened while the panel above it is still unfolding can be closed by the page moving
    under it: a click lost, which no timeout mends), open it again."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = page.locator('[data-testid="stSelectbox"]').filter(has_text=label)
    choice = page.get_by_role("option", name=option, exact=True)
    for _ in range(5):
        box.click()
        try:
            choice.click(timeout=10_000)
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"the {label} list never showed {option!r}")


def _map_settled(page, limit_ms: float = WAIT_MS) -> None:
    _look_at_map(page)
    page.frame_locator(MAP_FRAME).locator("body").evaluate(MAP_SETTLED, limit_ms)


def _look_at_map(page) -> None:
    """Scroll the map into view, as a person does before reading it (the table, scrolled to below the map, or an
    uploader opened above it, can push the map out of the window): the settling test waits for animation frames,
    which Chromium does not give a frame it does not paint."""
    page.locator(MAP_FRAME).first.scroll_into_view_if_needed()


def _report(place: str, lat: float, lon: float, **changes) -> StrikeReport:
    base = {name: None for name in PROPERTIES}
    base.update(report_id=make_report_id("browser", place), place=place, place_name=place, action="shelling")
    base.update(claim_type="claim", event_date="2020-10-04", confidence=0.9, status="unreviewed", evidence=place)
    base.update(changes)
    return StrikeReport(**base, lat=lat, lon=lon)


def _upload(page, url: str, path: Path, reports: list[StrikeReport]) -> None:
    """Open the app and read `reports` from a GeoJSON file, as a user re-opens an earlier export."""
    path.write_bytes(reports_to_frame(reports).to_json(drop_id=True).encode())
    page.goto(url)
    page.wait_for_selector(MAP_FRAME, state="attached")  # the page is whole (a new server draws its map late)
    _idle(page)
    page.get_by_role("tab", name="Upload files").click()
    # As a user sees the upload finish before pressing the button: a press during the upload sends no file.
    with page.expect_response(lambda answer: "/_stcore/upload_file/" in answer.url and answer.ok):
        page.locator('input[type="file"]').set_input_files(str(path))
    _read_the_files(page, path)


def _read_the_files(page, path: Path) -> None:
    """Press "Read the files" once the uploader lists the file, as a user sees it there before pressing: the upload
    starts a run of its own, and a press the page takes while that run redraws the button can be lost. The form
    empties itself when it takes the files; while the file stays listed the press was lost, and, as a person does,
    the button is pressed again."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    chip = page.locator('[data-testid="stFileChipName"]').filter(has_text=path.name)
    chip.wait_for()
    for _ in range(5):
        _idle(page)
        page.get_by_role("button", name="Read the files").click()
        try:
            chip.wait_for(state="detached", timeout=10_000)
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"the uploader never took {path.name}")


@contextmanager
def serve(data: Path, log_path: Path) -> Iterator[str]:
    """`streamlit run app.py` on `data` until the block ends; yields its address once it answers its health check."""
    import subprocess
    import sys
    import time
    import urllib.request

    import pytest

    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true"]
    command += ["--server.port", str(port), "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            command, cwd=ROOT, env={**os.environ, "STRIKEMAP_DATA": str(data)}, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            deadline = time.monotonic() + 60
            while True:  # polls the server, as a person reloads a page that is not there yet
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as answer:
                        if answer.status == 200:
                            break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        pytest.fail(f"streamlit did not start: {log_path.read_text()[-2000:]}")
                    time.sleep(0.3)
            yield f"http://localhost:{port}"  # the browser's resolver rules let only localhost through
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextmanager
def open_browser(chromium_path: str, width: int = 1500, height: int = 1100) -> Iterator:
    """A page in a fresh headless browser of that size (network blocked) that counts the app's runs."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
        context.add_init_script(COUNT_RUNS)
        page = context.new_page()
        page.set_default_timeout(WAIT_MS)
        try:
            yield page
        finally:
            browser.close()


def _grid(page, header: str = "claimant side"):
    """The table with that column (the reports table by default), scrolled into view as a person scrolls to it."""
    grid = page.locator('[data-testid="stDataFrame"]').filter(has_text=header).first
    grid.scroll_into_view_if_needed()
    return grid


def _tick(page, row: int, header: str = "claimant side") -> None:
    """Click the tick box of a table's row (1 = the first, below the 35 px header)."""
    box = _grid(page, header).bounding_box()
    page.mouse.click(box["x"] + 16, box["y"] + 35 * row + 17)


def _drawn(page) -> int:
    """How many report markers the map holds (clustered or not), asked of its marker cluster once the map has
    settled, in one call (the frame can be replaced between two): counting the page's icons counted a cluster
    fading out twice."""
    _look_at_map(page)
    return page.frame_locator(MAP_FRAME).locator("body").evaluate(COUNT_DRAWN, WAIT_MS)
