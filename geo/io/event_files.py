"""Events written as files: GeoJSON (one Point per event, nested claims as JSON), a GeoPackage with an `events` and
a `reports` layer related by `event_id` (give the reports `with_events`), or CSV (lists and claims as JSON text)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
from shapely.geometry import Point

from geo.errors import InputError
from geo.events.describe import Event
from geo.frame import CRS
from geo.io.files import atomic_path
from geo.io.writers import contract_frame

EVENT_SUFFIXES = (".geojson", ".gpkg", ".csv")
NESTED = ("sources", "claims", "sides_blaming", "report_ids")


def _feature(event: Event) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [round(event.lon, 7), round(event.lat, 7)]},
        "properties": event.properties,
    }


def _text(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _flat_frame(events: Sequence[Event]) -> gpd.GeoDataFrame:
    """One row per event; nested properties as JSON text, so GDAL and spreadsheets keep them."""
    rows = [{k: _text(v) if k in NESTED else v for k, v in e.properties.items()} for e in events]
    geometry = [Point(e.lon, e.lat) for e in events]
    return gpd.GeoDataFrame(pd.DataFrame(rows), geometry=geometry, crs=CRS)


def write_events(events: Sequence[Event], reports: gpd.GeoDataFrame, path: Path) -> None:
    """Events in the format the suffix names; a GeoPackage also holds the reports, each with its `event_id`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EVENT_SUFFIXES:
        choices = ", ".join(EVENT_SUFFIXES)
        raise InputError(f"cannot write events to {path.name!r}: choose an output ending in {choices}")
    with atomic_path(path) as partial:
        if suffix == ".geojson":
            collection = {"type": "FeatureCollection", "features": [_feature(e) for e in events]}
            partial.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
        elif suffix == ".csv":
            table = pd.DataFrame(_flat_frame(events).drop(columns="geometry"))
            table["latitude"], table["longitude"] = [e.lat for e in events], [e.lon for e in events]
            partial.write_bytes(table.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig"))
        else:
            pyogrio.write_dataframe(_flat_frame(events), partial, layer="events", driver="GPKG", geometry_type="Point")
            pyogrio.write_dataframe(
                contract_frame(reports), partial, layer="reports", driver="GPKG", geometry_type="Point", append=True
            )
