"""How long a local ingest worker takes to start: a fresh process (spawn), the imports, the gazetteer opened and the
lexicons loaded (`geo.ingest.work.warm_up`). Target: under 1 s.

    python benchmarks/ingest_worker_start.py [--workers 2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from geo.ingest.executors import LocalPool
from geo.ingest.work import warm_up


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    setups, walls = [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        pool = LocalPool(args.workers)  # in the run: the gazetteer checked, the lexicons loaded once for all
        setups.append(time.perf_counter() - start)
        start = time.perf_counter()
        # Each worker runs its initializer (warm_up) before its first task: the task returns once it is ready.
        futures = [pool.submit(ready, None) for _ in range(args.workers)]
        assert len({f.result() for f in futures}) >= 1
        walls.append(time.perf_counter() - start)
        pool.close()
    one = time.perf_counter()
    warm_up()
    print(f"load average {os.getloadavg()[0]:.2f}; {args.workers} workers, {args.repeat} starts")
    print(f"pool set-up in the run (once): median {statistics.median(setups):.2f} s")
    print(f"then every worker forked and ready: median {statistics.median(walls):.2f} s (max {max(walls):.2f})")
    print(f"gazetteer + lexicons in an already imported process: {time.perf_counter() - one:.2f} s")


def ready(_: object) -> int:
    return os.getpid()


if __name__ == "__main__":
    main()
