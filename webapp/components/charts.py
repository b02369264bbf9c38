"""Counts per day under the map: reports by claimant side and by action, events by status and by the side that
claims them. Sides keep the map's colours, so a side reads the same in the chart as on the map."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from geo.render.symbology import side_colours
from webapp.labels import side_name, words
from webapp.view import days, sides

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from geo.events.group import Event

EVENT_STATUS_COLOURS = {"contested": "#B2182B", "corroborated": "#1B7837", "single_source": "#9E9E9E"}


def per_day(
    table: pd.DataFrame, by: str, title: str, colours: dict[str, str] | None = None, unit: str = "reports"
) -> None:
    """Stacked bars per day of `table` (columns `day` and `by`), one colour per value of `by`."""
    counts = table.dropna(subset=["day"]).groupby(["day", by]).size()
    st.caption(title)
    if counts.empty:
        st.caption(f"No dated {unit} shown.")
        return
    wide = counts.unstack(by, fill_value=0)
    wide.index = [str(day) for day in wide.index]
    palette = [colours[c] for c in wide.columns] if colours and all(c in colours for c in wide.columns) else None
    st.bar_chart(wide, color=palette, height=220, y_label=unit, x_label="")


def report_charts(shown: gpd.GeoDataFrame) -> None:
    import pandas as pd

    side = sides(shown)
    colours = {side_name(s): c for s, c in side_colours(set(side)).items()}
    table = pd.DataFrame({"day": days(shown), "side": side.map(side_name), "action": shown["action"].map(words)})
    left, right = st.columns(2)
    with left:
        per_day(table, "side", "Reports per day, by claimant side", colours)
    with right:
        per_day(table, "action", "Reports per day, by action")


def event_charts(events: list[Event]) -> None:
    """Events per day (their first date) by status, and by each side that claims them (an event claimed by two
    sides counts once for each)."""
    import pandas as pd

    from geo.render.symbology import claimant_side

    by_status, by_side = [], []
    for e in events:
        props = e.properties
        day = pd.to_datetime(props.get("date_start"), errors="coerce")
        day = None if pd.isna(day) else day.date()
        by_status.append({"day": day, "status": words(props.get("status"))})
        claiming = {
            claimant_side(c.get("claimant_country"), c.get("claimant_kind"))
            for c in props.get("claims") or []
            if c.get("claim_type") != "denial"
        }
        by_side += [{"day": day, "side": side_name(s)} for s in sorted(claiming)]
    every_side = {claimant_side(c.get("claimant_country"), c.get("claimant_kind"))
                  for e in events for c in e.properties.get("claims") or []}  # fmt: skip
    colours = {side_name(s): c for s, c in side_colours(every_side).items()}
    left, right = st.columns(2)
    with left:
        per_day(pd.DataFrame(by_status, columns=["day", "status"]), "status", "Events per day, by status",
                {words(k): v for k, v in EVENT_STATUS_COLOURS.items()}, "events")  # fmt: skip
    with right:
        per_day(pd.DataFrame(by_side, columns=["day", "side"]), "side", "Events per day, by claiming side", colours,
                "events")  # fmt: skip
