"""Reports of one strike, from any number of articles, grouped into one event with every side's claim beside the
others (issue 16). The rule, in the order reports are taken (by date, then place, then id, so any input order gives
the same events): a report joins the nearest open event it can be the same strike as, else it opens one.

Same strike = the places can be the same (each within the other's uncertainty, at least `SAME_PLACE_KM`), the
dates can be the same day or night (dated members at most `NIGHT_DAYS` apart), and the actions fit (an interception
is not the strike on a city; a threat is nobody's strike). A date of week precision is the publication date standing
in for an unknown day, so it is compared like a day: a week's window merged a strike on Ganja with the one six days
before it (the development set's distractor); an undated report joins by place alone.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from gazetteer.place import distance_km
from geo.model import ACLED_TYPES, StrikeReport

SAME_PLACE_KM = 10.0  # two points of one town read from two gazetteer entries or spellings
NIGHT_DAYS = 1  # a night strike is dated by the evening by some, by the morning by others
CELL_DEG = 0.25  # the grid the open events are found in, about 28 km of latitude
KM_PER_DEGREE = 111.0


@dataclass(slots=True)
class _Open:
    """An event being gathered: its anchor (the first report), its members and their dated range."""

    anchor: StrikeReport
    kind: str
    members: list[StrikeReport] = field(default_factory=list)
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One strike as the articles tell it (the GeoJSON contract of `python -m geo events`)."""

    event_id: str
    lat: float
    lon: float
    properties: dict[str, object]


def _kind(report: StrikeReport) -> str:
    """What a report can be grouped with: a strike (claims, accusations, witnesses, denials of it), an
    interception, or a threat (never grouped)."""
    if report.claim_type == "threat":
        return "threat:" + report.report_id
    return "interception" if report.action == "interception" else "strike"


def _day(report: StrikeReport) -> date | None:
    try:
        return date.fromisoformat(report.event_date) if report.event_date else None
    except ValueError:
        return None


def _order(report: StrikeReport) -> tuple:
    return (report.event_date or "9999", round(report.lat, 3), round(report.lon, 3), report.report_id)


def _km(a: StrikeReport, b: StrikeReport) -> float:
    return float(distance_km(a.lat, a.lon, b.lat, b.lon))


def _same_place(a: StrikeReport, b: StrikeReport) -> bool:
    return _km(a, b) <= max(SAME_PLACE_KM, a.uncertainty_km or 0.0, b.uncertainty_km or 0.0)


def _fits_dates(event: _Open, day: date | None) -> bool:
    if day is None or event.first is None or event.last is None:
        return True  # an undated report (or event) cannot be told apart by its date
    return (day - event.first).days <= NIGHT_DAYS and (event.last - day).days <= NIGHT_DAYS


def _cells(report: StrikeReport) -> list[tuple[int, int]]:
    """The grid cells within the report's reach (its uncertainty, at least SAME_PLACE_KM) of its point."""
    reach = max(SAME_PLACE_KM, report.uncertainty_km or 0.0) / KM_PER_DEGREE
    lon_reach = reach / max(0.05, math.cos(math.radians(report.lat)))
    rows = range(math.floor((report.lat - reach) / CELL_DEG), math.floor((report.lat + reach) / CELL_DEG) + 1)
    cols = range(math.floor((report.lon - lon_reach) / CELL_DEG), math.floor((report.lon + lon_reach) / CELL_DEG) + 1)
    return [(row, col) for row in rows for col in cols]


class _Index:
    """Open events by grid cell and day, so a report meets only those it could join: each event stands in the
    cells its anchor's reach covers, under every day of its dated range (undated: under None)."""

    def __init__(self) -> None:
        self.by_day: dict[tuple[int, int, int | None], list[_Open]] = defaultdict(list)
        self.by_cell: dict[tuple[int, int], list[_Open]] = defaultdict(list)

    def add(self, event: _Open, days: Iterable[int | None]) -> None:
        for cell in _cells(event.anchor):
            for day in days:
                self.by_day[(*cell, day)].append(event)

    def register(self, event: _Open) -> None:
        for cell in _cells(event.anchor):
            self.by_cell[cell].append(event)
        self.add(event, [event.first.toordinal() if event.first else None])

    def near(self, report: StrikeReport, day: date | None) -> list[_Open]:
        found: dict[int, _Open] = {}
        for cell in _cells(report):
            if day is None:
                candidates = self.by_cell[cell]
            else:
                n = day.toordinal()
                candidates = [e for d in (n - NIGHT_DAYS, n, n + NIGHT_DAYS, None) for e in self.by_day[(*cell, d)]]
            for e in candidates:
                found[id(e)] = e
        return list(found.values())


def group_reports(reports: Iterable[StrikeReport]) -> dict[str, str]:
    """report_id -> event_id for every report; the same reports in any order give the same events."""
    index = _Index()
    events: list[_Open] = []
    for report in sorted(reports, key=_order):
        kind, day = _kind(report), _day(report)
        near = [
            e
            for e in index.near(report, day)
            if e.kind == kind and _same_place(e.anchor, report) and _fits_dates(e, day)
        ]
        if near:
            event = min(near, key=lambda e: (_km(e.anchor, report), e.anchor.report_id))
        else:
            event = _Open(anchor=report, kind=kind, first=day, last=day)
            events.append(event)
            index.register(event)
        event.members.append(report)
        if day is not None:
            if event.first is None or event.last is None or not event.first <= day <= event.last:
                index.add(event, [day.toordinal()])  # the event now also spans this day
            event.first, event.last = min(event.first or day, day), max(event.last or day, day)
    return {r.report_id: event_id(e.anchor) for e in events for r in e.members}


def event_id(anchor: StrikeReport) -> str:
    """Stable: the event is named by the report that opened it."""
    return "e-" + hashlib.sha1(anchor.report_id.encode("utf-8")).hexdigest()[:16]


def _source(report: StrikeReport) -> str:
    """An independent source: the publisher (the same agency copy on two sites is one), else the document."""
    return report.publisher or report.document or "unknown"


def describe(event_id_: str, members: list[StrikeReport]) -> Event:
    """What an event knows, from its reports (every contract property present, None when unknown)."""
    members = sorted(members, key=_order)
    precise = min(members, key=lambda r: (r.geo_precision or 3, r.uncertainty_km or 1e9, r.report_id))
    places = Counter(r.place_name for r in members if r.place_name)
    strikes = [r for r in members if r.claim_type != "denial"]
    actions = Counter(r.action for r in strikes if r.action and r.action != "attack")
    action = actions.most_common(1)[0][0] if actions else (strikes[0].action if strikes else members[0].action)
    event_type, sub_event_type = ACLED_TYPES.get(action or "", (None, None))
    dates = sorted(r.event_date for r in members if r.event_date)
    sources = sorted({_source(r) for r in members})
    claims = [
        {
            "claimant": r.claimant,
            "claimant_kind": r.claimant_kind,
            "claimant_country": r.claimant_country,
            "claim_type": r.claim_type,
            "attacker_country": r.attacker_country,
            "report_id": r.report_id,
            "document": r.document,
            "evidence": r.evidence,
        }
        for r in members
    ]
    blaming = {r.claimant_country: r.attacker_country for r in strikes if r.claimant_country and r.attacker_country}
    accused = {r.attacker_country for r in strikes if r.attacker_country}
    denied = any(r.claim_type == "denial" for r in members)
    if denied or len(accused) > 1:
        status = "contested"
    elif len(sources) >= 2:
        status = "corroborated"
    else:
        status = "single_source"
    properties: dict[str, object] = {
        "event_id": event_id_,
        "place_name": places.most_common(1)[0][0] if places else precise.place_name,
        "geo_precision": precise.geo_precision,
        "uncertainty_km": precise.uncertainty_km,
        "date_start": dates[0] if dates else None,
        "date_end": dates[-1] if dates else None,
        "action": action,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "n_reports": len(members),
        "n_sources": len(sources),
        "sources": sources,
        "claims": claims,
        "sides_blaming": blaming,
        "status": status,
        "report_ids": [r.report_id for r in members],
    }
    return Event(event_id_, precise.lat, precise.lon, properties)


def build_events(reports: Iterable[StrikeReport]) -> list[Event]:
    """Every event of the reports, in the order of their first report."""
    reports = list(reports)
    assignment = group_reports(reports)
    members: dict[str, list[StrikeReport]] = defaultdict(list)
    for report in sorted(reports, key=_order):
        members[assignment[report.report_id]].append(report)
    return [describe(eid, group) for eid, group in members.items()]


def with_events(reports: Iterable[StrikeReport], events: Iterable[Event]) -> list[StrikeReport]:
    """The reports, each carrying the id of the event it belongs to."""
    of = {rid: e.event_id for e in events for rid in e.properties["report_ids"]}  # type: ignore[union-attr]
    return [replace(r, event_id=of.get(r.report_id)) for r in reports]
