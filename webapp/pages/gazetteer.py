"""The Gazetteer page: look a place name up as the resolver would, and see the ranked candidates on a map. The
name and country live in the URL, so a link reopens the lookup."""

from __future__ import annotations

import streamlit as st

from webapp.components.candidates import candidates_view
from webapp.messages import md
from webapp.resources import open_gazetteer


def gazetteer_page() -> None:
    st.subheader("Gazetteer lookup")
    left, right = st.columns([3, 1])
    name = left.text_input("Place name", key="q", bind="query-params")
    country = right.text_input("Country (ISO code)", key="cc", bind="query-params", max_chars=2)
    if not name.strip():
        return
    places = open_gazetteer().candidates(name, country=country.upper() or None, limit=20)
    if places:
        st.caption(
            "Best first. The score says how well the name matches (1 = the place's own name, lower for "
            "alternate and fuzzy spellings), weighed by feature type and population; reading an article, "
            "the resolver also weighs the countries and places around the name."
        )
        candidates_view(places)
    else:
        st.warning(f"No place called {md(name)} in the gazetteer.")
