"""A static PNG of the strike map for print reports, drawn with matplotlib over Natural Earth country outlines.

Chosen over a screenshot of the HTML map: it needs no browser at run time, has no zoom buttons or layer lists to
crop, prints crisply at any dpi, and carries its own legend, title and source line. Same colours and shapes as the
HTML map (geo.render.symbology), in Web Mercator so it looks like the map readers know.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections import defaultdict
from typing import BinaryIO

import geopandas as gpd
import shapely
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PatchCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Rectangle
from matplotlib.patheffects import withStroke
from pyproj import Transformer
from rapidfuzz import fuzz

from gazetteer import fold
from geo.frame import frame_to_reports
from geo.model import StrikeReport
from geo.render import basemap
from geo.render.popups import iso_date
from geo.render.symbology import (
    ACTION_SHAPES,
    SHAPE_MARKERS,
    action_label,
    action_shape,
    claimant_side,
    side_colours,
    side_label,
    side_order,
)

SEA, LAND, BORDER, LABEL = "#cfe2f0", "#f4f1ea", "#a89f8c", "#7a6f5a"
MERCATOR_LAT_LIMIT = 85.0
MAX_LABELS = 30  # place names beyond this clutter a printed page; the busiest places are named
MAX_RING_PT = 30.0
CROWDED = 300
WEB_MERCATOR_WORLD_M = 40_075_016.69
MERCATOR_HALF_WORLD_M = WEB_MERCATOR_WORLD_M / 2
AXES_BOX = (0.01, 0.08, 0.98, 0.84)  # left, bottom, width, height: title above, source line below
LABEL_NEAR_PT = 14.0
CSS_PX_PER_INCH = 96
LABEL_WRAP_CHARS = 40  # a line of merged names no wider than about a third of the page
SAME_NAME_RATIO = 75  # Mingechavir / Mingachevir: one name spelt two ways
_TO_MERCATOR = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)
_TO_LONLAT = Transformer.from_crs("EPSG:3857", "EPSG:4326", always_xy=True)


def _view(reports: list[StrikeReport]) -> tuple[float, float, float, float]:
    """Lon/lat box around the reports with room for labels; the whole world when there are none."""
    if not reports:
        return -180.0, -60.0, 180.0, 80.0
    lons, lats = [r.lon for r in reports], [r.lat for r in reports]
    pad = max(0.6, 0.2 * max(max(lons) - min(lons), max(lats) - min(lats)))
    return (
        max(-180.0, min(lons) - pad),
        max(-MERCATOR_LAT_LIMIT, min(lats) - pad),
        min(180.0, max(lons) + pad),
        min(MERCATOR_LAT_LIMIT, max(lats) + pad),
    )


_RTL_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")  # Hebrew, Arabic and their forms
_MIRRORED = str.maketrans("()[]{}<>", ")(][}{><")


def display_text(text: str) -> str:
    """Text as matplotlib must be given it to print right-to-left script legibly: matplotlib lays out characters one by
    one, left to right, so Arabic letters are first joined (their presentation forms, arabic-reshaper) and each line
    is then put in visual order (the Unicode bidi algorithm, python-bidi). A line whose first letter is right to
    left reads from the right, so its brackets face the other way (python-bidi leaves mirroring to the renderer).
    Text with no right-to-left letter is returned as it is."""
    if not _RTL_LETTERS.search(text):
        return text
    from arabic_reshaper import reshape
    from bidi import get_display

    lines = []
    for line in reshape(text).split("\n"):
        visual = get_display(line)
        first = next((c for c in line if c.isalpha()), "")
        lines.append(visual.translate(_MIRRORED) if _RTL_LETTERS.match(first) else visual)
    return "\n".join(lines)


def place_label(report: StrikeReport) -> str:
    """A district or region as the article named it (the point is only its seat); a town by its gazetteer name, with
    the article's name beside it when that is another name, not a spelling (`Khankendi (Stepanakert)`)."""
    if (report.geo_precision or 1) > 1 and report.place:
        return report.place
    name, written = report.place_name or report.place or "", report.place or ""
    if written and fuzz.ratio(fold(name), fold(written)) < SAME_NAME_RATIO:
        return f"{name} ({written})"
    return name


def _fill_box(x0: float, x1: float, y0: float, y1: float, box_aspect: float) -> tuple[float, float, float, float]:
    """The view widened (or heightened) about its centre to the frame's shape: map to the frame's edges, never a
    narrow strip between white margins (Ukraine to Sudan is tall, Gaza to Kharkiv to Baku is wide)."""
    if (y1 - y0) / (x1 - x0) > box_aspect:
        half, centre = (y1 - y0) / box_aspect / 2, (x0 + x1) / 2
        return max(-MERCATOR_HALF_WORLD_M, centre - half), min(MERCATOR_HALF_WORLD_M, centre + half), y0, y1
    half, centre = (x1 - x0) * box_aspect / 2, (y0 + y1) / 2
    y_limit = _TO_MERCATOR.transform(0.0, MERCATOR_LAT_LIMIT)[1]
    return x0, x1, max(-y_limit, centre - half), min(y_limit, centre + half)


def _web_zoom(metres_wide: float, pixels_wide: float) -> float:
    """The web-map zoom that shows `metres_wide` of Web Mercator in `pixels_wide` CSS pixels (256-pixel tiles)."""
    return math.log2(pixels_wide * WEB_MERCATOR_WORLD_M / (256 * metres_wide))


def _draw_land(ax, reports: list[StrikeReport], view: tuple[float, float, float, float], zoom: float) -> None:
    """Land and country names; `view` is the frame's (west, south, east, north) in degrees."""
    bounds = None
    if reports:
        bounds = (
            min(r.lon for r in reports),
            min(r.lat for r in reports),
            max(r.lon for r in reports),
            max(r.lat for r in reports),
        )
    found = basemap.outlines(bounds)
    geoms = [g for g in (found.world, found.detail) if g is not None]
    mercator = (-180, -MERCATOR_LAT_LIMIT, 180, MERCATOR_LAT_LIMIT)
    land = gpd.GeoSeries(shapely.clip_by_rect(geoms, *mercator), crs="EPSG:4326").to_crs("EPSG:3857")
    land.plot(ax=ax, color=LAND, edgecolor=LAND, linewidth=0.3, zorder=1)
    # Borders as lines without the edges the shapes were cut along (the detail box, the antimeridian, the Mercator
    # limit): stroked with the land, those were straight lines across the map.
    borders = [shapely.clip_by_rect(basemap.border_lines(g, found.cut), *mercator) for g in geoms]
    gpd.GeoSeries(borders, crs="EPSG:4326").to_crs("EPSG:3857").plot(ax=ax, color=BORDER, linewidth=0.6, zorder=1)
    for label in basemap.labels_in_view(view):
        if zoom < label.min_zoom:
            continue  # as on the HTML map: a small country's name only where there is room for it
        x, y = _TO_MERCATOR.transform(label.lon, label.lat)
        ax.text(
            x,
            y,
            display_text(label.name),
            color=LABEL,
            fontsize=9,
            style="italic",
            ha="center",
            va="center",
            zorder=2,
            clip_on=True,
        )


def _draw_reports(ax, reports: list[StrikeReport], sides: list[str], colours: dict[str, str], unit: float) -> None:
    """Markers (one scatter per colour and shape), uncertainty circles (one collection), labels for the busiest places.

    Reports at one place sit on a small ring around it, never stacked out of sight; `unit` is metres per point.
    """
    xs, ys = _TO_MERCATOR.transform([r.lon for r in reports], [r.lat for r in reports])
    groups: dict[tuple[float, float], list[int]] = defaultdict(list)
    for i, report in enumerate(reports):
        groups[(round(report.lat, 3), round(report.lon, 3))].append(i)
    px, py = list(xs), list(ys)
    for members in groups.values():
        if len(members) > 1:
            ring = min(MAX_RING_PT, max(7.0, 2.2 * len(members))) * unit
            for k, i in enumerate(members):
                angle = 2 * math.pi * k / len(members)
                px[i], py[i] = xs[members[0]] + ring * math.cos(angle), ys[members[0]] + ring * math.sin(angle)

    circles, circle_colours = [], []
    for i, report in enumerate(reports):
        if (report.geo_precision or 1) > 1 and report.uncertainty_km:
            radius = report.uncertainty_km * 1000 / math.cos(math.radians(report.lat))  # Mercator stretches
            circles.append(Circle((xs[i], ys[i]), radius))
            circle_colours.append(colours[sides[i]])
    if circles:
        ax.add_collection(
            PatchCollection(
                circles,
                facecolors=[c + "18" for c in circle_colours],
                edgecolors=circle_colours,
                linestyles="--",
                linewidths=0.8,
                zorder=3,
            )
        )

    size = 80.0 * min(1.0, math.sqrt(CROWDED / max(1, len(reports))))  # thousands of points: smaller markers
    by_style: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, report in enumerate(reports):
        by_style[(sides[i], SHAPE_MARKERS[action_shape(report.action)])].append(i)
    for (side, marker), members in by_style.items():
        ax.scatter(
            [px[i] for i in members],
            [py[i] for i in members],
            s=size * (1.6 if marker == "*" else 1.0),  # a star looks small beside a circle of the same area
            marker=marker,
            color=colours[side],
            edgecolors="white",
            linewidths=1.1 if size > 40 else 0.4,
            zorder=5,
        )

    busiest = sorted(groups.values(), key=len, reverse=True)[:MAX_LABELS]
    anchors = [
        (xs[m[0]], ys[m[0]], place_label(reports[m[0]]) + (f" · {len(m)} reports" if len(m) > 1 else ""))
        for m in busiest
    ]
    for x, y, text in merge_close_labels(anchors, LABEL_NEAR_PT * unit):
        label = ax.annotate(
            display_text(textwrap.fill(text, LABEL_WRAP_CHARS)),
            (x, y),
            xytext=(11, 6),
            textcoords="offset points",
            fontsize=9,
            zorder=6,
            path_effects=[withStroke(linewidth=3, foreground="white")],
        )
        _keep_inside(ax, label)


def _keep_inside(ax, label) -> None:
    """A label that would run off the frame goes to the other side of its marker (left of it at the right edge,
    below it at the top), so every name on a printed map can be read whole."""
    renderer = ax.figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    box = label.get_window_extent(renderer)
    dx, dy = 11, 6
    if box.x1 > frame.x1:
        label.set_horizontalalignment("right")
        dx = -11
    if box.y1 > frame.y1:
        label.set_verticalalignment("top")
        dy = -6
    label.xyann = (dx, dy)


def merge_close_labels(anchors: list[tuple[float, float, str]], near: float) -> list[tuple[float, float, str]]:
    """Labels whose anchors are closer than a line of text (`near` up or down, a few times that sideways) are one
    label at the first anchor (`Khan Yunis, Rafah`): overprinted names are unreadable on paper."""
    placed: list[tuple[float, float, list[str]]] = []
    for x, y, text in anchors:
        shared = next((texts for px, py, texts in placed if abs(px - x) < 4 * near and abs(py - y) < near), None)
        if shared is None:
            placed.append((x, y, [text]))
        else:
            shared.append(text)
    return [(x, y, ", ".join(texts)) for x, y, texts in placed]


def render_png(frame: gpd.GeoDataFrame, dest: BinaryIO, *, width_in: float = 10.0, dpi: int = 150) -> None:
    """Draw the frame's drawn strikes (not threats, denials, interceptions, rejections) as a PNG into `dest`."""
    static_map_figure(frame, width_in=width_in, dpi=dpi).savefig(dest, format="png", dpi=dpi)


def static_map_figure(frame: gpd.GeoDataFrame, *, width_in: float = 10.0, dpi: int = 150) -> Figure:
    """The print map as a matplotlib figure (what `render_png` saves), laid out and ready to draw."""
    reports = [r for r in frame_to_reports(frame) if r.is_drawn_strike]
    west, south, east, north = _view(reports)
    (x0, x1), (y0, y1) = _TO_MERCATOR.transform([west, east], [south, north])
    aspect = (y1 - y0) / (x1 - x0)
    height_in = max(4.0, min(width_in * 1.2, width_in * aspect + 1.2))
    fig = Figure(figsize=(width_in, height_in), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_axes(AXES_BOX)
    x0, x1, y0, y1 = _fill_box(x0, x1, y0, y1, (AXES_BOX[3] * height_in) / (AXES_BOX[2] * width_in))
    ax.add_patch(Rectangle((0, 0), 1, 1, transform=ax.transAxes, facecolor=SEA, edgecolor="none", zorder=0))
    (west, east), (south, north) = _TO_LONLAT.transform([x0, x1], [y0, y1])
    zoom = _web_zoom(x1 - x0, ax.get_position().width * width_in * CSS_PX_PER_INCH)
    _draw_land(ax, reports, (west, south, east, north), zoom)

    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.add_patch(Rectangle((0, 0), 1, 1, transform=ax.transAxes, fill=False, edgecolor="#888888", lw=0.8))
    ax.apply_aspect()
    metres_per_point = (x1 - x0) / (ax.get_position().width * width_in * 72)

    names = basemap.country_names()
    sides = [claimant_side(r.claimant_country, r.claimant_kind) for r in reports]
    colours = side_colours(sides)
    _draw_reports(ax, reports, sides, colours, metres_per_point)
    handles = [
        Line2D([], [], ls="", marker="o", color=colours[s], markeredgecolor="white", ms=9, label=side_label(s, names))
        for s in side_order(sides)
    ]
    actions = sorted({r.action for r in reports if r.action in ACTION_SHAPES})
    handles += [
        Line2D([], [], ls="", marker=SHAPE_MARKERS[ACTION_SHAPES[a]], color="#555555", ms=8, label=action_label(a))
        for a in actions
    ]
    if handles:
        ax.legend(handles=handles, loc="lower right", fontsize=8, title="Claimant side · action", title_fontsize=8)
    dates = sorted({d for r in reports if (d := iso_date(r.event_date))})
    span = f", {dates[0]} to {dates[-1]}" if len(dates) > 1 else (f", {dates[0]}" if dates else "")
    count = (
        f"{len(reports)} reported strike{'s' if len(reports) != 1 else ''}{span}" if reports else "No strike reports"
    )
    fig.text(0.01, 0.95, count, fontsize=13, weight="bold")
    fig.text(
        0.01,
        0.03,
        "Colour: who claims the strike (not who carried it out). Shape: reported action. "
        f"Dashed circle: area the report may mean. {basemap.ATTRIBUTION}.",
        fontsize=7,
        color="#555555",
    )
    return fig
