"""The words around a strike clause: asides, recaps, where a speaker spoke, organisation names and dropped munitions.
Short texts written for these tests."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract_text


@pytest.fixture
def extract(gazetteer):
    def run(text: str) -> dict:
        reports = extract_text(text, document="t", published="2024-10-10", gazetteer=gazetteer)
        return {r.place: r for r in reports}

    return run


@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles struck Kupiansk, which Russian forces occupied in 2022, the governor said.",
        "Rudal Rusia menghantam Kupiansk, yang diduduki pasukan Rusia pada 2022, kata gubernur.",
    ],
)
def test_an_old_date_in_a_relative_aside_is_not_the_strikes(extract, text):
    r = extract(text)["Kupiansk"]
    assert r.event_date.startswith("2024-10")


def test_a_recent_date_in_an_aside_still_dates_the_strike(extract):
    r = extract("A missile strike on Kharkiv, which came on Monday, wounded five, the governor said.")["Kharkiv"]
    assert r.event_date == "2024-10-07"


def test_the_year_dates_only_an_event(extract):
    assert "Nabatieh" in extract("Israeli jets struck Nabatieh before the 2022 budget vote, the Lebanese army said.")
    assert extract("The 2014 shelling of Donetsk killed dozens, the report said.") == {}


def test_a_recap_beside_another_strike_reports_that_strike(extract):
    found = extract("The attack came hours after Russian missiles hit Odesa, the Ukrainian air force said.")
    assert found["Odesa"].action == "missile_attack"
    assert extract("The strikes came as inspectors were due in Tehran.") == {}


@pytest.mark.parametrize("where", ["in a statement", "in a statement on Telegram", "on its Telegram channel"])
def test_where_a_speaker_spoke_after_the_verb_leaves_the_claim_before_it(extract, where):
    r = extract(f"Russian drones struck Sumy on Monday, the regional military administration said {where}.")["Sumy"]
    assert (r.claimant_kind, r.event_date) == ("military", "2024-10-07")


def test_a_place_after_an_organisation_word_and_a_preposition_stays_a_place(extract):
    assert "Kharkiv" in extract("Missiles hit the headquarters of the Party in Kharkiv overnight, the governor said.")
    assert "Kostiantynivka" in extract(
        "Russian forces shelled positions of the 93rd Brigade in Kostiantynivka, the Ukrainian army said."
    )


def test_a_count_of_things_struck_in_a_region_keeps_the_region(extract):
    r = extract("Russian drones hit several houses in the Sumy region overnight, the governor said.")["Sumy"]
    assert r.geo_precision == 3


def test_only_an_aircraft_named_just_before_the_drop_makes_it_an_air_strike(extract):
    found = extract(
        "Drones attacked Sumy overnight, and Russian troops later dropped leaflets before shelling Kherson, "
        "officials said."
    )
    assert (found["Sumy"].action, found["Kherson"].action) == ("drone_strike", "shelling")
    found = extract("A Russian drone dropped a grenade on a car in Kherson, the regional governor said.")
    assert found["Kherson"].action == "drone_strike"
