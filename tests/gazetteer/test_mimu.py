"""Myanmar's towns and villages from MIMU's place codes: what cities500 lacks, in the division of their region."""

from __future__ import annotations

import functools

from gazetteer.place import distance_km
from gazetteer.sources import mimu
from gazetteer.sources.geonames_cache import country_towns


@functools.cache
def _by_name() -> dict[str, list]:
    found: dict[str, list] = {}
    for record in mimu.records():
        found.setdefault(record.place.name, []).append(record)
    return found


def test_a_township_seat_cities500_lacks_is_a_town_at_its_wards() -> None:
    (maungdaw,) = _by_name()["Maungdaw"]
    assert (maungdaw.place.feature_code, maungdaw.place.country_code, maungdaw.place.population) == ("PPLA3", "MM", 0)
    assert distance_km(maungdaw.place.lat, maungdaw.place.lon, 20.82, 92.37) < 10


def test_villages_come_with_the_spelling_that_joins_their_syllables() -> None:
    (lin_ta_lu,) = _by_name()["Lin Ta Lu"]
    assert lin_ta_lu.names == ("Lin Ta Lu", "Lintalu")
    assert distance_km(lin_ta_lu.place.lat, lin_ta_lu.place.lon, 22.09, 95.75) < 10
    # its first-level division is the GeoNames code of its region's towns (Sagaing's), as cities500 gives them
    (sagaing,) = [t for t in country_towns("MM") if t.name == "Sagaing"]
    assert lin_ta_lu.place.admin1 == sagaing.admin1


def test_what_cities500_holds_is_left_to_it_and_everyday_words_are_left_out() -> None:
    names = _by_name()
    assert "Sittwe" not in names  # a cities500 town: its wards add nothing
    assert "Kan" not in names and "Sin" not in names  # one everyday word (stop lists) would be this village in any text
    ids = [r.place.id for records in names.values() for r in records]
    assert len(ids) == len(set(ids)) > 40_000
