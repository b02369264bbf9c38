"""The strike report: one reported strike at one place by one claimant (the GeoJSON contract in DESIGN.md)."""

from __future__ import annotations

import hashlib
import math
import numbers
from dataclasses import dataclass, fields

from geo.errors import InputError

ACTIONS: tuple[str, ...] = (
    "shelling",
    "rocket_attack",
    "missile_attack",
    "air_strike",
    "drone_strike",
    "explosion",
    "armed_clash",
    "attack",
    "interception",
)

# ACLED event type / sub-event type for each action (exact ACLED strings).
_REMOTE = "Explosions/Remote violence"
_SHELLING = "Shelling/artillery/missile attack"
ACLED_TYPES: dict[str, tuple[str, str]] = {
    "shelling": (_REMOTE, _SHELLING),
    "rocket_attack": (_REMOTE, _SHELLING),
    "missile_attack": (_REMOTE, _SHELLING),
    "air_strike": (_REMOTE, "Air/drone strike"),
    "drone_strike": (_REMOTE, "Air/drone strike"),
    "explosion": (_REMOTE, _SHELLING),
    "attack": (_REMOTE, _SHELLING),
    "armed_clash": ("Battles", "Armed clash"),
    "interception": ("Strategic developments", "Disrupted weapons use"),
}
REMOTE_EXPLOSIVE = (_REMOTE, "Remote explosive/landmine/IED")

CLAIM_TYPES: tuple[str, ...] = ("claim", "witness", "accusation", "denial", "threat")
CLAIMANT_KINDS: tuple[str, ...] = (
    "government",
    "military",
    "official",
    "media",
    "witness",
    "ngo",
    "armed_group",
    "unknown",
)
STATUSES: tuple[str, ...] = ("unreviewed", "verified", "rejected", "edited")

# Claim types drawn as strikes by default; threats and denials are kept but not drawn.
DRAWN_CLAIM_TYPES: frozenset[str] = frozenset({"claim", "witness", "accusation"})


@dataclass(frozen=True, slots=True)
class StrikeReport:
    """Field order is the contract's property order; `lat`/`lon` become the Point geometry."""

    report_id: str
    document: str | None
    url: str | None
    publisher: str | None
    published: str | None
    language: str | None
    place: str | None
    place_name: str | None
    place_id: str | None
    feature_code: str | None
    country_code: str | None
    admin1: str | None
    geo_precision: int | None
    uncertainty_km: float | None
    action: str | None
    event_type: str | None
    sub_event_type: str | None
    claim_type: str | None
    claimant: str | None
    claimant_kind: str | None
    claimant_country: str | None
    attacker: str | None
    attacker_country: str | None
    target: str | None
    event_date: str | None
    time_precision: int | None
    evidence: str | None
    char_start: int | None
    char_end: int | None
    confidence: float | None
    status: str
    lat: float
    lon: float
    # Added to the contract later (every property present, null when unknown); defaults keep older stores readable.
    admin2: str | None = None
    fatalities: int | None = None  # killed, as the claimant reports it
    injured: int | None = None
    source_title: str | None = None  # the article's title where known
    notes: str | None = None  # the analyst's
    event_id: str | None = None  # the event the report belongs to (`python -m geo events`)

    @property
    def is_drawn_strike(self) -> bool:
        """True for what the map draws as a strike by default (not threats, denials, interceptions, rejections)."""
        return self.is_drawn_claim and self.action != "interception"

    @property
    def is_drawn_claim(self) -> bool:
        """A claim that something happened there (not a threat, a denial or a rejected report), whatever it was."""
        return self.claim_type in DRAWN_CLAIM_TYPES and self.status != "rejected"


PROPERTIES: tuple[str, ...] = tuple(f.name for f in fields(StrikeReport) if f.name not in ("lat", "lon"))
INT_PROPERTIES = frozenset({"geo_precision", "time_precision", "char_start", "char_end", "fatalities", "injured"})
FLOAT_PROPERTIES = frozenset({"uncertainty_km", "confidence"})


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from an input, before extraction: its name, text and what the input says of it."""

    document: str
    text: str
    published: str | None = None
    url: str | None = None


# Properties whose values the map, filters and store branch on: anything else would be silently dropped there.
ENUMS: dict[str, tuple[str, ...]] = {
    "action": ACTIONS,
    "claim_type": CLAIM_TYPES,
    "claimant_kind": CLAIMANT_KINDS,
    "status": STATUSES,
}


def checked_value(name: str, value: object) -> object:
    """A contract property's value as its contract type (integer, number, text or one of its enum's values), or
    an InputError saying what is wrong. The one check that files, frames and reviews all pass through."""
    if value is None:
        return None
    if name in INT_PROPERTIES or name in FLOAT_PROPERTIES:
        number_ok = isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(value)
        if not number_ok or (name in INT_PROPERTIES and value != int(value)):
            kind = "an integer" if name in INT_PROPERTIES else "a number"
            raise InputError(f"{name} has the wrong type (expected {kind}, got {value!r:.40})")
        return int(value) if name in INT_PROPERTIES else float(value)
    if not isinstance(value, str):
        raise InputError(f"{name} must be text or null, not {type(value).__name__} ({value!r:.40})")
    allowed = ENUMS.get(name)
    if allowed is not None and value not in allowed:
        raise InputError(f"{name} is {value!r:.40}, expected one of {', '.join(allowed)}")
    return value


def make_report_id(*parts: object) -> str:
    """A stable id from the report's identifying parts: same input, same id."""
    digest = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return "r-" + digest.hexdigest()[:16]
