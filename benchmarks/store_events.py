"""Adding an article to a store whose 100,000 reports are grouped into events (issue 16 in the store): the new
reports join the events within their reach, read from the store by neighbourhood (PostGIS: the GiST index), against
reading every report as a whole-store update would.

    .venv/bin/python benchmarks/store_events.py [--reports 100000] [--articles 10] [--backend sqlite|postgres|both]

Each article is 5 reports at one place; times are per `add_reports` call, regrouping aside.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from store_reviewers import fill, synthetic_report  # benchmarks/ is the script's folder

from geo.store import open_store
from geo.store.sql import SQLStore

NEIGHBOURHOOD_MIN = SQLStore.NEIGHBOURHOOD_MIN


def _article(k: int, n: int) -> list:
    """Five reports of one strike, a new article's worth, somewhere among the stored ones."""
    base = synthetic_report(n + 1000 + k)
    return [replace(synthetic_report(n + 10 * k + j), lat=base.lat, lon=base.lon) for j in range(5)]


def run(url: str, label: str, n: int, articles: int) -> None:
    print(f"{label}: stored {n} reports in {fill(url, n):.1f} s")
    store = open_store(url)
    start = time.perf_counter()
    events = store.regroup()
    print(f"{label}: grouped into {len(events)} events in {time.perf_counter() - start:.1f} s")
    for name, minimum in (("neighbourhood", NEIGHBOURHOOD_MIN), ("whole store", 10**9)):
        SQLStore.NEIGHBOURHOOD_MIN = minimum
        times = []
        for k in range(articles):
            batch = _article(k if name == "neighbourhood" else articles + k, n)
            start = time.perf_counter()
            store.add_reports(batch)
            times.append(time.perf_counter() - start)
            assert store.report(batch[0].report_id).event_id is not None
        print(f"{label}: add one article ({name}): median {statistics.median(times):.2f} s, max {max(times):.2f} s")
    SQLStore.NEIGHBOURHOOD_MIN = NEIGHBOURHOOD_MIN
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=10)
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    args = parser.parse_args()
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            run(f"sqlite:///{tmp}/events.sqlite", "SQLite", args.reports, args.articles)
    if args.backend in ("postgres", "both"):
        from tests.store.pg_server import start_server

        server = start_server(durable=True)
        try:
            run(server.url(), "PostgreSQL", args.reports, args.articles)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
