"""The sidebar filters. Their values live in the URL (`bind="query-params"`), so a shared link reopens the view."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from geo.model import ACTIONS, CLAIM_TYPES, STATUSES
from geo.render.symbology import claimant_side, side_order

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd


def sides(frame: gpd.GeoDataFrame) -> pd.Series:
    """Each report's claimant side, as the map colours it."""
    import pandas as pd

    return pd.Series(map(claimant_side, frame["claimant_country"], frame["claimant_kind"]), index=frame.index)


def filter_reports(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The reports the sidebar's filters let through, with a count of them in the sidebar."""
    import pandas as pd

    bar = st.sidebar
    bar.header("Filters")
    keep = pd.Series(True, index=frame.index)
    for label, key, column, options in (
        ("Claimant side", "side", sides(frame), side_order(sides(frame))),
        ("Action", "action", frame["action"], [a for a in ACTIONS if a in set(frame["action"])]),
        ("Claim type", "claim", frame["claim_type"], [c for c in CLAIM_TYPES if c in set(frame["claim_type"])]),
        ("Review status", "status", frame["status"], list(STATUSES)),
    ):
        chosen = bar.multiselect(label, options, key=key, bind="query-params", placeholder="all")
        if chosen:
            keep &= column.isin(chosen)
    minimum = bar.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key="conf", bind="query-params")
    if minimum > 0:
        keep &= frame["confidence"].fillna(0) >= minimum
    days = pd.to_datetime(frame["event_date"], errors="coerce").dt.date
    known = sorted(set(days.dropna()))
    if len(known) > 1:
        start, end = bar.slider(
            "Event dates", known[0], known[-1], (known[0], known[-1]), key="dates", bind="query-params"
        )
        if (start, end) != (known[0], known[-1]):
            keep &= days.between(start, end)
    shown = frame[keep]
    bar.toggle("Also draw threats, denials, interceptions", key="other", bind="query-params")
    bar.metric("Reports shown", f"{len(shown)} of {len(frame)}")
    return shown
