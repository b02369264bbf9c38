"""The Gazetteer API on a small index built from sources written for the test."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer import Gazetteer, GazetteerError, Place, fold
from gazetteer.build import build_index
from gazetteer.integrity import index_problem, write_seal
from gazetteer.sources import SourceRecord


def _city(gid: int, name: str, lat: float, lon: float, cc: str, population: int, *alternates: str) -> SourceRecord:
    place = Place(f"geonames:{gid}", name, lat, lon, "P", "PPL", cc, None, population, "test")
    return SourceRecord(place, (name, *alternates))


def small_sources() -> list:
    def cities() -> Iterator[SourceRecord]:
        yield _city(1, "Armenia", 4.53, -75.68, "CO", 315_000)
        yield _city(2, "Ganja", 40.68, 46.36, "AZ", 330_000, "Gəncə", "Гянджа", "Elizavetpol")
        yield _city(3, "Mingachevir", 40.76, 47.06, "AZ", 106_000, "Mingəçevir")
        yield _city(4, "Kharkiv", 49.98, 36.25, "UA", 1_400_000, "Харків", "Kharkov")
        yield _city(5, "Ganja", 10.0, 10.0, "NG", 900)
        yield _city(6, "Mingachevira", 1.0, 1.0, "XX", 10)
        yield _city(7, "Sant Julia de Loria North Side Village", 42.46, 1.49, "AD", 500)
        yield _city(8, "Shusha", 39.76, 46.75, "AZ", 19_000, "Şuşa", "Shushi")
        yield _city(9, "Susa", 45.14, 7.06, "IT", 50_000)
        yield _city(10, "Kursk", 51.73, 36.19, "RU", 440_000)
        yield _city(11, "Slovyansk", 48.85, 37.60, "UA", 105_141, "Sloviansk")
        yield _city(12, "Nikopol", 47.57, 34.39, "UA", 105_160, "Slov'iansk")  # a former name
        yield _city(13, "Hamm", 51.68, 7.82, "DE", 179_000, "Hamas")  # a foreign form that is an everyday word
        yield _city(14, "Mumbai", 19.07, 72.88, "IN", 12_700_000, "Bombay")
        yield _city(15, "Mingu", 41.0, 120.0, "CN", 5_000)
        yield _city(16, "El Obeid", 13.18, 30.22, "SD", 390_000, "Al-Ubayyid")
        yield _city(17, "El Paso", 31.76, -106.49, "US", 680_000)
        yield _city(18, "Al Ain", 24.21, 55.74, "AE", 770_000)

    def countries() -> Iterator[SourceRecord]:
        armenia = Place("ne:ARM", "Armenia", 40.46, 44.80, "A", "PCLI", "AM", None, 2_960_000, "test", 97.0)
        yield SourceRecord(armenia, ("Armenia", "Armenien", "Армения"))
        oblast = Place("iso3166-2:RU-KRS", "Kurskaja oblast'", 51.66, 36.49, "A", "ADM1", "RU", None, 0, "test", 80.0)
        yield SourceRecord(oblast, ("Kurskaja oblast'", "Курская область", "Kursk"))

    return [("cities", cities), ("countries", countries)]


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    path = tmp_path_factory.mktemp("gaz") / "index.sqlite"
    return Gazetteer.open(path, sources=small_sources())


def test_country_outranks_a_same_named_city(small: Gazetteer) -> None:
    first, second = small.candidates("Armenia")[:2]
    assert (first.id, first.feature_code) == ("ne:ARM", "PCLI")
    assert second.country_code == "CO"
    assert 0 < second.score < first.score <= 1


def test_country_hint_keeps_only_that_country(small: Gazetteer) -> None:
    assert [p.country_code for p in small.candidates("Armenia", country="co")] == ["CO"]


@pytest.mark.parametrize("spelling", ["Ganja", "Gəncə", "Гянджа", "GANJA", "Gandja", "Gyandzha", "Gandzha"])
def test_spellings_reach_the_famous_ganja(small: Gazetteer, spelling: str) -> None:
    assert small.candidates(spelling)[0].id == "geonames:2"


def test_a_spelling_with_diacritics_prefers_the_place_written_that_way(small: Gazetteer) -> None:
    assert small.candidates("Şuşa")[0].id == "geonames:8"
    assert small.candidates("Susa")[0].id == "geonames:9"  # plain ASCII: the bigger place


def test_everyday_words_do_not_reach_places_through_alternates_or_variants(small: Gazetteer) -> None:
    assert small.candidates("Hamas", fuzzy=False) == [] and not small.has_name("hamas")
    assert small.candidates("Bombay")[0].id == "geonames:14"  # the exonym of a city of millions stays
    assert small.candidates("Minggu", fuzzy=False) == [] and not small.has_name("minggu")  # Sunday, not Mingu
    assert small.candidates("Mingu")[0].id == "geonames:15"


def test_a_town_of_an_arabic_speaking_country_is_found_without_its_article(small: Gazetteer) -> None:
    assert small.candidates("Obeid", fuzzy=False)[0].id == "geonames:16"  # `the main prison in Obeid`
    assert small.candidates("Ubayyid", fuzzy=False)[0].id == "geonames:16"
    assert small.candidates("Paso", fuzzy=False) == []  # the Spanish article stays: not an Arabic-speaking country
    assert small.candidates("Ain", fuzzy=False) == []  # too short a rest to stand alone


def test_a_spelling_of_the_own_name_beats_a_former_name_of_a_namesake(small: Gazetteer) -> None:
    assert [p.id for p in small.candidates("Sloviansk")] == ["geonames:11", "geonames:12"]


def test_administrative_phrases_find_the_area_not_the_town(small: Gazetteer) -> None:
    for phrase in ("Kursk Oblast", "Курская область", "Provinsi Kursk", "province of Kursk"):
        assert small.candidates(phrase)[0].id == "iso3166-2:RU-KRS", phrase
    assert small.candidates("Kursk")[0].id == "geonames:10"
    town = small.candidates("Kharkov region")[0]  # no area of that name: the town, marked down
    assert town.id == "geonames:4" and town.score < small.candidates("Kharkov")[0].score


def test_exact_beats_variant_and_variant_beats_fuzzy(small: Gazetteer) -> None:
    exact = small.candidates("Ganja")[0].score
    variant = small.candidates("Gandja")[0].score
    fuzzy = small.candidates("Mingechavir")[0]
    assert exact > variant
    assert fuzzy.id == "geonames:3" and fuzzy.score < variant


def test_fuzzy_is_gated(small: Gazetteer) -> None:
    assert small.candidates("mingechavir") == []  # lowercase: running text, not a name
    assert small.candidates("Mingechavir", fuzzy=False) == []
    assert small.fuzzy_candidates("Gaxja") == []  # under six letters
    assert small.fuzzy_candidates("Mingechavir", countries=["UA"]) == []
    assert [p.id for p in small.fuzzy_candidates("Mingechavir", countries=["AZ"])] == ["geonames:3"]


def test_get_country_and_unknown_ids(small: Gazetteer) -> None:
    assert small.get("geonames:4").name == "Kharkiv"
    assert small.country("am").id == "ne:ARM"
    assert small.country("AZ") is None
    with pytest.raises(KeyError):
        small.get("geonames:999")


def test_has_name_takes_folded_keys_and_variants(small: Gazetteer) -> None:
    assert small.has_name(fold("Харків"))
    assert small.has_name("harkov")  # a transliteration variant of an indexed name
    assert not small.has_name("serangan")
    assert small.has_name("kursk oblast") and small.has_name(fold("province of Kursk"))
    assert not small.has_name("of kursk")
    assert small.max_name_words == 6  # longest name has 7 words: capped


def test_geocode_speaks_geopy(small: Gazetteer) -> None:
    location = small.geocode("Kharkov")
    assert (round(location.latitude, 2), round(location.longitude, 2)) == (49.98, 36.25)
    assert location.raw["id"] == "geonames:4"
    assert small.geocode("Nowhere-on-earth") is None
    assert [loc.raw["country_code"] for loc in small.geocode("Armenia", exactly_one=False)] == ["AM", "CO"]


def test_missing_index_is_a_clear_error_when_building_is_not_allowed(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="python -m gazetteer build"):
        Gazetteer.open(tmp_path / "none.sqlite", build_if_missing=False)


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _garble_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:16] = b"garbage garbage!"
    path.write_bytes(bytes(data))


def _garble_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def _unfinished(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM meta WHERE key = 'complete'")


@pytest.mark.parametrize("damage", [_truncate, _garble_header, _garble_middle, _unfinished])
def test_damaged_index_is_detected_and_rebuilt_never_used(tmp_path: Path, damage, capsys) -> None:
    path = tmp_path / "index.sqlite"
    build_index(path, small_sources(), shapes={}, progress=False)
    assert index_problem(path) is None
    damage(path)
    problem = index_problem(path)
    assert problem is not None
    with pytest.raises(GazetteerError):
        Gazetteer.open(path, build_if_missing=False)
    capsys.readouterr()
    rebuilt = Gazetteer.open(path, sources=small_sources())
    assert f"index {path} is {problem}; building it" in capsys.readouterr().err  # the user is told why it rebuilds
    assert index_problem(path) is None
    assert rebuilt.candidates("Kharkov")[0].id == "geonames:4"


def test_failed_build_leaves_the_old_index_and_no_temp_file(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    build_index(path, small_sources(), shapes={}, progress=False)

    def broken() -> Iterator[SourceRecord]:
        yield from small_sources()[0][1]()
        raise RuntimeError("source failed half way")

    with pytest.raises(RuntimeError):
        build_index(path, [("broken", broken)], shapes={}, progress=False)
    assert index_problem(path) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.sqlite", "index.sqlite.seal"]


def test_an_index_built_from_other_sources_is_stale(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    build_index(path, small_sources(), shapes={}, progress=False)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO meta VALUES ('fingerprint', 'packages-and-overlay-of-then')")
    write_seal(path)
    assert index_problem(path, "packages-and-overlay-of-then") is None
    assert "stale" in index_problem(path, "packages-and-overlay-of-now")


def test_the_package_loads_the_index_only_when_asked() -> None:
    """The app's first page needs the data directory, not the index with geopy and shapely behind it; and the
    `fold` function stays the package's `fold` even after its submodule of the same name is imported."""
    import subprocess
    import sys

    probe = (
        "import sys, gazetteer.datadir, gazetteer.fold\n"
        "assert 'gazetteer.index' not in sys.modules and 'geopy' not in sys.modules, 'index loaded early'\n"
        "from gazetteer import fold, Gazetteer\n"
        "assert callable(fold) and fold('Gəncə') == 'gence', fold\n"
        "assert Gazetteer.__module__ == 'gazetteer.index'\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr
    import gazetteer

    with pytest.raises(AttributeError):
        gazetteer.Gazeteer  # noqa: B018 - a misspelt name is an AttributeError, not a silent None


def test_has_name_answers_alike_from_sql_and_from_the_key_sets(small: Gazetteer, monkeypatch) -> None:
    """A process asks SQL until it has asked often (the app reads a few articles); a batch then loads the sets."""
    import gazetteer.index

    keys = [fold("Харків"), "harkov", "serangan", "kursk oblast", fold("province of Kursk"), "of kursk", "minggu"]
    monkeypatch.setattr(gazetteer.index, "KEY_SETS_AFTER", len(keys))
    fresh = Gazetteer(small.path)
    from_sql = [fresh.has_name(key) for key in keys]
    assert fresh._keys is None
    assert from_sql == [True, True, False, True, True, False, False]
    assert [fresh.has_name(key) for key in keys] == from_sql
    assert fresh._keys is not None  # asked more than KEY_SETS_AFTER times: the sets answer now


def test_a_demonym_names_its_country(gazetteer) -> None:
    assert gazetteer.demonym("Sri Lankans").country_code == "LK"
    assert gazetteer.demonym("russian").feature_code == "PCLI"
    assert gazetteer.demonym("Paris") is None
