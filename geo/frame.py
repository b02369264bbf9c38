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
from geo.model import (
    ACTIONS,
    CLAIM_TYPES,
    CLAIMANT_KINDS,
    FLOAT_PROPERTIES,
    INT_PROPERTIES,
    PROPERTIES,
    STATUSES,
    StrikeReport,
)

CRS = "EPSG:4326"
# Properties whose values the map, filters and store branch on: anything else would be silently dropped there.
_ENUMS: dict[str, tuple[str, ...]] = {
    "action": ACTIONS,
    "claim_type": CLAIM_TYPES,
    "claimant_kind": CLAIMANT_KINDS,
    "status": STATUSES,
}


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


def _clean(name: str, value: object) -> object:
    """Pandas NaN/NaT and numpy scalars back to plain Python values of the contract's type."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    if name in INT_PROPERTIES:
        return int(value)  # type: ignore[arg-type]
    if name in FLOAT_PROPERTIES:
        return float(value)  # type: ignore[arg-type]
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]  # type: ignore[union-attr]
    if hasattr(value, "item"):
        return value.item()  # type: ignore[union-attr]
    return value


def frame_to_reports(frame: gpd.GeoDataFrame) -> list[StrikeReport]:
    """Rows back to reports; missing contract columns become None (status defaults to `unreviewed`)."""
    n = len(frame)
    # Whole columns as lists: iterrows() builds a Series per row and is ten times slower on large frames.
    columns = {
        name: [_clean(name, v) for v in frame[name].tolist()] if name in frame.columns else [None] * n
        for name in PROPERTIES
    }
    points = frame.geometry.tolist()
    reports = []
    for i, point in enumerate(points):
        values = {name: column[i] for name, column in columns.items()}
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


def _checked(name: str, value: object, source: str, index: int) -> object:
    """A contract property of the contract's type, or an InputError naming the feature and property."""
    if value is None:
        return None
    where = f"{source}: feature {index}:"
    if name in INT_PROPERTIES or name in FLOAT_PROPERTIES:
        number_ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        if not number_ok or (name in INT_PROPERTIES and value != int(value)):
            kind = "an integer" if name in INT_PROPERTIES else "a number"
            raise InputError(f"{where} {name} has the wrong type (expected {kind}, got {value!r:.40})")
        return int(value) if name in INT_PROPERTIES else float(value)
    if not isinstance(value, str):
        raise InputError(f"{where} {name} must be text or null, not {type(value).__name__} ({value!r:.40})")
    allowed = _ENUMS.get(name)
    if allowed is not None and value not in allowed:
        raise InputError(f"{where} {name} is {value!r:.40}, expected one of {', '.join(allowed)}")
    return value


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
        rows.append({name: _checked(name, props.get(name), source, i) for name in PROPERTIES})
        geometry.append(Point(lon, lat))
    if not rows:
        return empty_frame()
    frame = gpd.GeoDataFrame(pd.DataFrame(rows, columns=list(PROPERTIES)), geometry=geometry, crs=CRS)
    frame["status"] = frame["status"].fillna("unreviewed")
    return frame
