"""An ingest folder read back with the filters pushed down to the Parquet read: row groups whose statistics rule a
date range, a country or an action out are skipped, and only the columns asked for are read, so a view of a large
corpus reads little more than what it shows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import shapely

from geo.ingest.output import REPORTS, batch_of, committed_batches, report_schema

if TYPE_CHECKING:  # geopandas only where a GeoDataFrame is asked for: the Corpus page reads without it
    import geopandas as gpd


def reports_dataset(out: Path) -> ds.Dataset | None:
    """The reports of committed batches only: a file a killed run's worker wrote after the crash is never read."""
    folder = Path(out) / REPORTS
    done = committed_batches(Path(out))
    files = sorted(str(p) for p in folder.glob("part-*.parquet") if batch_of(p) in done)
    if not files:
        return None
    return ds.dataset(files, format="parquet", schema=report_schema())


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
        parts.append(ds.field("event_date") >= start)
    if end:
        parts.append(ds.field("event_date") <= end)
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
        from geo.frame import empty_frame

        return empty_frame()
    wanted = None if columns is None else [*dict.fromkeys([*columns, "geometry"])]
    table = dataset.to_table(columns=wanted, filter=report_filter(start, end, countries, actions))
    return table_to_frame(table)


def table_to_frame(table: pa.Table) -> gpd.GeoDataFrame:
    import geopandas as gpd

    from geo.frame import CRS

    frame = table.drop_columns(["geometry"]).to_pandas()
    geometry = shapely.from_wkb(table.column("geometry").to_numpy(zero_copy_only=False))
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=CRS)


def write_geojson(out: Path) -> Path:
    """Every report of the folder as one RFC 7946 GeoJSON file beside the partitions (rewritten whole each time)."""
    from geo.io.writers import write_geojson as write

    frame = read_reports(out)
    path = Path(out) / "reports.geojson"
    write(frame.sort_values("report_id", kind="stable").reset_index(drop=True), path)
    return path


PLACE_COLUMNS = ["place_id", "place_name", "country_code", "lat", "lon", "reports", "actions", "first", "last"]
_AGGREGATED = ["place_id", "place_name", "country_code", "action", "event_date", "geometry"]


@dataclass
class Overview:
    """What the first, unfiltered view of a folder draws, from one read of it."""

    facets: dict[str, list[str]]
    places: pd.DataFrame


def overview(out: Path) -> Overview:
    """The filters' facets and the place counts of the whole folder in one scan: a folder is hundreds of part
    files, and a scan pays about 1 ms a file to open and decode them whatever it reads, so one scan instead of two
    is most of a first view's reading."""
    dataset = reports_dataset(out)
    if dataset is None:
        return Overview(_facets_of(None), pd.DataFrame(columns=PLACE_COLUMNS))
    table = dataset.to_table(columns=_AGGREGATED)
    return Overview(_facets_of(table), _places_of(table))


def facets(out: Path) -> dict[str, list[str]]:
    """What the filters can offer: the countries and actions present, and the first and last event date."""
    dataset = reports_dataset(out)
    return _facets_of(None if dataset is None else dataset.to_table(columns=["country_code", "action", "event_date"]))


def _facets_of(table: pa.Table | None) -> dict[str, list[str]]:
    if table is None or table.num_rows == 0:
        return {"countries": [], "actions": [], "dates": []}
    dates = pc.min_max(table.column("event_date"))
    return {
        "countries": sorted(v for v in pc.unique(table.column("country_code")).to_pylist() if v),
        "actions": sorted(v for v in pc.unique(table.column("action")).to_pylist() if v),
        "dates": [d for d in (dates["min"].as_py(), dates["max"].as_py()) if d],
    }


def place_counts(out: Path, **filters) -> pd.DataFrame:
    """One row per place with its number of reports, its most reported actions and its first and last date: what
    a map of a large corpus draws (a hundred thousand reports fall on a few thousand places at most)."""
    dataset = reports_dataset(out)
    if dataset is None:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    return _places_of(dataset.to_table(columns=_AGGREGATED, filter=report_filter(**filters)))


def _places_of(table: pa.Table) -> pd.DataFrame:
    if table.num_rows == 0:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    places = table.group_by("place_id", use_threads=False).aggregate(
        [
            ("place_id", "count"),
            ("place_name", "first"),
            ("country_code", "first"),
            ("geometry", "first"),
            ("event_date", "min"),
            ("event_date", "max"),
        ]
    )
    by_action = table.group_by(["place_id", "action"]).aggregate([("action", "count")]).to_pandas()
    by_action = by_action.sort_values(["place_id", "action_count", "action"], ascending=[True, False, True])
    by_action["label"] = by_action["action"].fillna("unknown") + " " + by_action["action_count"].astype(str)
    top = by_action.groupby("place_id", sort=False).head(3).groupby("place_id", sort=False)["label"].agg(", ".join)
    points = shapely.from_wkb(places.column("geometry_first").to_numpy(zero_copy_only=False))
    frame = pd.DataFrame(
        {
            "place_id": places.column("place_id").to_pylist(),
            "place_name": places.column("place_name_first").to_pylist(),
            "country_code": places.column("country_code_first").to_pylist(),
            "lat": shapely.get_y(points),
            "lon": shapely.get_x(points),
            "reports": places.column("place_id_count").to_pylist(),
            "first": places.column("event_date_min").to_pylist(),
            "last": places.column("event_date_max").to_pylist(),
        }
    )
    frame["actions"] = frame["place_id"].map(top).fillna("")
    return frame[PLACE_COLUMNS].sort_values("reports", ascending=False, kind="stable").reset_index(drop=True)


def latest_reports(out: Path, limit: int, columns: list[str], **filters) -> pd.DataFrame:
    """The `limit` most recent reports that pass the filters (a table of a large corpus shows a page, not all)."""
    dataset = reports_dataset(out)
    if dataset is None:
        return pd.DataFrame(columns=columns)
    table = dataset.to_table(columns=columns, filter=report_filter(**filters))
    if "event_date" in columns and table.num_rows > limit:
        table = table.sort_by([("event_date", "descending")])
    return table.slice(0, limit).to_pandas()
