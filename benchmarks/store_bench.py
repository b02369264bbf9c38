"""How fast the event store keeps reports and reviews, alone and with two writers at once (run by hand).

    .venv/bin/python benchmarks/store_bench.py [N]   # default N = 10000 reports

Times adding N reports, reading them back as a frame, and N/10 reviews from one process; then two processes
reviewing the same reports at once, and checks that no review was lost or duplicated.
"""

from __future__ import annotations

import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo.model import PROPERTIES, StrikeReport, make_report_id
from geo.store.sqlite import SQLiteStore


def _report(i: int) -> StrikeReport:
    base = {name: None for name in PROPERTIES}
    base.update(report_id=make_report_id("bench", i), place=f"Place {i}", action="shelling", status="unreviewed")
    base.update(claim_type="claim", event_date="2020-10-04", confidence=0.5, evidence=f"Place {i} was shelled.")
    return StrikeReport(**base, lat=40 + i % 100 / 100, lon=46 + i % 77 / 100)


def _review_all(path: str, ids: list[str], action: str) -> None:
    store = SQLiteStore(path)
    for rid in ids:
        store.review(rid, {"action": action})


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "events.sqlite")
        store = SQLiteStore(path)
        reports = [_report(i) for i in range(n)]
        start = time.perf_counter()
        store.add_reports(reports)
        print(f"add {n} reports: {time.perf_counter() - start:.2f} s")
        start = time.perf_counter()
        store.add_reports(reports)
        print(f"add the same {n} again (all ignored): {time.perf_counter() - start:.2f} s")
        start = time.perf_counter()
        frame = store.frame()
        print(f"read {len(frame)} reports as a frame: {time.perf_counter() - start:.2f} s")
        ids = [r.report_id for r in reports[: n // 10]]
        start = time.perf_counter()
        _review_all(path, ids, "air_strike")
        elapsed = time.perf_counter() - start
        print(f"{len(ids)} reviews, one writer: {elapsed:.2f} s ({elapsed / len(ids) * 1000:.1f} ms each)")
        start = time.perf_counter()
        writers = [
            multiprocessing.Process(target=_review_all, args=(path, ids, action))
            for action in ("drone_strike", "missile_attack")
        ]
        for w in writers:
            w.start()
        for w in writers:
            w.join()
        elapsed = time.perf_counter() - start
        changes = [c for c in store.history() if c.field == "action"]
        print(
            f"{2 * len(ids)} reviews, two processes at once: {elapsed:.2f} s; action changes recorded: {len(changes)}"
        )
        assert len(changes) == 3 * len(ids), "a review was lost or duplicated"


if __name__ == "__main__":
    main()
