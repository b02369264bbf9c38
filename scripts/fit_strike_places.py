"""Fit the strike-place verdict's weights on the strike gold, cross-validated by article.

    .venv/bin/python scripts/fit_strike_places.py [--check DIR ...] [--write]

Every place below a country's scale that a strike clause names (in the project's `tests/{gold,dev,dev2,dev3}` and
`../shared/dev/news`, every language) gets the signs `geo.extract.locations.evidence` finds around it (recorded from a
real extraction run) and a label: it names a gold strike's place in its article (`_names`). A logistic regression is
fitted whose prior is the hand-set rule (each weight normal around its hand-set value): a sign the data never or
rarely see keeps its hand-set veto, one the data contradict loses it. The prior's width is chosen among `PRIOR_SDS`
by 5-fold cross-validation by article (held-out log-likelihood).

Prints, cross-validated by article, how often the hand-set and the fitted verdicts agree with the label (accuracy
and F1 of `kept`), the fit without each sign, the fitted weights, then the strike-level location F1 of the whole
pipeline with either verdict on each gold folder (`--check` adds folders that are not fitted on: held out). With
--write, saves the fit to geo/extract/weights/strike_place_fitted.toml. Needs numpy and scipy.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import geo.extract.locations as locations  # noqa: E402
from gazetteer import fold  # noqa: E402
from gazetteer.place import distance_km  # noqa: E402
from geo.evaluation.gold import GoldDocument, GoldStrike, find_gold_files, load_gold, read_article  # noqa: E402
from geo.evaluation.score import score_document, total_score  # noqa: E402
from geo.extract.pipeline import extract_text  # noqa: E402
from geo.extract.resolve import ResolvedMention  # noqa: E402
from geo.extract.verdict import EVIDENCE_NAMES, Evidence, Verdict, hand_verdict  # noqa: E402
from geo.lexicon import available_languages  # noqa: E402

FOLDS = 5
NAME_PREFIX = 5
PRIOR_SDS = (0.25, 0.5, 1.0, 2.0, 4.0)
GOLD = [ROOT / "tests" / d for d in ("gold", "dev", "dev2", "dev3")] + [ROOT.parent / "shared" / "dev" / "news"]
OUT = ROOT / "geo" / "extract" / "weights" / "strike_place_fitted.toml"


@dataclass(frozen=True)
class Sample:
    """One place a strike clause named: its signs and whether it lies within a gold strike of its article."""

    article: int
    signs: np.ndarray
    strike: bool


def _extract(gold: GoldDocument, verdict_in_use: Verdict):
    lang = gold.language if gold.language in available_languages() else "auto"
    locations.strike_verdict = lambda: verdict_in_use  # asked for per clause
    return extract_text(
        read_article(gold), document=gold.article_path.name, published=gold.published, lang=lang,
        publisher=gold.publisher,
    )  # fmt: skip


def collect(golds: list[GoldDocument]) -> list[Sample]:
    """The samples of every article, as the hand-set rule's extraction meets them."""
    samples: list[Sample] = []
    found: list[tuple[Evidence, object]] = []
    original = locations.evidence

    def recording(sent, mentions, n, *rest):
        signs, locator = original(sent, mentions, n, *rest)
        found.append((signs, mentions[n][2]))
        return signs, locator

    locations.evidence = recording
    try:
        for n, gold in enumerate(golds):
            found.clear()
            _extract(gold, hand_verdict())
            for signs, rm in found:
                if rm.place.is_country_scale:
                    continue  # drawn nowhere whatever its signs say (they decide only the places listed after it)
                strike = any(_names(rm, s) for s in gold.strikes)
                samples.append(Sample(n, np.array([float(getattr(signs, k)) for k in EVIDENCE_NAMES]), strike))
    finally:
        locations.evidence = original
    return samples


def _names(rm: ResolvedMention, strike: GoldStrike) -> bool:
    """The mention names the gold strike's place: it lies within the strike's tolerance and its first letters (an
    inflected `Запоріжжю` too) open a word of the gold's place (`Lanud Nur Khan, Rawalpindi`). A town near the scene
    that only locates it (`Muridke, a village near Sialkot`) is no strike place, however near."""
    if distance_km(rm.place.lat, rm.place.lon, strike.lat, strike.lon) > strike.tolerance_km:
        return False
    stem = fold(rm.mention.text)[:NAME_PREFIX]
    return any(word.startswith(stem) for word in re.split(r"[^a-z0-9]+", fold(strike.place)) if word)


def _design(samples: list[Sample], mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([s.signs * mask for s in samples])
    return np.hstack([np.ones((len(samples), 1)), x]), np.array([s.strike for s in samples], dtype=float)


def _prior() -> np.ndarray:
    hand = hand_verdict()
    return np.array([hand.bias, *hand.weights])


def fit(samples: list[Sample], mask: np.ndarray, prior_sd: float) -> np.ndarray:
    """bias and weights maximising the labels' log-likelihood plus the hand-set prior's; a masked-out sign's weight
    stays at its prior and weighs nothing (its column is zero)."""
    x, y = _design(samples, mask)
    mean = _prior()

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        p = 1 / (1 + np.exp(-z))
        nll = np.sum(np.logaddexp(0, z) - y * z)
        d = (w - mean) / prior_sd**2
        return nll + 0.5 * np.sum((w - mean) * d), x.T @ (p - y) + d

    return minimize(loss, mean.copy(), jac=True, method="L-BFGS-B").x


def _folds(samples: list[Sample]) -> list[np.ndarray]:
    articles = np.array([s.article for s in samples])
    return [articles % FOLDS == k for k in range(FOLDS)]


def cross_validated(samples: list[Sample], mask: np.ndarray, prior_sd: float) -> tuple[float, float, float]:
    """(accuracy, F1 of `kept`, mean log-likelihood) of the held-out articles' samples, 5 folds by article."""
    kept, truth, loglik = [], [], []
    for held in _folds(samples):
        w = fit([s for s, h in zip(samples, held, strict=True) if not h], mask, prior_sd)
        x, y = _design([s for s, h in zip(samples, held, strict=True) if h], mask)
        z = x @ w
        kept.extend(z > 0)
        truth.extend(y)
        loglik.extend(y * z - np.logaddexp(0, z))
    return (*_agreement(np.array(kept), np.array(truth, dtype=bool)), float(np.mean(loglik)))


def _agreement(kept: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    tp = np.sum(kept & truth)
    f1 = 2 * tp / (np.sum(kept) + np.sum(truth)) if np.sum(kept) + np.sum(truth) else 0.0
    return float(np.mean(kept == truth)), float(f1)


def hand_agreement(samples: list[Sample]) -> tuple[float, float]:
    hand = hand_verdict()
    kept = np.array([hand.bias + s.signs @ np.array(hand.weights) > 0 for s in samples])
    return _agreement(kept, np.array([s.strike for s in samples]))


def strike_f1(golds: list[GoldDocument], verdict_in_use: Verdict) -> dict[str, float]:
    """Location F1 (percent) of the whole pipeline per language."""
    by_lang: dict[str, list] = {}
    for gold in golds:
        by_lang.setdefault(gold.language, []).append(score_document(gold, _extract(gold, verdict_in_use)))
    return {lang: 100 * total_score(scores).f1 for lang, scores in sorted(by_lang.items())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", type=Path, nargs="*", default=[], help="gold folders scored but not fitted on")
    parser.add_argument("--write", action="store_true", help=f"save the fit to {OUT.relative_to(ROOT)}")
    args = parser.parse_args()
    golds = {d: [load_gold(p) for p in find_gold_files(d)] for d in GOLD}
    everything = [g for found in golds.values() for g in found]
    samples = collect(everything)
    strikes = sum(s.strike for s in samples)
    print(f"{len(everything)} articles, {len(samples)} places named in strike clauses, {strikes} of them strikes")
    for k, name in enumerate(EVIDENCE_NAMES):
        seen = [s for s in samples if s.signs[k]]
        print(f"  {name:<20} present {len(seen):4}, of them strikes {sum(s.strike for s in seen):4}")
    print("hand-set verdict (no fitting): accuracy {:.3f}, F1 {:.3f}".format(*hand_agreement(samples)))
    everywhere = np.ones(len(EVIDENCE_NAMES))
    results = {sd: cross_validated(samples, everywhere, sd) for sd in PRIOR_SDS}
    for sd, (acc, f1, ll) in results.items():
        print(f"fitted, prior sd {sd}: 5-fold by article accuracy {acc:.3f}, F1 {f1:.3f}, log-likelihood {ll:.4f}")
    prior_sd = max(PRIOR_SDS, key=lambda sd: results[sd][2])
    print(f"prior sd {prior_sd} (best held-out log-likelihood); each sign left out:")
    for k, name in enumerate(EVIDENCE_NAMES):
        mask = everywhere.copy()
        mask[k] = 0.0
        print("  without {:<20} accuracy {:.3f}, F1 {:.3f}".format(name, *cross_validated(samples, mask, prior_sd)[:2]))
    w = fit(samples, everywhere, prior_sd)
    fitted_weights = dict(zip(EVIDENCE_NAMES, w[1:], strict=True))
    fitted = Verdict(fitted_weights, bias=w[0])
    print(f"fitted on all: bias {w[0]:+.2f}, " + ", ".join(f"{n} {v:+.2f}" for n, v in fitted_weights.items()))
    print("strike location F1 by language, hand-set -> fitted:")
    for d, found in [*golds.items(), *((c, [load_gold(p) for p in find_gold_files(c)]) for c in args.check)]:
        hand, fit_f1 = strike_f1(found, hand_verdict()), strike_f1(found, fitted)
        held = " (held out)" if d in args.check else ""
        print(f"  {d}{held}: " + ", ".join(f"{k} {hand[k]:.1f} -> {fit_f1[k]:.1f}" for k in hand))
    if args.write:
        lines = [
            "# Fitted by scripts/fit_strike_places.py on the strike gold (tests/{gold,dev,dev2,dev3},",
            "# ../shared/dev/news):",
            f"# logistic regression, each weight's prior normal around its hand-set value (sd {prior_sd}, the best",
            "# held-out log-likelihood of 5 folds by article). Regenerate with:",
            "# .venv/bin/python scripts/fit_strike_places.py --write",
            "",
            f"bias = {w[0]:.4f}",
            "",
            "[weights]",
            *(f"{n} = {v:.4f}" for n, v in fitted_weights.items()),
        ]
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"written {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
