"""US counties: every county of the packaged list that has packaged cities, placed among them, in its state."""

from __future__ import annotations

from gazetteer.place import distance_km
from gazetteer.sources import us_counties


def test_counties_are_adm2_areas_in_their_state_placed_among_their_towns() -> None:
    counties = {(r.place.admin1, r.place.name): r for r in us_counties.records()}
    assert len(counties) > 2_900  # of 3,235: the rural ones without a town of 1,000 are left out
    laurel = counties[("KY", "Laurel County")]
    assert (laurel.place.feature_code, laurel.place.country_code) == ("ADM2", "US")
    assert laurel.names == ("Laurel County",)
    assert distance_km(laurel.place.lat, laurel.place.lon, 37.13, -84.08) < 40  # London, its seat
    assert laurel.place.population > 0 and laurel.place.radius_km and 10 < laurel.place.radius_km < 60


def test_namesake_counties_are_each_in_their_own_state() -> None:
    madison = [r.place for r in us_counties.records() if r.place.name == "Madison County"]
    assert len({p.admin1 for p in madison}) == len(madison) > 15
    alabama = next(p for p in madison if p.admin1 == "AL")
    assert distance_km(alabama.lat, alabama.lon, 34.73, -86.59) < 40  # Huntsville
    assert len({p.id for p in madison}) == len(madison)
