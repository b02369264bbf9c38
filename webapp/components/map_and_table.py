"""One map and one table of the same filtered reports; a click on either selects a report, and the selection
(session state `sel`, mirrored in the URL) highlights it in both."""

from __future__ import annotations

import html
from functools import partial
from typing import TYPE_CHECKING

import streamlit as st

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

TABLE_COLUMNS = ["place", "action", "claimant", "event_date", "status", "claim_type", "attacker", "confidence"]


def label(number: int, report: pd.Series) -> str:
    """The report as the selector shows it; the number is its row in the table."""
    parts = (report["place"], report["action"], report["claimant"], report["event_date"], report["status"])
    return f"{number}. " + " · ".join(str(p) if p else "?" for p in parts)


def select_from_table(key: str) -> None:
    rows = st.session_state[key]["selection"]["rows"]
    ids = st.session_state.get("_table_ids", [])
    if rows and rows[0] < len(ids):
        st.session_state["sel"] = ids[rows[0]]


def select_from_map(key: str) -> None:
    """The clicked marker's report becomes the selection (the table and highlight follow): the nearest report with
    the marker's tooltip, as a spiderfied marker is clicked away from its true point. Reports that share a point
    and a tooltip cannot be told apart by the click, so they are taken in turn.

    A click on a cluster is reported too, but without a tooltip: it is left alone, so no redraw closes the cluster
    it has just spiderfied (streamlit-folium #222)."""
    state = st.session_state.get(key) or {}
    click, tooltip = state.get("last_object_clicked"), state.get("last_object_clicked_tooltip")
    points = st.session_state.get("_map_points", [])
    if not (click and tooltip and points):
        return
    same = [p for p in points if p[3] == tooltip] or points
    nearest = min(same, key=lambda p: (p[1] - click["lat"]) ** 2 + (p[2] - click["lng"]) ** 2)
    twins = [p[0] for p in same if (p[1], p[2]) == (nearest[1], nearest[2])]
    current = st.session_state.get("sel")
    st.session_state["sel"] = twins[(twins.index(current) + 1) % len(twins)] if current in twins else twins[0]


def table_rows(shown: gpd.GeoDataFrame) -> pd.DataFrame:
    """The table's rows, numbered from 1; a report in the article's own voice says so, not `None`."""
    import pandas as pd

    own_voice = "the article: " + shown["publisher"].fillna("unknown source").astype(str)
    rows = shown[TABLE_COLUMNS].assign(claimant=shown["claimant"].where(shown["claimant"].notna(), own_voice))
    return rows.set_axis(pd.RangeIndex(1, len(shown) + 1, name="#"))


def map_and_table(shown: gpd.GeoDataFrame, selected: str | None, show_other: bool) -> None:
    """The map on the left, the table on the right, each keyed by the selection so both redraw with it."""
    from streamlit_folium import st_folium

    from geo.frame import frame_to_reports
    from geo.render.maps import build_map
    from geo.render.popups import tooltip_html

    ids = list(shown["report_id"])
    st.session_state["_table_ids"] = ids
    st.session_state["_map_points"] = [  # (id, lat, lon, the marker's tooltip as the browser reads it)
        (r.report_id, r.lat, r.lon, html.unescape(tooltip_html(r)))
        for r in frame_to_reports(shown)
        if r.is_drawn_strike or (show_other and r.status != "rejected")
    ]
    left, right = st.columns([3, 2])
    with left:
        st_folium(
            build_map(shown, highlight=selected, show_other=show_other),
            key=f"map-{selected}",
            height=600,
            use_container_width=True,
            # A map state per selection: the first click on any marker is a change, even on the selected one. Not
            # the click count: its first value (0, where streamlit-folium's default is None) reran every new map.
            returned_objects=["last_object_clicked", "last_object_clicked_tooltip"],
            on_change=partial(select_from_map, f"map-{selected}"),
        )
    with right:
        key = f"table-{selected}"
        position = ids.index(selected) if selected in ids else None
        st.dataframe(
            table_rows(shown),
            height=600,
            key=key,
            on_select=partial(select_from_table, key),
            selection_mode="single-row",
            selection_default={"selection": {"rows": [position]}} if position is not None else None,
            column_config={
                "place": st.column_config.TextColumn("place", width="medium"),
                "claimant": st.column_config.TextColumn("claimant", width="medium"),
                "event_date": st.column_config.TextColumn("date", width="small"),
                "claim_type": st.column_config.TextColumn("claim", width="small"),
                "confidence": st.column_config.ProgressColumn("confidence", min_value=0, max_value=1, width="small"),
            },
        )
