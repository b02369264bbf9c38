"""Myanmar's towns and villages, from the national place-code list of the Myanmar Information Management Unit
(MIMU) that the `mm-geo-coder` package ships.

Myanmar's war is fought village by village from the air (`an airstrike on Lin Ta Lu village in Sagaing township`),
and GeoNames' cities500 keeps almost none of those villages, nor many township seats (Maungdaw, Thantlang, Singu):
no population is recorded for them. MIMU lists 72,569 villages (55,154 with a surveyed point) and the wards of 500
towns. A town is placed at the median of its wards (the seat of the township of its name is a PPLA3, as GeoNames
codes one); a village at its own point. Neither has a population, so a village is chosen only where the text gives
it context (its township or region, other places near it), and the stray rules drop it in an article that is not
about Myanmar. A place that cities500 already holds within `SAME_PLACE_KM` is left to cities500.
"""

from __future__ import annotations

import importlib.util
import re
import sqlite3
import statistics
from collections import defaultdict
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import numpy as np
from scipy.spatial import cKDTree

from gazetteer.common_words import is_common_in_any_language
from gazetteer.errors import GazetteerError
from gazetteer.fold import fold
from gazetteer.place import Place, distance_km
from gazetteer.sources import SourceRecord
from gazetteer.sources.geonames_cache import country_towns

SOURCE = "mimu"
PACKAGE = "mm-geo-coder"
SAME_PLACE_KM = 10.0  # a cities500 town of the same name this near is the same place (a village tract's seat)
_BOUNDS = (9.0, 29.0, 92.0, 102.0)  # Myanmar's latitude and longitude range: a point outside is a typing error
_BRACKETS = re.compile(r"\s*\([^)]*\)\s*")


def _rows(query: str) -> list[tuple]:
    spec = importlib.util.find_spec("mm_geo_coder")  # its data file only: importing it loads a geocoder and requests
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(f"{PACKAGE} is not installed: pip install -r requirements.txt")
    path = Path(spec.submodule_search_locations[0], "database", "mimu_geo_data_public.db")
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        rows = db.execute(query).fetchall()
    lat_lo, lat_hi, lon_lo, lon_hi = _BOUNDS
    return [r for r in rows if r[1] and r[-2] and r[-1] and lat_lo <= r[-2] <= lat_hi and lon_lo <= r[-1] <= lon_hi]


def _towns() -> list[tuple[str, str, float, float, bool]]:
    """(place code, name, latitude, longitude, whether it is the seat of the township of its name) of every town, at
    the median of its wards."""
    wards: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for code, town, township, lat, lon in _rows(
        "SELECT town_pcode, town_eng, township_eng, latitude, longitude FROM wards"
    ):
        wards[(code, town.removesuffix(" Town").strip(), township)].append((lat, lon))
    return [
        (code, name, statistics.median(p[0] for p in points), statistics.median(p[1] for p in points), name == township)
        for (code, name, township), points in wards.items()
    ]


def _villages() -> list[tuple[int, str, float, float]]:
    return [
        (int(code), _BRACKETS.sub(" ", name).strip(), lat, lon)
        for code, name, lat, lon in _rows("SELECT village_pcode, village_eng, latitude, longitude FROM villages")
    ]


def _names(name: str) -> tuple[str, ...]:
    """The name as MIMU spells it, and its syllables written as one word, as the news often does (`Let Pan Hla`,
    `Letpanhla`)."""
    words = name.split()
    joined = words[0] + "".join(w.lower() for w in words[1:])
    return (name, joined) if len(words) > 1 else (name,)


def records() -> Iterator[SourceRecord]:
    """Every MIMU town and village not already in cities500, in the first-level division of its nearest cities500
    town."""
    towns = country_towns("MM")
    tree = cKDTree(np.array([(t.lat, t.lon) for t in towns]))
    known: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for town in towns:
        known[fold(town.name)].append((town.lat, town.lon))
    places = [(f"mimu:{code}", name, lat, lon, "PPLA3" if seat else "PPL") for code, name, lat, lon, seat in _towns()]
    places += [(f"mimu:{code}", name, lat, lon, "PPL") for code, name, lat, lon in _villages()]
    _, nearest = tree.query(np.array([(lat, lon) for _, _, lat, lon, _ in places]))
    for (pid, name, lat, lon, feature_code), town in zip(places, nearest, strict=True):
        if not name or (" " not in name and is_common_in_any_language(name)):
            continue  # one everyday word (`Man`, `Sin`) would be read as this place in any text
        if any(distance_km(lat, lon, *p) <= SAME_PLACE_KM for p in known[fold(name)]):
            continue  # cities500's, or a village tract named after the town it is the seat of
        known[fold(name)].append((lat, lon))
        place = Place(
            id=pid,
            name=name,
            lat=lat,
            lon=lon,
            feature_class="P",
            feature_code=feature_code,
            country_code="MM",
            admin1=towns[int(town)].admin1,
            source=SOURCE,
        )
        yield SourceRecord(place, _names(name))
