"""How far a run is: a progress bar on a terminal (documents, reports, docs/s, ETA, errors), plain log lines every
few seconds otherwise (a cron job's log, CI)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

LOG_EVERY_S = 10.0


class Progress:
    def __init__(self, total: int | None, *, stream: TextIO = sys.stderr, tty: bool | None = None) -> None:
        self.total = total
        self.documents = self.reports = self.errors = self.copies = self.skipped = 0
        self._stream = stream
        self._start = time.monotonic()
        self._last_log = self._start
        self._bar = None
        if stream.isatty() if tty is None else tty:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="doc", file=stream, dynamic_ncols=True, smoothing=0.1)

    def skip(self, n: int) -> None:
        """Documents done by an earlier run: they count towards the total, not towards the speed."""
        self.skipped += n
        if self._bar is not None and n:
            self._bar.update(n)

    def advance(self, documents: int, reports: int, errors: int, copies: int) -> None:
        self.documents += documents
        self.reports += reports
        self.errors += errors
        self.copies += copies
        if self._bar is not None:
            self._bar.set_postfix(reports=self.reports, copies=self.copies, errors=self.errors, refresh=False)
            self._bar.update(documents)
        elif time.monotonic() - self._last_log >= LOG_EVERY_S:
            self._last_log = time.monotonic()
            print(self.line(), file=self._stream, flush=True)

    def rate(self) -> float:
        return self.documents / max(time.monotonic() - self._start, 1e-9)

    def line(self) -> str:
        """One log line: counts, speed and, when the total is known, the time left."""
        rate = self.rate()
        done = self.documents + self.skipped
        eta = ""
        if self.total and rate > 0 and self.total > done:
            eta = f", ETA {_duration((self.total - done) / rate)}"
        of = f"/{self.total}" if self.total else ""
        return (
            f"ingest: {done}{of} documents ({self.copies} copies, {self.errors} errors, {self.skipped} done before), "
            f"{self.reports} reports, {rate:.1f} docs/s{eta}"
        )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
