"""Ranked gazetteer candidates as a table and as numbered points on a small offline map (the Gazetteer page and
the review panel's "move" search show the same view)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

if TYPE_CHECKING:
    from gazetteer.place import Place


def place_label(place: Place) -> str:
    """A candidate in one line: the words the radio, the map's tooltips and the table agree on."""
    return (
        f"{place.name} ({place.country_code or '?'}, {place.feature_code or '?'}, pop {place.population:,}) "
        f"score {place.score:.2f}"
    )


def candidates_view(places: list[Place]) -> None:
    """The candidates, best first; the map's tooltips carry the table's rank numbers."""
    import pandas as pd
    from streamlit_folium import st_folium

    from geo.render.maps import places_map

    table = pd.DataFrame(
        [
            {
                "rank": rank,
                "name": p.name,
                "id": p.id,
                "country": p.country_code,
                "feature": p.feature_code,
                "population": p.population,
                "score": round(p.score, 3),
                "lat": p.lat,
                "lon": p.lon,
            }
            for rank, p in enumerate(places, 1)
        ]
    )
    st.dataframe(table, hide_index=True)
    points = [(p.lat, p.lon, place_label(p)) for p in places]
    st_folium(places_map(points), height=320, use_container_width=True, returned_objects=[], key="candidates")
