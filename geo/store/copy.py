"""Moving a whole store between databases (`python -m geo store copy SRC DST`): SQLite to PostGIS when a team
starts sharing, PostGIS to SQLite to take a night's work away. Lossless: every table's rows (articles, reports as
extracted and as reviewed with their versions, reviews, the audit trail, events and the users' overrides), in order."""

from __future__ import annotations

from pathlib import Path

from geo.errors import InputError
from geo.store import SQLITE_PREFIX, open_store
from geo.store.sql import TABLES, SQLStore


def _existing(url: str) -> str:
    """The source must exist: opening a missing SQLite path would make an empty store and copy nothing."""
    path = url[len(SQLITE_PREFIX) :] if url.startswith(SQLITE_PREFIX) else url if "://" not in url else None
    if path is not None and not Path(path).is_file():
        raise InputError(f"no event store at {path}")
    return url


def copy_store(src_url: str, dst_url: str) -> dict[str, int]:
    """Copy every row of the store at `src_url` into the empty store at `dst_url` (created and migrated if new),
    in one transaction; returns the rows copied per table."""
    if src_url == dst_url:
        raise InputError("the source and the destination are the same store")
    src = open_store(_existing(src_url))
    try:
        dst = open_store(dst_url)
        try:
            assert isinstance(src, SQLStore) and isinstance(dst, SQLStore)
            if not dst.is_empty():
                raise InputError(f"{dst_url} already holds data: copy into a new file or an empty database")
            return dst.load_tables({table: src.table_rows(table) for table in TABLES})
        finally:
            dst.close()
    finally:
        src.close()


def store_counts(url: str) -> dict[str, int]:
    """Rows per table of a store (what `python -m geo store info` prints)."""
    store = open_store(_existing(url))
    try:
        assert isinstance(store, SQLStore)
        return {"schema_version": store.schema_version(), **store.counts()}
    finally:
        store.close()
