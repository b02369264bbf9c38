"""The feed: the shown reports newest first, each with its source (title and link) and a button that selects it,
which opens and centres its marker on the map."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from webapp.components.report_table import claimants, source_names
from webapp.labels import words
from webapp.messages import link, md

if TYPE_CHECKING:
    import geopandas as gpd

FEED_LENGTH = 12  # newest first; the table holds them all (each item is a few elements for the browser to draw)


def _select(report_id: str) -> None:
    st.session_state["sel"] = report_id


def newest_first(shown: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """By event date, then publication date, newest first; undated reports last."""
    order = shown.assign(_day=shown["event_date"].fillna(""), _pub=shown["published"].fillna(""))
    return order.sort_values(["_day", "_pub", "report_id"], ascending=[False, False, True])


def report_feed(shown: gpd.GeoDataFrame, length: int = FEED_LENGTH) -> None:
    if shown.empty:
        st.caption("Reports will be listed here, newest first.")
        return
    rows = newest_first(shown)
    names, who = source_names(rows), claimants(rows)
    for n, (_, row) in enumerate(rows.head(length).iterrows()):
        rid = row["report_id"]
        with st.container(border=True, key=f"feed-item-{n}"):
            place = row["place_name"] or row["place"]
            st.markdown(
                f"**{md(row['event_date'] or 'undated')}** · {md(words(row['action']))} at **{md(place)}**  \n"
                f"{md(words(row['claim_type']))} by {md(who[row.name])}  \n"
                f"Source: {link(names[row.name], row['url'])}"
            )
            st.button("Show on map", key=f"feed-{rid}", on_click=_select, args=(rid,))
    if len(rows) > length:
        st.caption(f"and {len(rows) - length} older reports (see the table).")
