"""Events: one strike told by many reports. The table lists the events of the shown reports; ticking one selects it,
which narrows the whole view to its reports and shows its claims side by side, one column per claimant side.
Merging two events or splitting one goes through the store, recorded with the reviewer's name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import streamlit as st

from geo.errors import InputError
from geo.render.symbology import claimant_side, side_order
from webapp.labels import country_label, side_name, words
from webapp.messages import flash, md

if TYPE_CHECKING:
    import pandas as pd

    from geo.events.group import Event
    from geo.store import EventStore

MERGE_CHOICES = 12  # the nearest events offered to merge with


def stored_events(store: EventStore, has_reports: bool, user: str | None) -> list[Event]:
    """The store's events; a store with reports and no events yet (made before events) is grouped once."""
    events = store.events()
    if not events and has_reports:
        events = store.regroup(user=user)
    return events


def event_label(event: Event) -> str:
    props = event.properties
    days = props.get("date_start") or "undated"
    if props.get("date_end") and props.get("date_end") != props.get("date_start"):
        days += f" – {props['date_end']}"
    return f"{props.get('place_name') or '?'} · {days} · {words(props.get('action'))} · {words(props.get('status'))}"


def _blame(event: Event) -> str:
    blaming = event.properties.get("sides_blaming") or {}
    return "; ".join(f"{country_label(a)} → {country_label(b)}" for a, b in blaming.items())


def events_rows(events: list[Event]) -> pd.DataFrame:
    import pandas as pd

    rows = [
        {
            "from": e.properties.get("date_start"),
            "to": e.properties.get("date_end"),
            "place": e.properties.get("place_name"),
            "action": words(e.properties.get("action")),
            "status": words(e.properties.get("status")),
            "sources": e.properties.get("n_sources"),
            "reports": e.properties.get("n_reports"),
            "who blames whom": _blame(e),
        }
        for e in events
    ]
    columns = ["from", "to", "place", "action", "status", "sources", "reports", "who blames whom"]
    return pd.DataFrame(rows, columns=columns).set_axis(pd.RangeIndex(1, len(rows) + 1, name="#"))


def _select_event(key: str) -> None:
    rows = st.session_state[key]["selection"]["rows"]
    ids = st.session_state.get("_event_ids", [])
    st.session_state["ev"] = ids[rows[0]] if rows and rows[0] < len(ids) else None
    st.session_state["sel"] = None


def events_table(events: list[Event], selected: str | None) -> None:
    ids = [e.event_id for e in events]
    st.session_state["_event_ids"] = ids
    key = f"events-{selected}"
    st.dataframe(
        events_rows(events),
        key=key,
        height=min(420, 38 + 35 * max(len(events), 1)),
        on_select=partial(_select_event, key),
        selection_mode="single-row",
        selection_default={"selection": {"rows": [ids.index(selected)]}} if selected in ids else None,
        column_config={
            "place": st.column_config.TextColumn("place", width="medium"),
            "who blames whom": st.column_config.TextColumn("who blames whom", width="large"),
        },
    )


def claims_side_by_side(event: Event) -> None:
    """One column per claimant side, each claim as plain text (claims are article text: never Markdown)."""
    by_side: dict[str, list[dict]] = defaultdict(list)
    for claim in event.properties.get("claims") or []:
        by_side[claimant_side(claim.get("claimant_country"), claim.get("claimant_kind"))].append(claim)
    order = side_order(by_side)
    for column, side in zip(st.columns(max(1, min(len(order), 3))) * 2, order, strict=False):
        with column, st.container(border=True, key=f"claims-{side}"):
            st.markdown(f"**{md(side_name(side))}**")
            for claim in by_side[side]:
                blames = (
                    country_label(claim.get("attacker_country")) if claim.get("attacker_country") else "nobody named"
                )
                st.text(
                    f"{claim.get('claimant') or 'the article itself'} ({words(claim.get('claimant_kind'))}): "
                    f"{words(claim.get('claim_type'))}, blames {blames}\n"
                    f"“{claim.get('evidence') or ''}”\n"
                    f"source: {claim.get('document') or '?'}"
                )


def event_panel(store: EventStore, event: Event, events: list[Event], user: str | None) -> None:
    """The selected event: what it is, its claims side by side, and merge / split by hand."""
    props = event.properties
    head, close = st.columns([5, 1])
    head.subheader(md(event_label(event)))
    if close.button("Show all reports", key="event-close", use_container_width=True):
        st.session_state["ev"] = None
        st.rerun()
    st.caption(
        f"{props.get('n_reports')} reports from {props.get('n_sources')} independent sources: "
        f"{md(', '.join(props.get('sources') or []))}"
    )
    claims_side_by_side(event)
    others = sorted(
        (e for e in events if e.event_id != event.event_id),
        key=lambda e: (abs(e.lat - event.lat) + abs(e.lon - event.lon), e.event_id),
    )[:MERGE_CHOICES]
    merge, split = st.columns(2)
    with merge:
        other = st.selectbox(
            "Merge with another event (nearest first)",
            [e.event_id for e in others],
            index=None,
            format_func=lambda eid: next(event_label(e) for e in others if e.event_id == eid),
            key=f"merge-{event.event_id}",
            placeholder="choose the event that is the same strike",
        )
        if st.button("Merge into this event", key="merge-go", disabled=other is None):
            change_events(lambda: store.merge_events(event.event_id, other, user=user), "Events merged.")
    with split:
        members = list(props.get("report_ids") or [])
        claims = {c["report_id"]: c for c in props.get("claims") or []}
        leaving = st.multiselect(
            "Split reports off into an event of their own",
            members,
            format_func=lambda rid: (
                f"{claims.get(rid, {}).get('claimant') or '?'} · {claims.get(rid, {}).get('document') or rid}"
            ),
            key=f"split-{event.event_id}",
            placeholder="the reports that are another strike",
        )
        if st.button("Split them off", key="split-go", disabled=not leaving):
            change_events(lambda: store.split_event(event.event_id, leaving, user=user)[0], "Event split.")


def change_events(action: Callable[[], Event], done: str) -> None:
    """Run a merge or split and show the event that stays; a refused one becomes a message."""
    try:
        st.session_state["ev"] = action().event_id
    except InputError as exc:
        flash("error", md(exc))
    else:
        flash("success", done)
    st.rerun()
