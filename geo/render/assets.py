"""Inline Leaflet and plugin assets from registry packages into a folium map, so its HTML renders with no network.

folium links its JavaScript and CSS from public CDNs. Each element lists them in `default_js` / `default_css`;
we replace those lists *on the instance* (never the shared class lists) with `data:` URIs built from files the
PyPI packages xstatic-leaflet, xstatic-leaflet-markercluster, xstatic-jquery and folium itself ship.
"""

from __future__ import annotations

import base64
import re
from functools import cache
from pathlib import Path

import folium
import xstatic.pkg.jquery
import xstatic.pkg.leaflet
import xstatic.pkg.leaflet_markercluster
from branca.element import Element, MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

_LEAFLET = Path(xstatic.pkg.leaflet.BASE_DIR)
_CLUSTER = Path(xstatic.pkg.leaflet_markercluster.BASE_DIR)
_JQUERY = Path(xstatic.pkg.jquery.BASE_DIR)
_FOLIUM_TEMPLATES = Path(folium.__file__).parent / "templates"

# folium's asset name -> the local file that replaces it.
LOCAL_ASSETS: dict[str, Path] = {
    "leaflet": _LEAFLET / "leaflet.js",
    "leaflet_css": _LEAFLET / "leaflet.css",
    "jquery": _JQUERY / "jquery.min.js",
    "markerclusterjs": _CLUSTER / "leaflet.markercluster.js",
    "markerclustercss": _CLUSTER / "MarkerCluster.css",
    "markerclusterdefaultcss": _CLUSTER / "MarkerCluster.Default.css",
    "leaflet-heat.js": _FOLIUM_TEMPLATES / "leaflet_heat.min.js",
}

# Bootstrap and awesome-markers have no installable registry package here; our maps use no piece that needs them.
DROPPED_ASSETS: frozenset[str] = frozenset(
    {
        "bootstrap",
        "bootstrap_css",
        "awesome_markers",
        "awesome_markers_css",
        "awesome_markers_font_css",
        "awesome_rotate_css",
        "glyphicons_css",
    }
)

_MIME = {".js": "text/javascript", ".css": "text/css", ".png": "image/png"}
_CSS_URL = re.compile(r"url\((['\"]?)([^'\")]+)\1\)")


def _data_uri(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _inline_css_urls(css: str, folder: Path) -> str:
    """Replace relative `url(images/x.png)` references with data: URIs so the stylesheet stands alone."""

    def replace(match: re.Match[str]) -> str:
        target = match.group(2)
        if target.startswith(("data:", "#")):
            return match.group(0)
        path = folder / target
        if not path.is_file():
            return match.group(0)
        return f'url("{_data_uri(path.read_bytes(), _MIME.get(path.suffix, "application/octet-stream"))}")'

    return _CSS_URL.sub(replace, css)


@cache
def asset_uri(name: str) -> str:
    """The data: URI for one of LOCAL_ASSETS (cached: the files never change while we run)."""
    path = LOCAL_ASSETS[name]
    data = path.read_bytes()
    if path.suffix == ".css":
        data = _inline_css_urls(data.decode("utf-8"), path.parent).encode("utf-8")
    return _data_uri(data, _MIME[path.suffix])


@cache
def leaflet_image_uri(filename: str) -> str:
    """A data: URI for one of Leaflet's own images (marker icon, shadow)."""
    return _data_uri((_LEAFLET / "images" / filename).read_bytes(), "image/png")


def _inline_links(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    inlined = []
    for name, url in links:
        if name in DROPPED_ASSETS:
            continue
        if name in LOCAL_ASSETS:
            inlined.append((name, asset_uri(name)))
        elif url.startswith("data:"):
            inlined.append((name, url))
        else:
            raise ValueError(f"no offline copy of map asset {name!r} ({url}); add it to LOCAL_ASSETS")
    return inlined


def _elements(element: Element):
    yield element
    for child in element._children.values():
        yield from _elements(child)


def inline_assets(m: folium.Map) -> folium.Map:
    """Point every element's scripts and styles at inlined copies; call after all layers are added."""
    for element in _elements(m):
        if isinstance(element, JSCSSMixin):
            element.default_js = _inline_links(list(element.default_js))
            element.default_css = _inline_links(list(element.default_css))
    m.add_child(_DefaultIconOffline(), name="leaflet_default_icon_offline")
    return m


class _DefaultIconOffline(MacroElement):
    """Leaflet finds its default marker images relative to its CSS URL, which a data: URI lacks: set them."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        L.Icon.Default.mergeOptions({{ this.icons|tojson }});
        {% endmacro %}"""
    )

    def __init__(self) -> None:
        super().__init__()
        self.icons = {
            "iconUrl": leaflet_image_uri("marker-icon.png"),
            "iconRetinaUrl": leaflet_image_uri("marker-icon-2x.png"),
            "shadowUrl": leaflet_image_uri("marker-shadow.png"),
        }
