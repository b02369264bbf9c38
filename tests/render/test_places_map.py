"""The places map (ranked candidates on the strike map's offline outlines): numbered, escaped, first one marked."""

from __future__ import annotations

import json
import re

import folium
import pytest

from geo.render.maps import _CountryOutlines, places_map

XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
GANJA, BARDA = (40.68, 46.36), (40.37, 47.13)


def _markers(m: folium.Map) -> list[folium.CircleMarker]:
    return [child for child in m._children.values() if isinstance(child, folium.CircleMarker)]


def _tooltip(marker: folium.CircleMarker) -> str:
    return next(child.text for child in marker._children.values() if isinstance(child, folium.Tooltip))


def test_points_are_numbered_in_order_and_the_first_is_highlighted():
    m = places_map([(*GANJA, "Ganja (AZ)"), (*BARDA, "Barda (AZ)")])
    first, second = _markers(m)
    assert (_tooltip(first), _tooltip(second)) == ("1. Ganja (AZ)", "2. Barda (AZ)")
    assert first.location == list(GANJA)
    assert first.options["radius"] > second.options["radius"]
    assert first.options["color"] != second.options["color"]


def test_labels_are_escaped_before_they_reach_leaflet():
    html = places_map([(*GANJA, XSS)]).get_root().render()
    assert "<img" not in html and "<script>window.__xss" not in html
    assert "1. &lt;img src=x" in html


@pytest.mark.parametrize(
    "points, detailed, named",
    [
        ([(*GANJA, "Ganja")], True, {"Azerbaijan", "Armenia", "Georgia"}),  # a regional view names its countries
        ([(*GANJA, "Ganja"), (4.53, -75.68, "Armenia, Colombia")], False, {"Azerbaijan", "Colombia"}),  # the world
    ],
)
def test_the_outlines_are_the_strike_maps_and_the_map_is_offline(points, detailed, named):
    m = places_map(points)
    (outlines,) = [child for child in m._children.values() if isinstance(child, _CountryOutlines)]
    land = json.loads(outlines.outlines)
    assert (land["detail"] is not None) == detailed
    assert named <= {name for name, _, _ in land["labels"]}
    html = m.get_root().render()
    assert not re.search(r"""(src|href)=["']?https?://""", html)  # every script and style inline
    assert "L.map(" in html and "fitBounds" in html


def test_a_single_point_is_not_zoomed_in_beyond_the_region():
    html = places_map([(*GANJA, "Ganja")]).get_root().render()
    assert re.search(r'"maxZoom": 6', html)
