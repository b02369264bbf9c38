"""Administrative phrases: the place name inside `Kursk Oblast`, `Provinsi Idlib`, `province of Idlib`, `The Madison
County`."""

import pytest

from gazetteer.unit_words import strip_unit_words


@pytest.mark.parametrize(
    ("key", "inner"),
    [
        ("kursk oblast", "kursk"),
        ("provinsi idlib", "idlib"),
        ("province of idlib", "idlib"),
        ("distrik absheron", "absheron"),
        ("khersonska oblast", "khersonska"),
        ("negara bagian darfur", "darfur"),
    ],
)
def test_unit_words_are_stripped_from_either_end(key: str, inner: str) -> None:
    assert strip_unit_words(key)[-1] == inner


def test_each_step_is_offered_longest_first_so_a_name_with_its_unit_word_is_found_whole() -> None:
    assert strip_unit_words("the madison county") == ("madison county", "madison")


@pytest.mark.parametrize("key", ["idlib", "oblast", "of kharkiv", "the gaza strip", "area of the", "the region"])
def test_nothing_to_strip_or_nothing_left_is_empty(key: str) -> None:
    assert strip_unit_words(key) == ()
