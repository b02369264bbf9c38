"""Ingest throughput: documents per CPU-second on one worker, against `geo extract` (today's one-core path) on the
same corpus, and the speed-up of two workers over one in wall time (target: at least 1.8x on two free cores).
CPU seconds are those of the run and all its workers (their rusage), so the per-core figure holds on a busy
machine; the wall-time speed-up does not, so the load average is printed with it.

    python benchmarks/ingest_throughput.py [N=1000] [--work /tmp/ingest-throughput]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.ingest_corpus import write_corpus  # noqa: E402


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall, CPU seconds of the command and every process it waited for)."""
    cpu, start = _cpu(), time.monotonic()
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - start, _cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=1000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/ingest-throughput"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = args.work / f"corpus-{args.n}.jsonl"
    write_corpus(args.n, str(corpus), copies=0.0, seed=3)
    py = sys.executable
    print(f"{args.n} documents of about 1.5 KB; load average {os.getloadavg()[0]:.2f}")
    ingest = [py, "-m", "geo", "ingest", str(corpus), "--out"]
    runs = {
        "geo extract (one core)": [py, "-m", "geo", "extract", str(corpus), "-o", str(args.work / "x.geojson")],
        "geo ingest --workers 1": [*ingest, str(args.work / "w1"), "--workers", "1"],
        "geo ingest --workers 2": [*ingest, str(args.work / "w2"), "--workers", "2"],
    }
    walls = {}
    for name, cmd in runs.items():
        subprocess.run(["rm", "-rf", str(args.work / "w1"), str(args.work / "w2")], check=True)
        wall, cpu = timed(cmd)
        walls[name] = wall
        print(f"{name}: wall {wall:.1f} s, CPU {cpu:.1f} s, {args.n / wall:.1f} docs/s, {args.n / cpu:.1f} docs/CPU-s")
    speedup = walls["geo ingest --workers 1"] / walls["geo ingest --workers 2"]
    print(f"two workers over one: {speedup:.2f}x wall; load average after {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
