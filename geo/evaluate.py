"""Score extraction against hand-made gold files, so changes to extraction show what they fix and what they break.

Gold format: one `*.gold.json` per article, naming the article (`document`) in the same folder; see
`../shared/corpus/seed/*.gold.json`. Scoring rules:

- Only predicted reports drawn as strikes count (`StrikeReport.is_drawn_strike`).
- A predicted point is a true positive (TP) when it lies within `tolerance_km` (haversine) of some REQUIRED gold
  strike; it is ignored (neither TP nor FP) if it lies only within tolerance of OPTIONAL gold strikes; otherwise it
  is a false positive (FP). Precision = TP / (TP + FP); recall = required gold strikes with at least one predicted
  point within tolerance / required gold strikes; F1 as usual. An empty denominator scores 1.0 (nothing predicted
  means nothing wrongly predicted; no required strike means nothing missed).
- Claimant-country accuracy, over matched required gold strikes: correct when some prediction within tolerance has
  `claimant_country` equal to the gold's (None == None counts: gold null is the article's own voice).
- Action accuracy, over matched required gold strikes: the same with ACLED `sub_event_type`, because the gold's
  `action` words differ from the contract's. Accuracies with nothing matched are undefined (None, shown `n/a`) and
  fail a positive gate.
- Negatives hit: predicted drawn points within 25 km of a `not_strikes` entry that are not TPs.
- Totals are micro-averaged: counts are summed over all documents before dividing.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from geo.errors import InputError
from geo.model import ACLED_TYPES, CLAIMANT_KINDS, REMOTE_EXPLOSIVE, StrikeReport

NEGATIVE_RADIUS_KM = 25.0
EARTH_RADIUS_KM = 6371.0088
SUB_EVENT_TYPES = frozenset({sub for _, sub in ACLED_TYPES.values()} | {REMOTE_EXPLOSIVE[1]})
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class GoldStrike:
    """One strike the article reports at one place, by one claimant."""

    place: str
    kind: str
    lat: float
    lon: float
    tolerance_km: float
    action: str
    sub_event_type: str
    claimant: str | None
    claimant_country: str | None
    claimant_kind: str
    attacker_country: str | list[str] | None
    date: str
    evidence: str
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldNegative:
    """A place the article names that is not a strike location (reference, metonym, threat, denial, interception)."""

    place: str
    lat: float
    lon: float
    why: str


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """A parsed gold file and the article it describes."""

    gold_path: Path
    article_path: Path
    published: str
    language: str
    publisher: str | None
    strikes: tuple[GoldStrike, ...]
    not_strikes: tuple[GoldNegative, ...]


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
    negatives_hit: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    wrong_claimants: list[str] = field(default_factory=list)
    wrong_actions: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp, empty=1.0)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.required, empty=1.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @property
    def claimant_accuracy(self) -> float | None:
        return _ratio(self.claimant_correct, self.matched, empty=None)

    @property
    def action_accuracy(self) -> float | None:
        return _ratio(self.action_correct, self.matched, empty=None)

    def add(self, other: Score) -> None:
        """Sum another score's counts into this one (micro-averaging); its names are kept, prefixed by document."""
        for name in ("tp", "fp", "ignored", "required", "matched", "claimant_correct", "action_correct"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.negatives_hit += other.negatives_hit
        for name in ("misses", "false_positives", "wrong_claimants", "wrong_actions"):
            getattr(self, name).extend(f"{other.document}: {item}" for item in getattr(other, name))

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data.update(
            precision=self.precision,
            recall=self.recall,
            f1=self.f1,
            claimant_accuracy=self.claimant_accuracy,
            action_accuracy=self.action_accuracy,
        )
        return data


def _ratio(numerator: int, denominator: int, *, empty: float | None) -> float | None:
    return empty if denominator == 0 else numerator / denominator


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on a spherical Earth (mean radius): plenty for tolerances of tens of km."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _within(report: StrikeReport, lat: float, lon: float, km: float) -> bool:
    return haversine_km(report.lat, report.lon, lat, lon) <= km


def _describe(report: StrikeReport) -> str:
    name = report.place or report.place_name or "?"
    if report.place_name and report.place_name != name:
        name += f" -> {report.place_name}"
    return f"{name} ({report.lat:.3f}, {report.lon:.3f}) by {report.claimant!r} [{report.claimant_country}]"


def score_document(gold: GoldDocument, predictions: Iterable[StrikeReport]) -> Score:
    """Score one document's predictions against its gold, following the module's rules."""
    name = gold.gold_path.name.removesuffix(".gold.json")
    score = Score(document=name)
    drawn = [p for p in predictions if p.is_drawn_strike]
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
    return score


def total_score(scores: Iterable[Score]) -> Score:
    """Micro-average: sum every document's counts."""
    total = Score(document="TOTAL")
    for score in scores:
        total.add(score)
    return total


# --- reading gold files -------------------------------------------------------------------------------------------


def _need(obj: dict, key: str, kind: type | tuple[type, ...], where: str, *, nullable: bool = False) -> Any:
    if key not in obj:
        raise InputError(f"{where}: missing field {key!r}")
    value = obj[key]
    if value is None and nullable:
        return None
    if not isinstance(value, kind) or isinstance(value, bool):
        raise InputError(f"{where}: field {key!r} has the wrong type ({type(value).__name__})")
    return value


def _coordinates(obj: dict, where: str) -> tuple[float, float]:
    lat = float(_need(obj, "lat", (int, float), where))
    lon = float(_need(obj, "lon", (int, float), where))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"{where}: coordinates out of range (lat {lat}, lon {lon})")
    return lat, lon


def _country(value: object, where: str) -> None:
    if value is not None and not (isinstance(value, str) and _COUNTRY.match(value)):
        raise InputError(f"{where}: {value!r} is not an ISO 3166-1 alpha-2 code")


def _parse_strike(obj: object, where: str) -> GoldStrike:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: each strike must be a JSON object")
    lat, lon = _coordinates(obj, where)
    tolerance = float(_need(obj, "tolerance_km", (int, float), where))
    if tolerance <= 0:
        raise InputError(f"{where}: tolerance_km must be positive")
    sub_event_type = _need(obj, "sub_event_type", str, where)
    if sub_event_type not in SUB_EVENT_TYPES:
        raise InputError(f"{where}: unknown ACLED sub_event_type {sub_event_type!r}")
    date = _need(obj, "date", str, where)
    if not _DATE.match(date):
        raise InputError(f"{where}: date {date!r} is not YYYY-MM-DD")
    claimant_country = _need(obj, "claimant_country", str, where, nullable=True)
    _country(claimant_country, where)
    claimant_kind = _need(obj, "claimant_kind", str, where)
    if claimant_kind not in CLAIMANT_KINDS:
        raise InputError(f"{where}: claimant_kind {claimant_kind!r} is not one of {', '.join(CLAIMANT_KINDS)}")
    optional = obj.get("optional", False)
    if not isinstance(optional, bool):
        raise InputError(f"{where}: field 'optional' must be true or false")
    attacker = _need(obj, "attacker_country", (str, list), where, nullable=True)
    for code in attacker if isinstance(attacker, list) else [attacker]:
        _country(code, where)
    return GoldStrike(
        place=_need(obj, "place", str, where),
        kind=_need(obj, "kind", str, where),
        lat=lat,
        lon=lon,
        tolerance_km=tolerance,
        action=_need(obj, "action", str, where),
        sub_event_type=sub_event_type,
        claimant=_need(obj, "claimant", str, where, nullable=True),
        claimant_country=claimant_country,
        claimant_kind=claimant_kind,
        attacker_country=attacker,
        date=date,
        evidence=_need(obj, "evidence", str, where),
        optional=optional,
    )


def _parse_negative(obj: object, where: str) -> GoldNegative:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: each not_strikes entry must be a JSON object")
    lat, lon = _coordinates(obj, where)
    return GoldNegative(
        place=_need(obj, "place", str, where),
        lat=lat,
        lon=lon,
        why=_need(obj, "why", str, where),
    )


def load_gold(path: Path) -> GoldDocument:
    """Read and check one gold file; anything malformed is an InputError naming the file and the field."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path} is not valid UTF-8 JSON: {exc}") from exc
    where = str(path)
    if not isinstance(doc, dict):
        raise InputError(f"{where}: a gold file must be a JSON object")
    document = _need(doc, "document", str, where)
    article = path.parent / document
    if Path(document).name != document or not article.is_file():
        raise InputError(f"{where}: document {document!r} is not a file next to the gold file")
    published = _need(doc, "published", str, where)
    if not _DATE.match(published):
        raise InputError(f"{where}: published {published!r} is not YYYY-MM-DD")
    strikes = _need(doc, "strikes", list, where)
    negatives = _need(doc, "not_strikes", list, where)
    return GoldDocument(
        gold_path=path,
        article_path=article,
        published=published,
        language=doc.get("language") or "auto",
        publisher=doc.get("publisher"),
        strikes=tuple(_parse_strike(s, f"{where}: strikes[{i}]") for i, s in enumerate(strikes)),
        not_strikes=tuple(_parse_negative(n, f"{where}: not_strikes[{i}]") for i, n in enumerate(negatives)),
    )


def find_gold_files(gold_dir: Path) -> list[Path]:
    """Every `*.gold.json` under gold_dir, sorted; an InputError when there are none."""
    if not gold_dir.is_dir():
        raise InputError(f"gold folder {gold_dir} does not exist (give the folder holding *.gold.json files)")
    paths = sorted(gold_dir.rglob("*.gold.json"))
    if not paths:
        raise InputError(f"no *.gold.json files under {gold_dir}")
    return paths


# --- running and printing -----------------------------------------------------------------------------------------


def _read_article(gold: GoldDocument) -> str:
    try:
        return gold.article_path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{gold.article_path} is not UTF-8 text") from exc


def _pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{value * 100:5.1f}"


def format_score(score: Score, *, details: bool = True) -> str:
    """One summary line, then the names behind every miss and mistake."""
    lines = [
        f"{score.document}: P {_pct(score.precision)}  R {_pct(score.recall)}  F1 {_pct(score.f1)}"
        f"  (TP {score.tp}, FP {score.fp}, ignored {score.ignored}, matched {score.matched}/{score.required})"
        f"  claimant {_pct(score.claimant_accuracy)}  action {_pct(score.action_accuracy)}"
        f"  negatives hit {score.negatives_hit}"
    ]
    if details:
        lines += [f"    miss: {m}" for m in score.misses]
        lines += [f"    false positive: {f}" for f in score.false_positives]
        lines += [f"    wrong claimant: {c}" for c in score.wrong_claimants]
        lines += [f"    wrong action: {a}" for a in score.wrong_actions]
    return "\n".join(lines)


def _language_totals(golds: list[GoldDocument], scores: list[Score]) -> dict[str, Score]:
    """Subtotals per article language, so a regression in one language is not hidden by the other."""
    totals: dict[str, Score] = {}
    for gold, score in zip(golds, scores, strict=True):
        totals.setdefault(gold.language, Score(document=f"TOTAL {gold.language}")).add(score)
    return dict(sorted(totals.items()))


def passes_gates(total: Score, *, min_f1: float, min_claimant_accuracy: float) -> bool:
    """The CI gates: location F1 and claimant-country accuracy at or above their minimums."""
    accuracy = total.claimant_accuracy
    claimant_ok = min_claimant_accuracy <= 0 or (accuracy is not None and accuracy >= min_claimant_accuracy)
    return total.f1 >= min_f1 and claimant_ok


def evaluate_corpus(
    gold_dir: Path, *, min_f1: float = 0.0, min_claimant_accuracy: float = 0.0, as_json: bool = False
) -> int:
    """Extract every gold article, print per-document and total scores; exit status 1 when a gate fails."""
    golds = [load_gold(path) for path in find_gold_files(gold_dir)]
    from geo.pipeline import extract_text  # after the gold checks: a bad gold folder fails fast, before loading

    scores = []
    for gold in golds:
        text = _read_article(gold)
        try:
            reports = extract_text(
                text,
                document=gold.article_path.name,
                published=gold.published,
                lang=gold.language,
                publisher=gold.publisher,
            )
        except InputError as exc:
            raise InputError(f"{gold.article_path}: {exc}") from exc
        scores.append(score_document(gold, reports))
    total = total_score(scores)
    by_language = _language_totals(golds, scores)
    passed = passes_gates(total, min_f1=min_f1, min_claimant_accuracy=min_claimant_accuracy)
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
            f" accuracy {_pct(total.claimant_accuracy).strip()}% (minimum {min_claimant_accuracy * 100:g}%)",
            file=sys.stderr,
        )
    return 0 if passed else 1
