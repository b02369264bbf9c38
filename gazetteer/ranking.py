"""How famous a place is, and how much a match is worth: the famous referent wins ties of name."""

from __future__ import annotations

import math

from gazetteer.place import Place

# Feature codes that make a place the likely referent of its bare name even with no population figure.
_FEATURE_PROMINENCE = {
    "PCLI": 1.0,
    "PCLD": 0.85,
    "PCLS": 0.85,
    "PCLF": 0.85,
    "TERR": 0.8,
    "PPLC": 0.7,
    "RGN": 0.62,
    "RGNE": 0.62,
    "PRSH": 0.62,
    "ADM1": 0.55,
    "ADMD": 0.5,
    "PEN": 0.6,
    "SEA": 0.6,
    "STRT": 0.6,
    "GULF": 0.6,
    "AREA": 0.5,
    "ISL": 0.5,
    "ADM2": 0.5,
    "PPLA": 0.5,
    "PPLA2": 0.4,
    "PPLA3": 0.4,  # a township's seat (cities500 has no feature codes: only national sources give this one)
    "ADM3": 0.35,
}

# How the query matched a place's names (see Gazetteer.candidates).
MATCH_OWN_NAME = 1.0
MATCH_OWN_NAME_VARIANT = 0.97  # an alternate that is a transliteration of the place's own name (Sloviansk)
MATCH_ALTERNATE = 0.93  # GeoNames alternates are real names (`Palmyra` for Tadmur): fame should decide
MATCH_VARIANT = 0.85
MATCH_FUZZY = 0.6
# A query written with diacritics (`Şuşa`) that only folds to a place's name (`Susa`) is a weaker match.
FOLDED_ONLY_PENALTY = 0.85


def prominence(place: Place) -> float:
    """0..1: the larger of a feature-type floor and a log-population term (31 M people -> 0.9)."""
    population_term = 0.9 * min(1.0, math.log10(place.population + 1) / 7.5) if place.population > 0 else 0.0
    return round(max(_FEATURE_PROMINENCE.get(place.feature_code or "", 0.0), population_term), 4)


def match_score(match_weight: float, place_prominence: float) -> float:
    """Combine how well the name matched with how famous the place is; stays in 0..1."""
    return round(match_weight * (0.4 + 0.6 * place_prominence), 4)
