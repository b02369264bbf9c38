"""Airports and air bases by their own names, from airportsdata's ICAO list (civil and military)."""

from gazetteer.airports import airports_named


def test_an_airport_is_found_by_its_name_without_the_generic_words() -> None:
    [mehrabad] = airports_named("Mehrabad")
    assert (mehrabad.name, mehrabad.country_code, mehrabad.feature_code) == (
        "Mehrabad International Airport",
        "IR",
        "AIRP",
    )
    assert [p.country_code for p in airports_named("Al-Udeid")] == ["QA"]  # hyphen and case fold away


def test_a_name_that_is_no_airport_finds_none() -> None:
    assert airports_named("Kharkiv Oblast") == ()
    assert airports_named("") == ()


def test_an_arabic_names_article_may_be_left_out():
    assert [p.name for p in airports_named("Asad")] == ["Al Asad Air Base"]
    assert [p.country_code for p in airports_named("Udeid")] == ["QA"]


def test_an_article_alone_names_no_airport():
    assert airports_named("Al") == ()
