"""The Reports page, an analyst's workbench: add articles; see the shown reports on a map with counts per day
under it, the selected report's review (or the newest reports) beside it, and the reports, events and rejected
reports in tables below; export what is shown. Everything is drawn from one view (`webapp.view`)."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from geo.errors import InputError
from geo.store import default_url
from webapp.components.add_articles import add_articles_panel, take_articles
from webapp.components.filters import choose_filters, reviewer
from webapp.messages import md, show_flash
from webapp.resources import cached_store, gazetteer_missing, warm_up


def reports_page() -> None:
    try:
        store = cached_store(default_url())
    except InputError as exc:
        st.error(md(exc))
        return
    user = reviewer()
    # Progress and messages of adding, in a container that is always there: they come and go without moving the
    # map and table below, which Streamlit would otherwise mount afresh (the map drawn twice).
    slot = st.container()
    warming = warm_up()
    if gazetteer_missing() and not warming.gazetteer_ready.is_set():
        slot.info(
            "First start: building the gazetteer, the offline index of place names (about a minute). "
            "Articles you add meanwhile are read as soon as it is ready."
        )
        redraw_when_gazetteer_ready()
    take_articles(store, slot, user)
    show_flash(slot)
    reports = store.reports()
    add_articles_panel(expanded=not reports)
    if not reports:  # in the slot too: the empty map and table below stay where the first reports' will be
        slot.info("No reports yet: paste an article, upload files, or open the sample article below.")
    if not warming.map_ready.is_set():
        if reports:
            warming.map_first.set()
            slot.info(f"{len(reports)} reports stored; loading the map and the table…")
        redraw_when_warm()
        return
    workbench(store, reports, user)
    warming.go.set()


def workbench(store, reports, user: str | None) -> None:
    """The map, review, charts, tables and exports of one view."""
    from geo.frame import reports_to_frame
    from webapp.components.charts import event_charts, report_charts
    from webapp.components.events import event_panel, events_table, stored_events
    from webapp.components.export import export_panel
    from webapp.components.feed import report_feed
    from webapp.components.report_map import report_map
    from webapp.components.report_table import report_table
    from webapp.components.review import bulk_panel
    from webapp.view import drawn, make_view

    stored = reports_to_frame(reports)
    events = stored_events(store, bool(reports), user)
    choice = choose_filters(stored)
    state = st.session_state
    for key in ("sel", "ev"):  # a shared link reopens its selection
        if key not in state:
            state[key] = st.query_params.get(key)
    ids = set(stored["report_id"])
    selected = state["sel"] if state["sel"] in ids else None
    view = make_view(stored, choice, events, state["ev"])
    hidden = selected and selected not in set(view.shown["report_id"]) and view.event is None
    if hidden and not view.show_other and selected in set(stored.loc[drawn(stored, True), "report_id"]):
        view = make_view(stored, replace(choice, show_other=True), events, None)  # a denial is drawn to be seen
    state["ev"] = view.event.event_id if view.event else None
    st.sidebar.metric("Reports shown", f"{len(view.shown)} of {len(stored)}")
    _sync_url(selected, state["ev"])

    if view.event is not None:  # any stored event can be merged with it, shown or not (a lone denial is not)
        event_panel(store, view.event, events, user)
    shown_ids = set(view.shown["report_id"])
    left, right = st.columns([3, 2])
    with left:
        report_map(view, selected if selected in shown_ids else None)
        report_charts(view.shown)
    with right:
        if selected:
            selected_report(store, view, selected, user)
        else:
            st.caption("Newest first. Click a marker, a table row or “Show on map” to review a report.")
            with st.container(height=600, border=False):
                report_feed(view.shown)
    rejected = stored[stored["status"] == "rejected"]
    reports_tab, events_tab, rejected_tab = st.tabs(
        [f"Reports ({len(view.shown)})", f"Events ({len(view.events)})", f"Rejected ({len(rejected)})"]
    )
    with reports_tab:
        ticked = report_table(view.shown, selected if selected in shown_ids else None)
        bulk_panel(store, ticked, user)
    with events_tab:
        listed = make_view(stored, choice, events, None).events if view.event else view.events
        events_table(listed, state["ev"])
        event_charts(listed)
    with rejected_tab:
        st.caption("Rejected reports are drawn nowhere and exported with nothing; select one to restore it.")
        report_table_of_rejected(rejected, selected)
    export_panel(view.shown)


def selected_report(store, view, selected: str, user: str | None) -> None:
    """The selection (changeable from a list of what is shown) and its review panel."""
    from webapp.components.review import review_panel

    picked = report_picker(view.shown, selected)
    if picked is None:
        return
    review_panel(store, store.report(picked), user)


def report_picker(shown, selected: str | None) -> str | None:
    """A list of the shown reports to choose the selection from. Its key changes with its labels, so a label is
    never stale after an edit (a kept widget kept the old status and lost the selection on the next click)."""
    import hashlib

    from webapp.components.report_table import table_rows

    rows = table_rows(shown)
    labels = {
        rid: f"{n}. {row['place']} · {row['action']} · {row['claimant']} · {row['date'] or '?'} · {row['status']}"
        for rid, (n, row) in zip(shown["report_id"], rows.iterrows(), strict=True)
    }
    if selected not in labels:  # a rejected report, chosen in its own table
        return selected
    digest = hashlib.sha1("\x1f".join(f"{k}={v}" for k, v in labels.items()).encode()).hexdigest()[:12]
    key = f"pick-{digest}"
    col, close = st.columns([6, 1])
    col.selectbox(
        "Selected report",
        list(labels),
        index=list(labels).index(selected),
        format_func=labels.__getitem__,
        key=key,
        on_change=lambda: st.session_state.update(sel=st.session_state[key]),
    )
    if close.button("✕", key="unselect", help="close the review and show the feed"):
        st.session_state.update(sel=None, ticked=[])
        st.rerun()
    return selected


def report_table_of_rejected(rejected, selected: str | None) -> None:
    from webapp.components.report_table import table_rows

    if rejected.empty:
        return
    ids = list(rejected["report_id"])
    key = f"rejected-{selected}"

    def choose() -> None:
        rows = st.session_state[key]["selection"]["rows"]
        st.session_state["sel"] = ids[rows[0]] if rows and rows[0] < len(ids) else None

    st.dataframe(table_rows(rejected), key=key, on_select=choose, selection_mode="single-row", height=260)


def _sync_url(selected: str | None, event: str | None) -> None:
    for key, value in (("sel", selected), ("ev", event)):
        if value:
            st.query_params[key] = value
        else:
            st.query_params.pop(key, None)


@st.fragment(run_every=0.5)
def redraw_when_warm() -> None:
    """A new server's first page leaves out the map, table and filters while the warm-up loads their Python
    modules (seconds that would keep the page waiting), then reruns once to draw them. An empty store gets them
    empty: the browser has their code loaded and running before the first article arrives."""
    if warm_up().map_ready.is_set():
        st.rerun()


@st.fragment(run_every=1.0)
def redraw_when_gazetteer_ready() -> None:
    """Takes the first start's notice away once the gazetteer is built."""
    if warm_up().gazetteer_ready.is_set():
        st.rerun()
