"""Is a place named in a strike clause where the strike happened? The evidence (`Evidence`, what
`geo.extract.locations` finds around the mention) apart from its weights (`Verdict`), so a model fitted on the strike
gold (scripts/fit_strike_places.py) drops in beside the hand-set rule, in which any one sign drops the place."""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from geo.extract.scoring import exactly

HAND_WEIGHTS = Path(__file__).parent / "weights" / "strike_place_hand.toml"
FITTED_WEIGHTS = Path(__file__).parent / "weights" / "strike_place_fitted.toml"  # scripts/fit_strike_places.py


@dataclass(frozen=True, slots=True)
class Evidence:
    """Signs that a place its strike clause names is not where the strike happened (each is a test in
    `geo.extract.locations`). All are false for a town the text puts within a few km of the strike (`a field 10 km
    east of Balakliia`): it stands for the scene whatever else its clause says."""

    before_dateline: bool  # `KYIV, Ukraine (AP) —`: where the report was filed
    water_off_sea: bool  # a sea or river in a clause that tells of nothing at sea
    offset: bool  # `80 km from Baku`: a distance is measured from it
    venue: bool  # `said in Jerusalem`: where a speaker spoke
    placed_by_distance: bool  # `Gao, which lies 150 km to the north`: placed by its distance from the scene
    launch_site: bool  # `launched from Belgorod`
    metonym: bool  # `Yerevan rejected`: a capital that acts or speaks
    in_context: bool  # `talks in Istanbul`, `the war in Gaza`: a venue, cause or control word is nearest before it
    names_event: bool  # `the Gaza war`
    in_organisation: bool  # `the Kurdistan Workers' Party`
    aimed: bool  # `fired toward Ashkelon`
    vague: bool  # `struck 12 settlements in Donetsk Oblast`: an area where countless things were struck
    spread: bool  # `attacks across the Sagaing region`
    frame: bool  # `In the Odesa region, a drone hit Izmail`: an area setting the scene for a place after it
    locator: bool  # `Kyaukme in northern Shan state`: an area that only says where the town before it is
    possessor: bool  # `Idlib's Kafranbel`
    container: bool  # `the Barmal district of Paktika province`: the province around a named district


EVIDENCE_NAMES = tuple(f.name for f in dataclasses.fields(Evidence))


class Verdict:
    """bias + Σ weight · sign (a sign counts 1 when present) > 0: the place is kept as where the strike happened."""

    def __init__(self, weights: Mapping[str, float], *, bias: float, source: str = "weights") -> None:
        self.weights = exactly(weights, EVIDENCE_NAMES, source)
        self.bias = float(bias)

    @classmethod
    def from_toml(cls, path: Path) -> Verdict:
        """A weights file: `bias` and a `[weights]` table with one number per sign (see `strike_place_hand.toml`)."""
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        (bias,) = exactly({k: v for k, v in data.items() if k != "weights"}, ("bias",), str(path))
        return cls(data.get("weights", {}), bias=bias, source=f"{path} [weights]")

    def score(self, evidence: Evidence) -> float:
        signs = (getattr(evidence, name) for name in EVIDENCE_NAMES)
        return self.bias + sum(w for w, present in zip(self.weights, signs, strict=True) if present)

    def keeps(self, evidence: Evidence) -> bool:
        return self.score(evidence) > 0


@functools.cache
def hand_verdict() -> Verdict:
    """The hand-set rule, read once: the baseline a fit is measured against."""
    return Verdict.from_toml(HAND_WEIGHTS)


@functools.cache
def fitted_verdict() -> Verdict:
    """Weights fitted on the strike gold (scripts/fit_strike_places.py), read once."""
    return Verdict.from_toml(FITTED_WEIGHTS)


def strike_verdict() -> Verdict:
    """The weights strike extraction uses."""
    return fitted_verdict()
