"""The value object every gazetteer source produces and every caller receives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG)
DEFAULT_AREA_RADIUS_KM = 50.0  # an area whose source gives no size: about a district
AREA_MARGIN = 1.2  # an area's radius is an estimate from its surface: a place a little beyond it may still lie in it
WATER_CODES = frozenset({"SEA", "GULF", "STRT", "BAY", "OCN", "LK", "STM", "RSV", "CNL", "SD", "CHN"})


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance (haversine, mean Earth radius) between points given in degrees; numpy arrays give
    one distance per pair, so the build's cross-checks and the resolver share this one function."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(np.subtract(lon2, lon1)) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(h, 1.0)))


def destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) along `bearing` (degrees clockwise from north), on the same sphere as
    `distance_km`."""
    p1, l1, b, d = np.radians(lat), np.radians(lon), np.radians(bearing), km / EARTH_RADIUS_KM
    p2 = np.arcsin(np.sin(p1) * np.cos(d) + np.cos(p1) * np.sin(d) * np.cos(b))
    l2 = l1 + np.arctan2(np.sin(b) * np.sin(d) * np.cos(p1), np.cos(d) - np.sin(p1) * np.sin(p2))
    return float(np.degrees(p2)), float((np.degrees(l2) + 540) % 360 - 180)


class Located(Protocol):
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. `id` is namespaced by source: `geonames:586523`, `ne:AZE`, `overlay:nagorno-karabakh`."""

    id: str
    name: str
    lat: float
    lon: float
    feature_class: str | None = None
    feature_code: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    population: int = 0
    source: str = ""
    radius_km: float | None = None
    score: float = 0.0

    @property
    def is_country(self) -> bool:
        return (self.feature_code or "").startswith("PCL")

    @property
    def is_continent(self) -> bool:
        return self.feature_code == "CONT"

    @property
    def is_country_scale(self) -> bool:
        """A country or a continent: too large to be where a strike happened or to anchor nearby names."""
        return self.is_country or self.is_continent

    @property
    def is_capital(self) -> bool:
        return self.feature_code == "PPLC"

    @property
    def is_populated(self) -> bool:
        """A city, town or village (GeoNames class P)."""
        return (self.feature_code or "").startswith("PPL")

    @property
    def is_water(self) -> bool:
        """Seas, gulfs, straits, lakes and rivers: where ships are hit, not a point on land to draw."""
        return self.feature_class == "H" or (self.feature_code or "") in WATER_CODES

    @property
    def is_area(self) -> bool:
        """A region, province or district: a place other places lie in (a continent is too large to be one)."""
        return not (self.is_populated or self.is_country or self.is_water or self.is_continent)

    def km_to(self, other: Located) -> float:
        return float(distance_km(self.lat, self.lon, other.lat, other.lon))

    def lies_in(self, area: Place) -> bool:
        """Within reach of the area's radius: what `in` means for an area known by a point and a size."""
        return self.id != area.id and self.km_to(area) <= (area.radius_km or DEFAULT_AREA_RADIUS_KM) * AREA_MARGIN
