"""Files people open as they are: GeoJSON (the contract), GeoPackage for QGIS, CSV for spreadsheets, the HTML map
and a PNG for print. All format work is pyogrio's (GDAL) or pandas'; we only fix types and column order.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow as pa
import pyogrio

from geo.errors import InputError
from geo.frame import empty_frame, frame_to_reports, reports_to_frame
from geo.io.files import atomic_path
from geo.model import FLOAT_PROPERTIES, INT_PROPERTIES

GPKG_LAYER = "strike_reports"
DATE_PROPERTIES = ("published", "event_date")
GEOJSON_SUFFIXES = (".geojson", ".json")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# ACLED's order (event id, date, type, actors, place, coordinates, source, notes), then our claim-aware extras.
CSV_COLUMNS: tuple[str, ...] = (
    "report_id",
    "event_id",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "action",
    "claim_type",
    "attacker",
    "attacker_country",
    "target",
    "fatalities",
    "injured",
    "claimant",
    "claimant_kind",
    "claimant_country",
    "country_code",
    "admin1",
    "admin2",
    "place_name",
    "place",
    "place_id",
    "feature_code",
    "latitude",
    "longitude",
    "geo_precision",
    "uncertainty_km",
    "publisher",
    "source_title",
    "url",
    "document",
    "published",
    "language",
    "evidence",
    "char_start",
    "char_end",
    "confidence",
    "status",
    "notes",
)
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection); a leading ' keeps it text.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def contract_frame(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Exactly the contract columns with their types (nullable ints, floats, text), whatever the frame came from."""
    typed = reports_to_frame(frame_to_reports(frame)) if len(frame) else empty_frame()
    for name in INT_PROPERTIES:
        typed[name] = pd.array(typed[name], dtype="Int64")
    for name in FLOAT_PROPERTIES:
        typed[name] = pd.to_numeric(typed[name]).astype("float64")
    return typed


def write_geojson(frame: gpd.GeoDataFrame, path: Path) -> None:
    """RFC 7946 GeoJSON: [lon, lat] Points, every property present (null when unknown), no `crs` member."""
    path = Path(path)
    if path.suffix.lower() not in GEOJSON_SUFFIXES:
        raise InputError(
            f"GeoJSON is written to a .geojson file, not {path.suffix or 'one without extension'}: {path} "
            "(python -m geo export converts it to .gpkg, .csv, .html or .png)"
        )
    typed = contract_frame(frame)
    with atomic_path(path) as partial:
        pyogrio.write_dataframe(typed, partial, driver="GeoJSON", layer_options={"RFC7946": "YES", "WRITE_NAME": "NO"})


def _as_dates(values: pd.Series) -> pd.Series | None:
    """The column as Arrow dates if every value is a YYYY-MM-DD date, else None (text is kept, nothing lost)."""
    parsed: list[dt.date | None] = []
    for value in values:
        if value is None:
            parsed.append(None)
            continue
        if not (isinstance(value, str) and _ISO_DATE.match(value)):
            return None
        try:
            parsed.append(dt.date.fromisoformat(value))
        except ValueError:
            return None
    return pd.Series(pd.array(parsed, dtype=pd.ArrowDtype(pa.date32())), index=values.index)


def write_gpkg(frame: gpd.GeoDataFrame, path: Path) -> None:
    """GeoPackage, one layer `strike_reports` in EPSG:4326: INTEGER, REAL, DATE (when valid) and TEXT fields."""
    path = Path(path)
    typed = contract_frame(frame)
    for name in DATE_PROPERTIES:
        dates = _as_dates(typed[name])
        if dates is not None:
            typed[name] = dates
    with atomic_path(path) as partial:
        # A Point layer even when empty: QGIS and later appends need the type, not GDAL's generic GEOMETRY.
        pyogrio.write_dataframe(typed, partial, layer=GPKG_LAYER, driver="GPKG", geometry_type="Point", use_arrow=True)


def _defuse_formula(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def csv_frame(frame: gpd.GeoDataFrame) -> pd.DataFrame:
    """One row per report in ACLED-like column order, with latitude/longitude and formula-safe text cells."""
    typed = contract_frame(frame)
    table = pd.DataFrame(typed.drop(columns="geometry"))
    table["latitude"] = typed.geometry.y.round(7) if len(typed) else pd.Series(dtype="float64")
    table["longitude"] = typed.geometry.x.round(7) if len(typed) else pd.Series(dtype="float64")
    table = table[list(CSV_COLUMNS)]
    for name in table.columns:
        if table[name].dtype == object:
            table[name] = table[name].map(_defuse_formula)
    return table


def csv_bytes(frame: gpd.GeoDataFrame) -> bytes:
    """UTF-8 with a byte-order mark, so Excel shows Gəncə as Gəncə; pandas, QGIS and GDAL read it as plain UTF-8."""
    return csv_frame(frame).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def write_csv(frame: gpd.GeoDataFrame, path: Path) -> None:
    with atomic_path(Path(path)) as partial:
        partial.write_bytes(csv_bytes(frame))


def write_html(frame: gpd.GeoDataFrame, path: Path, **options) -> None:
    """The map as one self-contained HTML file (scripts and styles inlined); options as `build_map`'s."""
    from geo.render.maps import page_html

    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise InputError(f"a map is written as .html, not {path.suffix or 'a file without extension'}: {path}")
    html = page_html(frame, **options)
    with atomic_path(path) as partial:
        partial.write_text(html, encoding="utf-8")


def write_png(frame: gpd.GeoDataFrame, path: Path) -> None:
    """A static map for print (matplotlib)."""
    from geo.render.static_map import render_png

    with atomic_path(Path(path)) as partial, partial.open("wb") as out:
        render_png(frame, out)


WRITERS: dict[str, Callable[[gpd.GeoDataFrame, Path], None]] = {
    ".geojson": write_geojson,
    ".gpkg": write_gpkg,
    ".csv": write_csv,
    ".html": write_html,
    ".png": write_png,
}
FORMATS = tuple(suffix.lstrip(".") for suffix in WRITERS)


def export_frame(frame: gpd.GeoDataFrame, path: Path) -> None:
    """Write the reports in the format the file extension names."""
    path = Path(path)
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise InputError(f"cannot export to {path.name!r}: choose an output ending in {', '.join(WRITERS)}")
    writer(frame, path)


def export_bytes(frame: gpd.GeoDataFrame, fmt: str) -> bytes:
    """The same exports in memory, for download buttons (`fmt` is `geojson`, `gpkg`, `csv`, `html` or `png`)."""
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    with tempfile.TemporaryDirectory(prefix="strikemap-") as tmp:
        path = Path(tmp) / f"reports.{fmt}"
        export_frame(frame, path)
        return path.read_bytes()
