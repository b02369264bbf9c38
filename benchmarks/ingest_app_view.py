"""The app's first view of a large ingest folder: time from opening `/corpus?dir=...` on a freshly started server
to the map showing its markers, in headless Chromium. The folder holds N synthetic reports (3,000 places over
the map, five years of dates, every action), written through the ingest output layer as 100 committed batches, so
the page reads exactly what `geo ingest` writes. Target: under 3 s for 100,000 reports.

    python benchmarks/ingest_app_view.py [--reports 100000] [--work /tmp/ingest-app-bench]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.ingest.output import write_commit, write_reports  # noqa: E402
from geo.model import ACLED_TYPES, ACTIONS, StrikeReport  # noqa: E402
from tests.app.browser_kit import MAP_FRAME, open_browser, serve  # noqa: E402

COUNTRIES = ["UA", "RU", "AZ", "AM", "PS", "IL", "SY", "YE", "LB", "IQ"]


def _report(rng: random.Random, i: int, place: tuple[str, float, float, str]) -> StrikeReport:
    name, lat, lon, country = place
    action = rng.choice(ACTIONS)
    day = (date(2020, 1, 1) + timedelta(days=rng.randrange(5 * 365))).isoformat()
    event_type, sub_event_type = ACLED_TYPES[action]
    return StrikeReport(
        report_id=f"r-bench{i:08d}", document=f"doc{i // 2}", url=None, publisher=None, published=day,
        language="en", place=name, place_name=name, place_id=f"bench:{name}", feature_code="PPL",
        country_code=country, admin1=None, geo_precision=1, uncertainty_km=5.0, action=action,
        event_type=event_type, sub_event_type=sub_event_type, claim_type="claim", claimant="ministry",
        claimant_kind="government", claimant_country=country, attacker="forces", attacker_country=None,
        target=None, event_date=day, time_precision=1, evidence=f"Synthetic evidence sentence {i} about {name}.",
        char_start=0, char_end=len(name), confidence=0.8, status="unreviewed", lat=lat, lon=lon,
    )  # fmt: skip


def build_folder(out: Path, n: int, batches: int = 100) -> None:
    rng = random.Random(7)
    places = [(f"Place {k}", rng.uniform(10, 55), rng.uniform(20, 60), rng.choice(COUNTRIES)) for k in range(3000)]
    per = n // batches
    for b in range(batches):
        reports = [_report(rng, b * per + i, rng.choice(places)) for i in range(per)]
        batch = f"bench-{b:05d}"
        write_reports(out, batch, reports)
        docs = [{"unit_id": f"u{b}-{i}", "seq": b * per + i, "name": f"doc{b}-{i}", "status": "extracted",
                 "part": 1, "parts": 1, "n_reports": 2, "batch": batch} for i in range(per // 2)]  # fmt: skip
        write_commit(out, batch, docs, [])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/ingest-app-bench"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--folder", type=Path, help="an existing ingest folder instead of a synthetic one")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    folder = args.folder or args.work / f"folder-{args.reports}"
    if not (folder / "documents").exists():
        start = time.perf_counter()
        build_folder(folder, args.reports)
        print(f"built {folder} in {time.perf_counter() - start:.1f} s")
    data = Path(os.environ.get("STRIKEMAP_DATA", str(Path.home() / ".local/share/strikemap")))
    print(f"load average {os.getloadavg()[0]:.2f}")
    with serve(data, args.work / "streamlit.log") as url, open_browser(args.chromium) as page:
        for attempt in ("fresh server, first page", "running server, folder not yet read", "folder read before"):
            if attempt.startswith("running"):  # a new folder: the caches hold nothing of it
                folder = folder.rename(folder.with_name(folder.name + "-b"))
            start = time.perf_counter()
            page.goto(f"{url}/corpus?dir={folder}")
            page.wait_for_selector(MAP_FRAME, state="attached")
            try:
                page.frame_locator(MAP_FRAME).locator(".marker-cluster").first.wait_for(state="visible")
            except Exception:
                page.screenshot(path=str(args.work / "failed.png"), full_page=True)
                raise
            print(f"{attempt}: {time.perf_counter() - start:.2f} s to markers on the map")
        folder.rename(folder.with_name(folder.name.removesuffix("-b")))
    print(f"load average after {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
