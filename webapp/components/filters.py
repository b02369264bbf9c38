"""The sidebar: who reviews, and the filters. Their values live in the URL (`bind="query-params"`), so a shared
link reopens the view and a reload keeps the reviewer's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from geo.model import ACTIONS, CLAIM_TYPES, STATUSES
from geo.render.symbology import side_order
from webapp.labels import country_label, side_name, words
from webapp.view import Choice, attackers, places, sides

if TYPE_CHECKING:
    import geopandas as gpd

EVENT_STATUSES = ("contested", "corroborated", "single_source")


def reviewer() -> str | None:
    """The reviewer's name, recorded with every change they make (the store falls back to $STRIKEMAP_USER)."""
    name = st.sidebar.text_input(
        "Reviewer", key="by", bind="query-params", placeholder="your name, kept with each change", max_chars=60
    )
    return name.strip() or None


def choose_filters(frame: gpd.GeoDataFrame) -> Choice:
    """The sidebar's filters over the stored reports; options list what is there, with friendly names."""
    bar = st.sidebar
    bar.header("Filters")
    side_values = sides(frame)

    def pick(label: str, key: str, options: list[str], format_func=words) -> list[str]:
        return bar.multiselect(label, options, key=key, bind="query-params", placeholder="all", format_func=format_func)

    present = set(frame["action"])
    choice = dict(
        sides=pick("Claimant side", "side", side_order(side_values), side_name),
        actions=pick("Action", "action", [a for a in ACTIONS if a in present]),
        claim_types=pick("Claim type", "claim", [c for c in CLAIM_TYPES if c in set(frame["claim_type"])]),
        statuses=pick("Review status", "status", [s for s in STATUSES if s != "rejected"]),
        attackers=pick("Accused attacker", "attacker", sorted(set(attackers(frame))), country_label),
        places=pick("Place", "place", sorted(set(places(frame)))),
    )
    left, right = bar.columns(2)
    since = left.date_input("Event dates from", value=None, key="since", bind="query-params")
    until = right.date_input("to", value=None, key="until", bind="query-params")
    minimum = bar.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key="conf", bind="query-params")
    show_other = bar.toggle("Also draw threats, denials, interceptions", key="other", bind="query-params")
    bar.subheader("Events")
    event_statuses = pick("Event status", "evstatus", list(EVENT_STATUSES))
    min_sources = bar.number_input(
        "Minimum independent sources", min_value=1, max_value=50, value=1, step=1, key="sources", bind="query-params"
    )
    return Choice(
        **choice,
        min_confidence=minimum,
        since=since,
        until=until,
        show_other=show_other,
        event_statuses=event_statuses,
        min_sources=int(min_sources),
    )
