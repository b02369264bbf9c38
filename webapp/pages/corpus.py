"""The Corpus page: an ingest output folder (`python -m geo ingest ... --out DIR`) browsed with its filters pushed
down to the Parquet read, so a folder of a hundred thousand reports opens as fast as a small one. The map draws one
marker a place (with its count) in clusters, and a heat layer; the table shows the latest reports of the filter.
The folder lives in the URL (`?dir=...`), so a link reopens it."""

from __future__ import annotations

import html
import math
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from webapp.messages import md

if TYPE_CHECKING:  # the heavy modules load when the page is opened, not with the app's first page
    import folium
    import pandas as pd

    from geo.ingest.browse import Overview

TABLE_ROWS = 500
MAP_HEIGHT = 520
# A place's circle, sized by its reports; popup and tooltip arrive escaped (see _popup).
PLACE_MARKER = """function (row) {
    var marker = L.circleMarker(new L.LatLng(row[0], row[1]),
        {radius: row[4], color: "#b2182b", weight: 1, fill: true, fillOpacity: 0.7});
    marker.bindPopup(row[2], {maxWidth: 320});
    marker.bindTooltip(row[3]);
    return marker;
}"""
TABLE_COLUMNS = ["event_date", "place", "place_name", "country_code", "action", "claimant", "attacker", "document"]


def _version(folder: Path) -> int:
    """Changes whenever a run commits a batch: the cached reads below are keyed by it."""
    from geo.ingest.output import committed_batches

    return len(committed_batches(folder))


@st.cache_data(max_entries=20, show_spinner="Reading the reports…")
def _overview(folder: str, version: int) -> Overview:
    """The filters' facets and the unfiltered map's places, in one read of the folder."""
    from geo.ingest.browse import overview

    return overview(Path(folder))


def _unfiltered(filters: tuple) -> bool:
    return not any(value for _, value in filters)


@st.cache_data(max_entries=50, show_spinner="Reading the reports…")
def _places(folder: str, version: int, filters: tuple) -> pd.DataFrame:
    if _unfiltered(filters):
        return _overview(folder, version).places
    from geo.ingest.browse import place_counts

    return place_counts(Path(folder), **_keywords(filters))


@st.cache_data(max_entries=50, show_spinner=False)
def _latest(folder: str, version: int, filters: tuple) -> pd.DataFrame:
    from geo.ingest.browse import latest_reports

    return latest_reports(Path(folder), TABLE_ROWS, TABLE_COLUMNS, **_keywords(filters))


@st.cache_data(max_entries=20, show_spinner=False)
def _map_html(folder: str, version: int, filters: tuple) -> str:
    """The map as one HTML page, made once per folder version and filter: a rerun (a widget touched elsewhere)
    sends it again without building it."""
    return corpus_map(_places(folder, version, filters)).get_root().render()


def _keywords(filters: tuple) -> dict:
    """The filters as read_reports takes them (kept as a tuple of pairs so the caches can hash them)."""
    return {key: list(value) if isinstance(value, tuple) else value for key, value in filters}


@st.cache_data(max_entries=20, show_spinner=False)
def _counts(folder: str, version: int) -> tuple[int, int, int, pd.DataFrame]:
    from geo.ingest.output import DOCUMENTS, ERRORS, read_table

    docs = read_table(Path(folder), DOCUMENTS, ["status"]).column("status").to_pylist()
    errors = read_table(Path(folder), ERRORS, ["name", "kind", "reason"]).to_pandas()
    return len(docs), docs.count("duplicate"), docs.count("error"), errors


@st.cache_resource(show_spinner=False)
def _world_outline() -> str:
    import numpy as np
    import shapely

    from geo.render.basemap import outlines

    # Coordinates to 0.001 degree (about 100 m, under a pixel at the map's zoom): 200 KB of GeoJSON instead of 470.
    return shapely.to_geojson(shapely.transform(outlines(None).world, lambda xy: np.round(xy, 3)))


def _popup(row) -> str:
    """Escaped: place names and actions come from untrusted articles."""
    from geo.render.symbology import action_label

    actions = ", ".join(
        f"{html.escape(action_label(a.rsplit(' ', 1)[0]))} {a.rsplit(' ', 1)[1]}" for a in row.actions.split(", ") if a
    )
    when = f"{html.escape(str(row.first))} to {html.escape(str(row.last))}" if row.first else "undated"
    return (
        f"<b>{html.escape(str(row.place_name))}</b> ({html.escape(str(row.country_code or ''))})<br>"
        f"{row.reports} reports, {when}<br>{actions}"
    )


def corpus_map(places: pd.DataFrame) -> folium.Map:
    """One circle a place, sized by its reports, clustered when zoomed out; a heat layer of the same counts."""
    import folium
    from folium.plugins import FastMarkerCluster, HeatMap

    from geo.render.assets import inline_assets

    m = folium.Map(location=[25, 30], zoom_start=2, tiles=None, control_scale=True, min_zoom=2)
    m.options["maxZoom"] = 18
    # The land in a pane below the overlays: in the overlay pane its opaque fill hid the heat layer's canvas.
    folium.map.CustomPane("land", z_index=250, pointer_events=False).add_to(m)
    folium.GeoJson(
        _world_outline(),
        name="Countries",
        style_function=lambda _: {"color": "#999", "weight": 0.6, "fillColor": "#f2efe9", "fillOpacity": 1},
        control=False,
        pane="land",
    ).add_to(m)
    # One element for all places, markers made in the browser: a folium element a place took seconds per thousand.
    rows = [
        [row.lat, row.lon, _popup(row), html.escape(f"{row.place_name}: {row.reports} reports"),
         round(4 + 3 * math.log10(max(row.reports, 1)), 1)]
        for row in places.itertuples(index=False)
    ]  # fmt: skip
    FastMarkerCluster(rows, callback=PLACE_MARKER, name="Places (reports)").add_to(m)
    if len(places):
        top = max(places["reports"].max(), 1)
        heat = [[r.lat, r.lon, r.reports / top] for r in places.itertuples(index=False)]
        HeatMap(heat, name="Heat: reports", radius=18, show=len(places) > 300).add_to(m)
        m.fit_bounds(
            [[places["lat"].min(), places["lon"].min()], [places["lat"].max(), places["lon"].max()]], max_zoom=7
        )
    folium.LayerControl(collapsed=True).add_to(m)
    return inline_assets(m)


def _filters(facet: dict[str, list[str]]) -> tuple:
    from geo.render.symbology import action_label

    left, middle, right = st.columns([2, 2, 3])
    span = [date.fromisoformat(d) for d in facet["dates"]]
    picked = left.date_input("Event dates", value=tuple(span), min_value=span[0] if span else None,
                             max_value=span[-1] if span else None, key="corpus_dates")  # fmt: skip
    countries = middle.multiselect("Countries", facet["countries"], key="corpus_countries")
    actions = right.multiselect("Actions", facet["actions"], format_func=action_label, key="corpus_actions")
    start = end = None
    if span and isinstance(picked, tuple) and len(picked) == 2 and tuple(picked) != tuple(span):
        start, end = picked[0].isoformat(), picked[1].isoformat()
    return (("start", start), ("end", end), ("countries", tuple(countries)), ("actions", tuple(actions)))


def corpus_page() -> None:
    from geo.ingest.output import DOCUMENTS

    st.subheader("Corpus")
    folder = st.text_input(
        "Ingest folder", key="dir", bind="query-params", placeholder="the --out folder of python -m geo ingest"
    )
    if not folder.strip():
        st.info("Open the output folder of `python -m geo ingest SOURCE... --out DIR` to browse its reports.")
        return
    path = Path(folder.strip()).expanduser()
    if not (path / DOCUMENTS).is_dir():
        st.warning(f"{md(folder)} is not an ingest output folder (it has no documents table).")
        return
    version = _version(path)
    filters = _filters(_overview(str(path), version).facets)
    places = _places(str(path), version, filters)
    a, b, c, d = st.columns(4)
    a.metric("Reports", f"{int(places['reports'].sum()):,}")
    b.metric("Places", f"{len(places):,}")
    # A plain frame, not streamlit-folium: the page reads nothing back from the map, and the frame's HTML is cached
    # whole (streamlit-folium re-renders the map's script on every run, 0.3 s for 3,000 places).
    st.iframe(_map_html(str(path), version, filters), height=MAP_HEIGHT)
    # What the map does not need is read once it is on its way (each read opens every part file again).
    n_docs, copies, errors, error_table = _counts(str(path), version)
    c.metric("Documents", f"{n_docs:,}", help=f"{copies:,} copies of other documents, linked and not re-read")
    d.metric("Errors", f"{errors:,}")
    latest = _latest(str(path), version, filters)
    st.caption(f"The latest {min(len(latest), TABLE_ROWS):,} reports of the filter")
    st.dataframe(latest, hide_index=True, width="stretch")
    if len(error_table):
        with st.expander(f"Documents not read or read in parts ({len(error_table):,})"):
            st.dataframe(error_table, hide_index=True, width="stretch")
