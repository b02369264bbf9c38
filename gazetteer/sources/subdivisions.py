"""ISO 3166-2 subdivisions (provinces, oblasts, rayons) from the `iso3166-2` package, with sanity-checked points."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from gazetteer.place import Place
from gazetteer.sources import SourceRecord
from gazetteer.sources.countries import country_areas_km2, radius_for_area
from gazetteer.sources.names import data_aliases

SOURCE = "iso3166-2"
_LANGUAGE_TAG = re.compile(r"\s*\([a-z]{3}\)\s*$")


@lru_cache(maxsize=1)
def _read() -> dict[str, dict[str, dict]]:
    return json.loads(resources.files("iso3166_2").joinpath("iso3166-2.json").read_bytes())


def typical_radius_km(country: str, top_level: bool) -> float | None:
    """Radius of a subdivision of `country` if its area were shared equally among its peers (first or lower level)."""
    area = country_areas_km2().get(country)
    peers = sum((sub.get("parentCode") is None) == top_level for sub in _read().get(country, {}).values())
    return radius_for_area(area / peers) if area and peers else None


# Kinds of top-level subdivision that are regions, never a city's own municipality: one whose point the package puts
# at its capital (Sokoto State, Idlib Governorate) is still a region around that city, not the city's twin.
REGIONAL_TYPES = frozenset(
    {"province", "governorate", "state", "region", "department", "prefecture", "oblast", "land", "territory",
     "autonomous republic", "autonomous region", "union territory", "emirate"}
)  # fmt: skip


def is_regional(code: str) -> bool:
    """The ISO 3166-2 subdivision `code` is a top-level region by its kind (`State`, `Governorate`)."""
    sub = _read().get(code.split("-")[0], {}).get(code, {})
    return sub.get("parentCode") is None and (sub.get("type") or "").lower() in REGIONAL_TYPES


def _other_names(field: str | None) -> list[str]:
    """`'Донецька область (ukr), Donetsk (eng)'` -> the names without their language tags."""
    return [_LANGUAGE_TAG.sub("", part).strip() for part in (field or "").split(",") if part.strip()]


@lru_cache(maxsize=1)
def subdivision_aliases() -> dict[str, tuple[str, ...]]:
    """ISO 3166-2 code -> everyday names the package lacks (`Ky.`, `W.Va.`: AP style), from data. An alias that is
    an everyday word somewhere (`Miss.`, `Ill.`) is dropped by the build like any other."""
    return data_aliases("subdivision_aliases.csv", "code")


def records() -> Iterator[SourceRecord]:
    """Top-level subdivisions as ADM1, nested ones as ADM2; radius from the country's area shared among its peers."""
    for country, subdivisions in _read().items():
        for code, sub in subdivisions.items():
            point = sub.get("latLng")
            if not point or len(point) != 2:
                continue
            top_level = sub.get("parentCode") is None
            radius = typical_radius_km(country, top_level)
            place = Place(
                id=f"iso3166-2:{code}",
                name=sub["name"],
                lat=float(point[0]),
                lon=float(point[1]),
                feature_class="A",
                feature_code="ADM1" if top_level else "ADM2",
                country_code=country,
                admin1=code,
                source=SOURCE,
                radius_km=radius,
            )
            names = (sub["name"], *_other_names(sub.get("localOtherName")), *subdivision_aliases().get(code, ()))
            yield SourceRecord(place, names)
