"""How fast the Streamlit app answers a user (run by hand, not in the test suite).

    .venv/bin/python benchmarks/app_bench.py [ARTICLE.txt] [PAUSE_S]   # default: ../shared/corpus/seed/*.txt, 5

Starts `streamlit run app.py` on a fresh data directory (linked to the built gazetteer), then times in headless
Chromium with the network blocked: the first page after the server reports healthy, a second visit, pasting the
article until its markers are drawn (extraction + store + map), the same paste again (cached extraction, a redraw),
opening a filtered link, and a new server on the same store (its first page, then its markers). PAUSE_S is how
long the user looks at the first page before pasting (the app warms its extraction and map machinery in the
background meanwhile; 0 measures a paste racing the warm-up).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"] >> nth=0'
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _idle(page) -> None:
    page.wait_for_timeout(100)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=120_000)


def _paste(page, text: str, outcome: str) -> float:
    """Seconds from clicking Extract to the outcome message and the map's markers, with Streamlit idle."""
    box = page.get_by_label("Article text")
    if not box.is_visible():  # the panel folds once there are reports: unfold it and wait for the box
        page.get_by_text("Add articles").click()
        box.wait_for(state="visible", timeout=30_000)
    box.fill(text)
    start = time.perf_counter()
    page.get_by_role("button", name="Extract reports").click()
    page.get_by_text(re.compile(outcome)).wait_for(timeout=120_000)
    page.frame_locator(MAP_FRAME).locator(".sm-marker, .marker-cluster").first.wait_for(state="attached")
    _idle(page)
    return time.perf_counter() - start


def _serve(data: str) -> tuple[subprocess.Popen, int]:
    """`streamlit run app.py` on `data`, returned once it reports healthy."""
    port = _free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true"]
    command += ["--server.port", str(port), "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    server = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, "STRIKEMAP_DATA": data},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
            return server, port
        except OSError:
            time.sleep(0.05)


def _stop(server: subprocess.Popen) -> None:
    server.terminate()
    server.wait(timeout=10)


def _markers_shown(page, url: str) -> float:
    start = time.perf_counter()
    page.goto(url)
    page.frame_locator(MAP_FRAME).locator(".sm-marker, .marker-cluster").first.wait_for(state="attached")
    _idle(page)
    return time.perf_counter() - start


def main() -> None:
    from playwright.sync_api import sync_playwright

    from gazetteer import Gazetteer

    article = Path(sys.argv[1]) if len(sys.argv) > 1 else next((ROOT.parent / "shared/corpus/seed").glob("*.txt"))
    pause = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    text = article.read_text(encoding="utf-8")
    gazetteer = Gazetteer.open()
    with tempfile.TemporaryDirectory(prefix="strikemap-bench-") as tmp, sync_playwright() as p:
        for item in gazetteer.path.parent.iterdir():
            if not item.name.startswith("events.sqlite"):
                (Path(tmp) / item.name).symlink_to(item)
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1100})
        server, port = _serve(tmp)
        try:
            for visit in ("first page after the server is up", "second visit"):
                start = time.perf_counter()
                page.goto(f"http://localhost:{port}")
                page.get_by_text("No reports yet").wait_for(timeout=60_000)
                shown = time.perf_counter() - start
                _idle(page)
                print(f"{visit}: {shown:.2f} s (idle after {time.perf_counter() - start:.2f} s)")
            page.wait_for_timeout(pause * 1000)
            first = _paste(page, text, r"found, [1-9][0-9]* new")
            print(f"after {pause:g} s on the page, paste {article.name}, extract, store, draw: {first:.2f} s")
            print(f"paste it again (cached extraction, redraw): {_paste(page, text, 'found, 0 new'):.2f} s")
            seconds = _markers_shown(page, f"http://localhost:{port}/?status=unreviewed")
            print(f"open a filtered link with reports on the map: {seconds:.2f} s")
        finally:
            _stop(server)
        server, port = _serve(tmp)  # the next day: a new server on the same store
        try:
            start = time.perf_counter()
            page.goto(f"http://localhost:{port}")
            page.get_by_text("Add articles").wait_for(timeout=60_000)
            shown = time.perf_counter() - start
            page.frame_locator(MAP_FRAME).locator(".sm-marker, .marker-cluster").first.wait_for(state="attached")
            _idle(page)
            print(
                f"first page of a new server on these reports: {shown:.2f} s, "
                f"its markers drawn after {time.perf_counter() - start:.2f} s"
            )
        finally:
            _stop(server)
        browser.close()


if __name__ == "__main__":
    main()
