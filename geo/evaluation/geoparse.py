"""Geoparsing scored as the field scores it, on the public corpora (GeoWebNews, LGL, TR-News XML; their format and
metrics in ../shared/dev/geoparse/README.md): recognition P/R/F1 by span overlap, then Acc@161, AUC, mean and median
km over the matched toponyms that have gold coordinates (Gritta et al. 2018, 2020).
"""

from __future__ import annotations

import math
import statistics
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from gazetteer.place import distance_km
from geo.errors import InputError

MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the error of a toponym found but not geocoded
ACC_KM = 161.0  # 100 miles, the field's "close enough"
NOT_TOPONYMS = frozenset({"Non_Toponym", "Literal_Expression", "Non_Lit_Expression"})
NOT_GEOCODED = frozenset({"Demonym", "Homonym", "Language"})
SNAP_CHARS = 8  # TR-News offsets drift a few characters from the phrase


@dataclass(frozen=True, slots=True)
class PlaceSpan:
    """A toponym's characters [start, end) and, when it has them, its coordinates."""

    start: int
    end: int
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class CorpusArticle:
    id: str
    text: str
    toponyms: tuple[PlaceSpan, ...]


@dataclass(frozen=True, slots=True)
class Scores:
    """One corpus's figures; `errors_km` holds one error per matched toponym with gold coordinates."""

    predicted: int
    gold: int
    matched: int
    errors_km: tuple[float, ...]

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def acc161(self) -> float:
        return sum(e < ACC_KM for e in self.errors_km) / len(self.errors_km) if self.errors_km else 0.0

    @property
    def auc(self) -> float:
        """Area under the sorted ln(1 + km) error curve over ln(MAX_ERROR_KM): 0 is perfect, lower is better."""
        errors = sorted(math.log(1 + e) for e in self.errors_km)
        if len(errors) < 2:
            return errors[0] / math.log(MAX_ERROR_KM) if errors else 1.0
        area = sum((a + b) / 2 for a, b in pairwise(errors))
        return area / (math.log(MAX_ERROR_KM) * (len(errors) - 1))

    def as_dict(self) -> dict[str, float | int]:
        errors = self.errors_km or (MAX_ERROR_KM,)
        return {
            "predicted": self.predicted,
            "gold": self.gold,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "geocoded": len(self.errors_km),
            "acc161": round(self.acc161, 4),
            "auc": round(self.auc, 4),
            "mean_km": round(statistics.fmean(errors), 1),
            "median_km": round(statistics.median(errors), 1),
        }


def _float(node: ET.Element | None) -> float | None:
    try:
        return float(node.text) if node is not None and node.text else None
    except ValueError:
        return None


def _snapped(text: str, start: int, end: int, phrase: str | None) -> tuple[int, int]:
    """The gold span moved onto its phrase when the offsets drifted (TR-News)."""
    if not phrase or text[start:end] == phrase:
        return start, end
    found = text.find(phrase, max(0, start - SNAP_CHARS), end + SNAP_CHARS + len(phrase))
    return (found, found + len(phrase)) if found >= 0 else (start, end)


def _toponym(node: ET.Element, text: str) -> PlaceSpan | None:
    start, end = int(node.findtext("start", "-1")), int(node.findtext("end", "-1"))
    if start < 0 or end <= start:
        return None
    kind = node.findtext("type")
    if kind is not None:  # GeoWebNews
        if kind in NOT_TOPONYMS:
            return None
        if kind in NOT_GEOCODED:
            return PlaceSpan(start, end)
        return PlaceSpan(start, end, _float(node.find("latitude")), _float(node.find("longitude")))
    start, end = _snapped(text, start, end, node.findtext("phrase"))
    tag = node.find("gaztag")
    if tag is None:
        return PlaceSpan(start, end)
    return PlaceSpan(start, end, _float(tag.find("lat")), _float(tag.find("lon")))


def read_corpus(path: Path) -> list[CorpusArticle]:
    """The articles of one corpus file, with their gold toponyms."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"cannot read the corpus {path}: {exc}") from exc
    articles = []
    for node in root.iter("article"):
        text = node.findtext("text") or ""
        spans = [_toponym(t, text) for t in node.iter("toponym")]
        articles.append(
            CorpusArticle(node.get("docid") or node.get("file") or str(len(articles)), text, tuple(filter(None, spans)))
        )
    if not articles:
        raise InputError(f"{path} holds no <article> elements")
    return articles


def match(predicted: Sequence[PlaceSpan], gold: Sequence[PlaceSpan]) -> list[tuple[PlaceSpan, PlaceSpan]]:
    """One-to-one pairs by character overlap, largest overlap first."""
    overlaps = sorted(
        (
            (min(p.end, g.end) - max(p.start, g.start), i, j)
            for i, p in enumerate(predicted)
            for j, g in enumerate(gold)
            if min(p.end, g.end) > max(p.start, g.start)
        ),
        key=lambda o: (-o[0], o[1], o[2]),
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in overlaps:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    return pairs


def score(articles: Iterable[CorpusArticle], parse: Callable[[str], Sequence[PlaceSpan]]) -> Scores:
    """Run `parse` on each article's text and score its spans against the gold toponyms."""
    predicted = gold = matched = 0
    errors: list[float] = []
    for article in articles:
        spans = parse(article.text)
        pairs = match(spans, article.toponyms)
        predicted, gold, matched = predicted + len(spans), gold + len(article.toponyms), matched + len(pairs)
        for p, g in pairs:
            if g.lat is None or g.lon is None:
                continue
            found = p.lat is not None and p.lon is not None
            errors.append(float(distance_km(p.lat, p.lon, g.lat, g.lon)) if found else MAX_ERROR_KM)
    return Scores(predicted, gold, matched, tuple(errors))


def strikemap_parse(text: str) -> list[PlaceSpan]:
    """strikemap's toponyms of a text as spans (`geo.extract.toponyms.places`)."""
    from geo.extract.toponyms import places

    return [PlaceSpan(t.start, t.end, t.lat, t.lon) for t in places(text)]


def corpus_files(path: Path) -> list[Path]:
    """The geoparsing corpora a path names: an .xml file, or the .xml files of a folder (none: not a corpus)."""
    if path.is_file() and path.suffix.lower() == ".xml":
        return [path]
    return sorted(path.glob("*.xml")) if path.is_dir() else []


def evaluate_geoparse(corpora: list[Path], *, min_f1: float, min_acc161: float, as_json: bool) -> int:
    """`python -m geo evaluate CORPUS`: the figures of each corpus; exit 1 if any is below a gate."""
    import json

    results = {path.name: score(read_corpus(path), strikemap_parse).as_dict() for path in corpora}
    if as_json:
        print(json.dumps(results, indent=2))
    else:
        print(f"{'corpus':<18} {'P':>6} {'R':>6} {'F1':>6} {'Acc@161':>8} {'AUC':>6} {'mean km':>8} {'median km':>9}")
        for name, r in results.items():
            print(
                f"{name:<18} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} {r['acc161']:>8.3f} "
                f"{r['auc']:>6.3f} {r['mean_km']:>8.0f} {r['median_km']:>9.0f}"
            )
    failed = [name for name, r in results.items() if r["f1"] < min_f1 or r["acc161"] < min_acc161]
    for name in failed:
        print(f"GATE FAILED: {name} below F1 {min_f1} or Acc@161 {min_acc161}", file=sys.stderr)
    return 1 if failed else 0
