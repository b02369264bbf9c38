"""First-level divisions by name: GeoNames' codes (`07` in Ukraine) are not ISO 3166-2 codes, so a report's province
is named from the ISO subdivision around the code's towns, or not at all."""

from __future__ import annotations

from geo.extract.pipeline import extract_text


def _admin1(gazetteer, name: str, country: str) -> str | None:
    town = next(p for p in gazetteer.candidates(name) if p.country_code == country and p.is_populated)
    return gazetteer.admin1_name(town.country_code, town.admin1)


def test_a_towns_province_is_named_from_the_iso_subdivision_around_its_code(gazetteer):
    assert _admin1(gazetteer, "Kharkiv", "UA") == "Kharkivska oblast"
    assert _admin1(gazetteer, "Louisville", "US") == "Kentucky"
    assert _admin1(gazetteer, "Aleppo", "SY") == "Ḩalab"


def test_an_iso_code_is_named_directly_and_an_unknown_code_not_at_all(gazetteer):
    assert gazetteer.admin1_name("UA", "UA-63") == "Kharkivska oblast"
    assert gazetteer.admin1_name("UA", "no-such-code") is None
    assert gazetteer.admin1_name(None, "07") is None


def test_reports_carry_the_province_by_name(gazetteer):
    [report] = extract_text("Russian missiles hit Kharkiv overnight, the governor said.", document="a", lang="en")
    assert report.admin1 == "Kharkivska oblast"
