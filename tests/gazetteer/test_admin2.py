"""Second-level divisions by name (admin2): a town takes the district of the packaged GeoNames city it is, else of
the nearest one in its country and province, and no name when two districts are about as near. Hand-made cities
and towns (a made-up country `XX`), then the real packaged data and one real article."""

from __future__ import annotations

import sqlite3

from gazetteer.admin2 import City, Namer, Town, admin2_name, fill, packaged_cities
from gazetteer.build import build_index
from gazetteer.place import Place
from gazetteer.sources import SourceRecord
from geo.extract.pipeline import extract_text

KM = 1 / 111.2  # about a kilometre in degrees of latitude

CITIES = [
    City("Alderton", 50.0, 30.0, "XX", "North", "Alder District"),
    City("Brookfield", 50.0 + 8 * KM, 30.0, "XX", "North", "Alder District"),
    City("Cedarville", 50.5, 30.0, "XX", "North", "Cedar District"),
    City("Dunmore", 50.5 + 9 * KM, 30.0, "XX", "North", "Dunmore District"),
    City("Elmstead", 51.0, 30.0, "YY", "Other", "Foreign District"),  # across a border
    City("Fernhill", 49.0, 30.0, "XX", "South", "South District"),
    City("Glenwood", 49.5, 30.0, "XX", "North", None),  # no district listed (none, or its own name)
    City("Glenfield", 49.5 + 1 * KM, 30.0, "XX", "North", "Glen District"),  # its neighbour's district
]


def _town(pk: int, name: str, lat: float, country: str = "XX", admin1: str = "01") -> Town:
    return Town(pk, name, lat, 30.0, country, admin1)


def _names(*towns: Town) -> dict[int, str]:
    return Namer(CITIES).names(list(towns))


def test_a_town_that_is_a_packaged_city_takes_its_district():
    assert _names(_town(1, "Alderton", 50.0 + 0.5 * KM), _town(2, "Cedarville", 50.5)) == {
        1: "Alder District",
        2: "Cedar District",
    }


def test_another_town_takes_the_district_of_the_nearest_city_in_its_country_and_province():
    cedar, dun = _town(1, "Cedarville", 50.5), _town(2, "Dunmore", 50.5 + 9 * KM)  # their province is "North"
    near_brookfield = _town(3, "Hamlet", 50.0 + 10 * KM)  # 2 km from Brookfield, 10 from Alderton: both Alder
    assert _names(cedar, dun, near_brookfield)[3] == "Alder District"
    southern = _town(4, "Fernhill", 49.0, admin1="02")  # makes "02" the code of the packaged "South"
    in_the_south_near_north = _town(5, "Outpost", 50.5 - 2 * KM, admin1="02")  # 2 km from northern Cedarville
    assert 5 not in _names(cedar, southern, in_the_south_near_north)


def test_two_districts_about_as_near_give_no_name_and_a_far_town_none():
    between = _town(1, "Midway", 50.5 + 4 * KM)  # 4 km from Cedarville, 5 km from Dunmore: a neighbour's name?
    nearer = _town(2, "Cedar Mill", 50.5 - 2 * KM)  # 2 km from Cedarville, 11 from Dunmore
    far = _town(3, "Lonely", 47.0)  # hundreds of km from any city
    assert _names(between, nearer, far) == {2: "Cedar District"}


def test_a_city_across_the_border_and_a_city_listing_no_district_name_nothing():
    next_to_foreigner = _town(1, "Borderton", 51.0 + 1 * KM)  # 1 km from Elmstead, which is in YY
    glenwood = _town(2, "Glenwood", 49.5)  # the packaged city lists no district: perhaps its own, so none
    assert _names(next_to_foreigner, glenwood) == {}


def _index(tmp_path, cities) -> sqlite3.Connection:
    """A tiny index: two towns, a province, a district, a country."""
    places = [
        Place("geonames:1", "Alderton", 50.0, 30.0, "P", "PPL", "XX", "01", 1000),
        Place("geonames:2", "Hamlet", 50.0 + 10 * KM, 30.0, "P", "PPL", "XX", "01", 600),
        Place("iso3166-2:XX-N", "North", 50.3, 30.0, "A", "ADM1", "XX", "XX-N", radius_km=80),
        Place("iso3166-2:XX-N-A", "Alder District", 50.05, 30.0, "A", "ADM2", "XX", "XX-N-A", radius_km=20),
        Place("ne:XXX", "Exland", 50.0, 30.0, "A", "PCLI", "XX", radius_km=300),
    ]
    path = build_index(
        tmp_path / "g.sqlite", [("test", lambda: [SourceRecord(p, (p.name,)) for p in places])], progress=False
    )
    db = sqlite3.connect(path)
    db.execute("DROP TABLE admin2")  # the build of a custom index names no district: name them from `cities`
    fill(db, cities)
    return db


def test_the_index_names_towns_and_districts_but_no_province_or_country(tmp_path):
    db = _index(tmp_path, CITIES)
    named = {pid: admin2_name(db, pid) for pid in ("geonames:1", "geonames:2", "iso3166-2:XX-N-A")}
    assert named == {
        "geonames:1": "Alder District",
        "geonames:2": "Alder District",
        "iso3166-2:XX-N-A": "Alder District",
    }
    assert admin2_name(db, "iso3166-2:XX-N") is None and admin2_name(db, "ne:XXX") is None
    assert admin2_name(db, None) is None and admin2_name(db, "geonames:404") is None


def test_a_custom_build_has_the_table_and_names_only_districts(tmp_path):
    from gazetteer import Gazetteer

    places = [Place("geonames:1", "Alderton", 50.0, 30.0, "P", "PPL", "XX", "01", 1000)]
    path = build_index(
        tmp_path / "g.sqlite", [("t", lambda: [SourceRecord(p, (p.name,)) for p in places])], progress=False
    )
    assert Gazetteer(path).admin2_name("geonames:1") is None


def test_the_packaged_cities_carry_district_names():
    by_name = {(c.name, c.country_code): c for c in packaged_cities()}
    assert len(by_name) > 100_000
    chuhuiv = by_name[("Chuhuiv", "UA")]
    assert chuhuiv.admin2 and "Chuhuiv" in chuhuiv.admin2 and chuhuiv.population > 0


def test_a_report_carries_its_district_and_a_province_none(gazetteer):
    [town] = extract_text("Russian shelling hit Chuhuiv overnight, the governor said.", document="a", lang="en")
    assert town.admin1 == "Kharkivska oblast" and "Chuhuiv" in (town.admin2 or "")
    [oblast] = extract_text(
        "Russian shelling hit Kharkiv Oblast overnight, the governor said.", document="b", lang="en"
    )
    assert oblast.feature_code == "ADM1" and oblast.admin2 is None
