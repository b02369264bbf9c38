"""Score extraction against hand-made gold files, so changes to extraction show what they fix and what they break.

Gold format: one `*.gold.json` per article, naming the article (`document`) in the same folder (see
`geo.evaluation.gold` and `../shared/corpus/seed/*.gold.json`). Scoring rules:

- Only predicted reports drawn as strikes count (`StrikeReport.is_drawn_strike`), and interceptions (ACLED
  `Disrupted weapons use`) in a gold file that lists an interception among its strikes: its annotator scores them.
- A predicted point is a true positive (TP) when it lies within `tolerance_km` (haversine) of some REQUIRED gold
  strike; it is ignored (neither TP nor FP) if it lies only within tolerance of OPTIONAL gold strikes; otherwise it
  is a false positive (FP). Precision = TP / (TP + FP); recall = required gold strikes with at least one predicted
  point within tolerance / required gold strikes; F1 as usual. An empty denominator scores 1.0 (nothing predicted
  means nothing wrongly predicted; no required strike means nothing missed).
- Claimant-country accuracy, over matched required gold strikes: correct when some prediction within tolerance has
  `claimant_country` equal to the gold's (None == None counts: gold null is the article's own voice).
- Action accuracy, over matched required gold strikes: the same with ACLED `sub_event_type`, because the gold's
  `action` words differ from the contract's. Attacker-country accuracy: the same with `attacker_country`, any one of
  a gold list (both sides accused) counting. Accuracies with nothing matched are undefined (None, shown `n/a`) and
  fail a positive gate.
- Negatives hit: predicted drawn points within 25 km of a `not_strikes` entry that are not TPs.
- Totals are micro-averaged: counts are summed over all documents before dividing.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from gazetteer.place import distance_km
from geo.errors import InputError
from geo.evaluation.gold import GoldDocument, find_gold_files, load_gold, read_article
from geo.model import ACLED_TYPES, StrikeReport

NEGATIVE_RADIUS_KM = 25.0
DISRUPTED = ACLED_TYPES["interception"][1]
_COUNTS = (
    "tp",
    "fp",
    "ignored",
    "required",
    "matched",
    "claimant_correct",
    "action_correct",
    "attacker_correct",
    "negatives_hit",
)


@dataclass(slots=True)
class Score:
    """Counts for one document (or summed over many) and the names behind them, for a developer to read."""

    document: str
    tp: int = 0
    fp: int = 0
    ignored: int = 0
    required: int = 0
    matched: int = 0
    claimant_correct: int = 0
    action_correct: int = 0
    attacker_correct: int = 0
    negatives_hit: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    wrong_claimants: list[str] = field(default_factory=list)
    wrong_actions: list[str] = field(default_factory=list)
    wrong_attackers: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @property
    def claimant_accuracy(self) -> float | None:
        return self.claimant_correct / self.matched if self.matched else None

    @property
    def action_accuracy(self) -> float | None:
        return self.action_correct / self.matched if self.matched else None

    @property
    def attacker_accuracy(self) -> float | None:
        return self.attacker_correct / self.matched if self.matched else None

    def add(self, other: Score) -> None:
        """Sum another score's counts into this one (micro-averaging); its names are kept, prefixed by document."""
        for name in _COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("misses", "false_positives", "wrong_claimants", "wrong_actions", "wrong_attackers"):
            getattr(self, name).extend(f"{other.document}: {item}" for item in getattr(other, name))

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data.update(
            precision=self.precision,
            recall=self.recall,
            f1=self.f1,
            claimant_accuracy=self.claimant_accuracy,
            action_accuracy=self.action_accuracy,
            attacker_accuracy=self.attacker_accuracy,
        )
        return data


def _within(report: StrikeReport, lat: float, lon: float, km: float) -> bool:
    return distance_km(report.lat, report.lon, lat, lon) <= km


def _describe(report: StrikeReport) -> str:
    name = report.place or report.place_name or "?"
    if report.place_name and report.place_name != name:
        name += f" -> {report.place_name}"
    return f"{name} ({report.lat:.3f}, {report.lon:.3f}) by {report.claimant!r} [{report.claimant_country}]"


def _claimed_interception(report: StrikeReport) -> bool:
    """An interception reported as a claim (not a threat, denial or rejected report): drawn but for its action."""
    return report.action == "interception" and replace(report, action="attack").is_drawn_strike


def score_document(gold: GoldDocument, predictions: Iterable[StrikeReport]) -> Score:
    """Score one document's predictions against its gold, following the module's rules."""
    name = gold.gold_path.name.removesuffix(".gold.json")
    score = Score(document=name)
    interceptions = any(g.sub_event_type == DISRUPTED for g in gold.strikes)
    drawn = [p for p in predictions if p.is_drawn_strike or (interceptions and _claimed_interception(p))]
    required = [g for g in gold.strikes if not g.optional]
    optional = [g for g in gold.strikes if g.optional]

    for pred in drawn:
        if any(_within(pred, g.lat, g.lon, g.tolerance_km) for g in required):
            score.tp += 1
            continue
        near_negative = [n for n in gold.not_strikes if _within(pred, n.lat, n.lon, NEGATIVE_RADIUS_KM)]
        if near_negative:
            score.negatives_hit += 1
        if any(_within(pred, g.lat, g.lon, g.tolerance_km) for g in optional):
            score.ignored += 1
            continue
        score.fp += 1
        note = f"; near not-strike {near_negative[0].place}: {near_negative[0].why}" if near_negative else ""
        score.false_positives.append(_describe(pred) + note)

    for g in required:
        score.required += 1
        near = [p for p in drawn if _within(p, g.lat, g.lon, g.tolerance_km)]
        label = f"{g.place} by {g.claimant!r} [{g.claimant_country}]"
        if not near:
            score.misses.append(label)
            continue
        score.matched += 1
        got_claimants = {p.claimant_country for p in near}
        if g.claimant_country in got_claimants:
            score.claimant_correct += 1
        else:
            score.wrong_claimants.append(f"{label}: got {sorted(got_claimants, key=str)}")
        got_actions = {p.sub_event_type for p in near}
        if g.sub_event_type in got_actions:
            score.action_correct += 1
        else:
            score.wrong_actions.append(f"{g.place}: expected {g.sub_event_type!r}, got {sorted(got_actions, key=str)}")
        accused = set(g.attacker_country) if isinstance(g.attacker_country, list) else {g.attacker_country}
        got_attackers = {p.attacker_country for p in near}
        if accused & got_attackers:
            score.attacker_correct += 1
        else:
            score.wrong_attackers.append(
                f"{g.place}: expected {g.attacker_country}, got {sorted(got_attackers, key=str)}"
            )
    return score


def total_score(scores: Iterable[Score]) -> Score:
    """Micro-average: sum every document's counts."""
    total = Score(document="TOTAL")
    for score in scores:
        total.add(score)
    return total


def _pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{value * 100:5.1f}"


def format_score(score: Score, *, details: bool = True) -> str:
    """One summary line, then the names behind every miss and mistake."""
    lines = [
        f"{score.document}: P {_pct(score.precision)}  R {_pct(score.recall)}  F1 {_pct(score.f1)}"
        f"  (TP {score.tp}, FP {score.fp}, ignored {score.ignored}, matched {score.matched}/{score.required})"
        f"  claimant {_pct(score.claimant_accuracy)}  action {_pct(score.action_accuracy)}"
        f"  attacker {_pct(score.attacker_accuracy)}"
        f"  negatives hit {score.negatives_hit}"
    ]
    if details:
        lines += [f"    miss: {m}" for m in score.misses]
        lines += [f"    false positive: {f}" for f in score.false_positives]
        lines += [f"    wrong claimant: {c}" for c in score.wrong_claimants]
        lines += [f"    wrong action: {a}" for a in score.wrong_actions]
        lines += [f"    wrong attacker: {a}" for a in score.wrong_attackers]
    return "\n".join(lines)


def _language_totals(golds: list[GoldDocument], scores: list[Score]) -> dict[str, Score]:
    """Subtotals per article language, so a regression in one language is not hidden by the other."""
    totals: dict[str, Score] = {}
    for gold, score in zip(golds, scores, strict=True):
        totals.setdefault(gold.language, Score(document=f"TOTAL {gold.language}")).add(score)
    return dict(sorted(totals.items()))


def passes_gates(
    total: Score, *, min_f1: float, min_claimant_accuracy: float, min_attacker_accuracy: float = 0.0
) -> bool:
    """The CI gates: location F1, claimant-country and attacker-country accuracy at or above their minimums."""

    def reaches(accuracy: float | None, minimum: float) -> bool:
        return minimum <= 0 or (accuracy is not None and accuracy >= minimum)

    return (
        total.f1 >= min_f1
        and reaches(total.claimant_accuracy, min_claimant_accuracy)
        and reaches(total.attacker_accuracy, min_attacker_accuracy)
    )


def evaluate_corpus(
    gold_dir: Path,
    *,
    min_f1: float = 0.0,
    min_claimant_accuracy: float = 0.0,
    min_attacker_accuracy: float = 0.0,
    as_json: bool = False,
    languages: tuple[str, ...] = (),
) -> int:
    """Extract every gold article (of `languages`, if given), print per-document and total scores; exit status 1
    when a gate fails."""
    golds = [load_gold(path) for path in find_gold_files(gold_dir)]
    if languages:
        golds = [gold for gold in golds if gold.language in languages]
        if not golds:
            raise InputError(f"no gold files in {', '.join(languages)} under {gold_dir}")
    from geo.extract.pipeline import extract_text  # after the gold checks: a bad gold folder fails fast, before loading
    from geo.lexicon import available_languages

    scores = []
    for gold in golds:
        text = read_article(gold)
        try:
            reports = extract_text(
                text,
                document=gold.article_path.name,
                published=gold.published,
                lang=gold.language if gold.language in available_languages() else "auto",  # read as best we can
                publisher=gold.publisher,
            )
        except InputError as exc:
            raise InputError(f"{gold.article_path}: {exc}") from exc
        scores.append(score_document(gold, reports))
    total = total_score(scores)
    by_language = _language_totals(golds, scores)
    passed = passes_gates(
        total, min_f1=min_f1, min_claimant_accuracy=min_claimant_accuracy, min_attacker_accuracy=min_attacker_accuracy
    )
    if as_json:
        out = {
            "documents": [s.as_dict() for s in scores],
            "languages": {lang: score.as_dict() for lang, score in by_language.items()},
            "total": total.as_dict(),
            "passed": passed,
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        for score in scores:
            print(format_score(score))
        if len(by_language) > 1:
            for score in by_language.values():
                print(format_score(score, details=False))
        print(format_score(total, details=False))
    if not passed:
        print(
            f"evaluation below the gates: F1 {_pct(total.f1).strip()}% (minimum {min_f1 * 100:g}%), claimant-country"
            f" accuracy {_pct(total.claimant_accuracy).strip()}% (minimum {min_claimant_accuracy * 100:g}%),"
            f" attacker-country accuracy {_pct(total.attacker_accuracy).strip()}%"
            f" (minimum {min_attacker_accuracy * 100:g}%)",
            file=sys.stderr,
        )
    return 0 if passed else 1
