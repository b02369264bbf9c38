"""A store copy SQLite -> PostGIS -> SQLite of 100,000 reports (issue 18) round-trips every property: the rows of
every table (articles, reports as extracted and as reviewed with their versions, reviews, the audit trail, events,
the users' overrides) compared one by one, JSON decoded. Prints the time of each copy.

    .venv/bin/python benchmarks/store_copy.py [--reports 100000] [--db URL]

PostgreSQL: a throwaway server from Debian's binaries (tests/store/pg_server.py, fsync on), unless --db names an
empty database.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import time
from itertools import zip_longest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from store_reviewers import fill, synthetic_report  # benchmarks/ is the script's folder

from geo.store import StaleEditError, open_store
from geo.store.copy import copy_store
from geo.store.sql import TABLES

JSON_COLUMNS = {"original", "current", "previous", "value", "detail", "properties", "report_ids"}


def prepare(url: str, n: int) -> None:
    """n reports, 1,000 articles, 2,000 reviews (some refused), events with a merge and a split."""
    print(f"storing {n} reports: {fill(url, n):.1f} s")
    store = open_store(url)
    for k in range(1000):
        store.add_document(f"Article {k}: Place {k * 5} was shelled overnight.", name=f"article-{k}.txt")
    for i in range(0, n, max(1, n // 2000)):
        rid = synthetic_report(i).report_id
        store.review(rid, {"notes": f"checked {i}", "fatalities": i % 9}, seen_version=0, user="alice")
        if i % 10 == 0:
            with contextlib.suppress(StaleEditError):  # refused: kept in the audit trail
                store.verify(rid, seen_version=0, user="bob")
    start = time.perf_counter()
    events = store.regroup(user="alice")
    print(f"grouping {n} reports into {len(events)} events: {time.perf_counter() - start:.1f} s")
    store.merge_events(events[0].event_id, events[1].event_id, user="bob")
    merged = store.event(store.report(events[0].properties["report_ids"][0]).event_id)
    store.split_event(merged.event_id, merged.properties["report_ids"][:1], user="carol")
    store.close()


def _decoded(table: str, row: tuple) -> tuple:
    return tuple(
        json.loads(v) if c in JSON_COLUMNS and v is not None else v for c, v in zip(TABLES[table], row, strict=True)
    )


def compare(a_url: str, b_url: str) -> list[str]:
    """Every table, row by row (streamed, so 100,000 reports never sit in memory twice): what differs."""
    a, b = open_store(a_url), open_store(b_url)
    problems = []
    for table in TABLES:
        rows = 0
        for left, right in zip_longest(a.table_rows(table), b.table_rows(table)):
            rows += 1
            if left is None or right is None or _decoded(table, left) != _decoded(table, right):
                problems.append(f"{table} row {rows}: {str(left)[:200]} != {str(right)[:200]}")
                break
        print(f"  {table}: {rows} rows compared")
    a.close()
    b.close()
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--db", help="an empty PostgreSQL database to use instead of a throwaway server")
    args = parser.parse_args()
    server = None
    if args.db:
        team = args.db
    else:
        from tests.store.pg_server import start_server

        server = start_server(durable=True)
        team = server.url()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            first, back = f"sqlite:///{tmp}/first.sqlite", f"sqlite:///{tmp}/back.sqlite"
            prepare(first, args.reports)
            for src, dst in ((first, team), (team, back)):
                start = time.perf_counter()
                counts = copy_store(src, dst)
                print(f"copy {src.split(':')[0]} -> {dst.split(':')[0]}: {time.perf_counter() - start:.1f} s {counts}")
            problems = compare(first, team) + compare(first, back)
            print("every row and property round-trips" if not problems else "DIFFERENT: " + "; ".join(problems))
            if problems:
                raise SystemExit(1)
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
