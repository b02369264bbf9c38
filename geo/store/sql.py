"""The store's logic, written once in the SQL that SQLite and PostgreSQL share. Each backend module supplies its
connections, its schema migrations and a few words of dialect (`?` placeholders are PostgreSQL's `%s`).

Concurrency: every write is one short transaction that locks what it reads before changing it (SQLite: the
database, `BEGIN IMMEDIATE`; PostgreSQL: the report's row, `SELECT ... FOR UPDATE`; events: one advisory lock),
so a read-modify-write never interleaves with another and a stale review is refused, never merged.
"""

from __future__ import annotations

import hashlib
import json
import math
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from gazetteer.place import Place
from geo.errors import InputError
from geo.events.describe import describe
from geo.events.group import KM_PER_DEGREE, SAME_PLACE_KM, Event, Override, build_events, update_events
from geo.model import PROPERTIES, StrikeReport
from geo.store.base import (
    AuditEntry,
    Change,
    StaleEditError,
    StoredDocument,
    current_user,
    document_key,
    place_changes,
    validate_changes,
)

if TYPE_CHECKING:
    import geopandas as gpd

# The tables `python -m geo store copy` moves, parents first, with the columns that are the data (each table's
# `seq` is its order, given anew in the same order on the other side).
TABLES: dict[str, tuple[str, ...]] = {
    "documents": ("document_key", "name", "url", "published", "language", "text", "added_at"),
    "reports": ("report_id", "document_key", "original", "current", "version", "added_at", "event_id"),
    "reviews": ("review_key", "report_id", "at", "field", "previous", "value", "username", "version"),
    "audit": ("at", "username", "action", "target", "outcome", "detail"),
    "events": ("event_id", "lat", "lon", "properties"),
    "event_overrides": ("kind", "report_ids", "username", "at"),
}

# The events contract's properties (`python -m geo events`), the columns of the `strike_events` view.
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "text"),
    ("place_name", "text"),
    ("geo_precision", "int"),
    ("uncertainty_km", "float"),
    ("date_start", "text"),
    ("date_end", "text"),
    ("action", "text"),
    ("event_type", "text"),
    ("sub_event_type", "text"),
    ("n_reports", "int"),
    ("n_sources", "int"),
    ("sources", "json"),
    ("claims", "json"),
    ("sides_blaming", "json"),
    ("status", "text"),
    ("report_ids", "json"),
)


class Cursor(Protocol):
    rowcount: int

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Tx(Protocol):
    """A connection inside one transaction (or in autocommit, for reads)."""

    def execute(self, sql: str, args: Sequence[object] = ...) -> Cursor: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> Cursor: ...


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def report_columns() -> list[tuple[str, str]]:
    """The `strike_reports` view's columns after the key: the contract's properties with their types."""
    from geo.model import FLOAT_PROPERTIES, INT_PROPERTIES

    kinds = {**dict.fromkeys(INT_PROPERTIES, "int"), **dict.fromkeys(FLOAT_PROPERTIES, "float")}
    return [(name, kinds.get(name, "text")) for name in PROPERTIES]


class SQLStore:
    """Articles, reports (as extracted and as reviewed), reviews, the audit trail and events, in SQL tables."""

    ROW_ORDER = "seq"  # the column that keeps documents and reports in the order added
    NEIGHBOURHOOD_MIN = 2000  # stored reports from which an update reads only the new reports' neighbourhood
    FOR_UPDATE = ""  # how a read locks the rows a write will change
    MIGRATIONS: tuple[tuple[str, ...], ...] = ()  # each migration: its statements, run once, in order

    # -- what a backend provides ---------------------------------------------------------------------------------

    def _read(self) -> AbstractContextManager[Tx]:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Tx]:
        raise NotImplementedError

    def _lock(self, tx: Tx, name: str, *, shared: bool = False) -> None:
        """Serialise the writers of one kind (migrations, events) beyond the row locks; `shared` holders (reviews,
        which re-describe their report's event) run together but never beside an exclusive one (a regroup)."""

    def _analyze(self, tx: Tx, table: str) -> None:
        """Refresh the planner's statistics after a bulk change, so the next look-up picks its index."""

    def _bulk_insert(self, tx: Tx, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
        marks = ", ".join("?" * len(columns))
        return tx.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows).rowcount

    def _insert_new_reports(self, tx: Tx, rows: list[tuple]) -> int:
        """Insert (report_id, document_key, original, current, added_at) rows, in order, skipping ids already
        stored; returns how many were new."""
        return tx.executemany(
            "INSERT INTO reports (report_id, document_key, original, current, added_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            rows,
        ).rowcount

    def _stream(self, sql: str) -> Iterator[tuple]:
        with self._read() as tx:
            yield from tx.execute(sql, ())  # type: ignore[misc]

    def _views(self) -> dict[str, tuple[list[tuple[str, str]], str]]:
        """The QGIS-ready views: name -> ([(expression, column)], FROM clause)."""
        return {}

    def _view_columns(self, tx: Tx, name: str) -> list[str]:
        raise NotImplementedError

    def _json_number(self, name: str) -> str:
        """SQL for a number property of the reviewed report (`current`)."""
        raise NotImplementedError

    def _within(self, south: float, west: float, north: float, east: float) -> tuple[str, tuple[float, ...]]:
        """A condition (and its arguments) on `reports`: the point lies in this box."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the store's connections."""

    # -- schema --------------------------------------------------------------------------------------------------

    def _migrate(self) -> None:
        """Bring the schema forward to this version of strikemap (each step once, recorded in schema_version),
        and the views to the contract's columns."""
        with self._write() as tx:
            self._lock(tx, "migrate")
            tx.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", ())
            found = tx.execute("SELECT max(version) FROM schema_version", ()).fetchone()[0] or 0
            if found > len(self.MIGRATIONS):
                raise InputError(
                    f"this event store has schema version {found}, newer than this strikemap knows "
                    f"({len(self.MIGRATIONS)}); upgrade strikemap to open it"
                )
            for version, statements in enumerate(self.MIGRATIONS[found:], start=found + 1):
                for statement in statements:
                    tx.execute(statement, ())
                tx.execute("INSERT INTO schema_version VALUES (?)", (version,))
            for name, (columns, source) in self._views().items():
                if self._view_columns(tx, name) != [column for _, column in columns]:
                    select = ", ".join(f"{expression} AS {column}" for expression, column in columns)
                    tx.execute(f"DROP VIEW IF EXISTS {name}", ())
                    tx.execute(f"CREATE VIEW {name} AS SELECT {select} FROM {source}", ())

    def schema_version(self) -> int:
        with self._read() as tx:
            return int(tx.execute("SELECT max(version) FROM schema_version", ()).fetchone()[0])

    # -- documents and reports -----------------------------------------------------------------------------------

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
        with self._write() as tx:
            tx.execute(
                f"INSERT INTO documents ({', '.join(TABLES['documents'])}) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                (key, name, url, published, language, text, now()),
            )
        return key

    def add_reports(self, reports: Iterable[StrikeReport], document_key: str | None = None) -> int:
        """Add extracted reports; a report_id already stored is left as it is (with its reviews). Returns how many
        were new. Once the store holds events, the new reports join them (`update_events`)."""
        batch = {r.report_id: r for r in reports}
        at = now()
        rows = []
        for report in batch.values():
            payload = dumps(asdict(report))
            rows.append((report.report_id, document_key, payload, payload, at))
        with self._write() as tx:
            self._lock(tx, "events")  # a regroup starting meanwhile would not see these reports
            grouped = tx.execute("SELECT 1 FROM events LIMIT 1", ()).fetchone() is not None
            if grouped:
                previous = self._neighbourhood(tx, list(batch.values()))
            added = self._insert_new_reports(tx, rows)
            if added >= 1000:
                self._analyze(tx, "reports")
            if grouped and added:
                known = {r.report_id for r in previous}
                new = [r for rid, r in batch.items() if rid not in known]
                update = update_events(previous, new, self._overrides(tx))
                self._save_events(tx, update.events, update.changed, update.removed)
            return added

    def add_geojson(self, raw: bytes, name: str) -> tuple[int, int]:
        """Import a GeoJSON file strikemap exported (reviews included); returns (reports read, reports new)."""
        from geo.frame import frame_to_reports, parse_geojson

        reports = frame_to_reports(parse_geojson(raw, source=name))
        key = self.add_document(None, name=name, key=document_key(raw))
        return len(reports), self.add_reports(reports, key)

    @staticmethod
    def _to_report(payload: str, event_id: str | None) -> StrikeReport:
        report = StrikeReport(**json.loads(payload))
        return report if event_id is None else replace(report, event_id=event_id)

    def _all_reports(self, tx: Tx) -> list[StrikeReport]:
        rows = tx.execute(f"SELECT current, event_id FROM reports ORDER BY {self.ROW_ORDER}", ()).fetchall()
        return [self._to_report(payload, event_id) for payload, event_id in rows]

    def _neighbourhood(self, tx: Tx, new: list[StrikeReport]) -> list[StrikeReport]:
        """The stored reports an update with these new ones needs: every report of every event with a report
        within reach of a new one (the widest uncertainty stored or new, at least SAME_PLACE_KM), and those with
        no event yet. An event a new report can join has its anchor there, and whole events come, so the
        users' merges and splits apply as on the whole store; adding an article to 100,000 reports then reads and
        describes hundreds, not all. A small store, or a reach crossing a pole or the antimeridian, is read whole."""
        small = f"SELECT count(*) FROM (SELECT 1 FROM reports LIMIT {int(self.NEIGHBOURHOOD_MIN)}) AS first"
        if tx.execute(small, ()).fetchone()[0] < self.NEIGHBOURHOOD_MIN or not new:
            return self._all_reports(tx)
        widest = tx.execute(f"SELECT max({self._json_number('uncertainty_km')}) FROM reports", ()).fetchone()[0]
        reach = max(SAME_PLACE_KM, float(widest or 0), *(r.uncertainty_km or 0.0 for r in new)) * 1.05
        pad = reach / KM_PER_DEGREE
        south, north = min(r.lat for r in new) - pad, max(r.lat for r in new) + pad
        if south < -85 or north > 85:
            return self._all_reports(tx)
        lon_pad = pad / math.cos(math.radians(max(abs(south), abs(north))))
        west, east = min(r.lon for r in new) - lon_pad, max(r.lon for r in new) + lon_pad
        if west < -180 or east > 180:
            return self._all_reports(tx)
        condition, args = self._within(south, west, north, east)
        rows = tx.execute(  # two indexed look-ups: an OR of the two would scan every report
            f"SELECT current, event_id FROM reports WHERE event_id IN (SELECT event_id FROM reports WHERE {condition}) "
            "UNION ALL SELECT current, event_id FROM reports WHERE event_id IS NULL",
            args,
        ).fetchall()
        return [self._to_report(payload, event_id) for payload, event_id in rows]

    def reports(self) -> list[StrikeReport]:
        """Every report as reviewed, with its event, in the order it was added."""
        with self._read() as tx:
            return self._all_reports(tx)

    def frame(self) -> gpd.GeoDataFrame:
        """Every report as reviewed, as the contract GeoDataFrame."""
        from geo.frame import reports_to_frame

        return reports_to_frame(self.reports())

    def _report_row(self, tx: Tx, report_id: str, lock: bool = False) -> tuple[str, int, str | None]:
        """(the report as reviewed, as stored JSON; its version; its event); an unknown id is an InputError."""
        row = tx.execute(
            f"SELECT current, version, event_id FROM reports WHERE report_id = ?{self.FOR_UPDATE if lock else ''}",
            (report_id,),
        ).fetchone()
        if row is None:
            raise InputError(f"no report {report_id!r} in the store")
        return row[0], int(row[1]), row[2]

    def report(self, report_id: str) -> StrikeReport:
        """One report as reviewed; an unknown id is an InputError."""
        with self._read() as tx:
            stored, _, event_id = self._report_row(tx, report_id)
        return self._to_report(stored, event_id)

    def version(self, report_id: str) -> int:
        """How many reviews changed this report: pass it back to `review` as `seen_version`."""
        with self._read() as tx:
            return self._report_row(tx, report_id)[1]

    # -- reviews -------------------------------------------------------------------------------------------------

    def review(
        self,
        report_id: str,
        changes: Mapping[str, object],
        *,
        seen_version: int | None = None,
        user: str | None = None,
    ) -> StrikeReport:
        """Apply a reviewer's changes, recording who, when, and each field's value before and after.

        Status becomes `edited` unless the changes set it. With `seen_version` (the version the reviewer saw), a
        report changed since is refused with a StaleEditError naming who changed it and when, and the refusal is
        kept in the audit trail; the very same review sent twice from one view (a double click, a second tab) is
        applied once.
        """
        clean = validate_changes(changes)
        clean.setdefault("status", "edited")
        user = user or current_user()
        if seen_version is None:
            key = uuid.uuid4().hex
        else:
            key = hashlib.sha256(
                json.dumps([report_id, seen_version, clean, user], sort_keys=True, default=str).encode()
            ).hexdigest()
        refused: StaleEditError | None = None
        with self._write() as tx:
            self._lock(tx, "events", shared=True)  # always before any row lock: no two writers wait on each other
            stored, version, event_id = self._report_row(tx, report_id, lock=True)
            report = self._to_report(stored, event_id)
            if tx.execute("SELECT 1 FROM reviews WHERE review_key = ? LIMIT 1", (key,)).fetchone():
                return report
            asked = {"seen_version": seen_version, "version": version, "changes": clean}
            if seen_version is not None and seen_version != version:
                last = tx.execute(
                    "SELECT username, at FROM reviews WHERE report_id = ? ORDER BY seq DESC LIMIT 1", (report_id,)
                ).fetchone()
                by, at = last if last else (None, None)
                refused = StaleEditError(report_id, seen_version, version, by, at, report)
                self._audit(tx, user, "review", report_id, "refused", {**asked, "reason": str(refused)})
            else:
                current = json.loads(stored)
                diff = {f: v for f, v in clean.items() if current.get(f) != v}
                if set(diff) <= {"status"} and "status" not in changes:
                    diff = {}  # an edit that changes nothing does not mark the report edited
                if not diff:
                    return report
                at, version = now(), version + 1
                tx.executemany(
                    "INSERT INTO reviews (review_key, report_id, at, field, previous, value, username, version) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(key, report_id, at, f, dumps(current.get(f)), dumps(v), user, version) for f, v in diff.items()],
                )
                tx.execute(
                    "UPDATE reports SET current = ?, version = ? WHERE report_id = ?",
                    (dumps({**current, **diff}), version, report_id),
                )
                changed = {f: [current.get(f), v] for f, v in diff.items()}
                self._audit(tx, user, "review", report_id, "applied", {**asked, "version": version, "changes": changed})
                if event_id is not None:
                    self._describe_again(tx, event_id)
                return replace(report, **diff)
        raise refused

    def verify(self, report_id: str, *, seen_version: int | None = None, user: str | None = None) -> StrikeReport:
        return self.review(report_id, {"status": "verified"}, seen_version=seen_version, user=user)

    def reject(self, report_id: str, *, seen_version: int | None = None, user: str | None = None) -> StrikeReport:
        return self.review(report_id, {"status": "rejected"}, seen_version=seen_version, user=user)

    def move(
        self, report_id: str, place: Place, *, seen_version: int | None = None, user: str | None = None
    ) -> StrikeReport:
        """Put the report at another gazetteer place (status `edited`)."""
        return self.review(report_id, place_changes(place), seen_version=seen_version, user=user)

    def history(self, report_id: str | None = None) -> list[Change]:
        """Every recorded change, oldest first (of one report, or of all)."""
        sql = "SELECT report_id, at, field, previous, value, username, version FROM reviews"
        args: tuple[str, ...] = ()
        if report_id is not None:
            sql += " WHERE report_id = ?"
            args = (report_id,)
        with self._read() as tx:
            rows = tx.execute(sql + " ORDER BY seq", args).fetchall()
        return [
            Change(rid, at, field, json.loads(prev), json.loads(value), user, version)
            for rid, at, field, prev, value, user, version in rows
        ]

    def _audit(self, tx: Tx, user: str, action: str, target: str, outcome: str, detail: dict[str, Any]) -> None:
        tx.execute(
            "INSERT INTO audit (at, username, action, target, outcome, detail) VALUES (?, ?, ?, ?, ?, ?)",
            (now(), user, action, target, outcome, dumps(detail)),
        )

    def audit(self, target: str | None = None) -> list[AuditEntry]:
        """Every attempt to change reports or events, refused ones included, oldest first."""
        sql = "SELECT seq, at, username, action, target, outcome, detail FROM audit"
        args: tuple[str, ...] = ()
        if target is not None:
            sql += " WHERE target = ?"
            args = (target,)
        with self._read() as tx:
            rows = tx.execute(sql + " ORDER BY seq", args).fetchall()
        return [AuditEntry(int(seq), *rest, json.loads(detail)) for seq, *rest, detail in rows]

    def documents(self) -> list[StoredDocument]:
        with self._read() as tx:
            rows = tx.execute(
                "SELECT document_key, name, url, published, language, added_at FROM documents "
                f"ORDER BY {self.ROW_ORDER}",
                (),
            ).fetchall()
        return [StoredDocument(*row) for row in rows]

    def document_text(self, key: str) -> str | None:
        with self._read() as tx:
            row = tx.execute("SELECT text FROM documents WHERE document_key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    # -- events --------------------------------------------------------------------------------------------------

    def _overrides(self, tx: Tx) -> list[Override]:
        rows = tx.execute("SELECT kind, report_ids FROM event_overrides ORDER BY seq", ()).fetchall()
        return [Override(kind, tuple(json.loads(ids))) for kind, ids in rows]

    def overrides(self) -> list[Override]:
        """The users' merges and splits, in the order made."""
        with self._read() as tx:
            return self._overrides(tx)

    def _save_events(
        self, tx: Tx, events: Iterable[Event], changed: Iterable[str] | None = None, removed: Iterable[str] = ()
    ) -> None:
        """Store these events (only those in `changed`, unless None: then they replace every stored event) and
        write each member report's event id."""
        if changed is None:
            tx.execute("DELETE FROM events", ())
            saved = list(events)
        else:
            wanted = set(changed)
            saved = [e for e in events if e.event_id in wanted]
            tx.executemany("DELETE FROM events WHERE event_id = ?", [(eid,) for eid in removed])
        tx.executemany(
            "INSERT INTO events (event_id, lat, lon, properties) VALUES (?, ?, ?, ?) ON CONFLICT (event_id) "
            "DO UPDATE SET lat = excluded.lat, lon = excluded.lon, properties = excluded.properties",
            [(e.event_id, e.lat, e.lon, dumps(e.properties)) for e in saved],
        )
        tx.executemany(
            "UPDATE reports SET event_id = ? WHERE report_id = ?",
            [(e.event_id, rid) for e in saved for rid in e.properties["report_ids"]],  # type: ignore[union-attr]
        )

    def _describe_again(self, tx: Tx, event_id: str) -> None:
        """A reviewed report's event tells what its reports now say (its claims, status, place)."""
        locked = f"SELECT 1 FROM events WHERE event_id = ?{self.FOR_UPDATE}"  # then read its reports as committed
        if tx.execute(locked, (event_id,)).fetchone() is None:
            return
        rows = tx.execute(f"SELECT current FROM reports WHERE event_id = ? ORDER BY {self.ROW_ORDER}", (event_id,))
        event = describe(event_id, [self._to_report(payload, event_id) for (payload,) in rows.fetchall()])
        tx.execute(
            "UPDATE events SET lat = ?, lon = ?, properties = ? WHERE event_id = ?",
            (event.lat, event.lon, dumps(event.properties), event_id),
        )

    @staticmethod
    def _to_event(event_id: str, lat: float, lon: float, properties: str) -> Event:
        return Event(event_id, float(lat), float(lon), json.loads(properties))

    def events(self) -> list[Event]:
        """The stored events (after `regroup`), in the order they were stored."""
        with self._read() as tx:
            rows = tx.execute("SELECT event_id, lat, lon, properties FROM events ORDER BY seq", ()).fetchall()
        return [self._to_event(*row) for row in rows]

    def _event(self, tx: Tx, event_id: str) -> Event:
        row = tx.execute("SELECT event_id, lat, lon, properties FROM events WHERE event_id = ?", (event_id,)).fetchone()
        if row is None:
            raise InputError(f"no event {event_id!r} in the store (group the reports first)")
        return self._to_event(*row)

    def event(self, event_id: str) -> Event:
        """One stored event; an unknown id is an InputError."""
        with self._read() as tx:
            return self._event(tx, event_id)

    def regroup(self, *, user: str | None = None) -> list[Event]:
        """Group every stored report into events again, the users' merges and splits re-applied."""
        with self._write() as tx:
            self._lock(tx, "events")
            events = build_events(self._all_reports(tx), self._overrides(tx))
            self._save_events(tx, events)
            self._analyze(tx, "reports")
            self._audit(tx, user or current_user(), "regroup", "*", "applied", {"events": len(events)})
        return events

    def _override(self, tx: Tx, override: Override, user: str) -> list[Event]:
        tx.execute(
            "INSERT INTO event_overrides (kind, report_ids, username, at) VALUES (?, ?, ?, ?)",
            (override.kind, dumps(list(override.report_ids)), user, now()),
        )
        update = update_events(self._all_reports(tx), [], self._overrides(tx))
        self._save_events(tx, update.events, update.changed, update.removed)
        return update.events

    def merge_events(self, a: str, b: str, *, user: str | None = None) -> Event:
        """Make two events one, kept as an override that survives regrouping; returns the merged event."""
        user = user or current_user()
        if a == b:
            raise InputError(f"cannot merge event {a} with itself")
        with self._write() as tx:
            self._lock(tx, "events")
            first, second = self._event(tx, a), self._event(tx, b)
            ids = [*first.properties["report_ids"], *second.properties["report_ids"]]  # type: ignore[misc]
            events = self._override(tx, Override("merge", tuple(ids)), user)
            merged = _holding(events, ids[0])
            self._audit(
                tx,
                user,
                "merge_events",
                a,
                "applied",
                {"merged": [a, b], "event_id": merged.event_id, "report_ids": ids},
            )
        return merged

    def split_event(self, event_id: str, report_ids: Iterable[str], *, user: str | None = None) -> tuple[Event, Event]:
        """Take these reports out of the event into one of their own (kept as an override that survives
        regrouping); returns (what stays, the new event)."""
        user = user or current_user()
        moving = list(dict.fromkeys(report_ids))
        with self._write() as tx:
            self._lock(tx, "events")
            event = self._event(tx, event_id)
            members: list[str] = list(event.properties["report_ids"])  # type: ignore[call-overload]
            strangers = [rid for rid in moving if rid not in members]
            if strangers:
                raise InputError(f"report {strangers[0]} is not in event {event_id}")
            staying = [rid for rid in members if rid not in moving]
            if not moving or not staying:
                raise InputError(
                    f"a split of event {event_id} must leave some of its {len(members)} reports and take some"
                )
            events = self._override(tx, Override("split", tuple(moving)), user)
            stays, new = _holding(events, staying[0]), _holding(events, moving[0])
            detail = {"event_id": event_id, "report_ids": moving, "stays": stays.event_id, "new": new.event_id}
            self._audit(tx, user, "split_event", event_id, "applied", detail)
        return stays, new

    # -- moving data ---------------------------------------------------------------------------------------------

    def table_rows(self, table: str) -> Iterator[tuple]:
        """A table's data columns (TABLES), row by row, in the order added."""
        order = self.ROW_ORDER if table in ("documents", "reports") else "seq"
        return self._stream(f"SELECT {', '.join(TABLES[table])} FROM {table} ORDER BY {order}")

    def is_empty(self) -> bool:
        with self._read() as tx:
            return all(tx.execute(f"SELECT 1 FROM {table} LIMIT 1", ()).fetchone() is None for table in TABLES)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self._read() as tx:
            return {table: int(tx.execute(f"SELECT count(*) FROM {table}", ()).fetchone()[0]) for table in TABLES}

    def load_tables(self, tables: Mapping[str, Iterable[Sequence[object]]]) -> dict[str, int]:
        """Fill an empty store with another's rows (`copy_store`), in one transaction: all or nothing."""
        counts = {}
        with self._write() as tx:
            for table, rows in tables.items():
                counts[table] = self._bulk_insert(tx, table, TABLES[table], rows)
                self._analyze(tx, table)
        return counts


def _holding(events: Iterable[Event], report_id: str) -> Event:
    return next(e for e in events if report_id in e.properties["report_ids"])  # type: ignore[operator]
