"""How long maps and exports take for many reports (run by hand, not in the test suite).

    .venv/bin/python benchmarks/map_bench.py [N]          # default N = 10000

Builds N synthetic reports around the South Caucasus, then times: building the folium map, saving the
self-contained HTML, opening it in headless Chromium (network blocked) until the markers are drawn, and each export.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo.frame import reports_to_frame
from geo.io.writers import export_frame, write_html
from geo.model import ACLED_TYPES, ACTIONS, PROPERTIES, StrikeReport, make_report_id
from geo.render.maps import build_map

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
]
CLAIMANTS = [("AM", "government"), ("AZ", "military"), ("TR", "official"), ("RU", "official"), (None, "media")]


def synthetic_reports(n: int, seed: int = 7) -> list[StrikeReport]:
    rng = random.Random(seed)
    reports = []
    for i in range(n):
        country, kind = rng.choice(CLAIMANTS)
        action = rng.choice(ACTIONS)
        precision = rng.choice((1, 1, 1, 2, 3))
        values = dict.fromkeys(PROPERTIES)
        values.update(
            report_id=make_report_id("bench", i),
            document=f"bench-{i // 5}.txt",
            url=f"https://example.org/article/{i // 5}",
            publisher="Example News",
            published="2020-10-20",
            language="en",
            place=f"Place {i % 700}",
            place_name=f"Place {i % 700}",
            geo_precision=precision,
            uncertainty_km=(5.0, 25.0, 60.0)[precision - 1],
            action=action,
            event_type=ACLED_TYPES[action][0],
            sub_event_type=ACLED_TYPES[action][1],
            claim_type=rng.choice(("claim", "claim", "accusation", "witness", "denial")),
            claimant=f"Spokesperson {country or 'media'}",
            claimant_kind=kind,
            claimant_country=country,
            event_date=f"2020-10-{rng.randint(1, 19):02d}",
            time_precision=1,
            evidence=f"A spokesperson said Place {i % 700} was hit overnight.",
            char_start=20,
            char_end=29,
            confidence=0.7,
            status="unreviewed",
        )
        reports.append(StrikeReport(**values, lat=rng.uniform(38.5, 41.8), lon=rng.uniform(44.0, 50.0)))
    return reports


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<38} {time.perf_counter() - start:6.2f} s")
    return result


def open_in_chromium(path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.route("http*://**", lambda route: route.abort())
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function(
            "document.querySelector('.sm-count') && /shown/.test(document.querySelector('.sm-count').textContent)"
        )
        page.locator(".marker-cluster, .sm-marker, .sm-event").first.wait_for()
        print(f"{'open in Chromium until markers drawn':<38} {time.perf_counter() - start:6.2f} s")
        print(f"{'':<38} {page.locator('.sm-count').inner_text()}")
        browser.close()


def main(n: int) -> None:
    frame = reports_to_frame(synthetic_reports(n))
    print(f"{n} reports, Python {sys.version.split()[0]}")
    timed("build_map (first, incl. basemap load)", lambda: build_map(frame))
    timed("build_map (again)", lambda: build_map(frame))
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "map.html"
        timed("write_html (build + render + write)", lambda: write_html(frame, html))
        print(f"{'HTML size':<38} {html.stat().st_size / 1e6:6.2f} MB")
        open_in_chromium(html)
        for ext in ("geojson", "gpkg", "csv", "png"):
            out = Path(tmp) / f"reports.{ext}"
            timed(f"export .{ext}", lambda out=out: export_frame(frame, out))
            print(f"{'':<38} {out.stat().st_size / 1e6:6.2f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
