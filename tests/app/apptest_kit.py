"""What the app's in-process tests (AppTest) share: hand-made reports, the page as a user finally sees it, and
the ways a user acts on it (upload files, click a button)."""

from __future__ import annotations

import re
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from geo.frame import reports_to_frame
from geo.model import PROPERTIES, StrikeReport, make_report_id
from geo.store import STORE_FILE, SQLiteStore

APP = str(Path(__file__).resolve().parents[2] / "app.py")
HOSTILE = '![x](http://evil.example/p.png) <img src=x onerror="window.pwned=1"> :red[alarm] $x^2$'


def _report(place: str, lat: float, lon: float, **changes) -> StrikeReport:
    base = {name: None for name in PROPERTIES}
    base.update(
        report_id=make_report_id("hand-made", place, changes.get("claimant_country")),
        document="hand-made.geojson",
        place=place,
        place_name=place,
        action="shelling",
        claim_type="claim",
        claimant="Ministry of Defence",
        event_date="2020-10-04",
        confidence=0.8,
        status="unreviewed",
        evidence=f"Forces shelled {place} on Sunday.",
    )
    base.update(changes)
    return StrikeReport(**base, lat=lat, lon=lon)


REPORTS = [
    _report("Ganja", 40.68, 46.36, claimant_country="AZ", attacker_country="AM", event_date="2020-10-04"),
    _report("Stepanakert", 39.82, 46.75, claimant_country="AM", action="drone_strike", event_date="2020-10-03"),
    _report("Barda", 40.37, 47.13, claimant_country="AZ", action="interception", event_date="2020-10-06"),
    _report("Tartar", 40.34, 46.93, claimant_country="AM", claim_type="denial", event_date="2020-10-05"),
]


def _geojson(reports: list[StrikeReport]) -> bytes:
    return reports_to_frame(reports).to_json(drop_id=True).encode()


def plain(markdown: str) -> str:
    """What the reader sees of escaped Markdown."""
    return re.sub(r"\\(.)", r"\1", markdown)


def _open(query: dict | None = None) -> AppTest:
    """The page as a user finally sees it: a new server draws stored reports once its warm-up has loaded the map
    modules (the browser reruns it then; here, a loop)."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(query or {})
    at.run()
    deadline = time.monotonic() + 180
    while any("loading the map" in note.value for note in at.info) and time.monotonic() < deadline:
        time.sleep(0.3)
        at.run()
    return at


def _warm(at: AppTest) -> AppTest:
    """The page once the map modules are loaded (the filters' count is drawn), as a user sees it before uploading:
    in a process's first test, an upload's reports would otherwise wait for them, drawn only by a later rerun."""
    deadline = time.monotonic() + 180
    while not at.metric and time.monotonic() < deadline:
        time.sleep(0.3)
        at.run()
    return at


def _picker(at: AppTest):
    return next(s for s in at.selectbox if s.label == "Selected report")


def _button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def _upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    at = _warm(at)
    at.file_uploader(key="files").set_value([(name, raw, "application/octet-stream") for name, raw in files])
    return _button(at, "Read the files").click().run()


def _stored(data: Path) -> SQLiteStore:
    return SQLiteStore(data / STORE_FILE)


def _table(at: AppTest):
    """The reports table (the first with a claimant side column; the rejected reports' table comes after it)."""
    return next(df for df in at.dataframe if "claimant side" in df.value.columns).value
