"""A place that comes without a province code (the overlay's villages, geoBoundaries' districts) takes the code of
the towns around it when it is built into the index, unless towns of two provinces are about as near."""

from __future__ import annotations

import sqlite3

from gazetteer.build import build_index
from gazetteer.place import Place
from gazetteer.sources import SourceRecord
from geo.extract.pipeline import extract_text

KM = 1 / 111.2  # a degree of latitude in km


def _admin1(tmp_path, extra: list[Place]) -> dict[str, str | None]:
    towns = [
        Place("geonames:1", "Alderton", 50.0, 30.0, "P", "PPL", "XX", "01", 1000),
        Place("geonames:2", "Birchby", 50.0 + 40 * KM, 30.0, "P", "PPL", "XX", "02", 1000),
        Place("geonames:3", "Cedarholm", 50.0 - 8 * KM, 30.0, "P", "PPL", "YY", "05", 1000),
    ]
    path = build_index(
        tmp_path / "g.sqlite",
        [("test", lambda: [SourceRecord(p, (p.name,)) for p in towns + extra])],
        progress=False,
    )
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT id, admin1 FROM places"))


def test_a_village_without_a_code_takes_the_nearest_towns_province(tmp_path):
    village = Place("overlay:dale", "Dale", 50.0 + 5 * KM, 30.0, "P", "PPL", "XX", None)
    district = Place("geoboundaries:x", "Fen District", 50.0 + 35 * KM, 30.0, "A", "ADM3", "XX", None)
    unknown = Place("geonames:9", "Eastfold", 50.0 + 3 * KM, 30.0, "P", "PPL", "XX", "00")  # GeoNames' `00`: none
    codes = _admin1(tmp_path, [village, district, unknown])
    assert codes["overlay:dale"] == "01" and codes["geoboundaries:x"] == "02" and codes["geonames:9"] == "01"
    assert codes["geonames:3"] == "05"  # a town's own code is kept


def test_no_code_between_two_provinces_beyond_reach_or_across_a_border(tmp_path):
    between = Place("overlay:mid", "Midway", 50.0 + 18 * KM, 30.0, "P", "PPL", "XX", None)  # 18 km and 22 km
    far = Place("overlay:far", "Farholt", 50.0, 31.0, "P", "PPL", "XX", None)  # 71 km east of Alderton
    foreign = Place("overlay:zz", "Zedton", 50.0 - 8 * KM, 30.0, "P", "PPL", "ZZ", None)  # on Cedarholm, not of YY
    codes = _admin1(tmp_path, [between, far, foreign])
    assert codes["overlay:mid"] is None and codes["overlay:far"] is None and codes["overlay:zz"] is None


def test_an_overlay_village_gets_its_province_in_a_report(gazetteer):
    [report] = extract_text(
        "Eight people were killed in an Israeli strike on the village of Nabi Sheet in eastern Lebanon.",
        document="a",
        lang="en",
    )
    assert report.place_name == "Nabi Sheet" and report.admin1 == "Baalbek-Hermel"
