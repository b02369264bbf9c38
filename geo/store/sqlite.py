"""The embedded event store: articles, reports and every review in one SQLite file that survives restarts.

Safe with several writers (two browser tabs, two processes): WAL journal, one short `BEGIN IMMEDIATE` transaction
per write, stable keys (`report_id`, the document's hash, a review key) so a repeated write changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from gazetteer.place import Place
from geo.errors import InputError
from geo.model import StrikeReport
from geo.store.base import Change, StoredDocument, document_key, place_changes, validate_changes

if TYPE_CHECKING:
    import geopandas as gpd

# geo.frame (and with it geopandas) is imported where a frame is made: an app's first page, over an empty store,
# then opens the store without paying for it.

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    document_key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    url TEXT,
    published TEXT,
    language TEXT,
    text TEXT,
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reports (
    report_id TEXT PRIMARY KEY,
    document_key TEXT REFERENCES documents(document_key),
    original TEXT NOT NULL,
    current TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reviews (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    review_key TEXT NOT NULL,
    report_id TEXT NOT NULL REFERENCES reports(report_id),
    at TEXT NOT NULL,
    field TEXT NOT NULL,
    previous TEXT,
    value TEXT,
    UNIQUE (review_key, field)
);
CREATE INDEX IF NOT EXISTS reviews_by_report ON reviews(report_id, seq);
"""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _to_report(payload: str) -> StrikeReport:
    return StrikeReport(**json.loads(payload))


class SQLiteStore:
    """Articles, reports (as extracted and as reviewed) and the review log, in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            with self._connect() as db:
                db.execute("PRAGMA journal_mode=WAL")
                db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise InputError(
                f"{self.path} is not a strikemap event store ({exc}); move it away to start afresh"
            ) from exc

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout = 30000")
            db.execute("PRAGMA synchronous = NORMAL")
            yield db
        finally:
            db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taking the write lock up front so read-modify-write cannot interleave."""
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def add_document(
        self,
        text: str | None,
        *,
        name: str,
        key: str | None = None,
        url: str | None = None,
        published: str | None = None,
        language: str | None = None,
    ) -> str:
        """Keep an article (once, however often it is added) and return its key."""
        if key is None:
            if text is None:
                raise InputError("a document needs its text or a key")
            key = document_key(text)
        with self._write() as db:
            db.execute(
                "INSERT OR IGNORE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)",
                (key, name, url, published, language, text, _now()),
            )
        return key

    def add_reports(self, reports: Iterable[StrikeReport], document_key: str | None = None) -> int:
        """Add extracted reports; a report_id already stored is left as it is (with its reviews). Returns how many
        were new."""
        rows = [(r.report_id, document_key, json.dumps(asdict(r), ensure_ascii=False)) for r in reports]
        at = _now()
        with self._write() as db:
            before = db.total_changes
            db.executemany(
                "INSERT OR IGNORE INTO reports (report_id, document_key, original, current, added_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [(rid, doc, payload, payload, at) for rid, doc, payload in rows],
            )
            return db.total_changes - before

    def add_geojson(self, raw: bytes, name: str) -> tuple[int, int]:
        """Import a GeoJSON file strikemap exported (reviews included); returns (reports read, reports new)."""
        from geo.frame import frame_to_reports, parse_geojson

        reports = frame_to_reports(parse_geojson(raw, source=name))
        key = self.add_document(None, name=name, key=document_key(raw))
        return len(reports), self.add_reports(reports, key)

    def reports(self) -> list[StrikeReport]:
        """Every report as reviewed, in the order it was added."""
        with self._connect() as db:
            return [_to_report(row[0]) for row in db.execute("SELECT current FROM reports ORDER BY rowid")]

    def frame(self) -> gpd.GeoDataFrame:
        """Every report as reviewed, as the contract GeoDataFrame."""
        from geo.frame import reports_to_frame

        return reports_to_frame(self.reports())

    def _report_row(self, report_id: str) -> tuple[str, int]:
        """(the report as reviewed, its version); an unknown id is an InputError."""
        with self._connect() as db:
            row = db.execute("SELECT current, version FROM reports WHERE report_id = ?", (report_id,)).fetchone()
        if row is None:
            raise InputError(f"no report {report_id!r} in the store")
        return row[0], int(row[1])

    def report(self, report_id: str) -> StrikeReport:
        return _to_report(self._report_row(report_id)[0])

    def version(self, report_id: str) -> int:
        """How many reviews changed this report: pass it back to `review` as `seen_version`."""
        return self._report_row(report_id)[1]

    def review(self, report_id: str, changes: Mapping[str, object], *, seen_version: int | None = None) -> StrikeReport:
        """Apply a reviewer's changes, recording time and previous value of each field that really changes.

        Status becomes `edited` unless the changes set it. With `seen_version` (the version the reviewer saw) the
        same review sent twice, from a double click or a second tab showing the same state, is applied once.
        """
        clean = validate_changes(changes)
        clean.setdefault("status", "edited")
        if seen_version is None:
            key = uuid.uuid4().hex
        else:
            key = hashlib.sha256(
                json.dumps([report_id, seen_version, clean], sort_keys=True, default=str).encode()
            ).hexdigest()
        with self._write() as db:
            row = db.execute("SELECT current FROM reports WHERE report_id = ?", (report_id,)).fetchone()
            if row is None:
                raise InputError(f"no report {report_id!r} in the store")
            current = json.loads(row[0])
            if db.execute("SELECT 1 FROM reviews WHERE review_key = ? LIMIT 1", (key,)).fetchone():
                return StrikeReport(**current)
            diff = {f: v for f, v in clean.items() if current.get(f) != v}
            if set(diff) <= {"status"} and "status" not in changes:
                diff = {}  # an edit that changes nothing does not mark the report edited
            if not diff:
                return StrikeReport(**current)
            at = _now()
            db.executemany(
                "INSERT INTO reviews (review_key, report_id, at, field, previous, value) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        key,
                        report_id,
                        at,
                        f,
                        json.dumps(current.get(f), ensure_ascii=False),
                        json.dumps(v, ensure_ascii=False),
                    )
                    for f, v in diff.items()
                ],
            )
            updated = replace(StrikeReport(**current), **diff)
            db.execute(
                "UPDATE reports SET current = ?, version = version + 1 WHERE report_id = ?",
                (json.dumps(asdict(updated), ensure_ascii=False), report_id),
            )
            return updated

    def verify(self, report_id: str, *, seen_version: int | None = None) -> StrikeReport:
        return self.review(report_id, {"status": "verified"}, seen_version=seen_version)

    def reject(self, report_id: str, *, seen_version: int | None = None) -> StrikeReport:
        return self.review(report_id, {"status": "rejected"}, seen_version=seen_version)

    def move(self, report_id: str, place: Place, *, seen_version: int | None = None) -> StrikeReport:
        """Put the report at another gazetteer place (status `edited`)."""
        return self.review(report_id, place_changes(place), seen_version=seen_version)

    def history(self, report_id: str | None = None) -> list[Change]:
        """Every recorded change, oldest first (of one report, or of all)."""
        sql = "SELECT report_id, at, field, previous, value FROM reviews"
        args: tuple[str, ...] = ()
        if report_id is not None:
            sql += " WHERE report_id = ?"
            args = (report_id,)
        with self._connect() as db:
            rows = db.execute(sql + " ORDER BY seq", args).fetchall()
        return [Change(rid, at, field, json.loads(prev), json.loads(value)) for rid, at, field, prev, value in rows]

    def documents(self) -> list[StoredDocument]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT document_key, name, url, published, language, added_at FROM documents ORDER BY rowid"
            ).fetchall()
        return [StoredDocument(*row) for row in rows]

    def document_text(self, key: str) -> str | None:
        with self._connect() as db:
            row = db.execute("SELECT text FROM documents WHERE document_key = ?", (key,)).fetchone()
        return None if row is None else row[0]
