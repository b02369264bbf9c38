"""Concurrent review on both store backends (issue 18): reviewers in separate processes (as separate app servers
would be) make 10,000 reviews in total on 100,000 stored reports, each review made on the version the reviewer
read; a stale one is refused and redone on the newer version. Checks no update is lost (every applied review is
in the history, each report's version counts its reviews, each change's previous value is the change before it)
and no reviewer died (a deadlock or a lock timeout would kill it). Prints p50/p95 latency of one review.

    .venv/bin/python benchmarks/store_reviewers.py [--reports 100000] [--reviews 10000] [--reviewers 8]
                                                   [--backend sqlite|postgres|both] [--db URL]

PostgreSQL: a throwaway server from Debian's binaries (tests/store/pg_server.py, with fsync on), unless --db names
an empty database. A fifth of the reviews go to 50 "hot" reports, and each reviewer reads a report for up to 2 ms
before saving, so reviewers do collide.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo.model import PROPERTIES, StrikeReport, make_report_id
from geo.store import StaleEditError, open_store

HOT = 50


def synthetic_report(i: int) -> StrikeReport:
    """A report somewhere over the Caucasus in one month, with text worth storing."""
    rng = random.Random(i)
    base = {name: None for name in PROPERTIES}
    base.update(
        report_id=make_report_id("bench", i),
        document=f"article-{i // 5}.txt",
        publisher=f"outlet-{i % 40}",
        place=f"Place {i}",
        place_name=f"Place {i}",
        action=rng.choice(["shelling", "air_strike", "drone_strike", "missile_attack"]),
        claim_type="claim",
        claimant=f"Ministry {i % 7}",
        claimant_country=rng.choice(["AZ", "AM"]),
        event_date=f"2020-10-{1 + i % 28:02d}",
        time_precision=1,
        geo_precision=1,
        uncertainty_km=2.0,
        confidence=round(rng.random(), 3),
        status="unreviewed",
        evidence=f"Place {i} was shelled overnight, the ministry said; «{i}» — ünïcödé.",
    )
    return StrikeReport(**base, lat=38.5 + rng.random() * 3, lon=44.5 + rng.random() * 5)


def fill(url: str, n: int) -> float:
    """Store n reports (in article-sized batches of 5,000); returns seconds."""
    store = open_store(url)
    start = time.perf_counter()
    for first in range(0, n, 5000):
        store.add_reports([synthetic_report(i) for i in range(first, min(n, first + 5000))])
    store.close()
    return time.perf_counter() - start


def reviewer(url: str, worker: int, reviews: int, n: int, results: multiprocessing.Queue) -> None:
    store = open_store(url)
    rng = random.Random(worker)
    latencies: list[float] = []
    refused = 0
    applied: Counter[str] = Counter()
    try:
        for i in range(reviews):
            index = rng.randrange(HOT) if rng.random() < 0.2 else rng.randrange(n)
            rid = make_report_id("bench", index)
            while True:
                seen = store.version(rid)
                time.sleep(rng.random() * 0.002)  # the reviewer reads the report before saving: others may save first
                start = time.perf_counter()
                try:
                    store.review(rid, {"notes": f"w{worker}-{i}"}, seen_version=seen, user=f"reviewer-{worker}")
                except StaleEditError:
                    latencies.append(time.perf_counter() - start)
                    refused += 1
                    continue  # read the newer version, then edit again
                latencies.append(time.perf_counter() - start)
                applied[rid] += 1
                break
        results.put((worker, latencies, refused, dict(applied), None))
    except BaseException as exc:  # a deadlock or lock timeout: reported, and the run fails
        results.put((worker, latencies, refused, dict(applied), repr(exc)))
    finally:
        store.close()


def check(url: str, applied: Counter[str], refused: int) -> list[str]:
    """Every applied review is in the store, once, in a chain; returns what is wrong (empty: nothing)."""
    store = open_store(url)
    problems = []
    history = store.history()
    notes = [c for c in history if c.field == "notes"]
    if len(notes) != sum(applied.values()):
        problems.append(f"{len(notes)} note changes recorded for {sum(applied.values())} applied reviews")
    by_report: dict[str, list] = {}
    for change in notes:
        by_report.setdefault(change.report_id, []).append(change)
    for rid, count in applied.items():
        changes = by_report.get(rid, [])
        if store.version(rid) != count or len(changes) != count:
            problems.append(f"{rid}: version {store.version(rid)}, {len(changes)} changes, {count} applied")
        if any(b.previous != a.value for a, b in itertools.pairwise(changes)):
            problems.append(f"{rid}: a change's previous value is not the change before it (lost update)")
        if changes and store.report(rid).notes != changes[-1].value:
            problems.append(f"{rid}: the stored value is not the last change")
    outcomes = Counter(e.outcome for e in store.audit() if e.action == "review")
    if outcomes["applied"] != sum(applied.values()) or outcomes["refused"] != refused:
        problems.append(f"audit {dict(outcomes)} for {sum(applied.values())} applied, {refused} refused")
    store.close()
    return problems


def run(url: str, label: str, n: int, reviews: int, reviewers: int) -> None:
    seconds = fill(url, n)
    print(f"{label}: stored {n} reports in {seconds:.1f} s")
    results: multiprocessing.Queue = multiprocessing.Queue()
    share = [reviews // reviewers + (w < reviews % reviewers) for w in range(reviewers)]
    processes = [
        multiprocessing.Process(target=reviewer, args=(url, w, share[w], n, results)) for w in range(reviewers)
    ]
    start = time.perf_counter()
    for p in processes:
        p.start()
    outcomes = [results.get(timeout=3600) for _ in processes]
    for p in processes:
        p.join()
    wall = time.perf_counter() - start
    latencies = sorted(x for o in outcomes for x in o[1])
    refused = sum(o[2] for o in outcomes)
    applied: Counter[str] = Counter()
    for o in outcomes:
        applied.update(o[3])
    errors = [o[4] for o in outcomes if o[4]]
    p50 = statistics.median(latencies) * 1000
    p95 = latencies[int(len(latencies) * 0.95)] * 1000
    print(
        f"{label}: {reviewers} reviewers, {sum(applied.values())} reviews applied, {refused} stale ones refused and "
        f"redone, in {wall:.1f} s ({sum(applied.values()) / wall:.0f}/s); latency p50 {p50:.1f} ms, p95 {p95:.1f} ms"
    )
    problems = errors + check(url, applied, refused)
    print(
        f"{label}: "
        + ("no lost update, no reviewer failed" if not problems else "PROBLEMS: " + "; ".join(problems[:5]))
    )
    if problems:
        raise SystemExit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=10_000)
    parser.add_argument("--reviewers", type=int, default=8)
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--db", help="an empty PostgreSQL database to use instead of a throwaway server")
    args = parser.parse_args()
    work = (args.reports, args.reviews, args.reviewers)
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            run(f"sqlite:///{tmp}/events.sqlite", "SQLite", *work)
    if args.backend in ("postgres", "both"):
        if args.db:
            run(args.db, "PostgreSQL", *work)
        else:
            from tests.store.pg_server import start_server

            server = start_server(durable=True)
            try:
                run(server.url(), "PostgreSQL", *work)
            finally:
                server.stop()


if __name__ == "__main__":
    main()
