"""An ingest folder read back with the filters pushed down to the Parquet read: months outside a date range are
not opened, and row groups whose statistics rule a country or action out are skipped, so a view of a large corpus
reads only what it shows."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pyarrow as pa
import pyarrow.dataset as ds

from geo.frame import CRS, empty_frame
from geo.ingest.output import REPORTS, UNKNOWN_MONTH, batch_of, committed_batches, report_schema


def reports_dataset(out: Path) -> ds.Dataset | None:
    """The reports of committed batches only: a file a killed run's worker wrote after the crash is never read."""
    folder = Path(out) / REPORTS
    done = committed_batches(Path(out))
    files = sorted(str(p) for p in folder.glob("month=*/part-*.parquet") if batch_of(p) in done)
    if not files:
        return None
    partitioning = ds.partitioning(pa.schema([("month", pa.string())]), flavor="hive")
    schema = report_schema().append(pa.field("month", pa.string()))
    return ds.dataset(files, format="parquet", partitioning=partitioning, partition_base_dir=str(folder), schema=schema)


def report_filter(
    start: str | None = None,
    end: str | None = None,
    countries: list[str] | None = None,
    actions: list[str] | None = None,
) -> ds.Expression | None:
    """Reports whose event date is within [start, end] (YYYY-MM-DD; undated reports drop out once a range is set),
    in one of `countries` (the place's country) and of one of `actions`."""
    parts = []
    if start:
        parts += [ds.field("month") >= start[:7], ds.field("month") != UNKNOWN_MONTH, ds.field("event_date") >= start]
    if end:
        parts += [ds.field("month") <= end[:7], ds.field("event_date") <= end]
    if countries:
        parts.append(ds.field("country_code").isin(countries))
    if actions:
        parts.append(ds.field("action").isin(actions))
    expr = None
    for part in parts:
        expr = part if expr is None else expr & part
    return expr


def read_reports(
    out: Path,
    *,
    start: str | None = None,
    end: str | None = None,
    countries: list[str] | None = None,
    actions: list[str] | None = None,
    columns: list[str] | None = None,
) -> gpd.GeoDataFrame:
    """The reports of an ingest folder that pass the filters, as the contract GeoDataFrame (only `columns`, plus
    the geometry, when given)."""
    dataset = reports_dataset(out)
    if dataset is None:
        return empty_frame()
    wanted = None if columns is None else [*dict.fromkeys([*columns, "geometry"])]
    table = dataset.to_table(columns=wanted, filter=report_filter(start, end, countries, actions))
    return table_to_frame(table)


def table_to_frame(table: pa.Table) -> gpd.GeoDataFrame:
    import shapely

    frame = table.drop_columns(["geometry"]).to_pandas()
    geometry = shapely.from_wkb(table.column("geometry").to_numpy(zero_copy_only=False))
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=CRS)


def write_geojson(out: Path) -> Path:
    """Every report of the folder as one RFC 7946 GeoJSON file beside the partitions (rewritten whole each time)."""
    from geo.io.writers import write_geojson as write

    frame = read_reports(out)
    if "month" in frame.columns:
        frame = frame.drop(columns=["month"])
    path = Path(out) / "reports.geojson"
    write(frame.sort_values("report_id", kind="stable").reset_index(drop=True), path)
    return path
