"""The table of the view, one row per shown report with friendly labels. Ticking a row selects its report for
review; ticking several offers to verify or reject them at once."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import streamlit as st

from webapp.labels import country_label, side_name, words
from webapp.view import sides

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd


def source_names(frame: gpd.GeoDataFrame) -> pd.Series:
    """Where a report comes from, as a reader names it: the article's title, else its name, else the publisher."""
    return frame["source_title"].fillna(frame["document"]).fillna(frame["publisher"]).fillna("unknown source")


def claimants(frame: gpd.GeoDataFrame) -> pd.Series:
    """The claimant, or the article itself when it speaks in its own voice (not `None`)."""
    own_voice = "the article: " + frame["publisher"].fillna("unknown source").astype(str)
    return frame["claimant"].where(frame["claimant"].notna(), own_voice)


def table_rows(shown: gpd.GeoDataFrame) -> pd.DataFrame:
    """The table's rows, numbered from 1, every code as words."""
    import pandas as pd

    rows = pd.DataFrame(  # what tells reports apart first: a phone shows the first four columns
        {
            "place": shown["place_name"].fillna(shown["place"]),
            "action": shown["action"].map(words),
            "date": shown["event_date"],
            "claimant side": sides(shown).map(side_name),
            "claimant": claimants(shown),
            "accused": shown["attacker_country"].map(lambda c: country_label(c) if c else None),
            "claim": shown["claim_type"].map(words),
            "province": shown["admin1"],
            "district": shown["admin2"],
            "killed": shown["fatalities"],
            "injured": shown["injured"],
            "status": shown["status"],
            "source": source_names(shown),
            "confidence": shown["confidence"],
        }
    )
    return rows.set_axis(pd.RangeIndex(1, len(shown) + 1, name="#"))


def select_from_table(key: str) -> None:
    """The newly ticked row becomes the selection; every ticked row is kept for the bulk buttons."""
    rows = st.session_state[key]["selection"]["rows"]
    ids = st.session_state.get("_table_ids", [])
    outside = st.session_state.pop("_outside", None)  # ticked for being selected elsewhere, not by the user here
    ticked = [ids[r] for r in rows if r < len(ids) and ids[r] != outside]
    before = st.session_state.get("ticked", [])
    st.session_state["ticked"] = ticked
    new = [r for r in ticked if r not in before]
    if new:
        st.session_state["sel"] = new[-1]
    elif st.session_state.get("sel") not in ticked:
        st.session_state["sel"] = ticked[-1] if ticked else None


def report_table(shown: gpd.GeoDataFrame, selected: str | None, height: int = 420) -> list[str]:
    """Draw the table; returns the ids of the ticked reports that are shown (the selection among them)."""
    ids = list(shown["report_id"])
    st.session_state["_table_ids"] = ids
    ticked = [r for r in st.session_state.get("ticked", []) if r in ids]
    if selected in ids and selected not in ticked:
        ticked = [selected]  # a selection from the map, the feed or a link replaces the ticks
        st.session_state["_outside"] = selected
    st.session_state["ticked"] = ticked
    key = f"table-{selected}-{len(ticked)}"
    st.dataframe(
        table_rows(shown),
        height=height,
        key=key,
        on_select=partial(select_from_table, key),
        selection_mode="multi-row",
        selection_default={"selection": {"rows": [ids.index(r) for r in ticked]}} if ticked else None,
        column_config={
            "place": st.column_config.TextColumn("place", width="small"),
            "action": st.column_config.TextColumn("action", width="small"),
            "date": st.column_config.TextColumn("date", width="small"),
            "claimant side": st.column_config.TextColumn("claimant side", width="small"),
            "claimant": st.column_config.TextColumn("claimant", width="medium"),
            "source": st.column_config.TextColumn("source", width="medium"),
            "killed": st.column_config.NumberColumn("killed", width="small"),
            "injured": st.column_config.NumberColumn("injured", width="small"),
            "confidence": st.column_config.ProgressColumn("confidence", min_value=0, max_value=1, width="small"),
        },
    )
    return ticked
