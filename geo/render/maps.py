"""The interactive strike map: one folium map per view, self-contained and offline (see geo.render.assets).

Strikes share one marker cluster, so reports at the same place spiderfy apart whatever side they come from; the
per-side entries in the layer control are empty feature groups whose toggling our small script follows. A time
slider of our own (folium's TimestampedGeoJson loads CDN assets) plays the days. `places_map` draws a ranked
list of places (gazetteer candidates) over the same outlines.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from html import escape
from pathlib import Path

import folium
import geopandas as gpd
from branca.element import Element, MacroElement
from folium.plugins import HeatMap, MarkerCluster
from folium.template import Template

from geo.events.describe import Event
from geo.events.group import build_events
from geo.frame import frame_to_reports
from geo.model import StrikeReport
from geo.render import basemap
from geo.render.assets import inline_assets
from geo.render.event_popups import EVENT_CSS, event_popup_html, event_tooltip_html
from geo.render.popups import MAP_CSS, iso_date, legend_html, popup_html, tooltip_html
from geo.render.symbology import (
    ACTION_SHAPES,
    SHAPE_PATHS,
    action_label,
    action_shape,
    claimant_side,
    side_colours,
    side_label,
    side_order,
)

TRANSPARENT_PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)
MAX_FIT_ZOOM = 9
PLACES_MAX_ZOOM = 6
PLACES_OUTLINE_MARGIN_DEG = 12.0  # wider than a places map at its closest zoom shows, so detail edges lie off screen
# Grey clusters: markercluster's default green-to-orange reads as severity, which a count of claims is not.
NEUTRAL_CLUSTER_ICON = """function (cluster) {
    return L.divIcon({html: "<div><span>" + cluster.getChildCount() + "</span></div>",
                      className: "marker-cluster sm-cluster", iconSize: L.point(40, 40)});
}"""
ALSO_HERE_LIMIT = 5


def _script_template(name: str) -> Template:
    """A map script kept beside this module (`geo/map_scripts/`): a Jinja macro `script(this, kwargs)`."""
    return Template((Path(__file__).parent / "map_scripts" / name).read_text(encoding="utf-8"))


class _Verbatim(Element):
    """Script text placed in the page exactly as it is."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code

    def render(self, **kwargs) -> str:
        return self.code


class _ScriptMacro(MacroElement):
    """A MacroElement whose rendered script is *not* compiled again as a Jinja template, as branca's own render
    does: article text in it (`{{ ... }}`, `{% for %}`) would run as template code, and megabytes of report rows
    would take seconds to parse."""

    def render(self, **kwargs) -> None:
        script = self._template.module.__dict__["script"]
        self.get_root().script.add_child(_Verbatim(script(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class _CountryOutlines(_ScriptMacro):
    """Land and country names in panes *below* the tiles: offline they are the map; online the tiles cover them."""

    _template = _script_template("country_outlines.js.j2")

    def __init__(self, bounds: tuple[float, float, float, float] | None) -> None:
        super().__init__()
        # Embedded in a <script>: escape what could end it (the names are package data, but still).
        self.outlines = basemap.outlines_json(bounds).replace("<", "\\u003c").replace(">", "\\u003e")


class _StrikeLayers(_ScriptMacro):
    """Markers, uncertainty circles, legend, count and time slider, driven by the layer control's side entries (and
    its `Reports` entry when events are drawn too)."""

    _template = _script_template("strike_layers.js.j2")

    def __init__(
        self,
        config: dict,
        rows: list[list],
        cluster: MarkerCluster,
        side_groups: list[folium.FeatureGroup],
        other_group: folium.FeatureGroup | None,
        reports_group: folium.FeatureGroup | None,
        layer_control: folium.LayerControl,
    ) -> None:
        super().__init__()
        self.config, self.rows, self.cluster = config, rows, cluster
        self.side_groups, self.other_group, self.reports_group = side_groups, other_group, reports_group
        self.layer_control = layer_control


class _EventLayer(_ScriptMacro):
    """One marker per event (size by sources, a ring when contested) in the layer control's `Events` entry."""

    _template = _script_template("event_layer.js.j2")

    def __init__(self, config: dict, rows: list[list], group: folium.FeatureGroup) -> None:
        super().__init__()
        self.config, self.rows, self.group = config, rows, group


CONTESTED_COLOUR = "#B2182B"
SEVERAL_SIDES_COLOUR = "#555555"
EVENT_RADIUS_PX, EVENT_RADIUS_MAX_PX = 7, 22


def event_radius_px(n_sources: int) -> int:
    """A disc whose area grows with each further independent source (one source: the size of a report marker)."""
    return round(min(EVENT_RADIUS_MAX_PX, EVENT_RADIUS_PX + 4 * math.sqrt(max(0, n_sources - 1))))


def _events_to_draw(
    events: Sequence[Event] | None, everything: list[StrikeReport], shown: list[StrikeReport], show_other: bool
) -> list[Event]:
    """The events given, or (None) events built from the frame when its drawn reports come from more than one
    document; only those holding a report the map draws (a denial or threat alone is no strike on the map)."""
    if events is None:
        if len({r.document for r in shown if r.is_drawn_strike}) < 2:
            return []
        events = build_events([r for r in everything if r.status != "rejected"])
    drawn = {r.report_id for r in shown if r.is_drawn_strike or show_other}
    return [e for e in events if drawn.intersection(e.properties.get("report_ids") or [])]  # type: ignore[arg-type]


def _day_indexes(start: object, end: object, dates: list[str]) -> tuple[int, int]:
    """An event's first and last day as positions in the time control's days (-1, -1 when undated)."""
    first, last = iso_date(str(start or "")), iso_date(str(end or start or ""))
    if first is None:
        return -1, -1
    return bisect_left(dates, first), bisect_right(dates, last or first) - 1


def _event_rows(
    events: list[Event],
    everything: list[StrikeReport],
    colours: dict[str, str],
    names: dict[str, str],
    dates: list[str],
) -> list[list]:
    by_id = {r.report_id: r for r in everything}
    rows = []
    for event in events:
        props = event.properties
        claims = [c for c in props.get("claims") or [] if isinstance(c, dict)]  # type: ignore[union-attr]
        sides = {claimant_side(c.get("claimant_country"), c.get("claimant_kind")) for c in claims}
        colour = colours.get(next(iter(sides)), SEVERAL_SIDES_COLOUR) if len(sides) == 1 else SEVERAL_SIDES_COLOUR
        rows.append(
            [
                round(event.lat, 6),
                round(event.lon, 6),
                event_radius_px(int(props.get("n_sources") or 1)),  # type: ignore[call-overload]
                colour,
                1 if props.get("status") == "contested" else 0,
                event_popup_html(event, by_id, colours, names),
                event_tooltip_html(event),
                event.event_id,
                *_day_indexes(props.get("date_start"), props.get("date_end"), dates),
            ]
        )
    return rows


def _also_here(reports: list[StrikeReport], labels: list[str]) -> list[list[str]]:
    """For each report, short lines about the other reports at the same point (a combined popup, never stacked)."""
    at: dict[tuple[float, float], list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        at[(round(r.lat, 4), round(r.lon, 4))].append(i)
    lines: list[list[str]] = [[] for _ in reports]
    for members in at.values():
        if len(members) < 2:
            continue
        for i in members:
            others = [j for j in members if j != i]
            text = [
                f"{labels[j]}: {action_label(reports[j].action)} ({reports[j].claimant or 'claimant not named'})"
                for j in others[:ALSO_HERE_LIMIT]
            ]
            if len(others) > ALSO_HERE_LIMIT:
                text.append(f"and {len(others) - ALSO_HERE_LIMIT} more")
            lines[i] = text
    return lines


def _circle_radius_m(report: StrikeReport) -> int:
    """Uncertainty circles only for drawn strikes placed coarser than a town (a threat has no place to be unsure of)."""
    if report.is_drawn_strike and (report.geo_precision or 1) > 1 and report.uncertainty_km:
        return round(report.uncertainty_km * 1000)
    return 0


def _bounds(reports: list[StrikeReport]) -> tuple[float, float, float, float] | None:
    if not reports:
        return None
    lons, lats = [r.lon for r in reports], [r.lat for r in reports]
    return min(lons), min(lats), max(lons), max(lats)


def build_map(
    frame: gpd.GeoDataFrame,
    *,
    tiles: bool = True,
    tiles_on: bool = True,
    highlight: str | None = None,
    show_other: bool = False,
    heat: bool = False,
    step_ms: int = 900,
    events: Sequence[Event] | None = None,
    highlight_event: str | None = None,
) -> folium.Map:
    """A map of the frame's drawn strikes (threats, denials, interceptions as an extra layer if `show_other`).

    `highlight` is a report_id whose marker is enlarged and opened; `heat` adds a density layer (off until
    ticked); `tiles` offers OpenStreetMap tiles, shown from the start if `tiles_on`. `events` (from
    `geo.events`) are drawn as an `Events` layer, shown instead of the reports (which stay a switch away); None
    builds them from the frame when its strikes come from more than one document; `highlight_event` opens one.
    The map carries all its assets inline, so it renders with no network, also inside st_folium.
    """
    everything = frame_to_reports(frame)
    reports = [r for r in everything if r.is_drawn_strike or (show_other and r.status != "rejected")]
    drawn_events = _events_to_draw(events, everything, reports, show_other)
    bounds = _bounds(reports)
    m = folium.Map(location=[20, 20], zoom_start=2, tiles=None, control_scale=True, min_zoom=2)
    m.options["maxZoom"] = 18  # MarkerCluster needs a max zoom when the map has no tile layer
    m.get_root().header.add_child(Element(MAP_CSS + EVENT_CSS), name="strikemap_css")
    _CountryOutlines(bounds).add_to(m)
    if tiles:
        folium.TileLayer(
            "OpenStreetMap",
            name="OpenStreetMap tiles (online)",
            overlay=True,
            show=tiles_on,
            error_tile_url=TRANSPARENT_PNG,
        ).add_to(m)

    names = basemap.country_names()
    # Colours from every side of the data, drawn or not: a side keeps its colour whatever is toggled or filtered.
    colours = side_colours(claimant_side(r.claimant_country, r.claimant_kind) for r in everything)
    sides = [claimant_side(r.claimant_country, r.claimant_kind) for r in reports]
    order = side_order(sides)
    index = {side: i for i, side in enumerate(order)}
    labels = [side_label(s, names) for s in sides]
    counts = {side: sides.count(side) for side in order}
    event_group = reports_group = None
    if drawn_events:
        contested = sum(1 for e in drawn_events if e.properties.get("status") == "contested")
        event_name = f"Events: one marker per strike ({len(drawn_events)}, {contested} contested)"
        event_group = folium.FeatureGroup(name=escape(event_name)).add_to(m)
        reports_group = folium.FeatureGroup(name="Reports: every claim on its own", show=False).add_to(m)
    side_groups = [
        folium.FeatureGroup(name=escape(f"{side_label(side, names)} ({counts[side]})")).add_to(m) for side in order
    ]
    has_other = any(not r.is_drawn_strike for r in reports)
    other_group = folium.FeatureGroup(name="Threats, denials, interceptions").add_to(m) if has_other else None
    if heat and any(r.is_drawn_strike for r in reports):
        HeatMap(
            [[r.lat, r.lon] for r in reports if r.is_drawn_strike], name="Heat: strike density", show=False, radius=20
        ).add_to(m)
    cluster = MarkerCluster(
        control=False,
        icon_create_function=NEUTRAL_CLUSTER_ICON,
        maxClusterRadius=40,
        chunkedLoading=True,
        showCoverageOnHover=False,
    )
    cluster.add_to(m)
    layer_control = folium.LayerControl(collapsed=False, position="topright").add_to(m)

    shapes = list(SHAPE_PATHS)
    dates = sorted({d for r in reports if (d := iso_date(r.event_date))})
    date_index = {d: i for i, d in enumerate(dates)}
    also = _also_here(reports, labels)
    rows = [
        [
            round(r.lat, 6),
            round(r.lon, 6),
            index[side],
            shapes.index(action_shape(r.action)),
            1 if r.is_drawn_strike else 0,
            date_index.get(iso_date(r.event_date) or "", -1),
            popup_html(r, also[i]),
            tooltip_html(r),
            _circle_radius_m(r),
            r.report_id,
        ]
        for i, (r, side) in enumerate(zip(reports, sides, strict=True))
    ]
    actions_present = sorted({r.action for r in reports if r.action in ACTION_SHAPES and r.is_drawn_strike})
    legend = legend_html(
        [(side_label(s, names), colours[s], counts[s]) for s in order],
        [(action_label(a), ACTION_SHAPES[a]) for a in actions_present],
        other_shown=has_other,
        uncertainty=any(row[8] for row in rows),
        attribution=basemap.ATTRIBUTION,
        events=bool(drawn_events),
    )
    config = {
        "colours": [colours[s] for s in order],
        "paths": [SHAPE_PATHS[s] for s in shapes],
        "dates": dates,
        "legend": legend,
        "highlight": highlight,
        "drawnTotal": sum(1 for r in reports if r.is_drawn_strike),
        "stepMs": step_ms,
        "bounds": [[bounds[1], bounds[0]], [bounds[3], bounds[2]]] if bounds else None,
        "maxFitZoom": MAX_FIT_ZOOM,
        "eventsTotal": len(drawn_events),
    }
    _StrikeLayers(config, rows, cluster, side_groups, other_group, reports_group, layer_control).add_to(m)
    if event_group is not None:
        event_config = {"contestedColour": CONTESTED_COLOUR, "highlight": highlight_event}
        event_rows = _event_rows(drawn_events, everything, colours, names, dates)
        _EventLayer(event_config, event_rows, event_group).add_to(m)
    return inline_assets(m)


def places_map(points: list[tuple[float, float, str]]) -> folium.Map:
    """Numbered points (lat, lon, label) over the offline country outlines, the first one highlighted: a ranked list
    of places to choose from, such as gazetteer candidates. Labels are escaped; `points` must not be empty."""
    lats, lons = [lat for lat, _, _ in points], [lon for _, lon, _ in points]
    m = folium.Map(tiles=None, control_scale=True)
    m.options["maxZoom"] = 18
    m.get_root().header.add_child(Element(MAP_CSS), name="strikemap_css")
    margin = PLACES_OUTLINE_MARGIN_DEG
    _CountryOutlines((min(lons) - margin, min(lats) - margin, max(lons) + margin, max(lats) + margin)).add_to(m)
    for number, (lat, lon, label) in enumerate(points, 1):
        folium.CircleMarker(
            [lat, lon],
            radius=9 if number == 1 else 6,
            color="#b2182b" if number == 1 else "#2166ac",
            fill=True,
            fill_opacity=0.8,
            tooltip=escape(f"{number}. {label}"),
        ).add_to(m)
    m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], max_zoom=PLACES_MAX_ZOOM, padding=(30, 30))
    return inline_assets(m)


def page_html(frame: gpd.GeoDataFrame, **options) -> str:
    """The map as one self-contained HTML page (what `geo map` writes); options as `build_map`'s, except that the
    tiles start switched off (`tiles_on=False`): a saved map asks nothing of the internet until the reader does."""
    options.setdefault("tiles_on", False)
    return build_map(frame, **options).get_root().render()


def embed_snippet(frame: gpd.GeoDataFrame, *, height_px: int = 600, **options) -> str:
    """One pasteable HTML element showing the map inline in another page, with no second file to host.

    The page travels in the iframe's `srcdoc`, so it is downloaded with the host page and loads with it (lazy loading
    would save no download, only defer the map's start); the sandbox lets the map's scripts run and links open, but
    keeps them (and any article text) away from the host page's cookies, DOM and styles. The snippet is pure ASCII
    (`&#1043;` for Г): host pages in any encoding, or none declared, show Гянджа and ▶ as they are.
    """
    page = page_html(frame, **options)
    srcdoc = escape(page, quote=True).encode("ascii", "xmlcharrefreplace").decode("ascii")
    return (
        f'<iframe srcdoc="{srcdoc}" title="strike map" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
        f'style="width: 100%; height: {int(height_px)}px; border: 0;"></iframe>'
    )
