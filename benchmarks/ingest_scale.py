"""Ingest end to end at scale: a synthetic corpus (benchmarks/ingest_corpus.py) through `python -m geo ingest`, with
wall time, documents per second, peak memory of a worker and of the run, output size and the load average.
With --kill-at F an uninterrupted run comes first (noting when it had committed a share F of the documents), then a
run killed (SIGKILL) once F is committed and resumed: the resume should cost no more than what the uninterrupted
run spent on the rest, and the two folders must hold the same rows.

    nice -n 10 python benchmarks/ingest_scale.py 100000 [--workers 2] [--kill-at 0.5] [--work /tmp/ingest-bench]
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.ingest_corpus import write_corpus  # noqa: E402
from tests.ingest.corpus import rows  # noqa: E402


def _documents_done(out: Path) -> int:
    folder = out / "documents"
    files = list(folder.glob("part-*.parquet")) if folder.exists() else []
    return ds.dataset(files, format="parquet").count_rows() if files else 0


def _run(
    corpus: Path, out: Path, workers: int, kill_at_docs: int | None = None, mark_docs: int | None = None
) -> tuple[float, str, bool]:
    """(wall seconds, the run's summary line, killed?); with `mark_docs`, prints when that many were committed."""
    cmd = [sys.executable, "-m", "geo", "ingest", str(corpus), "--out", str(out), "--workers", str(workers)]
    start = time.monotonic()
    log = out.with_suffix(".log")
    with log.open("w") as f:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=f, stderr=subprocess.STDOUT)
        while proc.poll() is None:
            if kill_at_docs is not None and _documents_done(out) >= kill_at_docs:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                return time.monotonic() - start, "", True
            if mark_docs is not None and _documents_done(out) >= mark_docs:
                print(f"uninterrupted run: {mark_docs} documents committed after {time.monotonic() - start:.1f} s")
                mark_docs = None
            time.sleep(0.5)  # polls the folder as a person watching it would
    wall = time.monotonic() - start
    lines = [line for line in log.read_text().splitlines() if "documents read" in line]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"ingest failed ({proc.returncode}): {log.read_text()[-2000:]}")
    return wall, lines[-1], False


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--kill-at", type=float, help="kill the run at this share of documents, then resume")
    parser.add_argument(
        "--no-whole",
        action="store_true",
        help="with --kill-at: no uninterrupted run first (the killed run's own pace"
        " before the kill is then what the resume compares with)",
    )
    parser.add_argument("--work", type=Path, default=Path("/tmp/ingest-bench"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = args.work / f"corpus-{args.n}.jsonl"
    if not corpus.exists():
        write_corpus(args.n, str(corpus))
    out = args.work / f"out-{args.n}-{args.workers}w{'-killed' if args.kill_at else ''}"
    subprocess.run(["rm", "-rf", str(out)], check=True)
    load = os.getloadavg()
    print(f"corpus {corpus} ({corpus.stat().st_size / 1e6:.1f} MB, {args.n} documents); load average {load[0]:.2f}")
    if args.kill_at:
        whole = out.with_name(out.name.removesuffix("-killed"))
        subprocess.run(["rm", "-rf", str(whole)], check=True)
        if not args.no_whole:
            full, _, _ = _run(corpus, whole, args.workers, mark_docs=int(args.n * args.kill_at))
            print(f"uninterrupted run: {full:.1f} s; load average {os.getloadavg()[0]:.2f}")
        first, _, killed = _run(corpus, out, args.workers, int(args.n * args.kill_at))
        done = _documents_done(out)
        print(f"killed={killed} after {first:.1f} s with {done} documents committed ({done / args.n:.0%})")
        wall, summary, _ = _run(corpus, out, args.workers)
        print(f"resume: {wall:.1f} s for the remaining {args.n - done} documents")
        if not args.no_whole:
            same = all(rows(whole, kind) == rows(out, kind) for kind in ("documents", "reports", "errors"))
            print(f"the resumed folder holds the same rows as the uninterrupted one: {same}")
    else:
        wall, summary, _ = _run(corpus, out, args.workers)
    peak = re.search(r"worker peak memory (\d+) MB", summary)
    print(summary)
    print(
        f"wall {wall:.1f} s, {args.n / wall:.1f} docs/s on {args.workers} workers, worker peak "
        f"{peak.group(1) if peak else '?'} MB, output {_size_mb(out):.1f} MB; load average after "
        f"{os.getloadavg()[0]:.2f}"
    )


if __name__ == "__main__":
    main()
