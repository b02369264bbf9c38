"""Exports a GIS user and a report writer open as they are: each one is read back and compared."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyogrio
import pytest
from matplotlib.image import imread

from geo.cli import main
from geo.errors import InputError
from geo.frame import empty_frame, frame_to_reports, read_geojson, reports_to_frame
from geo.io.writers import CSV_COLUMNS, GPKG_LAYER, export_bytes, export_frame, write_geojson, write_gpkg
from geo.model import PROPERTIES

SEED = Path(__file__).parents[1] / "data" / "seed_reports.geojson"


@pytest.fixture
def seed():
    return read_geojson(SEED)


@pytest.fixture
def seed_reports(seed):
    return frame_to_reports(seed)


def test_geojson_follows_rfc7946_and_keeps_every_property(seed_reports, tmp_path):
    out = tmp_path / "out.geojson"
    write_geojson(reports_to_frame(seed_reports), out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc
    assert len(doc["features"]) == len(seed_reports)
    for feature, report in zip(doc["features"], seed_reports, strict=True):
        assert feature["geometry"] == {"type": "Point", "coordinates": [report.lon, report.lat]}  # lon first
        assert list(feature["properties"]) == list(PROPERTIES)
        assert feature["properties"] == {name: getattr(report, name) for name in PROPERTIES}
    threat = next(f for f in doc["features"] if f["properties"]["claim_type"] == "threat")
    assert threat["properties"]["event_date"] is None and threat["properties"]["time_precision"] is None


def test_geojson_reads_back_with_pyogrio(seed_reports, tmp_path):
    out = tmp_path / "out.geojson"
    write_geojson(reports_to_frame(seed_reports), out)
    info = pyogrio.read_info(out)
    assert info["features"] == len(seed_reports)
    assert list(info["fields"]) == list(PROPERTIES)
    back = pyogrio.read_dataframe(out)
    assert back.crs.to_epsg() == 4326
    assert np.allclose(back.geometry.x, [r.lon for r in seed_reports])
    assert np.allclose(back.geometry.y, [r.lat for r in seed_reports])


def test_geopackage_has_one_typed_layer_in_wgs84(seed, tmp_path):
    out = tmp_path / "out.gpkg"
    write_gpkg(seed, out)
    assert [name for name, _ in pyogrio.list_layers(out)] == [GPKG_LAYER]
    info = pyogrio.read_info(out, layer=GPKG_LAYER)
    assert info["crs"] == "EPSG:4326" and info["geometry_type"] == "Point"
    with sqlite3.connect(out) as db:
        columns = {name: kind for _, name, kind, *_ in db.execute(f'PRAGMA table_info("{GPKG_LAYER}")')}
    assert columns["geo_precision"] == "INTEGER" and columns["char_start"] == "INTEGER"
    assert columns["uncertainty_km"] == "REAL" and columns["confidence"] == "REAL"
    assert columns["event_date"] == "DATE" and columns["published"] == "DATE"
    assert columns["claimant"] == "TEXT"


def test_geojson_to_geopackage_to_geojson_keeps_everything(seed_reports, tmp_path):
    first, gpkg, second = tmp_path / "a.geojson", tmp_path / "b.gpkg", tmp_path / "c.geojson"
    write_geojson(reports_to_frame(seed_reports), first)
    export_frame(read_geojson(first), gpkg)
    export_frame(pyogrio.read_dataframe(gpkg, layer=GPKG_LAYER), second)
    assert frame_to_reports(read_geojson(second)) == seed_reports
    assert json.loads(first.read_text()) == json.loads(second.read_text())


def test_geopackage_keeps_a_malformed_date_as_text_rather_than_losing_it(seed_reports, tmp_path):
    odd = [replace(seed_reports[0], event_date="2020-10"), *seed_reports[1:]]
    out = tmp_path / "odd.gpkg"
    write_gpkg(reports_to_frame(odd), out)
    assert frame_to_reports(pyogrio.read_dataframe(out))[0].event_date == "2020-10"


def test_csv_has_acled_like_columns_and_reads_back(seed_reports):
    raw = export_bytes(reports_to_frame(seed_reports), "csv")
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel then reads UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert len(rows) == len(seed_reports)
    for row, report in zip(rows, seed_reports, strict=True):
        assert (float(row["latitude"]), float(row["longitude"])) == (report.lat, report.lon)
        assert row["report_id"] == report.report_id and row["evidence"] == report.evidence


def test_csv_defuses_spreadsheet_formulas_but_not_numbers(seed_reports):
    hostile = replace(
        seed_reports[0],
        claimant='=HYPERLINK("http://evil.example","click")',
        place="+Gəncə",
        attacker="@SUM(A1)",
        target="-2+3",
        lon=-70.25,
    )
    rows = list(csv.DictReader(io.StringIO(export_bytes(reports_to_frame([hostile]), "csv").decode("utf-8-sig"))))
    assert rows[0]["claimant"] == '\'=HYPERLINK("http://evil.example","click")'
    assert rows[0]["place"] == "'+Gəncə"
    assert rows[0]["attacker"] == "'@SUM(A1)"
    assert rows[0]["target"] == "'-2+3"
    assert rows[0]["longitude"] == "-70.25"


def test_png_is_a_map_in_the_claimant_colours(seed):
    image = imread(io.BytesIO(export_bytes(seed, "png")), format="png")
    assert image.shape[0] > 400 and image.shape[1] > 1000
    armenia_blue = np.array([0x00, 0x72, 0xB2]) / 255
    assert (np.abs(image[:, :, :3] - armenia_blue).max(axis=2) < 0.02).sum() > 20


def test_png_map_fills_its_frame_whatever_the_shape_of_the_reports(seed):
    """Ukraine to Sudan is a tall strip: the map widens to the frame instead of leaving white margins beside it."""
    kharkiv, fasher = (replace(r, lat=lat, lon=lon) for r, (lat, lon) in
                       zip(frame_to_reports(seed)[:2], [(49.99, 36.23), (13.63, 25.35)], strict=True))  # fmt: skip
    image = imread(io.BytesIO(export_bytes(reports_to_frame([kharkiv, fasher]), "png")), format="png")
    height, width = image.shape[:2]
    for x in (int(width * 0.05), int(width * 0.95)):  # just inside the frame's left and right edges
        assert image[height // 2, x, :3].min() < 0.97  # land or sea colour, not the page's white


def test_every_format_works_on_an_empty_frame(tmp_path):
    for fmt in ("geojson", "gpkg", "csv", "html", "png"):
        out = tmp_path / f"empty.{fmt}"
        export_frame(empty_frame(), out)
        assert out.stat().st_size > 0
    assert json.loads((tmp_path / "empty.geojson").read_text())["features"] == []
    empty_layer = pyogrio.read_info(tmp_path / "empty.gpkg", layer=GPKG_LAYER)
    assert empty_layer["features"] == 0 and empty_layer["geometry_type"] == "Point"
    assert empty_layer["crs"] == "EPSG:4326"
    assert (tmp_path / "empty.csv").read_text(encoding="utf-8-sig").strip() == ",".join(CSV_COLUMNS)


def test_export_bytes_match_the_files(seed, tmp_path):
    export_frame(seed, tmp_path / "x.geojson")
    assert json.loads(export_bytes(seed, "geojson")) == json.loads((tmp_path / "x.geojson").read_bytes())
    assert export_bytes(seed, ".gpkg").startswith(b"SQLite format 3\x00")
    html = export_bytes(seed, "html")
    assert b"Mingachevir" in html and b'src="http' not in html


def test_unknown_formats_and_unwritable_paths_are_user_errors(seed, tmp_path):
    with pytest.raises(InputError, match=r"\.geojson, \.gpkg, \.csv, \.html, \.png"):
        export_frame(seed, tmp_path / "out.xlsx")
    with pytest.raises(InputError, match="unknown export format"):
        export_bytes(seed, "shp")
    with pytest.raises(InputError, match="cannot write"):
        export_frame(seed, tmp_path / "missing-folder" / "out.gpkg")
    with pytest.raises(InputError, match=r"not \.csv.*python -m geo export"):
        write_geojson(seed, tmp_path / "reports.csv")  # GeoJSON under a CSV name would fool every reader
    assert not (tmp_path / "reports.csv").exists()
    a_file = tmp_path / "reports.geojson"
    a_file.write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match="is a file, not a folder"):
        export_frame(seed, a_file / "out.csv")


def test_cli_export_writes_file_or_exits_2(tmp_path, capsys):
    assert main(["export", str(SEED), "-o", str(tmp_path / "r.gpkg")]) == 0
    assert pyogrio.read_info(tmp_path / "r.gpkg", layer=GPKG_LAYER)["features"] == len(read_geojson(SEED))
    assert main(["export", str(SEED), "-o", str(tmp_path / "r.txt")]) == 2
    assert "error:" in capsys.readouterr().err


@pytest.mark.parametrize(
    "change, message",
    [
        ({"geo_precision": "abc"}, "wrong type"),
        ({"confidence": "high"}, "wrong type"),
        ({"evidence": ["a", "list"]}, "evidence must be text"),
        ({"event_date": 20201004}, "event_date must be text"),
    ],
)
def test_wrongly_typed_properties_are_a_clear_user_error(change, message, tmp_path, capsys):
    doc = json.loads(SEED.read_text(encoding="utf-8"))
    doc["features"][0]["properties"].update(change)
    bad = tmp_path / "bad.geojson"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    for out in ("out.gpkg", "out.csv", "out.png"):
        assert main(["export", str(bad), "-o", str(tmp_path / out)]) == 2
        assert message in capsys.readouterr().err
        assert not (tmp_path / out).exists()
    assert main(["map", str(bad), "-o", str(tmp_path / "map.html")]) == 2
    assert message in capsys.readouterr().err


def test_a_failed_export_leaves_the_previous_file_untouched(seed, tmp_path, monkeypatch):
    out = tmp_path / "reports.gpkg"
    export_frame(seed, out)
    before = out.read_bytes()

    def write_half_then_fail(frame, path, **options):
        Path(path).write_bytes(b"half a file")
        raise pyogrio.errors.DataSourceError(f"{path}: No space left on device")

    monkeypatch.setattr(pyogrio, "write_dataframe", write_half_then_fail)
    with pytest.raises(InputError, match="No space left") as failure:
        export_frame(seed, out)
    assert str(failure.value) == f"cannot write {out}: No space left on device"  # not our temporary file's name
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports.gpkg"]  # no partial file left behind
