"""The app's state in one place: what the sidebar chose, and the ONE filtered frame that the count, the map, the
table, the feed, the charts and "export what is shown" are all drawn from, so no two of them can disagree.

What is shown never holds rejected reports, nor threats, denials and interceptions unless the user draws them
("Also draw threats, denials, interceptions"), exactly as the map draws them. A selected event narrows the view to
its reports, denials included: its claims side by side are the point of selecting it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from geo.model import DRAWN_CLAIM_TYPES
from geo.render.symbology import claimant_side

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from geo.events.group import Event

UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Choice:
    """What the sidebar's filters chose; an empty list or None lets everything through."""

    sides: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    claim_types: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    attackers: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    min_confidence: float = 0.0
    since: date | None = None
    until: date | None = None
    show_other: bool = False
    event_statuses: list[str] = field(default_factory=list)
    min_sources: int = 1


@dataclass(frozen=True, slots=True)
class View:
    """Every stored report, the ones shown, and the events those belong to."""

    stored: gpd.GeoDataFrame
    shown: gpd.GeoDataFrame
    events: list[Event]  # the events of the shown reports that pass the event filters, in their stored order
    event: Event | None  # the selected event, which narrows `shown` to its reports
    show_other: bool  # threats, denials and interceptions are drawn (asked for, or part of the selected event)


def sides(frame: gpd.GeoDataFrame) -> pd.Series:
    """Each report's claimant side (a country code, `media` or `unknown`), as the map colours it."""
    import pandas as pd

    return pd.Series(map(claimant_side, frame["claimant_country"], frame["claimant_kind"]), index=frame.index)


def attackers(frame: gpd.GeoDataFrame) -> pd.Series:
    """Each report's accused state (a country code), else `unknown`: the attacker filter's values."""
    return frame["attacker_country"].fillna(UNKNOWN).astype(str)


def places(frame: gpd.GeoDataFrame) -> pd.Series:
    """Each report's place as the gazetteer names it (the text's spelling when it has no entry)."""
    return frame["place_name"].fillna(frame["place"]).fillna(UNKNOWN).astype(str)


def days(frame: gpd.GeoDataFrame) -> pd.Series:
    import pandas as pd

    return pd.to_datetime(frame["event_date"], errors="coerce").dt.date


def drawn(frame: gpd.GeoDataFrame, show_other: bool) -> pd.Series:
    """The reports the map draws: strikes, and with `show_other` threats, denials and interceptions; never a
    rejected report (`StrikeReport.is_drawn_strike`, on whole columns)."""
    kept = frame["status"] != "rejected"
    if show_other:
        return kept
    return kept & frame["claim_type"].isin(DRAWN_CLAIM_TYPES) & (frame["action"] != "interception")


def chosen(frame: gpd.GeoDataFrame, choice: Choice, events: list[Event]) -> pd.Series:
    """The reports the filters let through (before what the map draws is applied)."""
    import pandas as pd

    keep = pd.Series(True, index=frame.index)
    for values, column in (
        (choice.sides, sides(frame)),
        (choice.actions, frame["action"]),
        (choice.claim_types, frame["claim_type"]),
        (choice.statuses, frame["status"]),
        (choice.attackers, attackers(frame)),
        (choice.places, places(frame)),
    ):
        if values:
            keep &= column.isin(values)
    if choice.min_confidence > 0:
        keep &= frame["confidence"].fillna(0) >= choice.min_confidence
    if choice.since or choice.until:  # open-ended: reports added later with later dates are never cut off
        day = pd.to_datetime(frame["event_date"], errors="coerce")
        keep &= day.notna()
        if choice.since:
            keep &= day >= pd.Timestamp(choice.since)
        if choice.until:
            keep &= day <= pd.Timestamp(choice.until)
    if choice.event_statuses or choice.min_sources > 1:
        passing = {rid for e in events if event_passes(e, choice) for rid in e.properties["report_ids"]}
        keep &= frame["report_id"].isin(passing)
    return keep


def event_passes(event: Event, choice: Choice) -> bool:
    props = event.properties
    if choice.event_statuses and props.get("status") not in choice.event_statuses:
        return False
    return int(props.get("n_sources") or 0) >= choice.min_sources


def make_view(stored: gpd.GeoDataFrame, choice: Choice, events: list[Event], event_id: str | None) -> View:
    """The one view every part of the page draws."""
    event = next((e for e in events if e.event_id == event_id), None)
    if event is not None:
        members = stored["report_id"].isin(event.properties["report_ids"]) & drawn(stored, True)
        return View(stored, stored[members], [event], event, True)
    shown = stored[chosen(stored, choice, events) & drawn(stored, choice.show_other)]
    ids = set(shown["report_id"])
    kept = [e for e in events if event_passes(e, choice) and ids.intersection(e.properties["report_ids"])]
    return View(stored, shown, kept, None, choice.show_other)
