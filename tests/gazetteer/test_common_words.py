"""Per-language stop lists as data: everyday words are not offered as places without evidence."""

import pytest

from gazetteer.common_words import is_common_word, languages


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("Kota", "id"),
        ("barat", "id"),
        ("Tak", "id"),
        ("selain", "id"),
        ("Mei", "id"),
        ("Rumah", "id"),
        ("Of", "en"),
        ("bath", "en"),
    ],
)
def test_everyday_words_are_common(word: str, lang: str) -> None:
    assert is_common_word(word, lang)


@pytest.mark.parametrize(("word", "lang"), [("Jakarta", "id"), ("Ganja", "id"), ("Armenia", "en"), ("Kharkiv", "uk")])
def test_famous_place_names_are_not_common_words(word: str, lang: str) -> None:
    assert not is_common_word(word, lang)


def test_a_language_without_a_list_has_no_common_words() -> None:
    assert not is_common_word("kota", "xx")


def test_lists_ship_for_indonesian_english_and_more() -> None:
    assert {"id", "en", "ru", "ar"} <= set(languages())
