"""StrikeReports <-> GeoDataFrame, the hand-over format between extraction, maps, exports and the app."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geo.errors import InputError
from geo.model import PROPERTIES, StrikeReport, checked_value

CRS = "EPSG:4326"


def empty_frame() -> gpd.GeoDataFrame:
    """A frame with every contract column and no rows."""
    return gpd.GeoDataFrame({name: pd.Series(dtype="object") for name in PROPERTIES}, geometry=[], crs=CRS)


def reports_to_frame(reports: Iterable[StrikeReport]) -> gpd.GeoDataFrame:
    """One row per report, columns in contract order, Point geometry in WGS84."""
    rows = list(reports)
    if not rows:
        return empty_frame()
    data = {name: [getattr(r, name) for r in rows] for name in PROPERTIES}
    geometry = [Point(r.lon, r.lat) for r in rows]
    return gpd.GeoDataFrame(data, geometry=geometry, crs=CRS)


def _plain(value: object) -> object:
    """Pandas NaN/NaT/NA and numpy scalars as plain Python values; dates and timestamps as YYYY-MM-DD."""
    if value is None or value is pd.NaT or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]  # type: ignore[union-attr]
    if hasattr(value, "item"):
        return value.item()  # type: ignore[union-attr]
    return value


def frame_to_reports(frame: gpd.GeoDataFrame) -> list[StrikeReport]:
    """Rows back to reports, every value checked against the contract (a wrong type is an InputError naming the
    report); missing contract columns become None, a missing status `unreviewed`."""
    n = len(frame)
    # Whole columns as lists: iterrows() builds a Series per row and is ten times slower on large frames.
    columns = {
        name: [_plain(v) for v in frame[name].tolist()] if name in frame.columns else [None] * n for name in PROPERTIES
    }
    points = frame.geometry.tolist()
    reports = []
    for i, point in enumerate(points):
        values = {}
        for name, column in columns.items():
            try:
                values[name] = checked_value(name, column[i])
            except InputError as exc:
                raise InputError(f"report {columns['report_id'][i] or i}: {exc}; fix it in the input file") from None
        values["status"] = values["status"] or "unreviewed"
        reports.append(StrikeReport(**values, lat=float(point.y), lon=float(point.x)))
    return reports


def read_geojson(path: str | Path) -> gpd.GeoDataFrame:
    """Read a strike-report GeoJSON file, with a clear InputError for anything that is not one."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return parse_geojson(raw, source=str(path))


def parse_geojson(raw: bytes | str, source: str = "input") -> gpd.GeoDataFrame:
    """Parse GeoJSON text into a contract frame; features must be Points with [lon, lat]."""
    try:
        doc = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{source} is not valid JSON: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise InputError(f"{source} is not a GeoJSON FeatureCollection")
    features = doc.get("features")
    if not isinstance(features, list):
        raise InputError(f"{source} has no 'features' list")
    rows, geometry = [], []
    for i, feature in enumerate(features):
        geom = feature.get("geometry") if isinstance(feature, dict) else None
        coords = geom.get("coordinates") if isinstance(geom, dict) else None
        if not (
            isinstance(geom, dict)
            and geom.get("type") == "Point"
            and isinstance(coords, list)
            and len(coords) >= 2
            and all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in coords[:2])
        ):
            raise InputError(f"{source}: feature {i} is not a Point with numeric [lon, lat] coordinates")
        lon, lat = float(coords[0]), float(coords[1])
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise InputError(f"{source}: feature {i} has coordinates out of range (expected [lon, lat])")
        props = feature.get("properties") or {}
        if not isinstance(props, dict):
            raise InputError(f"{source}: feature {i} has properties that are not an object")
        try:
            rows.append({name: checked_value(name, props.get(name)) for name in PROPERTIES})
        except InputError as exc:
            raise InputError(f"{source}: feature {i}: {exc}") from None
        geometry.append(Point(lon, lat))
    if not rows:
        return empty_frame()
    frame = gpd.GeoDataFrame(pd.DataFrame(rows, columns=list(PROPERTIES)), geometry=geometry, crs=CRS)
    frame["status"] = frame["status"].fillna("unreviewed")
    return frame
