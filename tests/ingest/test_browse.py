"""An ingest folder read back with filters pushed down to the Parquet read; its files are GeoParquet that geopandas
reads on its own; the CLI writes GeoJSON when asked and says what it did."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pyarrow.parquet as pq
import pytest

from geo.ingest.browse import facets, overview, place_counts, read_reports, report_filter
from geo.ingest.progress import Progress
from geo.ingest.run import IngestOptions, ingest
from geo.model import PROPERTIES
from tests.ingest.corpus import ARTICLES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browse")
    src = tmp / "news.jsonl"
    src.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in ARTICLES.items()))
    out = tmp / "out"
    ingest([str(src)], out, IngestOptions(workers=0))
    return out


def test_every_contract_property_is_a_column_and_the_files_are_geoparquet(folder):
    frame = read_reports(folder)
    assert set(PROPERTIES) <= set(frame.columns) and frame.crs.to_epsg() == 4326
    part = next(folder.glob("reports/part-*.parquet"))
    assert b"geo" in pq.read_schema(part).metadata
    alone = gpd.read_parquet(part)  # any GeoParquet reader, no help from us
    assert alone.geometry.geom_type.unique().tolist() == ["Point"] and alone.crs is not None
    assert (alone.geometry.x.between(-180, 180)).all()


def test_filters_by_date_country_and_action(folder):
    everything = read_reports(folder)
    assert {"UA", "AZ", "IL"} <= set(everything["country_code"])
    march_2022 = read_reports(folder, start="2022-03-01", end="2022-03-31")
    assert set(march_2022["place"]) == {"Kharkiv", "Izium"}
    azerbaijan = read_reports(folder, countries=["AZ"], actions=["rocket_attack"])
    assert set(azerbaijan["place"]) == {"Ganja", "Tartar"} and set(azerbaijan["action"]) == {"rocket_attack"}
    only = read_reports(folder, countries=["IL"], columns=["place", "event_date"])
    assert list(only.columns) == ["place", "event_date", "geometry"] and set(only["place"]) == {"Eilat"}


def test_parts_carry_date_statistics_for_the_filter_to_skip_row_groups(folder):
    part = pq.ParquetFile(next(folder.glob("reports/part-*.parquet")))
    column = part.schema_arrow.get_field_index("event_date")
    stats = part.metadata.row_group(0).column(column).statistics
    assert stats.has_min_max and stats.min <= stats.max
    expr = str(report_filter(start="2022-03-01", end="2022-03-31", countries=["UA"]))
    assert "event_date" in expr and "country_code" in expr


def test_progress_is_plain_log_lines_when_not_a_terminal():
    stream = io.StringIO()
    progress = Progress(100, stream=stream, tty=False)
    progress.skip(10)
    progress.advance(documents=40, reports=80, errors=2, copies=5)
    line = progress.line()
    assert "50/100 documents" in line and "5 copies, 2 errors, 10 done before" in line and "80 reports" in line
    assert "docs/s" in line and "ETA" in line


def test_cli_writes_geojson_and_refuses_bad_input(folder, tmp_path):
    src = tmp_path / "one.txt"
    src.write_text(ARTICLES["eilat"])
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "geo", "ingest", str(src), "--out", str(out), "--workers", "0", "--geojson"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "1 documents read" in done.stderr
    features = json.loads((out / "reports.geojson").read_text())["features"]
    assert features and set(PROPERTIES) <= set(features[0]["properties"])
    bad = subprocess.run(
        [sys.executable, "-m", "geo", "ingest", str(tmp_path / "missing"), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and bad.stderr.strip().count("\n") == 0 and "does not exist" in bad.stderr


def test_the_first_view_reads_the_folder_once_for_the_same_places_and_facets(folder):
    first = overview(folder)
    assert first.facets == facets(folder) and {"UA", "AZ", "IL"} <= set(first.facets["countries"])
    assert first.places.equals(place_counts(folder))
    assert first.places["reports"].sum() == len(read_reports(folder))
