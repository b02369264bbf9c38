"""Gold files: hand-made answers for articles (`*.gold.json`, the seed's format), read and checked strictly."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geo.errors import InputError
from geo.model import ACLED_TYPES, CLAIMANT_KINDS, REMOTE_EXPLOSIVE

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
    date: str | None
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
    published: str | None
    language: str
    publisher: str | None
    strikes: tuple[GoldStrike, ...]
    not_strikes: tuple[GoldNegative, ...]


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
    action = _need(obj, "action", str, where)
    if "sub_event_type" in obj:
        sub_event_type = _need(obj, "sub_event_type", str, where)
    elif action in ACLED_TYPES:  # the news gold names the contract's action only
        sub_event_type = ACLED_TYPES[action][1]
    else:
        raise InputError(f"{where}: action {action!r} is not one of {', '.join(ACLED_TYPES)} and no sub_event_type")
    if sub_event_type not in SUB_EVENT_TYPES:
        raise InputError(f"{where}: unknown ACLED sub_event_type {sub_event_type!r}")
    date = _need(obj, "date", str, where, nullable=True)  # null: an undated page's strike with no date in the text
    if date is not None and not _DATE.match(date):
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
        kind=obj.get("kind") if isinstance(obj.get("kind"), str) else "unknown",
        lat=lat,
        lon=lon,
        tolerance_km=tolerance,
        action=action,
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
    published = _need(doc, "published", str, where, nullable=True)  # null: the page showed no date
    if published is not None and not _DATE.match(published):
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


def read_article(gold: GoldDocument) -> str:
    """The article text; gold articles are UTF-8 by rule, so anything else is the corpus author's to fix."""
    try:
        return gold.article_path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{gold.article_path} is not UTF-8 text") from exc
