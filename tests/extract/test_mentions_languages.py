"""Inflected Russian and Ukrainian names, Arabic names with clitics and without capitals, found in the gazetteer."""

from __future__ import annotations

import pytest

from geo.extract.mentions import find_mentions
from geo.text import normalise


def _found(text: str, lang: str, gazetteer) -> dict[str, str]:
    doc = normalise(text, lang=lang)
    return {m.text: m.candidates[0].name for m in find_mentions(doc, gazetteer) if m.candidates}


@pytest.mark.parametrize(
    ("text", "lang", "written", "place"),
    [
        ("Ночью беспилотники атаковали объекты в Белгороде.", "ru", "Белгороде", "Belgorod"),
        ("Взрывы прогремели в Одессе и Харькове.", "ru", "Одессе", "Odesa"),
        ("ВСУ обстреляли Шебекино из артиллерии.", "ru", "Шебекино", "Shebekino"),
        ("Ворог вдарив по Запоріжжю керованими авіабомбами.", "uk", "Запоріжжю", "Zaporizhzhya"),
        ("У Вільнянську здійнялася пожежа після атаки.", "uk", "Вільнянську", "Vilnyansk"),
        ("Росіяни обстріляли Куп'янськ з артилерії.", "uk", "Куп'янськ", "Kupyansk"),
    ],
)
def test_inflected_cyrillic_names(text: str, lang: str, written: str, place: str, gazetteer) -> None:
    assert _found(text, lang, gazetteer).get(written) == place


def test_an_adjective_before_a_unit_word_names_the_area_of_its_town(gazetteer) -> None:
    found = _found("Снаряд попал в дом в поселке Купянского района.", "ru", gazetteer)
    assert found.get("Купянского") == "Kupyansk"


@pytest.mark.parametrize(
    ("text", "written", "place"),
    [
        ("شنت طائرات حربية غارات على وبيروت فجر الأحد", "وبيروت", "Beirut"),
        ("قصفت الطائرات ميناء بالحديدة غرب اليمن", "بالحديدة", "Al Ḩudaydah"),
        ("سقطت قذائف على مدينة الفاشر", "الفاشر", "El Fasher"),
        ("أغارت طائرات الاحتلال على منطقة شرق خان يونس", "خان يونس", "Khān Yūnis"),
        ("استهدف القصف مطار دمشق", "دمشق", "Damascus International Airport"),  # a town's airport: gazetteer/airports.py
        ("شن الطيران غارتين على موقعين في خانيونس", "خانيونس", "Khān Yūnis"),
    ],
)
def test_arabic_names_without_capitals_and_with_clitics(text: str, written: str, place: str, gazetteer) -> None:
    assert _found(text, "ar", gazetteer).get(written) == place


def test_arabic_everyday_words_are_no_places(gazetteer) -> None:
    # `طائرات` (aircraft) folds like Tiaret and `عدوان` (aggression) like a German town: written otherwise, no place
    found = _found("شنت الطائرات عدوانا جديدا في الساعة الثالثة", "ar", gazetteer)
    assert found == {}


def test_an_adjective_and_its_unit_word_name_the_area_not_a_namesake_village(gazetteer) -> None:
    doc = normalise("Снаряды упали на окраине Курской области.", lang="ru")
    found = {m.text: m.candidates[0] for m in find_mentions(doc, gazetteer)}
    assert found["Курской"].feature_code == "ADM1" and found["Курской"].country_code == "RU"


def test_news_outlets_are_no_places(gazetteer) -> None:
    # `الجزيرة` (Al Jazeera) is also Sudan's Gezira state: named as the outlet, it is no place
    found = _found("أفادت الجزيرة بأن غارات استهدفت دمشق", "ar", gazetteer)
    assert "الجزيرة" not in found and found.get("دمشق") == "Damascus"


def test_surnames_and_sentence_opening_adjectives_are_no_places(gazetteer) -> None:
    found = _found("Надежда Петрова, жительница поселка, рассказала о ночи.", "ru", gazetteer)
    assert found == {}
    found = _found("Мирний житель загинув. На Дніпропетровщині ворог атакував Марганецьку громаду.", "uk", gazetteer)
    assert found == {"Дніпропетровщині": "Dnipropetrovska oblast", "Марганецьку": "Marhanets"}


def test_an_inflected_form_of_a_famous_name_is_that_name_not_an_everyday_word(gazetteer) -> None:
    # `москву` and `харкові` are frequent words of their languages only because Moscow and Kharkiv are
    assert _found("Беспилотники атаковали Москву.", "ru", gazetteer) == {"Москву": "Moscow"}
    assert _found("Ворог знову вдарив по Харкові вночі.", "uk", gazetteer) == {"Харкові": "Kharkiv"}
