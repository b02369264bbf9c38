"""Arabic and Cyrillic reports come back from every export exactly as extracted (GeoJSON, GeoPackage, CSV with a BOM
for spreadsheets), with their casualty figures."""

from __future__ import annotations

import csv
import io

import pyogrio
import pytest

from geo.extract.pipeline import extract_text
from geo.frame import frame_to_reports, read_geojson, reports_to_frame
from geo.io.writers import GPKG_LAYER, export_bytes, write_geojson, write_gpkg

TEXTS = {
    "ar": "شنت طائرات حربية غارات على مدينة الحديدة فجر الأحد، ما أسفر عن مقتل 3 أشخاص وإصابة 7 آخرين.",
    "ru": "Ночью беспилотники атаковали Белгород, погибли двое, ранены пятеро, сообщил губернатор.",
    "uk": "Вночі росіяни атакували Харків дронами, загинули троє людей, повідомив голова ОВА.",
}
FIELDS = ("place", "claimant", "evidence", "fatalities", "injured")


@pytest.fixture(scope="module")
def reports(gazetteer):
    found = []
    for lang, text in TEXTS.items():
        got = extract_text(text, document=f"{lang}-doc", published="2025-10-07", lang=lang, gazetteer=gazetteer)
        assert got, f"no report from the {lang} text"
        found += got
    return found


def _fields(rs):
    return sorted(tuple(getattr(r, f) for f in FIELDS) for r in rs)


def test_the_texts_give_their_figures(reports) -> None:
    figures = {r.language: (r.fatalities, r.injured) for r in reports}
    assert figures == {"ar": (3, 7), "ru": (2, 5), "uk": (3, None)}


def test_geojson_round_trip(reports, tmp_path) -> None:
    path = tmp_path / "r.geojson"
    write_geojson(reports_to_frame(reports), path)
    assert "الحديدة" in path.read_text(encoding="utf-8")  # written as UTF-8, not \u escapes only
    assert _fields(frame_to_reports(read_geojson(path))) == _fields(reports)


def test_geopackage_round_trip(reports, tmp_path) -> None:
    path = tmp_path / "r.gpkg"
    write_gpkg(reports_to_frame(reports), path)
    table = pyogrio.read_dataframe(path, layer=GPKG_LAYER)
    assert sorted(table["evidence"]) == sorted(r.evidence for r in reports)
    assert set(table["place"]) == {r.place for r in reports}


def test_csv_opens_in_a_spreadsheet_and_reads_back(reports) -> None:
    raw = export_bytes(reports_to_frame(reports), "csv")
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM tells spreadsheets the file is UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert sorted(row["evidence"] for row in rows) == sorted(r.evidence for r in reports)
    by_place = {row["place"]: row for row in rows}
    arabic = next(r for r in reports if r.language == "ar")
    assert by_place[arabic.place]["fatalities"] == "3"
