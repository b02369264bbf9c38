"""The embedded event store: articles, reports, reviews, the audit trail and events in one SQLite file that survives
restarts, for one person with no set-up (a team shares `geo.store.postgres`).

Safe with several writers (two browser tabs, two processes): WAL journal, one short `BEGIN IMMEDIATE` transaction
per write, stable keys (`report_id`, the document's hash, a review key) so a repeated write changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from geo.errors import InputError
from geo.store.sql import EVENT_COLUMNS, SQLStore, report_columns

# Each step runs once, in order; the first is the schema of stores made before versions were kept (hence IF NOT
# EXISTS: such a file already has it).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE IF NOT EXISTS documents (
            document_key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            url TEXT,
            published TEXT,
            language TEXT,
            text TEXT,
            added_at TEXT NOT NULL
        )""",
        """CREATE TABLE IF NOT EXISTS reports (
            report_id TEXT PRIMARY KEY,
            document_key TEXT REFERENCES documents(document_key),
            original TEXT NOT NULL,
            current TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL
        )""",
        """CREATE TABLE IF NOT EXISTS reviews (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            review_key TEXT NOT NULL,
            report_id TEXT NOT NULL REFERENCES reports(report_id),
            at TEXT NOT NULL,
            field TEXT NOT NULL,
            previous TEXT,
            value TEXT,
            UNIQUE (review_key, field)
        )""",
        "CREATE INDEX IF NOT EXISTS reviews_by_report ON reviews(report_id, seq)",
    ),
    (
        "ALTER TABLE reviews ADD COLUMN username TEXT",
        "ALTER TABLE reviews ADD COLUMN version INTEGER",
        "ALTER TABLE reports ADD COLUMN event_id TEXT",
        "CREATE INDEX reports_by_event ON reports(event_id)",
        """CREATE TABLE audit (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            username TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL,
            outcome TEXT NOT NULL,
            detail TEXT NOT NULL
        )""",
        "CREATE INDEX audit_by_target ON audit(target, seq)",
        """CREATE TABLE events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id TEXT NOT NULL UNIQUE,
            lat REAL NOT NULL,
            lon REAL NOT NULL,
            properties TEXT NOT NULL
        )""",
        """CREATE TABLE event_overrides (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            report_ids TEXT NOT NULL,
            username TEXT NOT NULL,
            at TEXT NOT NULL
        )""",
    ),
    (  # where the new reports of an article look for the events they may join (`_neighbourhood`)
        "CREATE INDEX reports_lat ON reports(json_extract(current, '$.lat'))",
        "CREATE INDEX reports_uncertainty ON reports(json_extract(current, '$.uncertainty_km'))",
    ),
)


class SQLiteStore(SQLStore):
    """The store in one SQLite file."""

    ROW_ORDER = "rowid"
    MIGRATIONS = MIGRATIONS

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            with self._connect() as db:
                db.execute("PRAGMA journal_mode=WAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise InputError(
                f"{self.path} is not a strikemap event store ({exc}); move it away to start afresh"
            ) from exc

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout = 30000")
            db.execute("PRAGMA synchronous = NORMAL")
            yield db
        finally:
            db.close()

    def _read(self) -> Iterator[sqlite3.Connection]:  # type: ignore[override]
        return self._connect()  # type: ignore[return-value]

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:  # type: ignore[override]
        """One write transaction, taking the write lock up front so read-modify-write cannot interleave."""
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def _view_columns(self, tx: sqlite3.Connection, name: str) -> list[str]:  # type: ignore[override]
        return [row[1] for row in tx.execute(f"PRAGMA table_info({name})")]

    def _json_number(self, name: str) -> str:
        return f"json_extract(current, '$.{name}')"

    def _within(self, south: float, west: float, north: float, east: float) -> tuple[str, tuple[float, ...]]:
        condition = f"{self._json_number('lat')} BETWEEN ? AND ? AND {self._json_number('lon')} BETWEEN ? AND ?"
        return condition, (south, north, west, east)

    def _views(self) -> dict[str, tuple[list[tuple[str, str]], str]]:
        """SQLite has no geometry type without SpatiaLite: the views give `lon` and `lat` (README: into QGIS)."""
        reports = [(f"json_extract(current, '$.{name}')", name) for name, _ in report_columns()]
        reports[[name for _, name in reports].index("event_id")] = (
            "COALESCE(event_id, json_extract(current, '$.event_id'))",
            "event_id",
        )
        reports += [("json_extract(current, '$.lon')", "lon"), ("json_extract(current, '$.lat')", "lat")]
        events = [(f"json_extract(properties, '$.{name}')", name) for name, _ in EVENT_COLUMNS]
        events += [("lon", "lon"), ("lat", "lat")]
        return {"strike_reports": (reports, "reports"), "strike_events": (events, "events")}
