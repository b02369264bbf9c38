"""The Corpus page in a real browser: an ingest folder opened from the URL shows its places on the map and its
latest reports, with untrusted text never run as HTML."""

from __future__ import annotations

import json

import pytest

from geo.ingest.browse import read_reports
from geo.ingest.run import IngestOptions, ingest
from geo.store import STORE_FILE
from tests.app.browser_kit import open_browser, serve
from tests.ingest.corpus import ARTICLES

CORPUS_MAP = 'iframe[data-testid="stIFrame"]'  # the page's map, its only frame
HOSTILE = '<img src=x onerror="window.parent.pwned=1;window.pwned=1">'


@pytest.mark.browser
def test_the_corpus_page_opens_an_ingest_folder(gazetteer, chromium_path, tmp_path):
    src = tmp_path / "news.jsonl"
    rows = [{"id": k, "text": v} for k, v in ARTICLES.items()]
    rows.append({"id": HOSTILE, "text": ARTICLES["eilat"].replace("Houthi", "Yemeni"), "title": HOSTILE})
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    folder = tmp_path / "ingested"
    summary = ingest([str(src)], folder, IngestOptions(workers=0))
    data = tmp_path / "data"
    data.mkdir()
    for item in gazetteer.path.parent.iterdir():
        if not item.name.startswith(STORE_FILE):
            (data / item.name).symlink_to(item)
    with serve(data, tmp_path / "streamlit.log") as url, open_browser(chromium_path) as page:
        page.goto(f"{url}/corpus?dir={folder}")
        frame = page.frame_locator(CORPUS_MAP)
        frame.locator(".marker-cluster, path.leaflet-interactive").first.wait_for(state="visible")
        metric = page.locator('[data-testid="stMetric"]').filter(has_text="Reports").first
        assert metric.inner_text().split()[-1] == str(summary.reports)
        page.get_by_text("The latest").first.wait_for()
        assert page.evaluate("window.pwned") is None
        assert frame.locator("img[src=x]").count() == 0
        # the land lies below the overlays (a heat layer drawn under the opaque land showed only over the sea)
        land = frame.locator(".leaflet-land-pane path").first
        land.wait_for(state="attached")
        depth = "pane => Number(getComputedStyle(pane).zIndex)"
        assert land.locator("xpath=ancestor::div[contains(@class, 'leaflet-land-pane')]").evaluate(
            depth
        ) < frame.locator(".leaflet-overlay-pane").evaluate(depth)
        page.screenshot(path=str(tmp_path / "corpus.png"), full_page=True)
        # a filter: the count and the map's places are those of Israel only (read with the filter pushed down)
        page.locator('[data-testid="stMultiSelect"]').filter(has_text="Countries").click()
        page.get_by_role("option", name="IL", exact=True).click()
        israel = read_reports(folder, countries=["IL"])
        assert 0 < len(israel) < summary.reports
        shown = """([label, value]) => Array.from(document.querySelectorAll('[data-testid="stMetric"]')).some(
            m => m.innerText.includes(label) && m.innerText.trim().split(/\\s+/).pop() === value)"""
        page.wait_for_function(shown, arg=["Reports", str(len(israel))])
        page.wait_for_function(shown, arg=["Places", str(israel["place_id"].nunique())])
        frame.locator(".marker-cluster, path.leaflet-interactive").first.wait_for(state="visible")
        assert page.evaluate("window.pwned") is None
