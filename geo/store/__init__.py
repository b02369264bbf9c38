"""The event store: one interface (`geo.store.base.EventStore`), one module per database backend (SQLite for one
person with no set-up, PostgreSQL with PostGIS for a team).

`open_store()` picks the backend from a database URL: the argument, else `$STRIKEMAP_DB`, else the SQLite file in
the data directory.
"""

from __future__ import annotations

import os
from pathlib import Path

from gazetteer.datadir import data_dir
from geo.errors import InputError
from geo.store.base import EventStore, StaleEditError, current_user
from geo.store.sqlite import SQLiteStore

STORE_FILE = "events.sqlite"
SQLITE_PREFIX = "sqlite:///"
POSTGRES_PREFIXES = ("postgresql://", "postgres://")


def default_url() -> str:
    """`$STRIKEMAP_DB`, or the SQLite file in the data directory (`$STRIKEMAP_DATA`)."""
    return os.environ.get("STRIKEMAP_DB") or SQLITE_PREFIX + str(data_dir() / STORE_FILE)


def open_store(url: str | None = None) -> EventStore:
    """The store a database URL names: `sqlite:///PATH` (or a plain file path), `postgresql://USER@HOST:PORT/DB`."""
    url = url or default_url()
    if url.startswith(SQLITE_PREFIX):
        return SQLiteStore(Path(url[len(SQLITE_PREFIX) :]))
    if url.startswith(POSTGRES_PREFIXES):
        from geo.store.postgres import PostgresStore  # psycopg is imported only by those who use it

        return PostgresStore(url)
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise InputError(f"no event store for {scheme}:// URLs here; use sqlite:///PATH or postgresql://USER@HOST/DB")
    return SQLiteStore(Path(url))


__all__ = [
    "STORE_FILE",
    "EventStore",
    "SQLiteStore",
    "StaleEditError",
    "current_user",
    "default_url",
    "open_store",
]
