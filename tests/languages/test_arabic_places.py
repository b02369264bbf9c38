"""Arabic places as news writes them: compounds whose head is an everyday word (`تل أبيب`), a preposition joined to
the name (`بالبحر الأحمر`), a town's airport (`مطار دمشق الدولي`), the place as the subject of the strike
(`شهدت مدينة الفاشر قصفا`), and `الاحتلال` (the occupation: the army) as an actor, not as a place's context."""

from __future__ import annotations

import pytest

from gazetteer import Place
from gazetteer.airports import AIRPORT_MAX_KM, airport_of
from geo.extract.mentions import find_mentions
from geo.extract.pipeline import extract_text
from geo.text import normalise

PUBLISHED = "2025-10-07"


def _drawn(text: str, gazetteer) -> dict[str, tuple[str, str]]:
    """Drawn strikes: the name as written -> (gazetteer name, action)."""
    reports = extract_text(text, document="t", published=PUBLISHED, lang="ar", gazetteer=gazetteer)
    return {r.place: (r.place_name, r.action) for r in reports if r.is_drawn_strike or r.action == "interception"}


@pytest.mark.parametrize(
    ("text", "written", "place"),
    [
        ("سقط صاروخ في تل أبيب.", "تل أبيب", "Tel Aviv"),
        ("غارة إسرائيلية على بيت لاهيا.", "بيت لاهيا", "Bayt Lāhyā"),
        ("قصفت المدفعية أطراف أم درمان.", "أم درمان", "Omdurman"),
    ],
)
def test_a_compound_with_an_everyday_head_is_a_name(text: str, written: str, place: str, gazetteer) -> None:
    assert _drawn(text, gazetteer).get(written, ("",))[0] == place


def test_a_compound_of_everyday_words_needs_a_cue(gazetteer) -> None:
    """`عين الحلوة` is also `sweet spring`; `أبو عبيدة` is a spokesman: no place in these sentences."""
    doc = normalise("قال أبو عبيدة إن الماء في عين حلوة.", lang="ar")
    assert [m.text for m in find_mentions(doc, gazetteer)] == []


def test_a_preposition_joined_to_a_name_places_it(gazetteer) -> None:
    """`بالبحر الأحمر` (in the Red Sea) is two everyday words, sea and red, made a place by the joined `ب`."""
    found = _drawn("أسقط الجيش ثلاث طائرات مسيرة فوق سفن تجارية بالبحر الأحمر.", gazetteer)
    assert found.get("بالبحر الأحمر") == ("Red Sea", "interception")
    assert _drawn("رأى البحر الأحمر من النافذة.", gazetteer) == {}  # no strike, and no place without the preposition


@pytest.mark.parametrize(
    ("text", "written", "airport"),
    [
        ("استهدف العدوان مطار دمشق الدولي.", "دمشق", "Damascus International Airport"),
        ("قصفت قوات الدعم السريع مطار الفاشر.", "الفاشر", "El Fasher Airport"),
    ],
)
def test_a_towns_airport_is_drawn_at_the_airport(text: str, written: str, airport: str, gazetteer) -> None:
    assert _drawn(text, gazetteer).get(written, ("",))[0] == airport


def test_the_airport_of_a_town_lies_near_it_in_its_country() -> None:
    damascus = Place(id="t:1", name="Damascus", lat=33.51, lon=36.29, feature_code="PPLC", country_code="SY")
    airport = airport_of(damascus)
    assert airport is not None and airport.name == "Damascus International Airport"
    assert 15 < damascus.km_to(airport) <= AIRPORT_MAX_KM
    # a town with no airport near it, and a region, keep their own point
    kupiansk = Place(id="t:2", name="Kupiansk", lat=49.71, lon=37.61, feature_code="PPL", country_code="UA")
    assert airport_of(kupiansk) is None
    region = Place(id="t:3", name="Dimashq", lat=33.5, lon=36.3, feature_code="ADM1", country_code="SY")
    assert airport_of(region) is None


@pytest.mark.parametrize(
    "text",
    [
        "شهدت مدينة الفاشر صباح اليوم قصفا مدفعيا.",  # the town witnessed shelling
        "تعرضت مدينة الفاشر لقصف مدفعي.",  # the town was subjected to shelling
    ],
)
def test_a_town_as_the_subject_of_its_strike(text: str, gazetteer) -> None:
    """The feminine ending of `مدينة` (town) is no possessive `ـه` (its): the town is not taken for the attacker."""
    assert _drawn(text, gazetteer).get("الفاشر") == ("El Fasher", "shelling")


def test_the_occupation_is_the_actor_not_the_context_of_the_place(gazetteer) -> None:
    """`مدفعية الاحتلال` (the occupation's artillery) shells; `احتل` (occupied) would make the place only held."""
    found = _drawn("قصفت مدفعية الاحتلال دير البلح وخان يونس.", gazetteer)
    assert found.get("دير البلح") == ("Dayr al Balaḩ", "shelling")
    assert found.get("وخان يونس") == ("Khān Yūnis", "shelling")


@pytest.mark.parametrize(
    ("text", "written", "place"),
    [
        ("قصفت مسيرات مواقع في الخرطوم.", "الخرطوم", "Khartoum"),  # the gazetteer writes it `خرطوم`
        ("غارات جوية على صنعاء وصعدة.", "وصعدة", "Sa'dah"),  # listed with a placed name
        ("سقطت صواريخ في حيفا وعكا.", "وعكا", "Acre"),
    ],
)
def test_a_name_found_without_its_article_or_listed_after_a_place(text: str, written: str, place: str, gazetteer):
    assert _drawn(text, gazetteer).get(written, ("",))[0] == place


def test_a_place_word_with_a_clitic_is_still_a_cue(gazetteer) -> None:
    """`لمخيم جنين` (on Jenin camp), `ومدينة رفح` (and the town of Rafah): the cue word carries `ل` or `و`."""
    found = _drawn("استشهد شابان في قصف مسيرة لمخيم جنين وقصف على خان يونس ومدينة رفح.", gazetteer)
    # `مخيم جنين` (read with its clitic) is the camp itself, which the index knows by that name
    assert found.get("لمخيم جنين", ("",))[0] == "Jenin refugee camp" and found.get("رفح", ("",))[0] == "Rafaḩ"
