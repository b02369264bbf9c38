"""The ingest output folder: partitioned GeoParquet reports, a documents table and an errors table.

    DIR/reports/part-<batch>.parquet                 GeoParquet, one row per report, every contract property
    DIR/documents/part-<batch>.parquet               one row per document: extracted, copy of another, or error
    DIR/errors/part-<batch>.parquet                  why a document was not read, or was split

Every file is written beside its place and renamed into it once on disk (fsync), so a file is whole or absent. A
batch's documents file is written last: it is the batch's commit record. A reports or errors file whose batch has
no documents file is what a killed run left half done, and is removed before the next run starts.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from geo.errors import InputError
from geo.model import FLOAT_PROPERTIES, INT_PROPERTIES, PROPERTIES, StrikeReport

REPORTS, DOCUMENTS, ERRORS = "reports", "documents", "errors"
PARTIAL = ".partial"

DOCUMENT_SCHEMA = pa.schema(
    [
        ("unit_id", pa.string()),
        ("seq", pa.int64()),  # the document's place in the sources' order (a re-run meets them in the same order)
        ("name", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("published", pa.string()),
        ("language", pa.string()),
        ("status", pa.string()),  # extracted | duplicate | error
        ("duplicate_of", pa.string()),  # the unit_id of the original a copy was linked to
        ("content_hash", pa.string()),
        ("part", pa.int32()),
        ("parts", pa.int32()),
        ("chars", pa.int64()),
        ("n_reports", pa.int32()),
        ("minhash", pa.binary()),
        ("batch", pa.string()),
    ]
)
ERROR_SCHEMA = pa.schema(
    [
        ("name", pa.string()),
        ("source", pa.string()),
        ("kind", pa.string()),  # error (not read) | split (read in parts)
        ("reason", pa.string()),
        ("batch", pa.string()),
    ]
)


def report_schema() -> pa.Schema:
    """Contract properties typed (text, integer, number), so every partition has the same schema."""
    fields = []
    for name in PROPERTIES:
        kind = pa.int64() if name in INT_PROPERTIES else pa.float64() if name in FLOAT_PROPERTIES else pa.string()
        fields.append((name, kind))
    return pa.schema([*fields, ("geometry", pa.binary())])


GEO_METADATA = (
    b'{"version": "1.0.0", "primary_column": "geometry", "columns": {"geometry": {"encoding": "WKB", '
    b'"geometry_types": ["Point"]}}}'
)  # no "crs": GeoParquet then means OGC:CRS84, longitude/latitude on WGS84, which the points are


def reports_table(reports: list[StrikeReport]) -> pa.Table:
    """Reports as one GeoParquet table, rows by event date then id: row groups then carry tight date statistics for
    a corpus read in date order, and a range filter skips the others."""
    import shapely

    rows = sorted(reports, key=lambda r: (r.event_date or "", r.report_id))
    columns = {name: [getattr(r, name) for r in rows] for name in PROPERTIES}
    points = shapely.points([r.lon for r in rows], [r.lat for r in rows])
    columns["geometry"] = list(shapely.to_wkb(points))
    return pa.table(columns, schema=report_schema().with_metadata({b"geo": GEO_METADATA}))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_durably(table: pa.Table, path: Path) -> None:
    """Write a Parquet file so that it is whole or absent, and on disk before this returns."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name("." + path.name + PARTIAL)  # hidden: Parquet readers of the folder skip it
    with partial.open("wb") as f:
        pq.write_table(table, f, compression="zstd")
        f.flush()
        os.fsync(f.fileno())
    os.replace(partial, path)
    _fsync_dir(path.parent)


def part_name(batch: str) -> str:
    return f"part-{batch}.parquet"


def batch_of(path: Path) -> str:
    return path.name.removeprefix("part-").removesuffix(".parquet")


def write_reports(out: Path, batch: str, reports: list[StrikeReport]) -> None:
    """A batch's reports, one file (written by the worker that extracted them). One file a batch, not a folder a
    month: a corpus in no date order would scatter each batch over every month, thousands of tiny files."""
    write_durably(reports_table(reports), out / REPORTS / part_name(batch))


def write_commit(out: Path, batch: str, documents: list[dict], errors: list[dict]) -> None:
    """The batch's errors, then its documents: once that file is on disk, the batch is done."""
    if errors:
        write_durably(pa.Table.from_pylist(errors, schema=ERROR_SCHEMA), out / ERRORS / part_name(batch))
    write_durably(pa.Table.from_pylist(documents, schema=DOCUMENT_SCHEMA), out / DOCUMENTS / part_name(batch))


def committed_batches(out: Path) -> set[str]:
    return {batch_of(p) for p in (out / DOCUMENTS).glob("part-*.parquet")}


def remove_uncommitted(out: Path) -> int:
    """Delete what a killed run left: partial files and the reports and errors of batches never committed."""
    done = committed_batches(out)
    removed = 0
    for path in [*(out / REPORTS).glob("*"), *(out / ERRORS).glob("*"), *(out / DOCUMENTS).glob("*")]:
        if path.is_file() and (
            path.name.endswith(PARTIAL) or (path.suffix == ".parquet" and batch_of(path) not in done)
        ):
            path.unlink()
            removed += 1
    return removed


def read_table(out: Path, kind: str, columns: list[str] | None = None) -> pa.Table:
    """The whole documents or errors table (empty, with its schema, before anything is written)."""
    schema = DOCUMENT_SCHEMA if kind == DOCUMENTS else ERROR_SCHEMA
    files = sorted((out / kind).glob("part-*.parquet"))
    if not files:
        table = schema.empty_table()
        return table.select(columns) if columns else table
    import pyarrow.dataset as ds

    return ds.dataset(files, schema=schema, format="parquet").to_table(columns=columns)


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """One run at a time in an output folder (the lock goes with the process, even on kill -9)."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / ".lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(f"another ingest is writing to {out}; wait for it to finish") from None
        yield
