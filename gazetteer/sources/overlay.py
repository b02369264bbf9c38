"""The project's curated overlay (data/overlay.csv): regions, districts, villages and sites (bases, fields, ports) the
packaged sources lack or misplace."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from importlib import resources

from gazetteer.errors import GazetteerError
from gazetteer.place import Place
from gazetteer.sources import SourceRecord

COLUMNS = ("id", "name", "alternate_names", "lat", "lon", "feature_code", "country_code", "radius_km", "source")


# a base, a field, a port or a temple is a spot drawn like an airport (class S), not an area other places lie in
_CLASSES = {"RGN": "L", "RGNE": "L", "PRSH": "L", "AREA": "L", "PEN": "T", "ISL": "T", "MT": "T", "MTS": "T", "PS": "S",
            "AIRB": "S", "MILB": "S", "OILF": "S", "PRT": "S", "PSTB": "S", "TMPL": "S",
            "SEA": "H", "STRT": "H", "GULF": "H", "BAY": "H"}  # fmt: skip


def _feature_class(code: str) -> str:
    """GeoNames feature class of a feature code: P for PPL*, A for ADM*/PCL*, else from the table."""
    return "P" if code.startswith("PPL") else _CLASSES.get(code, "A")


def parse_overlay(text: str, origin: str = "overlay.csv") -> Iterator[SourceRecord]:
    """Rows of `COLUMNS`; alternate names separated by `|`; `source` says where the coordinates come from."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise GazetteerError(f"{origin}: expected columns {','.join(COLUMNS)}, got {reader.fieldnames}")
    for line, row in enumerate(reader, start=2):
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
            radius = float(row["radius_km"]) if row["radius_km"] else None
        except (TypeError, ValueError) as exc:
            raise GazetteerError(f"{origin}:{line}: bad number ({exc})") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not row["source"]:
            raise GazetteerError(f"{origin}:{line}: coordinates out of range or no source cited")
        code = row["feature_code"]
        place = Place(
            id=f"overlay:{row['id']}",
            name=row["name"],
            lat=lat,
            lon=lon,
            feature_class=_feature_class(code),
            feature_code=code,
            country_code=row["country_code"] or None,
            source=f"overlay ({row['source']})",
            radius_km=radius,
        )
        alternates = tuple(n.strip() for n in (row["alternate_names"] or "").split("|") if n.strip())
        yield SourceRecord(place, (row["name"], *alternates))


def records() -> Iterator[SourceRecord]:
    text = resources.files("gazetteer.data").joinpath("overlay.csv").read_text(encoding="utf-8")
    yield from parse_overlay(text)
