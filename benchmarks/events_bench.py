"""Grouping speed: synthetic reports spread over space and time like a month of war, grouped into events.

Run by hand, on one core:  taskset -c 0 .venv/bin/python benchmarks/events_bench.py [N]   (default 100,000)
About 600 towns along a front (a 600 x 300 km box), 30 days, each strike told by 1-6 reports from other outlets
with points a few km apart and dates a night apart; prints the time `group_reports` and `build_events` take, the
time `update_events` takes to add the last 1% of the reports to the events of the rest, and the peak memory.
"""

from __future__ import annotations

import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo.events.group import build_events, group_reports, update_events, with_events
from geo.model import PROPERTIES, StrikeReport

BLANK = dict.fromkeys(PROPERTIES)


def synthetic(n: int, seed: int = 7) -> list[StrikeReport]:
    rng = random.Random(seed)
    towns = [(47.0 + rng.random() * 2.7, 33.0 + rng.random() * 8.0) for _ in range(600)]
    reports: list[StrikeReport] = []
    while len(reports) < n:
        lat, lon = rng.choice(towns)
        day = 1 + rng.randrange(30)
        for k in range(rng.randint(1, 6)):
            values = dict(BLANK, report_id=f"r{len(reports)}", publisher=f"outlet{rng.randrange(40)}",
                          event_date=f"2024-06-{min(30, day + (k % 2)):02d}", claim_type="claim",
                          action="missile_attack", uncertainty_km=10.0, geo_precision=1,
                          status="unreviewed")  # fmt: skip
            reports.append(StrikeReport(**values, lat=lat + rng.gauss(0, 0.02), lon=lon + rng.gauss(0, 0.02)))
    return reports[:n]


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    reports = synthetic(n)
    started = time.process_time()
    group_reports(reports)
    grouped = time.process_time() - started
    started = time.process_time()
    events = build_events(reports)
    described = time.process_time() - started
    cut = n - n // 100
    stored = with_events(reports[:cut], build_events(reports[:cut]))
    started = time.process_time()
    update = update_events(stored, reports[cut:])
    updated = time.process_time() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n} reports -> {len(events)} events: group_reports {grouped:.1f} s CPU, build_events (grouping and "
          f"describing) {described:.1f} s CPU; update_events adding {n - cut} reports {updated:.1f} s CPU "
          f"({len(update.changed)} events changed); peak RSS {peak_mb:.0f} MB")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
