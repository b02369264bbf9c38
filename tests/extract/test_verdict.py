"""geo.extract.verdict: whether a place a strike clause names is the strike's place, and the fit of its weights."""

import functools
import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from gazetteer.place import Place
from geo.errors import InputError
from geo.evaluation.gold import GoldStrike
from geo.extract.mentions import Mention
from geo.extract.resolve import ResolvedMention
from geo.extract.verdict import (
    EVIDENCE_NAMES,
    HAND_WEIGHTS,
    Evidence,
    Verdict,
    hand_verdict,
    strike_verdict,
)

ROOT = Path(__file__).resolve().parents[2]


@functools.cache
def _fitting():
    """scripts/fit_strike_places.py, loaded as the module it is when run."""
    spec = importlib.util.spec_from_file_location("fit_strike_places", ROOT / "scripts" / "fit_strike_places.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def signs(*present: str) -> Evidence:
    return Evidence(**{name: name in present for name in EVIDENCE_NAMES})


@pytest.mark.parametrize("verdict", [hand_verdict(), strike_verdict()], ids=["hand-set", "in use"])
def test_a_place_is_kept_when_nothing_speaks_against_it_and_dropped_on_any_one_sign(verdict: Verdict) -> None:
    """The weights extraction uses decide as the hand-set rule does: any one sign alone drops a place."""
    assert verdict.keeps(signs())
    dropped = [name for name in EVIDENCE_NAMES if not verdict.keeps(signs(name))]
    assert dropped == list(EVIDENCE_NAMES)


def test_a_weights_file_missing_a_sign_or_naming_an_unknown_one_is_refused(tmp_path: Path) -> None:
    text = HAND_WEIGHTS.read_text(encoding="utf-8")
    missing = tmp_path / "missing.toml"
    missing.write_text(text.replace("aimed = -2.0\n", ""), encoding="utf-8")
    with pytest.raises(InputError, match="no value for aimed"):
        Verdict.from_toml(missing)
    unknown = tmp_path / "unknown.toml"
    unknown.write_text(text + "shouting = -1.0\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown shouting"):
        Verdict.from_toml(unknown)


def test_the_fit_keeps_a_veto_the_data_bear_out_and_drops_one_they_contradict() -> None:
    """Forty places with `aimed` that the gold calls strikes (`rockets fired toward Sderot` drawn by annotators) take
    its veto away; forty with `venue` that are never strikes keep it; a sign the data never see stays hand-set."""
    fitting = _fitting()
    sample = fitting.Sample
    row = {name: np.array([float(n == name) for n in EVIDENCE_NAMES]) for name in EVIDENCE_NAMES}
    none = np.zeros(len(EVIDENCE_NAMES))
    samples = (
        [sample(k, row["aimed"], True) for k in range(40)]
        + [sample(k, row["venue"], False) for k in range(40)]
        + [sample(k, none, k % 4 != 0) for k in range(40)]
    )
    w = fitting.fit(samples, np.ones(len(EVIDENCE_NAMES)), prior_sd=1.0)
    weights = dict(zip(EVIDENCE_NAMES, w[1:], strict=True))
    fitted = Verdict(weights, bias=w[0])
    assert fitted.keeps(signs())
    assert fitted.keeps(signs("aimed"))
    assert not fitted.keeps(signs("venue"))
    assert weights["container"] == pytest.approx(hand_verdict().weights[EVIDENCE_NAMES.index("container")])


def test_a_place_names_a_strike_when_near_it_and_named_in_it_not_when_only_near() -> None:
    """`Muridke, a village near Sialkot`: Sialkot lies within the strike's tolerance but is not the place struck."""
    fitting = _fitting()
    strike = GoldStrike(
        place="Muridke (Punjab)",
        kind="town",
        lat=32.80,
        lon=74.26,
        tolerance_km=60.0,
        action="missile_attack",
        sub_event_type="",
        claimant=None,
        claimant_country=None,
        claimant_kind="",
        attacker_country=None,
        date=None,
        evidence="",
    )

    def named(text: str, lat: float, lon: float) -> ResolvedMention:
        place = Place("geonames:1", text, lat, lon, "P", "PPL", "PK")
        return ResolvedMention(Mention(0, len(text), text, 0, None, False, (place,)), place, 1.0)

    assert fitting._names(named("Muridke", 32.80, 74.26), strike)
    assert not fitting._names(named("Sialkot", 32.49, 74.53), strike)  # 43 km away
    assert not fitting._names(named("Muridke", 31.5, 74.3), strike)  # a namesake 140 km away
