"""What an event store is, whatever the database: articles, reports as extracted and as reviewed, and every review.

One interface (`EventStore`), one module per backend (`geo.store.sqlite`, `geo.store.postgres`; the SQL both share
is `geo.store.sql`). The checks on a review and the records a store hands back live here, so every backend refuses
and returns the same things.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from gazetteer.place import Place
from geo.errors import InputError
from geo.model import ACLED_TYPES, StrikeReport, checked_value

if TYPE_CHECKING:
    import geopandas as gpd

    from geo.events.group import Event, Override

# What a reviewer may change (issue 14: every field an analyst corrects), and the fields moved together when a
# report moves to another gazetteer place.
EDITABLE_FIELDS: frozenset[str] = frozenset(
    {
        "status",
        "action",
        "claim_type",
        "claimant",
        "claimant_kind",
        "claimant_country",
        "attacker",
        "attacker_country",
        "target",
        "event_date",
        "place_name",
        "place_id",
        "feature_code",
        "country_code",
        "admin1",
        "geo_precision",
        "uncertainty_km",
        "lat",
        "lon",
        "evidence",
        "notes",
        "fatalities",
        "injured",
        "admin2",
        "source_title",
        "url",
    }
)


@dataclass(frozen=True, slots=True)
class Change:
    """One recorded review of one field: when, what it was, what it became, who changed it and the report's
    version it produced (None for reviews recorded before the store kept them)."""

    report_id: str
    at: str
    field: str
    previous: object
    value: object
    user: str | None = None
    version: int | None = None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One attempt to change the store, refused ones included: who, when, what, and how it ended."""

    seq: int
    at: str
    user: str
    action: str  # review, merge_events, split_event, regroup
    target: str  # the report or event id
    outcome: str  # applied, refused, unchanged
    detail: dict[str, Any]


class StaleEditError(InputError):
    """A review made on a version of the report that someone else has changed since: refused, never merged."""

    def __init__(self, report_id: str, seen_version: int, version: int, by: str | None, at: str | None,
                 current: StrikeReport) -> None:  # fmt: skip
        self.report_id, self.seen_version, self.version = report_id, seen_version, version
        self.by, self.at, self.current = by, at, current
        when = f" at {at[:19].replace('T', ' ')} UTC" if at else ""
        super().__init__(
            f"report {report_id} was changed by {by or 'someone'}{when} (now version {version}, you saw version "
            f"{seen_version}); reload it to see the newer version, then edit again"
        )


def redacted(url: str) -> str:
    """A database URL without its password, fit for a message."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


def current_user() -> str:
    """Who is making a change when the caller does not say: `$STRIKEMAP_USER`, else the operating system's user."""
    name = os.environ.get("STRIKEMAP_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # a container user with no passwd entry
        return "unknown"


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """An article as it was added (text is None for imported GeoJSON)."""

    document_key: str
    name: str
    url: str | None
    published: str | None
    language: str | None
    added_at: str


def document_key(content: str | bytes) -> str:
    """The document's idempotency key: the same text added twice is one document."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    return "d-" + hashlib.sha256(data).hexdigest()[:24]


def _coordinate(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def validate_changes(changes: Mapping[str, object]) -> dict[str, object]:
    """Reject changes that would break the GeoJSON contract before anything is written: each value passes the
    contract's check (`geo.model.checked_value`), then a reviewer's spellings are normalised (`az` -> `AZ`)."""
    unknown = sorted(set(changes) - EDITABLE_FIELDS)
    if unknown:
        raise InputError(f"these fields cannot be reviewed: {', '.join(unknown)}")
    clean: dict[str, object] = {}
    for field, value in changes.items():
        if isinstance(value, str):
            value = value.strip() or None
        value = _coordinate(value) if field in ("lat", "lon") else checked_value(field, value)
        if field == "status" and value is None:
            raise InputError("status cannot be empty")
        if field == "event_date" and value is not None:
            try:
                value = date.fromisoformat(str(value)).isoformat()
            except ValueError as exc:
                raise InputError(f"event_date must be YYYY-MM-DD, not {value!r}") from exc
        if field in ("claimant_country", "attacker_country", "country_code") and value is not None:
            value = str(value).upper()
            if len(value) != 2 or not value.isalpha():
                raise InputError(f"{field} must be an ISO 3166-1 alpha-2 code such as AZ, not {value!r}")
        clean[field] = value
    if clean.get("lat") is not None and not -90 <= clean["lat"] <= 90:  # type: ignore[operator]
        raise InputError("latitude must be between -90 and 90")
    if clean.get("lon") is not None and not -180 <= clean["lon"] <= 180:  # type: ignore[operator]
        raise InputError("longitude must be between -180 and 180")
    if clean.get("action") in ACLED_TYPES:
        clean["event_type"], clean["sub_event_type"] = ACLED_TYPES[clean["action"]]  # type: ignore[index]
    return clean


def place_changes(place: Place) -> dict[str, object]:
    """The fields a report takes from the gazetteer place it is moved to."""
    return {
        "place_name": place.name,
        "place_id": place.id,
        "feature_code": place.feature_code,
        "country_code": place.country_code,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        **({"uncertainty_km": place.radius_km} if place.radius_km is not None else {}),
    }


class EventStore(Protocol):
    """What the app, the CLI and ingest ask of a store. Writes are idempotent (same article, same report id, same
    review sent twice: stored once); a review records when, and what each field was before."""

    def add_document(self, text: str | None, *, name: str, key: str | None = None, url: str | None = None,
                     published: str | None = None, language: str | None = None) -> str:  # fmt: skip
        """Keep an article (once, however often it is added) and return its key."""

    def add_reports(self, reports: Iterable[StrikeReport], document_key: str | None = None) -> int:
        """Add extracted reports, leaving any already stored as they are; returns how many were new."""

    def add_geojson(self, raw: bytes, name: str) -> tuple[int, int]:
        """Import a strikemap GeoJSON file; returns (reports read, reports new)."""

    def reports(self) -> list[StrikeReport]:
        """Every report as reviewed, in the order it was added."""

    def frame(self) -> gpd.GeoDataFrame:
        """Every report as reviewed, as the contract GeoDataFrame."""

    def report(self, report_id: str) -> StrikeReport:
        """One report as reviewed; an unknown id is an InputError."""

    def version(self, report_id: str) -> int:
        """How many reviews changed this report: pass it back to `review` as `seen_version`."""

    def review(self, report_id: str, changes: Mapping[str, object], *, seen_version: int | None = None,
               user: str | None = None) -> StrikeReport:  # fmt: skip
        """Apply a reviewer's changes; status becomes `edited` unless the changes set it. A `seen_version` older
        than the stored one is a StaleEditError (recorded in the audit trail)."""

    def verify(self, report_id: str, *, seen_version: int | None = None, user: str | None = None) -> StrikeReport:
        """Mark a report verified."""

    def reject(self, report_id: str, *, seen_version: int | None = None, user: str | None = None) -> StrikeReport:
        """Mark a report rejected."""

    def move(self, report_id: str, place: Place, *, seen_version: int | None = None,
             user: str | None = None) -> StrikeReport:  # fmt: skip
        """Put the report at another gazetteer place (status `edited`)."""

    def history(self, report_id: str | None = None) -> list[Change]:
        """Every recorded change, oldest first (of one report, or of all)."""

    def audit(self, target: str | None = None) -> list[AuditEntry]:
        """Every attempt to change reports or events, refused ones included, oldest first."""

    def events(self) -> list[Event]:
        """The stored events (after `regroup`), in the order of their first report."""

    def event(self, event_id: str) -> Event:
        """One stored event; an unknown id is an InputError."""

    def regroup(self, *, user: str | None = None) -> list[Event]:
        """Group every stored report into events again, the users' merges and splits re-applied."""

    def merge_events(self, a: str, b: str, *, user: str | None = None) -> Event:
        """Make two events one (kept as an override that survives regrouping); returns the merged event."""

    def split_event(self, event_id: str, report_ids: Iterable[str], *, user: str | None = None) -> tuple[Event, Event]:
        """Take these reports out of the event into one of their own; returns (what stays, the new event)."""

    def overrides(self) -> list[Override]:
        """The users' merges and splits, in the order made."""

    def close(self) -> None:
        """Release the store's connections."""

    def documents(self) -> list[StoredDocument]:
        """Every article kept, in the order added."""

    def document_text(self, key: str) -> str | None:
        """An article's text as it was added (None for imported GeoJSON or an unknown key)."""
