"""gazetteer.place: the geometry every stage shares."""

from __future__ import annotations

import pytest

from gazetteer.place import destination, distance_km


@pytest.mark.parametrize(("lat", "lon", "bearing"), [(14.8, 42.95, 225.0), (50.45, 30.52, 0.0), (-0.36, 179.9, 90.0)])
def test_a_destination_lies_the_distance_away_that_way(lat: float, lon: float, bearing: float) -> None:
    to_lat, to_lon = destination(lat, lon, bearing, 113.0)
    assert distance_km(lat, lon, to_lat, to_lon) == pytest.approx(113.0, abs=0.01)
    back_lat, back_lon = destination(to_lat, to_lon, (bearing + 180) % 360, 113.0)
    assert distance_km(lat, lon, back_lat, back_lon) < 1.0  # the way back (great circles bend little over 100 km)
    if bearing == 0.0:
        assert to_lat > lat and to_lon == pytest.approx(lon)
    if bearing == 90.0:
        assert -180 <= to_lon < -179  # across the antimeridian, wrapped
