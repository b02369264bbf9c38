"""How well a gazetteer candidate fits its mention: the evidence (`Features`) apart from the weights (`Scorer`), so a
fitted model drops in beside today's hand-set weights."""

from __future__ import annotations

import functools
import math
import operator
import tomllib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from gazetteer import Place, fold
from gazetteer.place import DEFAULT_AREA_RADIUS_KM
from geo.errors import InputError
from geo.extract.mentions import Mention

# Place kinds the text can give (lexicon cue values) -> GeoNames feature codes that fit them.
CUE_CODES: dict[str, tuple[str, ...]] = {
    "city": ("PPL",),
    "village": ("PPL",),
    "district": ("ADM2", "ADM3", "ADM4", "ADMD", "PPLA3"),  # a township's seat stands for it (`Maungdaw township`)
    "province": ("ADM1",),
    "region": ("RGN", "ADM1", "ADM2", "AREA", "PEN", "ISL"),
    "country": ("PCL",),
    "neighbourhood": ("PPLX",),  # a part of a town (`the Texas and Al-Riyadh neighbourhoods` of Nyala)
}
NEAR_KM = 400.0
FAR_KM = 1000.0
OWN_NAME_PREFIX = 4
LARGE_POPULATION = 100_000
HAND_WEIGHTS = Path(__file__).parent / "weights" / "resolve_hand.toml"
FITTED_WEIGHTS = Path(__file__).parent / "weights" / "resolve_fitted.toml"  # scripts/fit_resolver.py


@dataclass(frozen=True, slots=True)
class Features:
    """What speaks for one candidate in its article, before any weight. The country evidence is kept as two counts so
    a scorer can weigh the share exactly as the resolver first did: (weight · mentions) / all mentions."""

    match: float  # the gazetteer's name-match score
    in_named_area: bool  # lies inside an area its sentence names
    country_mentions: int  # how often the article names its country (0: not at all)
    article_country_mentions: int  # how often the article names any country
    cue_fits: bool  # the cue word fits its kind (`city of`, `region`)
    populated_without_cue: bool  # a town, and no cue word says otherwise
    own_name: bool  # written as its own name (not a former or other name), the cue not against it
    near_anchor: bool  # within NEAR_KM of the article's unambiguous places
    far_from_anchors: bool  # FAR_KM or more from all of them
    large_population: bool  # LARGE_POPULATION people or more
    log_population: float  # log10(1 + people) / 7: from 0 (none known) to about 1 (ten million)
    area: bool  # a province, district or region (`Place.is_area`), not a town
    anchor_country_share: float  # share of the article's unambiguous places in its country: the article's home
    anchor_admin1_share: float  # share of them in its first-level division: a local paper's home state

    @property
    def in_article_country(self) -> bool:
        return self.country_mentions > 0

    @property
    def country_share(self) -> float:
        return self.country_mentions / self.article_country_mentions if self.country_mentions else 0.0

    @property
    def outside_article_countries(self) -> bool:
        """The article names countries, none of them this one's: it needs a strong name match."""
        return self.article_country_mentions > 0 and not self.country_mentions


# What a weights file weighs, in the order the score adds them: the features, the counts as in/share/outside.
FEATURE_NAMES = (
    "match",
    "in_named_area",
    "in_article_country",
    "country_share",
    "outside_article_countries",
    "cue_fits",
    "populated_without_cue",
    "own_name",
    "near_anchor",
    "far_from_anchors",
    "large_population",
    "log_population",
    "area",
    "anchor_country_share",
    "anchor_admin1_share",
)
DECISION_NAMES = ("min_score", "town_margin")


def cue_fits(cue: str | None, place: Place) -> bool:
    """Whether the place kind a cue word gives (`district`) fits the place's GeoNames feature code."""
    return bool(cue) and any((place.feature_code or "").startswith(c) for c in CUE_CODES.get(cue or "", ()))


@functools.lru_cache(maxsize=65536)
def _folded(name: str) -> str:
    return fold(name)


def written_as_own_name(place: Place, text: str) -> bool:
    """The place's own name or a spelling of it (`Balakliia` for Balakliya, `Khan Younis` for Khān Yūnis), not
    another name it has or had (`Pokrovsk` for Engels)."""
    own, written = _folded(place.name), _folded(text)
    n = min(OWN_NAME_PREFIX, len(own), len(written))
    return own[:n] == written[:n]


def _home_share(place: Place, anchors: list[Place]) -> float:
    """The share of the article's unambiguous places in the candidate's country (`Paris` beside Dallas is in the US)."""
    return sum(a.country_code == place.country_code for a in anchors) / len(anchors) if anchors else 0.0


def _home_admin1_share(place: Place, anchors: list[Place]) -> float:
    """The share of them in the candidate's first-level division (`Paris` beside Dallas is the Texan one); for a
    first-level division itself, the share lying in it (`California` beside San Diego)."""
    if not anchors:
        return 0.0
    if place.feature_code == "ADM1":
        return sum(a.lies_in(place) for a in anchors) / len(anchors)
    if not place.admin1:
        return 0.0
    home = (place.country_code, place.admin1)
    return sum((a.country_code, a.admin1) == home for a in anchors) / len(anchors)


def km_from_edge(place: Place, other: Place) -> float:
    """How far the other place is from this one: from its edge for an area (San Diego is in California, 600 km from
    its middle) or a sea of known size (Eilat is on the Red Sea, 1,100 km from its middle)."""
    km = place.km_to(other)
    if place.is_area or (place.is_water and place.radius_km):
        return max(0.0, km - (place.radius_km or DEFAULT_AREA_RADIUS_KM))
    return km


def candidate_features(
    place: Place, mention: Mention, countries: Counter[str], anchors: list[Place], areas: Sequence[Place] = ()
) -> Features:
    """The candidate in its article's context: the countries it names (with their mention counts), its unambiguous
    places (`anchors`) and the areas the mention's sentence names."""
    fits = cue_fits(mention.cue, place)
    own = written_as_own_name(place, mention.text) and (mention.cue is None or fits)
    if not own and len(mention.candidates) > 1:  # `Pokrovsk` is not Engels because the article names Engels too
        anchors = [a for a in anchors if a.id != place.id]
    nearest = min(km_from_edge(place, a) for a in anchors) if anchors and not place.is_country_scale else None
    return Features(
        match=place.score,
        in_named_area=any(place.lies_in(area) for area in areas),
        country_mentions=countries.get(place.country_code or "", 0),
        article_country_mentions=sum(countries.values()),
        cue_fits=fits,
        populated_without_cue=mention.cue is None and place.is_populated,
        own_name=own,
        near_anchor=nearest is not None and nearest <= NEAR_KM,
        far_from_anchors=nearest is not None and nearest >= FAR_KM,
        large_population=place.population >= LARGE_POPULATION,
        log_population=math.log10(1 + place.population) / 7,
        area=place.is_area,
        anchor_country_share=_home_share(place, anchors),
        anchor_admin1_share=_home_admin1_share(place, anchors),
    )


class Scorer(Protocol):
    """Turns a candidate's features into a score. The resolver's thresholds are on that score's scale, so they come
    with it: `min_score` (a best candidate below it is no place) and `town_margin` (see `resolve._pick`)."""

    min_score: float
    town_margin: float

    def score(self, features: Features) -> float: ...


def exactly(table: Mapping[str, float], names: tuple[str, ...], source: str) -> tuple[float, ...]:
    """The table's numbers in `names` order; a name missing or unknown is refused, never read as 0."""
    missing, unknown = [n for n in names if n not in table], sorted(set(table) - set(names))
    listed = ", ".join(names)
    if missing:
        raise InputError(f"{source}: no value for {', '.join(missing)}; give each of {listed} one (0 to ignore it)")
    if unknown:
        raise InputError(f"{source}: unknown {', '.join(unknown)}; the names are {listed}")
    return tuple(float(table[n]) for n in names)


class LinearScorer:
    """bias + Σ weight · feature over FEATURE_NAMES (a bool counts 1): today's hand-set rule is one weights file of
    this shape, a fitted model another."""

    def __init__(
        self,
        weights: Mapping[str, float],
        *,
        bias: float,
        min_score: float,
        town_margin: float,
        source: str = "weights",
    ) -> None:
        self.weights = exactly(weights, FEATURE_NAMES, source)
        self.bias, self.min_score, self.town_margin = float(bias), float(min_score), float(town_margin)
        self._match, self._area, self._inside, self._share = self.weights[:4]
        self._rest, self._rest_values = self.weights[4:], operator.attrgetter(*FEATURE_NAMES[4:])

    @classmethod
    def from_toml(cls, path: Path) -> LinearScorer:
        """A weights file: `bias`, a `[weights]` table with one number per feature and a `[decision]` table with the
        thresholds (see `weights/resolve_hand.toml`)."""
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        (bias,) = exactly({k: v for k, v in data.items() if k not in ("weights", "decision")}, ("bias",), str(path))
        min_score, town_margin = exactly(data.get("decision", {}), DECISION_NAMES, f"{path} [decision]")
        weights = data.get("weights", {})
        return cls(weights, bias=bias, min_score=min_score, town_margin=town_margin, source=f"{path} [weights]")

    def score(self, features: Features) -> float:
        """The country terms go in as one addend, the share as (weight · mentions) / all mentions: the resolver's
        first order of sums, so today's weights give today's scores to the last bit (a tie stays a tie)."""
        f, country = features, 0.0
        if f.country_mentions:
            country = self._inside + self._share * f.country_mentions / f.article_country_mentions
        total = self.bias + self._match * f.match + self._area * f.in_named_area + country
        for weight, value in zip(self._rest, self._rest_values(f), strict=True):
            total += weight * value
        return total


@functools.cache
def hand_scorer() -> LinearScorer:
    """The hand-set weights, read once: strike extraction's (the fit does not yet beat them on strike reports:
    BENCHMARKS.md), the baseline a fit is measured against and the fixed context it records features in."""
    return LinearScorer.from_toml(HAND_WEIGHTS)


@functools.cache
def fitted_scorer() -> LinearScorer:
    """Weights fitted on the public geoparsing corpora and the strike gold (scripts/fit_resolver.py), read once:
    `geo.places` chooses places with them."""
    return LinearScorer.from_toml(FITTED_WEIGHTS)
