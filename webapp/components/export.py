"""Downloads of what is shown, in every format `geo.io.writers` writes; each file is made only when clicked."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import streamlit as st

if TYPE_CHECKING:
    import geopandas as gpd

EXPORTS = {  # label: (format, MIME type)
    "GeoJSON": ("geojson", "application/geo+json"),
    "GeoPackage": ("gpkg", "application/geopackage+sqlite3"),
    "CSV": ("csv", "text/csv"),
    "HTML map": ("html", "text/html"),
    "PNG": ("png", "image/png"),
}


def export_panel(shown: gpd.GeoDataFrame) -> None:
    from geo.io.writers import export_bytes

    st.subheader(f"Export what is shown ({len(shown)} reports)")
    for column, (name, (fmt, mime)) in zip(st.columns(len(EXPORTS)), EXPORTS.items(), strict=True):
        column.download_button(
            name,
            data=partial(export_bytes, shown.copy(), fmt),
            file_name=f"strikemap.{fmt}",
            mime=mime,
            key=f"export-{fmt}",
            on_click="ignore",
            disabled=shown.empty,
            use_container_width=True,
        )
