"""geo.extract.scoring: a candidate's features in its article, and the scorers that weigh them."""

import math
from collections import Counter
from pathlib import Path

import pytest

from gazetteer.place import Place
from geo.errors import InputError
from geo.extract.mentions import Mention
from geo.extract.resolve import resolve_mentions
from geo.extract.scoring import (
    FEATURE_NAMES,
    HAND_WEIGHTS,
    Features,
    LinearScorer,
    candidate_features,
    hand_scorer,
)

DONETSK_OBLAST = Place("geonames:709716", "Donetsk Oblast", 48.0, 37.8, "A", "ADM1", "UA", radius_km=120.0)
KOSTIANTYNIVKA = Place(
    "geonames:704422", "Kostiantynivka", 48.53, 37.71, "P", "PPL", "UA", admin1="14", population=67_000, score=0.9
)
KRAMATORSK = Place(
    "geonames:704508", "Kramatorsk", 48.72, 37.56, "P", "PPLA2", "UA", admin1="14", population=150_000, score=1.0
)
ENGELS = Place("geonames:563464", "Engels", 51.5, 46.12, "P", "PPLA2", "RU", population=220_000, score=0.8)
POKROVSK = Place("geonames:708546", "Pokrovsk", 48.28, 37.18, "P", "PPLA2", "UA", population=60_000, score=0.8)
SZCZECIN_NAMESAKE = Place("geonames:1", "Kostiantynivka", 53.43, 14.55, "P", "PPL", "PL", score=0.95)
UKRAINE_RUSSIA = Counter({"UA": 3, "RU": 1})  # the article names Ukraine three times, Russia once


def mention(text: str, *candidates: Place, cue: str | None = None) -> Mention:
    return Mention(0, len(text), text, 0, cue, False, candidates)


def test_a_town_in_the_named_region_of_the_articles_country_beside_its_other_places() -> None:
    """`Di wilayah Donetsk, ... kota Kostiantynivka`, in an article about Ukraine that also names Kramatorsk."""
    features = candidate_features(
        KOSTIANTYNIVKA, mention("Kostiantynivka", KOSTIANTYNIVKA), UKRAINE_RUSSIA, [KRAMATORSK], [DONETSK_OBLAST]
    )
    assert features == Features(
        match=0.9,
        in_named_area=True,
        country_mentions=3,
        article_country_mentions=4,
        cue_fits=False,
        populated_without_cue=True,
        own_name=True,
        near_anchor=True,
        far_from_anchors=False,
        large_population=False,
        log_population=pytest.approx(math.log10(67_001) / 7),
        area=False,
        anchor_country_share=1.0,  # Kramatorsk, its one anchor, is in Ukraine too
        anchor_admin1_share=1.0,  # and in the same oblast
    )
    assert (features.in_article_country, features.country_share, features.outside_article_countries) == (
        True,
        0.75,
        False,
    )


def test_a_namesake_abroad_is_outside_the_articles_countries_and_far_from_its_places() -> None:
    the_name = mention("Kostiantynivka", KOSTIANTYNIVKA, SZCZECIN_NAMESAKE)
    features = candidate_features(SZCZECIN_NAMESAKE, the_name, UKRAINE_RUSSIA, [KRAMATORSK])
    assert (features.outside_article_countries, features.country_share, features.far_from_anchors) == (True, 0.0, True)


def test_an_article_naming_no_country_puts_no_place_outside_them() -> None:
    features = candidate_features(SZCZECIN_NAMESAKE, mention("Kostiantynivka", SZCZECIN_NAMESAKE), Counter(), [])
    assert (features.in_article_country, features.outside_article_countries) == (False, False)


def test_a_place_named_by_another_of_its_names_is_no_anchor_for_itself() -> None:
    """`Pokrovsk` is not Engels (once called Pokrovsk) because the article names Engels too."""
    pokrovsk = mention("Pokrovsk", ENGELS, POKROVSK)
    engels = candidate_features(ENGELS, pokrovsk, UKRAINE_RUSSIA, [ENGELS])
    assert (engels.own_name, engels.near_anchor) == (False, False)
    assert candidate_features(POKROVSK, pokrovsk, UKRAINE_RUSSIA, [ENGELS]).own_name


@pytest.mark.parametrize(
    ("cue", "feature_code", "fits", "populated_without_cue"),
    [
        ("city", "PPL", True, False),
        ("district", "ADM2", True, False),
        ("district", "PPL", False, False),
        ("region", "ADM1", True, False),
        (None, "PPLA", False, True),
        (None, "ADM1", False, False),
    ],
)
def test_the_cue_word_and_the_kind_of_place(
    cue: str | None, feature_code: str, fits: bool, populated_without_cue: bool
) -> None:
    place = Place("geonames:2", "Izium", 49.2, 37.27, "P" if feature_code.startswith("P") else "A", feature_code, "UA")
    features = candidate_features(place, mention("Izium", place, cue=cue), UKRAINE_RUSSIA, [])
    assert (features.cue_fits, features.populated_without_cue) == (fits, populated_without_cue)


def test_todays_weights_add_up_by_hand() -> None:
    """match + area + (in country + share) + town without cue + own name + near: the hand-set file's numbers."""
    features = candidate_features(
        KOSTIANTYNIVKA, mention("Kostiantynivka", KOSTIANTYNIVKA), UKRAINE_RUSSIA, [KRAMATORSK], [DONETSK_OBLAST]
    )
    score = hand_scorer().score(features)
    assert score == pytest.approx(0.9 + 0.2 + 0.3 + 0.05 + 0.1 + 0.1)
    assert score == 0.9 + 0.2 + (0.15 + 0.2 * 3 / 4) + 0.05 + 0.1 + 0.1  # today's order of sums, to the last bit


def test_the_country_term_is_summed_as_the_resolver_always_did() -> None:
    """One addend, the share as (weight · mentions) / all mentions: a plain left-to-right sum differs in the last bit
    here, and a last bit can flip a tie or a confidence's third decimal."""
    countries = Counter({"UA": 2, "RU": 3})
    features = candidate_features(KOSTIANTYNIVKA, mention("Kostiantynivka", KOSTIANTYNIVKA), countries, [])
    assert hand_scorer().score(features) == 0.9 + (0.15 + 0.2 * 2 / 5) + 0.05 + 0.1
    assert hand_scorer().score(features) != 0.9 + 0.15 + 0.2 * (2 / 5) + 0.05 + 0.1


def test_the_hand_set_thresholds_come_with_the_weights() -> None:
    assert (hand_scorer().min_score, hand_scorer().town_margin) == (0.45, 0.2)


def test_a_scorer_that_prefers_population_picks_the_city_over_the_better_named_village() -> None:
    village = Place("geonames:3", "Dolyna", 48.97, 24.01, "P", "PPL", "UA", population=800, score=0.95)
    city = Place("geonames:4", "Dolyna", 49.0, 30.0, "P", "PPL", "UA", population=150_000, score=0.8)
    dolyna = mention("Dolyna", village, city)
    hand = hand_scorer()
    by_population = LinearScorer(
        {**dict(zip(FEATURE_NAMES, hand.weights, strict=True)), "large_population": 1.0},
        bias=hand.bias,
        min_score=hand.min_score,
        town_margin=hand.town_margin,
    )
    assert [r.place.id for r in resolve_mentions([dolyna], countries=["UA"])] == [village.id]
    assert [r.place.id for r in resolve_mentions([dolyna], countries=["UA"], scorer=by_population)] == [city.id]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda text: text.replace("own_name = 0.1", ""), "no value for own_name"),
        (lambda text: text.replace("[weights]", "[weights]\nelevation = 0.3"), "unknown elevation"),
        (lambda text: text.replace("town_margin = 0.2", ""), "no value for town_margin"),
    ],
)
def test_a_weights_file_gives_every_feature_a_weight_and_names_no_other(tmp_path: Path, edit, message: str) -> None:
    weights = tmp_path / "weights.toml"
    weights.write_text(edit(HAND_WEIGHTS.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(InputError, match=message):
        LinearScorer.from_toml(weights)


def test_the_hand_set_file_weighs_every_feature() -> None:
    assert len(hand_scorer().weights) == len(FEATURE_NAMES)


def test_a_sea_of_known_size_is_near_the_towns_on_its_shore() -> None:
    """Eilat lies on the Red Sea, 1,100 km from its middle: measured from its edge, the sea is not far from it."""
    red_sea = Place("overlay:red-sea", "Red Sea", 20.0, 38.5, "H", "SEA", None, radius_km=500.0, score=0.9)
    eilat = Place("geonames:295277", "Eilat", 29.56, 34.95, "P", "PPL", "IL", population=52_000, score=1.0)
    features = candidate_features(red_sea, mention("Red Sea", red_sea), Counter({"IL": 2}), [eilat])
    assert not features.far_from_anchors
    assert red_sea.km_to(eilat) > 1_000
