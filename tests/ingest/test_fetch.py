"""--fetch (opt-in) reads live feeds and pages from a server, here one on 127.0.0.1: the feed's entries become the
linked pages, with a user agent, a size limit, a timeout and a pause between requests; failures go to the errors
table."""

from __future__ import annotations

import http.server
import itertools
import threading
import time
from typing import ClassVar

import pyarrow.dataset as ds
import pytest

from geo.errors import InputError
from geo.ingest.fetch import USER_AGENT, Fetcher
from geo.ingest.run import IngestOptions, ingest
from geo.ingest.sources import SourceOptions
from tests.ingest.corpus import ARTICLES

PAGE = "<html><head><title>{t}</title></head><body><article><p>{b}</p></article></body></html>"


class _Handler(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str, float]]] = []

    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_port}"
        _Handler.seen.append((self.path, self.headers.get("User-Agent"), time.monotonic()))
        if self.path == "/feed.xml":
            items = "".join(
                f"<item><title>{k}</title><link>{base}/news/{k}</link></item>" for k in ("ganja", "eilat", "gone")
            )
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
            self._send(200, body.encode(), "application/rss+xml")
        elif self.path.startswith("/news/") and self.path[6:] in ARTICLES:
            self._send(200, PAGE.format(t=self.path[6:], b=ARTICLES[self.path[6:]]).encode(), "text/html")
        elif self.path == "/huge":
            self._send(200, b"x" * 5000, "text/plain")
        elif self.path == "/slow":
            time.sleep(2)
            self._send(200, b"late", "text/plain")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status, body, ctype):
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except BrokenPipeError:  # the client gave up first (the timeout test): nothing to answer
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Handler.seen = []
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_a_live_feed_brings_its_linked_pages(server, tmp_path, monkeypatch):
    sent: list[float] = []
    wait_turn = Fetcher._wait_turn

    def timed(self: Fetcher, host: str) -> None:
        wait_turn(self, host)
        sent.append(self._last[host])  # when the turn was taken

    monkeypatch.setattr(Fetcher, "_wait_turn", timed)
    fetch = Fetcher(timeout_s=5, min_interval_s=0.2).get
    out = tmp_path / "out"
    summary = ingest([f"{server}/feed.xml"], out, IngestOptions(workers=0), SourceOptions(fetch=fetch))
    assert summary.documents == 3 and summary.errors == 1 and summary.reports >= 2
    documents = {d["name"].rsplit("/", 1)[1]: d for d in ds.dataset(out / "documents").to_table().to_pylist()}
    assert documents["ganja"]["title"] == "ganja" and documents["ganja"]["n_reports"] > 0
    [error] = ds.dataset(out / "errors").to_table().to_pylist()
    assert error["name"].endswith("/news/gone") and "HTTP 404" in error["reason"]
    assert {agent for _, agent, _ in _Handler.seen} == {USER_AGENT}
    # polite: the requests went out one per 0.2 s (timed where they leave; the server's own clock adds its threads'
    # scheduling, which under load once put two arrivals 0.19 s apart)
    assert len(sent) == len(_Handler.seen) and all(b - a >= 0.2 for a, b in itertools.pairwise(sent))


def test_size_limit_and_timeout(server):
    with pytest.raises(InputError, match="too large"):
        Fetcher(max_bytes=1000, min_interval_s=0).get(f"{server}/huge")
    with pytest.raises(InputError, match="cannot fetch"):
        Fetcher(timeout_s=0.5, min_interval_s=0).get(f"{server}/slow")
    with pytest.raises(InputError, match="only http"):
        Fetcher().get("file:///etc/passwd")
