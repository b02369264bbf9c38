"""The app's first view of a large ingest folder: time from opening `/corpus?dir=...` on a freshly started server
to the map showing its markers, in headless Chromium; then the same for the folder under new names on the running
server (its caches hold nothing of them), and once more for a folder already read. The folder holds N synthetic
reports (3,000 places over the map, five years of dates, every action), written through the ingest output layer as
100 committed batches, so the page reads exactly what `geo ingest` writes. Target: under 3 s for 100,000 reports.

    python benchmarks/ingest_app_view.py [--reports 100000] [--folder DIR] [--repeats 3] [--work DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.ingest.output import write_commit, write_reports  # noqa: E402
from geo.model import ACLED_TYPES, ACTIONS, StrikeReport  # noqa: E402
from tests.app.browser_kit import open_browser, serve  # noqa: E402

CORPUS_MAP = 'iframe[data-testid="stIFrame"]'  # the Corpus page's map (its only frame)

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


def _first_view(page, url: str, folder: Path, work: Path) -> float:
    """Seconds from opening the page to the map's markers visible, as a person waits for them."""
    start = time.perf_counter()
    page.goto(f"{url}/corpus?dir={folder}")
    try:
        page.frame_locator(CORPUS_MAP).locator(".marker-cluster").first.wait_for(state="visible")
    except Exception:
        page.screenshot(path=str(work / "failed.png"), full_page=True)
        raise
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/ingest-app-bench"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--folder", type=Path, help="an existing ingest folder instead of a synthetic one")
    parser.add_argument("--repeats", type=int, default=3, help="first views of the folder on the running server")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    folder = args.folder or args.work / f"folder-{args.reports}"
    if not (folder / "documents").exists():
        start = time.perf_counter()
        build_folder(folder, args.reports)
        print(f"built {folder} in {time.perf_counter() - start:.1f} s")
    data = Path(os.environ.get("STRIKEMAP_DATA", str(Path.home() / ".local/share/strikemap")))
    print(f"load average before {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    original = folder
    with serve(data, args.work / "streamlit.log") as url, open_browser(args.chromium) as page:
        print(f"fresh server, first page: {_first_view(page, url, folder, args.work):.2f} s to markers on the map")
        firsts = []
        try:
            for k in range(args.repeats):  # the folder under a new name: the server's caches hold nothing of it
                folder = folder.rename(original.with_name(f"{original.name}-view{k}"))
                firsts.append(_first_view(page, url, folder, args.work))
            again = _first_view(page, url, folder, args.work)
        finally:
            folder.rename(original)
        print(f"running server, folder not read before: {', '.join(f'{t:.2f}' for t in firsts)} s to markers on "
              f"the map (median {statistics.median(firsts):.2f} s)")  # fmt: skip
        print(f"running server, folder read before: {again:.2f} s")
    print(f"load average after {' '.join(f'{v:.2f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
