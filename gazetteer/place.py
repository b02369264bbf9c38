"""The value object every gazetteer source produces and every caller receives."""

from __future__ import annotations

from dataclasses import dataclass


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
