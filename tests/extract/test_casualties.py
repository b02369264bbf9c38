"""Killed and injured as the report's sentence states them, in every served language."""

from __future__ import annotations

import pytest

from geo.extract.casualties import Casualties, count_casualties
from geo.extract.pipeline import extract_text
from geo.lexicon import load_lexicon

CASES = [
    ("en", "A missile killed at least 31 people and wounded 12 others in the city.", Casualties(31, 12)),
    ("en", "Five civilians were killed and three injured, officials said.", Casualties(5, 3)),
    ("en", "The strike on 12 October killed a 55-year-old man.", Casualties(None, None)),
    ("en", "No one was hurt, the mayor said.", Casualties(0, 0)),
    ("id", "Serangan drone itu tewaskan 10 orang di pasar.", Casualties(10, None)),
    ("id", "Serangan udara menewaskan sedikitnya 15 orang dan melukai 7 warga.", Casualties(15, 7)),
    ("ru", "В результате удара погибли пятеро, ранены 12 человек.", Casualties(5, 12)),
    ("ru", "Погиб один человек, еще двое получили ранения.", Casualties(1, 2)),
    ("ru", "Предварительно, без пострадавших.", Casualties(0, 0)),
    ("ru", "Обстрел начался 5 октября в 6:50.", Casualties(None, None)),
    ("uk", "Внаслідок обстрілу загинули троє, ще двоє поранені.", Casualties(3, 2)),
    ("uk", "Поранення отримали п'ятеро людей.", Casualties(None, 5)),
    ("ar", "أسفرت الغارة عن استشهاد 5 مواطنين وإصابة 7 آخرين.", Casualties(5, 7)),
    ("ar", "قتل ثلاثة أشخاص في القصف.", Casualties(3, None)),
    ("ar", "سقطت القذيفة دون وقوع إصابات.", Casualties(0, 0)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_figures_next_to_death_and_injury_words(lang: str, text: str, expected: Casualties) -> None:
    assert count_casualties(text, load_lexicon(lang)) == expected


def test_a_report_carries_its_figures(small_world) -> None:
    text = "Russian missiles struck Kharkiv on Tuesday, killing at least 3 people and wounding 12, the governor said."
    reports = extract_text(text, document="t", published="2025-01-05", lang="en", gazetteer=small_world)
    assert reports and all((r.fatalities, r.injured) == (3, 12) for r in reports)


def test_the_next_sentence_of_the_paragraph_gives_the_figures(small_world) -> None:
    text = "A Russian drone hit Kharkiv overnight. Two people were killed, the governor said."
    reports = extract_text(text, document="t", published="2025-01-05", lang="en", gazetteer=small_world)
    assert reports and reports[0].fatalities == 2


def test_the_next_paragraph_does_not_give_the_figures(small_world) -> None:
    text = "A Russian drone hit Kharkiv overnight, the governor said.\nTwo people were killed in a car crash in Lviv."
    reports = extract_text(text, document="t", published="2025-01-05", lang="en", gazetteer=small_world)
    kharkiv = [r for r in reports if r.place_name == "Kharkiv"]
    assert kharkiv and kharkiv[0].fatalities is None
