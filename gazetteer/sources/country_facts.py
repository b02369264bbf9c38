"""What the `countryinfo` package knows of each country that Natural Earth does not: the reference point news
geoparsing corpora and GeoNames use (the CIA World Factbook's geographic coordinates: Russia at 60 N 100 E, not
Natural Earth's label point in European Russia) and the demonym (`Russian`, `Sri Lankan`). The few countries whose
GeoNames point lies far from the Factbook's are given GeoNames' (data/country_points.csv)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class CountryFacts:
    lat: float
    lon: float
    demonyms: tuple[str, ...]
    languages: tuple[str, ...] = ()  # ISO 639-1 codes of its official languages
    borders: tuple[str, ...] = ()  # ISO alpha-2 codes of the countries it shares a land border with


def _plural(demonym: str) -> str | None:
    """`Russians`, `Israelis`; none for `Chinese`, `British`, `Swiss`."""
    return None if demonym.endswith(("s", "sh", "ch", "ese")) else demonym + "s"


def _geonames_points() -> dict[str, tuple[float, float]]:
    """Where GeoNames' own point differs from the Factbook's by more than 100 km (data/country_points.csv)."""
    text = resources.files("gazetteer.data").joinpath("country_points.csv").read_text(encoding="utf-8")
    return {row["iso2"]: (float(row["lat"]), float(row["lon"])) for row in csv.DictReader(io.StringIO(text))}


@lru_cache(maxsize=1)
def country_facts() -> dict[str, CountryFacts]:
    """ISO alpha-2 -> reference point and demonyms (with plurals), for every country the package gives both."""
    points = _geonames_points()
    facts: dict[str, CountryFacts] = {}
    entries = [
        json.loads(e.read_bytes())
        for e in resources.files("countryinfo").joinpath("data").iterdir()
        if e.name.endswith(".json")
    ]
    iso2_of = {
        d["ISO"]["alpha3"].upper(): d["ISO"]["alpha2"].upper()
        for d in entries
        if isinstance(d.get("ISO"), dict)
        and isinstance(d["ISO"].get("alpha3"), str)
        and isinstance(d["ISO"].get("alpha2"), str)
    }
    for data in entries:
        iso2 = (data.get("ISO") or {}).get("alpha2")
        latlng = data.get("latlng")
        if not (isinstance(iso2, str) and isinstance(latlng, list) and len(latlng) == 2):
            continue
        demonym = data.get("demonym") if isinstance(data.get("demonym"), str) else None
        demonyms = tuple(d for d in (demonym, demonym and _plural(demonym)) if d)
        lat, lon = points.get(iso2.upper(), (float(latlng[0]), float(latlng[1])))
        languages = tuple(code for code in data.get("languages") or () if isinstance(code, str))
        borders = tuple(
            iso2_of[b.upper()] for b in data.get("borders") or () if isinstance(b, str) and b.upper() in iso2_of
        )
        facts[iso2.upper()] = CountryFacts(lat, lon, demonyms, languages, borders)
    return facts


@lru_cache(maxsize=1)
def _neighbour_pairs() -> frozenset[tuple[str, str]]:
    facts = country_facts()
    return frozenset(p for cc, f in facts.items() for b in f.borders for p in ((cc, b), (b, cc)))


def neighbours(a: str, b: str) -> bool:
    """Do the two countries share a land border? Either's list says so (the package's lists are not symmetric:
    Palestine lists Israel, Israel does not list Palestine)."""
    return (a, b) in _neighbour_pairs()
