"""Strike reports from short Russian, Ukrainian and Arabic texts: actions (interceptions too), dates against the
publication date, figures."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.dates import find_dates
from geo.extract.pipeline import extract_text
from geo.lexicon import load_lexicon
from geo.text import tokenize

PUBLISHED = "2025-10-07"  # a Tuesday


def _reports(text: str, lang: str, gazetteer):
    return extract_text(text, document="t", published=PUBLISHED, lang=lang, gazetteer=gazetteer)


@pytest.mark.parametrize(
    ("text", "lang", "place", "action"),
    [
        ("Ночью силы ПВО сбили три беспилотника над Белгородом.", "ru", "Belgorod", "interception"),
        ("Российские войска обстреляли Херсон из артиллерии, сообщили в ОВА.", "ru", "Kherson", "shelling"),
        ("Сили ППО збили ракету над Києвом.", "uk", "Kyiv", "interception"),
        ("Ворог атакував Харків ударними дронами.", "uk", "Kharkiv", "drone_strike"),
        ("أعلن الجيش اعتراض صاروخ فوق مدينة حيفا", "ar", "Haifa", "interception"),
        ("شنت طائرات حربية غارات جوية على مدينة الحديدة", "ar", "Al Ḩudaydah", "air_strike"),
    ],
)
def test_actions_and_interceptions(text: str, lang: str, place: str, action: str, gazetteer) -> None:
    found = {(r.place_name, r.action) for r in _reports(text, lang, gazetteer)}
    assert (place, action) in found


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Удар был нанесен в ночь на 5 октября.", "ru", date(2025, 10, 5)),
        ("Вчера вечером беспилотники атаковали город.", "ru", date(2025, 10, 6)),
        ("У ніч проти неділі ворог атакував місто.", "uk", date(2025, 10, 5)),
        ("Минулої ночі ворог атакував місто.", "uk", date(2025, 10, 6)),
        ("شنت طائرات غارات فجر الأحد على المدينة", "ar", date(2025, 10, 5)),
        ("قصفت الطائرات المدينة أمس", "ar", date(2025, 10, 6)),
        ("قصف يوم ٥ أكتوبر", "ar", date(2025, 10, 5)),
    ],
)
def test_dates_against_the_publication_date(text: str, lang: str, day: date) -> None:
    found = find_dates(tokenize(text), load_lexicon(lang), date.fromisoformat(PUBLISHED))
    assert [d.day for d in found] == [day]


def test_a_report_in_each_language_carries_its_date_and_figures(gazetteer) -> None:
    ru = _reports("Вчера беспилотники атаковали Белгород, погибли двое, ранены пятеро.", "ru", gazetteer)
    assert [(r.event_date, r.fatalities, r.injured) for r in ru] == [("2025-10-06", 2, 5)]
    ar = _reports("استشهد 4 مواطنين وأصيب 9 آخرون في غارة على مدينة النبطية فجر الأحد", "ar", gazetteer)
    assert [(r.event_date, r.fatalities, r.injured) for r in ar] == [("2025-10-05", 4, 9)]


def test_a_verb_first_attacker_leaves_the_struck_place_after_it(gazetteer) -> None:
    """`The RSF shelled El Fasher with artillery`, verb first: the instrument cue must not pull the object into the
    attacker, or the place is lost."""
    reports = _reports("قصفت قوات الدعم السريع الفاشر بالمدفعية يوم الأحد.", "ar", gazetteer)
    assert [(r.place_name, r.attacker) for r in reports] == [("El Fasher", "قوات الدعم السريع")]


def test_a_verb_first_speaker_stops_before_the_claims_action_noun(gazetteer) -> None:
    """`Syrian air defences announced the interception of Israeli missiles over Damascus`: the masdar `التصدي` opens
    the claim, so the speaker is the air defences, a Syrian military body."""
    reports = _reports("أعلنت الدفاعات الجوية السورية التصدي لصواريخ إسرائيلية في سماء دمشق", "ar", gazetteer)
    assert [(r.claimant, r.claimant_country, r.action) for r in reports] == [
        ("الدفاعات الجوية السورية", "SY", "interception")
    ]


def test_a_city_named_after_its_country_in_the_genitive_and_its_speaker_named_after(gazetteer) -> None:
    """`the second city of Azerbaijan, Ganja` in Russian genitives: the country locates the city (no first name), the
    city is found by the nominative it is written as (its consonants alone are also Guernsey's), and the next
    sentence's `Об этом сообщил ...` names the speaker, whatever date and venue follow it."""
    reports = _reports(
        "Один мирный житель погиб в результате обстрела второго по величине города Азербайджана Гянджи. "
        "Об этом сообщил азербайджанский МИД 4 октября на своей странице в Twitter.",
        "ru",
        gazetteer,
    )
    assert [(r.place_name, r.claimant, r.claimant_country) for r in reports] == [("Ganja", "азербайджанский МИД", "AZ")]
