"""The Reports page: add articles, see their reports on a map and in a table, filter, select, review, export."""

from __future__ import annotations

import streamlit as st

from geo.errors import InputError
from geo.store import default_url
from webapp.components.add_articles import add_articles_panel, take_articles
from webapp.components.export import export_panel
from webapp.components.filters import filter_reports
from webapp.components.map_and_table import label, map_and_table
from webapp.components.review import review_panel
from webapp.messages import md, show_flash
from webapp.resources import cached_store, warm_up


def reports_page() -> None:
    try:
        store = cached_store(default_url())
    except InputError as exc:
        st.error(md(exc))
        return
    # Progress and messages of adding, in a container that is always there: they come and go without moving the
    # map and table below, which Streamlit would otherwise mount afresh (the map drawn twice).
    slot = st.container()
    take_articles(store, slot)
    show_flash(slot)
    reports = store.reports()
    add_articles_panel(expanded=not reports)
    if not reports:  # in the slot too: the empty map and table below stay where the first reports' will be
        slot.info("No reports yet: paste an article, upload files, or open the sample article below.")
    warming = warm_up()
    if not warming.map_ready.is_set():
        if reports:
            warming.map_first.set()
            slot.info(f"{len(reports)} reports stored; loading the map and the table…")
        redraw_when_warm()
        return
    from geo.frame import reports_to_frame

    frame = reports_to_frame(reports)
    shown = filter_reports(frame)
    by_id = {r: (n, row) for n, (r, (_, row)) in enumerate(zip(shown["report_id"], shown.iterrows(), strict=True), 1)}
    if "sel" not in st.session_state and st.query_params.get("sel") in by_id:
        st.session_state["sel"] = st.query_params["sel"]  # a shared link reopens its selection
    selected = st.session_state.get("sel") if st.session_state.get("sel") in by_id else None
    map_and_table(shown, selected, show_other=st.session_state.get("other", False))
    selected = st.selectbox(
        "Selected report",
        list(by_id),
        index=None,
        format_func=lambda r: label(*by_id[r]),
        key="sel",
        placeholder="click a marker or a table row",
    )
    if selected:
        st.query_params["sel"] = selected
    else:
        st.query_params.pop("sel", None)
    if selected:
        review_panel(store, store.report(selected))
    export_panel(shown)
    warming.go.set()


@st.fragment(run_every=0.5)
def redraw_when_warm() -> None:
    """A new server's first page leaves out the map, table and filters while the warm-up loads their Python
    modules (seconds that would keep the page waiting), then reruns once to draw them. An empty store gets them
    empty: the browser has their code loaded and running before the first article arrives."""
    if warm_up().map_ready.is_set():
        st.rerun()
