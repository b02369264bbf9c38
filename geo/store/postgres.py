"""The team's event store: the same store in PostgreSQL with PostGIS, for several analysts reviewing at once and GIS
colleagues reading the live layers (`strike_reports`, `strike_events`) in QGIS.

Reports and events carry a `geometry(Point, 4326)` column, kept from their coordinates by the database itself
(a generated column) and indexed with GiST. Connections come from a pool (psycopg-pool) shared by the app's
sessions; a review locks its report's row, so two analysts never overwrite each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.types.string import TextLoader
from psycopg_pool import ConnectionPool

from geo.errors import InputError
from geo.store.base import redacted
from geo.store.sql import EVENT_COLUMNS, SQLStore, report_columns

_POINT = "geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint({lon}, {lat}), 4326)) STORED"
_LOCKS = {"migrate": 8_242_001, "events": 8_242_002}  # advisory lock keys, one per kind of writer
_TYPES = {"int": "integer", "float": "double precision"}
_REPORT_INPUT = ("report_id", "document_key", "original", "current", "added_at")

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE EXTENSION IF NOT EXISTS postgis",
        """CREATE TABLE documents (
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            document_key text PRIMARY KEY,
            name text NOT NULL,
            url text,
            published text,
            language text,
            text text,
            added_at text NOT NULL
        )""",
        f"""CREATE TABLE reports (
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            report_id text PRIMARY KEY,
            document_key text REFERENCES documents (document_key),
            original jsonb NOT NULL,
            current jsonb NOT NULL,
            version integer NOT NULL DEFAULT 0,
            added_at text NOT NULL,
            event_id text,
            geom {_POINT.format(lon="(current->>'lon')::double precision", lat="(current->>'lat')::double precision")}
        )""",
        "CREATE INDEX reports_geom ON reports USING GIST (geom)",
        "CREATE INDEX reports_by_event ON reports (event_id)",
        """CREATE TABLE reviews (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            review_key text NOT NULL,
            report_id text NOT NULL REFERENCES reports (report_id),
            at text NOT NULL,
            field text NOT NULL,
            previous jsonb,
            value jsonb,
            username text,
            version integer,
            UNIQUE (review_key, field)
        )""",
        "CREATE INDEX reviews_by_report ON reviews (report_id, seq)",
        """CREATE TABLE audit (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at text NOT NULL,
            username text NOT NULL,
            action text NOT NULL,
            target text NOT NULL,
            outcome text NOT NULL,
            detail jsonb NOT NULL
        )""",
        "CREATE INDEX audit_by_target ON audit (target, seq)",
        f"""CREATE TABLE events (
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            event_id text PRIMARY KEY,
            lat double precision NOT NULL,
            lon double precision NOT NULL,
            properties jsonb NOT NULL,
            geom {_POINT.format(lon="lon", lat="lat")}
        )""",
        "CREATE INDEX events_geom ON events USING GIST (geom)",
        """CREATE TABLE event_overrides (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            kind text NOT NULL,
            report_ids jsonb NOT NULL,
            username text NOT NULL,
            at text NOT NULL
        )""",
    ),
    (  # the widest uncertainty, read by every update of events (`_neighbourhood`), from an index
        "CREATE INDEX reports_uncertainty ON reports (((current->>'uncertainty_km')::double precision))",
    ),
)


def _configure(conn: psycopg.Connection) -> None:
    # JSON comes back as text, as SQLite gives it: one decoding path for both backends.
    for name in ("json", "jsonb"):
        conn.adapters.register_loader(name, TextLoader)


class _Tx:
    """A connection speaking the shared SQL (`?` placeholders)."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, args: Sequence[object] = ()) -> psycopg.Cursor:
        return self.conn.execute(sql.replace("?", "%s"), args or None)  # type: ignore[arg-type]

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> psycopg.Cursor:
        cursor = self.conn.cursor()
        cursor.executemany(sql.replace("?", "%s"), rows)  # type: ignore[arg-type]
        return cursor


class PostgresStore(SQLStore):
    """The store in a PostgreSQL database with PostGIS (`postgresql://USER@HOST:PORT/DB`)."""

    FOR_UPDATE = " FOR UPDATE"
    MIGRATIONS = MIGRATIONS

    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.url = url
        try:  # one plain connection first: its error says why (a pool's only says it timed out)
            psycopg.connect(url, connect_timeout=10).close()
        except psycopg.Error as exc:
            reason = " ".join(str(exc).split()) or type(exc).__name__
            raise InputError(f"cannot open the event store at {redacted(url)}: {reason}") from exc
        self.pool = ConnectionPool(
            url,
            min_size=1,
            max_size=pool_size,
            kwargs={"autocommit": True},
            configure=_configure,
            open=True,
            name="strikemap-store",
        )
        try:
            self._migrate()
        except (psycopg.errors.UndefinedFile, psycopg.errors.InsufficientPrivilege) as exc:
            self.close()
            raise InputError(
                f"the database at {redacted(url)} needs the PostGIS extension (Debian: apt-get install postgis; "
                f"then, as a superuser: CREATE EXTENSION postgis): {str(exc).splitlines()[0]}"
            ) from exc
        except BaseException:  # e.g. a schema newer than this strikemap: refused, the pool closed
            self.close()
            raise

    def close(self) -> None:
        """Close the pool's connections (the store cannot be used after)."""
        self.pool.close()

    @contextmanager
    def _read(self) -> Iterator[_Tx]:  # type: ignore[override]
        with self.pool.connection() as conn:
            yield _Tx(conn)

    @contextmanager
    def _write(self) -> Iterator[_Tx]:  # type: ignore[override]
        try:
            with self.pool.connection() as conn, conn.transaction():
                yield _Tx(conn)
        except psycopg.DataError as exc:  # e.g. a NUL character, which PostgreSQL text cannot hold: nothing written
            raise InputError(f"the database refused the data: {str(exc).splitlines()[0]}") from exc

    def _lock(self, tx: _Tx, name: str, *, shared: bool = False) -> None:  # type: ignore[override]
        kind = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
        tx.execute(f"SELECT {kind}(?)", (_LOCKS[name],))

    def _analyze(self, tx: _Tx, table: str) -> None:  # type: ignore[override]
        """Without it, a table filled moments ago is planned as if unknown: the neighbourhood of a new article was
        read by scanning all 100,000 reports (1.3 s) instead of through the indexes."""
        tx.execute(f"ANALYZE {table}")

    def _bulk_insert(self, tx: _Tx, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:  # type: ignore[override]
        """COPY: tens of thousands of rows a second, where one INSERT per row manages a few thousand."""
        count = 0
        with tx.conn.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
        return count

    def _insert_new_reports(self, tx: _Tx, rows: list[tuple]) -> int:  # type: ignore[override]
        """COPY into a temporary table, then one INSERT ... SELECT that skips ids already stored: an ingest of
        100,000 reports in seconds rather than one round trip per report."""
        if len(rows) < 100:
            return super()._insert_new_reports(tx, rows)  # type: ignore[arg-type]
        tx.execute(
            "CREATE TEMP TABLE incoming (n bigint, report_id text, document_key text, original jsonb, current jsonb, "
            "added_at text) ON COMMIT DROP"
        )
        self._bulk_insert(tx, "incoming", ("n", *_REPORT_INPUT), ((n, *row) for n, row in enumerate(rows)))
        columns = ", ".join(_REPORT_INPUT)
        cursor = tx.execute(
            f"INSERT INTO reports ({columns}) SELECT {columns} FROM incoming ORDER BY n ON CONFLICT DO NOTHING"
        )
        return cursor.rowcount

    def _stream(self, sql: str) -> Iterator[tuple]:
        """Rows from a server-side cursor, so a copy of 100,000 reports never holds them all in memory."""
        with self.pool.connection() as conn, conn.transaction(), conn.cursor(name="strikemap_stream") as cursor:
            cursor.itersize = 2000
            cursor.execute(sql)
            yield from cursor

    def _view_columns(self, tx: _Tx, name: str) -> list[str]:  # type: ignore[override]
        rows = tx.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = ? ORDER BY ordinal_position",
            (name,),
        ).fetchall()
        return [row[0] for row in rows]

    def _json_number(self, name: str) -> str:
        return f"(current->>'{name}')::double precision"

    def _within(self, south: float, west: float, north: float, east: float) -> tuple[str, tuple[float, ...]]:
        return "geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)", (west, south, east, north)  # the GiST index

    def _views(self) -> dict[str, tuple[list[tuple[str, str]], str]]:
        """Typed columns and the PostGIS geometry, which QGIS lists as point layers."""

        def column(source: str, name: str, kind: str) -> str:
            if kind == "json":
                return f"{source}->'{name}'"
            return f"({source}->>'{name}')::{_TYPES[kind]}" if kind in _TYPES else f"{source}->>'{name}'"

        reports = [(column("current", name, kind), name) for name, kind in report_columns()]
        reports[[name for _, name in reports].index("event_id")] = (
            "COALESCE(event_id, current->>'event_id')",
            "event_id",
        )
        reports += [(column("current", "lon", "float"), "lon"), (column("current", "lat", "float"), "lat")]
        events = [(column("properties", name, kind), name) for name, kind in EVENT_COLUMNS]
        events += [("lon", "lon"), ("lat", "lat")]
        geometry = ("geom", "geometry")
        return {"strike_reports": ([*reports, geometry], "reports"), "strike_events": ([*events, geometry], "events")}
