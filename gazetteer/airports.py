"""A town's airport: `مطار دمشق` (Damascus airport) is struck at the airport, which can lie 25 km out of town.

News names an airport by its town (`مطار حلب الدولي`, `аэропорт Дамаска`), so it is found as that town and then
moved to the nearest airport with an IATA code (scheduled traffic: the one a town's name means) from the
`airportsdata` package, offline. A town with no such airport nearby keeps its own point.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from gazetteer.fold import fold
from gazetteer.place import Place

# An airport named for a town lies within this distance of the town's point: Damascus International is 24 km from
# Damascus, Beirut's 7 km, Aleppo's 8 km; farther than this it serves some other place.
AIRPORT_MAX_KM = 35.0
AIRPORT_RADIUS_KM = 3.0  # a runway and its buildings
_CELL_DEGREES = 1.0  # grid cells for the nearby search


@cache
def _grid() -> dict[tuple[int, int], list[Place]]:
    """Every IATA airport as a Place, by 1-degree cell (loads in about 0.1 s, once per process)."""
    import airportsdata

    grid: dict[tuple[int, int], list[Place]] = {}
    for code, row in airportsdata.load("IATA").items():
        place = _airport(code, row)
        grid.setdefault(_cell(place.lat, place.lon), []).append(place)
    return grid


def _airport(code: str, row: dict, score: float = 0.0) -> Place:
    """An airportsdata row as a Place (`airport:CODE`), drawn as a runway and its buildings."""
    return Place(
        id=f"airport:{code}",
        name=row["name"],
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        feature_class="S",
        feature_code="AIRP",
        country_code=row["country"] or None,
        source="airportsdata",
        radius_km=AIRPORT_RADIUS_KM,
        score=score,
    )


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(lat // _CELL_DEGREES), int(lon // _CELL_DEGREES)


def airport_of(town: Place) -> Place | None:
    """The airport a town's name stands for: the nearest IATA airport in the town's country within AIRPORT_MAX_KM,
    or None. It carries the town's province, and the town's match score and population, so that the airport is
    chosen among namesakes as its town would be."""
    if not town.is_populated:
        return None
    cy, cx = _cell(town.lat, town.lon)
    grid = _grid()
    near = [
        (town.km_to(a), a)
        for dy in (-1, 0, 1)
        for dx in (-1, 0, 1)
        for a in grid.get((cy + dy, cx + dx), ())
        if a.country_code == town.country_code
    ]
    near = [(d, a) for d, a in near if d <= AIRPORT_MAX_KM]
    if not near:
        return None
    return replace(min(near, key=lambda da: da[0])[1], admin1=town.admin1, score=town.score, population=town.population)


# What an airport's name adds to the place it is named after (`Mehrabad International Airport`, `Nur Khan Air Base`)
_GENERIC_TAIL = re.compile(r"\s+(international\s+)?(airport|air\s*base|airfield|air\s+force\s+base|aerodrome)$")
ARABIC_ARTICLE = "al "  # an Arabic name's article, often left out in English (`Al Asad Air Base`, `Asad Airbase`)
MIN_BARE_NAME = 4  # a name without its article still says which base (`Asad`), not an article again (`Al Al`)
NAMED_AIRPORT_SCORE = 0.9  # an airport named as written: an exact own-name match on the gazetteer's scale


@cache
def _named() -> dict[str, tuple[Place, ...]]:
    """Every airport with an ICAO code (civil and military) by its own name without the generic tail: `mehrabad`,
    `nur khan`, `al udeid` (loads in about 0.2 s, once per process, when a text first names an airport)."""
    import airportsdata

    named: dict[str, list[Place]] = {}
    for code, row in airportsdata.load("ICAO").items():
        key = _GENERIC_TAIL.sub("", fold(row["name"]))
        if not key or key == fold(row["name"]):
            continue  # a name that does not say airport (`Casad Industrial Park`) is no name to find one by
        place = _airport(code, row, NAMED_AIRPORT_SCORE)
        named.setdefault(_single(key), []).append(place)
        bare = key.removeprefix(ARABIC_ARTICLE)
        if bare != key and len(bare) >= MIN_BARE_NAME and " " not in bare:  # `Asad Airbase`, `Udeid Air Base`
            named.setdefault(_single(bare), []).append(place)
    return {key: tuple(places) for key, places in named.items()}


def _single(name: str) -> str:
    """A name with each doubled letter written once: transliteration doubles a consonant or not (`al-Assad`,
    `Al Asad Air Base`)."""
    return re.sub(r"(\w)\1", r"\1", name)


def airports_named(name: str) -> tuple[Place, ...]:
    """The airports and air bases called `name` (`Mehrabad`, `Nur Khan`, `Al-Udeid`, `Ain al-Assad`), or none."""
    return _named().get(_single(fold(name)), ())
