"""Downloading, only when asked (`--fetch`): a timeout, a size limit, a user agent that says who we are, and a
polite pause between requests to one host. Every failure is an InputError naming the URL, so it becomes one row of
the errors table."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from geo.errors import InputError

USER_AGENT = "strikemap-ingest/0.1 (+https://github.com/strikemap; research use; polite crawler)"


class Fetcher:
    def __init__(self, *, timeout_s: float = 20.0, max_bytes: int = 32_000_000, min_interval_s: float = 1.0) -> None:
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.min_interval_s = min_interval_s
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            wait = self._last.get(host, -1e9) + self.min_interval_s - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last[host] = time.monotonic()

    def get(self, url: str) -> bytes:
        """The body of `url` (at most max_bytes), or an InputError saying why not."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise InputError(f"{url}: only http and https URLs are fetched")
        self._wait_turn(parts.netloc)
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                length = response.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise InputError(
                        f"{url}: too large ({int(length) / 1e6:.1f} MB; limit {self.max_bytes / 1e6:.0f} MB)"
                    )
                body = response.read(self.max_bytes + 1)
        except urllib.error.HTTPError as exc:
            raise InputError(f"{url}: HTTP {exc.code} {exc.reason}") from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", None) or exc
            raise InputError(f"{url}: cannot fetch ({reason})") from None
        if len(body) > self.max_bytes:
            raise InputError(f"{url}: too large (over {self.max_bytes / 1e6:.0f} MB)")
        return body
