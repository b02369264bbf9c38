"""Checks across sources at build time: ISO 3166-2 points against their country and the cities in them."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from gazetteer.fold import fold
from gazetteer.place import distance_km
from gazetteer.sources import SourceRecord
from gazetteer.sources.subdivisions import is_regional

SUBDIVISION_SOURCE = "iso3166-2"
CITY_TWIN_KM = 10.0
OUTSIDE_COUNTRY_KM = 25.0
NO_CITY_NEAR_KM = 50.0
_KM_PER_DEGREE = 111.2


def _keys(record: SourceRecord) -> set[str]:
    return {k for k in (fold(n) for n in record.names) if k}


class _Cities:
    """Populated places of each country, for nearest-city distances."""

    def __init__(self, records: list[SourceRecord]) -> None:
        groups: dict[str | None, list[SourceRecord]] = defaultdict(list)
        for record in records:
            if record.place.feature_class == "P":
                groups[record.place.country_code].append(record)
        self.groups = groups
        self.coords = {
            cc: (np.array([c.place.lat for c in group]), np.array([c.place.lon for c in group]))
            for cc, group in groups.items()
        }

    def within(self, record: SourceRecord) -> tuple[float, list[tuple[SourceRecord, float]]]:
        """(distance to the nearest city of the same country, cities within CITY_TWIN_KM)."""
        coords = self.coords.get(record.place.country_code)
        if coords is None:
            return math.inf, []
        distances = distance_km(record.place.lat, record.place.lon, *coords)
        group = self.groups[record.place.country_code]
        near = [(group[i], float(distances[i])) for i in np.flatnonzero(distances <= CITY_TWIN_KM)]
        return float(distances.min()), near


def crosscheck(
    records: Iterable[SourceRecord], shapes: dict[str, BaseGeometry]
) -> tuple[list[SourceRecord], list[str]]:
    """(records to index, one line per dropped subdivision saying why).

    An ISO 3166-2 subdivision is dropped when the overlay curates a place of that name in its country (the overlay
    knows better: `Absheron` at its seat), when it is a city-municipality twin of a same-named city within 10 km
    (the city entry serves; a province, state or governorate stays a region around its city), or when its point lies
    25+ km outside its country, off any land unit, with no city of it within 50 km (Bengkulu in the sea). A point
    inside the wrong neighbour's land is not caught.
    """
    records = list(records)
    overlay_keys: dict[str | None, set[str]] = defaultdict(set)
    for record in records:
        if record.place.source.startswith("overlay"):
            overlay_keys[record.place.country_code] |= _keys(record)
    cities = _Cities(records)
    for geometry in shapes.values():
        shapely.prepare(geometry)
    land = shapely.STRtree(list(shapes.values()))
    kept: list[SourceRecord] = []
    dropped: list[str] = []
    for record in records:
        place = record.place
        reason = None
        if place.source == SUBDIVISION_SOURCE:
            reason = _drop_reason(
                record, overlay_keys[place.country_code], cities, shapes.get(place.country_code or ""), land
            )
        if reason:
            dropped.append(f"{place.id} {place.name} ({place.lat}, {place.lon}): {reason}")
        else:
            kept.append(record)
    return kept, dropped


def _drop_reason(
    record: SourceRecord,
    overlay_keys: set[str],
    cities: _Cities,
    country: BaseGeometry | None,
    land: shapely.STRtree,
) -> str | None:
    place = record.place
    if fold(place.name) in overlay_keys:
        return "curated in the overlay"
    nearest_city_km, near = cities.within(record)
    keys = _keys(record)
    twins = () if is_regional(place.admin1 or "") else near  # a province is never its capital's twin
    for city, distance in twins:
        if keys & _keys(city):
            return f"twin of the city {city.place.id} {distance:.1f} km away"
    if country is not None and nearest_city_km > NO_CITY_NEAR_KM:
        point = shapely.Point(place.lon, place.lat)
        outside_km = 0.0 if country.contains(point) else country.distance(point) * _KM_PER_DEGREE
        on_other_land = len(land.query(point, predicate="intersects")) > 0  # a territory, e.g. Western Sahara
        if outside_km > OUTSIDE_COUNTRY_KM and not on_other_land:
            return f"point {outside_km:.0f} km outside {place.country_code}, nearest city {nearest_city_km:.0f} km"
    return None
