"""Language identification among our lexicons, letter variants read alike, inflected names to the nominative."""

from __future__ import annotations

import pytest

from gazetteer.fold import fold, spelling, unify_letters
from geo.lexicon import available_languages, load_lexicon
from geo.text import detect_language, tokenize
from geo.text.morphology import adjective_lemma, nominatives


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Вночі ворог атакував Харків ударними дронами, є поранені.", "uk"),
        ("Сили оборони уразили нафтобазу в області", "uk"),
        ("Ночью беспилотники атаковали Белгород, есть пострадавшие.", "ru"),
        ("Вертолёты сбили три дрона над областью", "ru"),
        ("قصفت طائرات حربية مدينة الحديدة فجر الأحد", "ar"),
        ("Serangan drone menewaskan lima orang di kota itu", "id"),
        ("A drone struck a fuel depot near the city overnight", "en"),
    ],
)
def test_short_texts_are_told_apart(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_letters_only_one_language_has_decide_between_ru_and_uk() -> None:
    # py3langid alone reads a Ukrainian headline without і/ї/є as Russian; with them it is Ukrainian
    assert detect_language("Генштаб: уразили виробництво дронів і станції") == "uk"
    assert detect_language("Генштаб: поразили производство дронов и станции") == "ru"


def test_every_served_language_has_a_lexicon() -> None:
    assert {"en", "id", "ru", "uk", "ar"} <= set(available_languages())
    for lang in ("ru", "uk", "ar"):
        lex = load_lexicon(lang)
        assert lex.actions.phrases and lex.reporting_verbs.phrases and lex.killed.phrases and lex.months


@pytest.mark.parametrize(
    ("a", "b"),
    [("إسرائيل", "اسرائيل"), ("غزة", "غزه"), ("مستشفى", "مستشفي"), ("کرج", "كرج"), ("Орёл", "Орел"), ("غَزَّة", "غزة")],
)
def test_letter_variants_read_alike_in_text_and_index(a: str, b: str) -> None:
    assert unify_letters(a) == unify_letters(b)
    assert fold(a) == fold(b)
    assert spelling(a) == spelling(b)
    assert tokenize(a)[0].lower == tokenize(b)[0].lower


def test_lexicon_words_are_unified_like_the_text() -> None:
    lex = load_lexicon("ar")
    words = [frozenset({t.lower}) for t in tokenize("أطلقت الدفاعات الجوية صواريخ")]
    assert "interception" in {v for _, _, v in lex.actions.find_all([lex.stems(next(iter(w))) for w in words])}


@pytest.mark.parametrize(
    ("name", "lang", "nominative"),
    [
        ("Белгороде", "ru", "Белгород"),
        ("Харьковской области", "ru", "Харьковская область"),
        ("Одессе", "ru", "Одесса"),
        ("Харкові", "uk", "Харків"),
        ("Запоріжжю", "uk", "Запоріжжя"),
        ("Вільнянську", "uk", "Вільнянськ"),
    ],
)
def test_inflected_names_come_back_to_the_nominative(name: str, lang: str, nominative: str) -> None:
    assert nominative in nominatives(name, lang)


def test_adjectives_and_languages_without_an_analyser() -> None:
    assert adjective_lemma("Купянского", "ru") == "купянский"
    assert adjective_lemma("Белгород", "ru") is None
    assert nominatives("Gaza", "") == ()
