"""Where batches run: worker processes on this machine (all cores by default), or a Dask distributed cluster when
a scheduler address is given. Both offer the same two calls, so the run loop does not care which it has."""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from typing import Any, Protocol

from geo.ingest.work import load_lexicons, warm_up

SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
WORKERS_READY_S = 120.0  # how long a started worker waits for the others (each opens the gazetteer: seconds)


class Executor(Protocol):
    workers: int

    def submit(self, fn: Callable, arg: Any) -> Any:
        """Start fn(arg) somewhere; returns a future."""

    def wait_first(self, futures: set) -> tuple[set, set]:
        """Block until at least one future is done: (done, not done)."""

    def close(self) -> None: ...


class InProcess:
    """Batches run in this process (--workers 0): for debugging, and for tests about everything but parallelism."""

    workers = 1

    def submit(self, fn: Callable, arg: Any) -> cf.Future:
        future: cf.Future = cf.Future()
        try:
            future.set_result(fn(arg))
        except BaseException as exc:
            future.set_exception(exc)
        return future

    def wait_first(self, futures: set) -> tuple[set, set]:
        return set(futures), set()

    def close(self) -> None:
        pass


class LocalPool:
    """Worker processes forked from the run (its imports already done: a worker is ready in well under a second),
    each opening the gazetteer once; the run is their parent, so they die with it. All are forked at the first
    batch, before the pool starts its own thread."""

    def __init__(self, workers: int) -> None:
        from gazetteer import Gazetteer

        Gazetteer.open().close()  # built here if missing, once, rather than by every worker at the same time
        load_lexicons()  # in the parent: every forked worker has them from the start
        self.workers = workers
        context = multiprocessing.get_context("fork")
        ready = context.Barrier(workers)
        self._pool = cf.ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_local_worker, initargs=(ready,)
        )

    def submit(self, fn: Callable, arg: Any) -> cf.Future:
        return self._pool.submit(fn, arg)

    def wait_first(self, futures: set) -> tuple[set, set]:
        done, pending = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
        return set(done), set(pending)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskCluster:
    """A Dask distributed cluster: the workers must see the output folder (a shared file system) and the gazetteer
    ($STRIKEMAP_DATA) at the same paths as this machine."""

    def __init__(self, address: str) -> None:
        from distributed import Client

        try:
            self._client = Client(address, timeout="20s")
        except OSError as exc:
            from geo.errors import InputError

            raise InputError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        self._client.run(warm_up)
        self.workers = max(1, sum(w.get("nthreads", 1) for w in self._client.scheduler_info()["workers"].values()))

    def submit(self, fn: Callable, arg: Any) -> Any:
        return self._client.submit(fn, arg, pure=False)

    def wait_first(self, futures: set) -> tuple[set, set]:
        from distributed import wait

        done, pending = wait(list(futures), return_when="FIRST_COMPLETED")
        return set(done), set(pending)

    def close(self) -> None:
        self._client.close()


def _local_worker(ready: Any) -> None:
    """A local worker dies with the run that started it (Linux), so a killed run leaves no worker writing on. It
    opens the gazetteer, then waits for the others: the first batches go to every worker, not in turn to whichever
    was ready first while another, on a busy machine, was still starting."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    warm_up()
    with contextlib.suppress(threading.BrokenBarrierError):  # a worker that failed to start: go on without it
        ready.wait(timeout=WORKERS_READY_S)


def local_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def open_executor(workers: int | None, scheduler: str | None) -> Executor:
    """The Dask cluster at `scheduler` (or $DASK_SCHEDULER_ADDRESS), else `workers` local processes (None: one a
    core; 0: this process)."""
    scheduler = scheduler or os.environ.get(SCHEDULER_ENV)
    if scheduler:
        return DaskCluster(scheduler)
    if workers == 0:
        return InProcess()
    return LocalPool(workers or local_cores())
