"""The map of the view: a click on a report's marker selects it (the table, feed and review panel follow)."""

from __future__ import annotations

import hashlib
import html
import re
from functools import partial

import streamlit as st

from webapp.view import View

# On a narrow map (under 600 px, where the map folds its legend: a phone, or the map's column beside the feed on a
# laptop) the time panel leaves the map for a strip below it: over the map it hid a sixth of a phone's map. The map
# gives up that strip's height, keeping its top left corner (the fitted view already left the panel's place free at
# the bottom), so the frame keeps its height.
TIME_BELOW_NARROW_MAP = """
{% macro script(this, kwargs) %}
(function () {
    var map = {{ this._parent.get_name() }}, box = map.getContainer();
    var status = box.querySelector(".sm-status");
    if (!status || box.clientWidth >= 600) { return; }
    box.parentNode.insertBefore(status, box.nextSibling);
    status.style.margin = "4px 0 0 0";
    status.style.boxShadow = "none";
    var strip = status.getBoundingClientRect().height + 4;
    box.style.height = (box.clientHeight - strip) + "px";
    map.invalidateSize({pan: false});
})();
{% endmacro %}
"""


def select_from_map(key: str) -> None:
    """The clicked marker's report becomes the selection: the nearest report with the marker's tooltip, as a
    spiderfied marker is clicked away from its true point. Reports that share a point and a tooltip cannot be told
    apart by the click, so they are taken in turn.

    A click on a cluster or an event marker carries no report's tooltip: it is left alone, so no redraw closes the
    cluster it has just spiderfied (streamlit-folium #222) or the event popup it has just opened."""
    state = st.session_state.get(key) or {}
    click, tooltip = state.get("last_object_clicked"), state.get("last_object_clicked_tooltip")
    points = st.session_state.get("_map_points", [])
    same = [p for p in points if p[3] == tooltip]
    if not (click and tooltip and same):
        return
    nearest = min(same, key=lambda p: (p[1] - click["lat"]) ** 2 + (p[2] - click["lng"]) ** 2)
    twins = [p[0] for p in same if (p[1], p[2]) == (nearest[1], nearest[2])]
    current = st.session_state.get("sel")
    st.session_state["sel"] = twins[(twins.index(current) + 1) % len(twins)] if current in twins else twins[0]


def tooltip_text(fragment: str) -> str:
    """A tooltip's HTML as the browser's text of it (what streamlit-folium reports for a click): tags dropped, then
    entities read (escaped article text holds no tag of its own)."""
    return html.unescape(re.sub(r"<[^>]*>", "", fragment))


def map_key(view: View, selected: str | None) -> str:
    """A new map (fitted to its reports) when what is shown changes, the same one when nothing did: a map kept
    across a change of reports stayed where it was, away from newly added ones."""
    shown = "\x1f".join(sorted(view.shown["report_id"]))
    digest = hashlib.sha1(f"{shown}|{view.show_other}|{view.event and view.event.event_id}".encode()).hexdigest()
    return f"map-{digest[:12]}-{selected}"


def report_map(view: View, selected: str | None, height: int = 560) -> None:
    from branca.element import MacroElement, Template
    from streamlit_folium import st_folium

    from geo.frame import frame_to_reports
    from geo.render.maps import build_map
    from geo.render.popups import tooltip_html

    st.session_state["_map_points"] = [  # (id, lat, lon, the marker's tooltip as the browser reads it)
        (r.report_id, r.lat, r.lon, tooltip_text(tooltip_html(r))) for r in frame_to_reports(view.shown)
    ]
    # The events layer when browsing reports of more than one article (one article's reports are its claims); a
    # selected event is its own marker with its popup open (its claims side by side; its reports one tick away);
    # a selected report is shown by its own marker.
    opened = view.event.event_id if view.event is not None and selected is None else None
    browsing = selected is None and view.event is None and view.shown["document"].nunique() > 1
    events = [view.event] if opened else view.events if browsing else []
    key = map_key(view, selected)
    drawn = build_map(view.shown, highlight=selected, show_other=view.show_other, events=events, highlight_event=opened)
    time_below = MacroElement()
    time_below._template = Template(TIME_BELOW_NARROW_MAP)
    drawn.add_child(time_below)
    st_folium(
        drawn,
        key=key,
        height=height,
        use_container_width=True,
        # A map state per selection: the first click on any marker is a change, even on the selected one. Not
        # the click count: its first value (0, where streamlit-folium's default is None) reran every new map.
        returned_objects=["last_object_clicked", "last_object_clicked_tooltip"],
        on_change=partial(select_from_map, key),
    )
