"""Ingest throughput: one worker against two on the same synthetic corpus, as wall time (documents per second: the
2-core speed-up, target at least 1.8x) and as CPU time (documents per CPU-second of the workers: the per-core speed,
which others' load on a shared machine does not change). Runs alternate (1, 2, 1, 2, ...) so a neighbour's load
falls on both; the load average is printed before and after each run, and the share of the wall time the workers
spent inside extraction batches (near 100%: the run never kept them waiting, whatever CPU the machine gave them).
The ingest runs in this process (its CPU time is the run's own: reading, linking copies, committing) and its
workers are its children (their CPU time is read once they have exited).

    python benchmarks/ingest_throughput.py [N=4000] [--rounds 2] [--extract] [--work DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.ingest_corpus import write_corpus  # noqa: E402
from geo.ingest.progress import Progress  # noqa: E402
from geo.ingest.run import IngestOptions, ingest  # noqa: E402


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _load() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def run_once(corpus: Path, out: Path, workers: int) -> dict:
    """One ingest of the corpus into a fresh folder: wall, the run's and the workers' CPU seconds."""
    shutil.rmtree(out, ignore_errors=True)
    load = _load()
    own, children, start = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN), time.monotonic()
    summary = ingest([str(corpus)], out, IngestOptions(workers=workers), progress_factory=_quiet)
    wall = time.monotonic() - start
    return {
        "workers": workers,
        "wall": wall,
        "run_cpu": _cpu(resource.RUSAGE_SELF) - own,
        "worker_cpu": _cpu(resource.RUSAGE_CHILDREN) - children,
        "documents": summary.documents,
        "busy": summary.batch_seconds / (workers * wall),
        "load": f"{load} -> {_load()}",
    }


def _quiet(total: int | None) -> Progress:
    return Progress(total, stream=open(os.devnull, "w"), tty=False)  # open as long as the run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=4000)
    parser.add_argument("--rounds", type=int, default=2, help="pairs of runs (one worker, then two)")
    parser.add_argument("--extract", action="store_true", help="also time `geo extract` (one core) on the corpus")
    parser.add_argument("--work", type=Path, default=Path("/tmp/ingest-throughput"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = args.work / f"corpus-{args.n}.jsonl"
    if not corpus.exists():
        write_corpus(args.n, str(corpus), copies=0.1, seed=3)
    print(f"{args.n} documents of about 1.5 KB (10% copies); cores {len(os.sched_getaffinity(0))}; load {_load()}")
    runs = []
    for _ in range(args.rounds):
        for workers in (1, 2):
            r = run_once(corpus, args.work / f"out-{workers}w", workers)
            runs.append(r)
            print(
                f"--workers {workers}: wall {r['wall']:.1f} s, {r['documents'] / r['wall']:.1f} docs/s; CPU: workers "
                f"{r['worker_cpu']:.1f} s ({r['documents'] / r['worker_cpu']:.1f} docs per worker CPU-s), the run "
                f"itself {r['run_cpu']:.1f} s; workers inside batches {r['busy']:.0%} of the wall; load {r['load']}",
                flush=True,
            )
    walls = {w: statistics.median(r["wall"] for r in runs if r["workers"] == w) for w in (1, 2)}
    print(f"two workers over one: {walls[1] / walls[2]:.2f}x (median walls {walls[1]:.1f} s / {walls[2]:.1f} s)")
    if args.extract:
        before, start = _cpu(resource.RUSAGE_CHILDREN), time.monotonic()
        cmd = [sys.executable, "-m", "geo", "extract", str(corpus), "-o", str(args.work / "x.geojson")]
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cpu = _cpu(resource.RUSAGE_CHILDREN) - before
        print(f"geo extract (one core): wall {time.monotonic() - start:.1f} s, {args.n / cpu:.1f} docs per CPU-s")
    print(f"load after {_load()}")


if __name__ == "__main__":
    main()
