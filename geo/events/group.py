"""Reports of one strike, from any number of articles, grouped into one event with every side's claim beside the
others (issue 16). The rule, in the order reports are taken (by date, then place, then id, so any input order gives
the same events): a report joins the nearest open event it can be the same strike as, else it opens one.

Same strike = the places can be the same (each within the other's uncertainty, at least `SAME_PLACE_KM`), the
dates can be the same day or night (dated members at most `NIGHT_DAYS` apart), and the actions fit (an interception
is not the strike on a city; a threat is nobody's strike). A date of week precision is the publication date standing
in for an unknown day, so it is compared like a day: a week's window merged a strike on Ganja with the one six days
before it (the development set's distractor); an undated report joins by place alone.

Adding articles (`update_events`) places only the new reports, by the same rule, among the events that exist:
old events are never regrouped, so they keep their members and their names. Names are kept on full regrouping too
(from the reports' own `event_id`); a new event is named from its lowest report id. A user's merges and splits
(`geo.events.overrides`) are re-applied on top of every grouping.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from gazetteer.place import EARTH_RADIUS_KM
from geo.events.describe import Event, describe, report_order
from geo.events.overrides import Override, apply_overrides, kept_apart, name_groups
from geo.model import StrikeReport

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


def _km(a: StrikeReport, b: StrikeReport) -> float:
    """The gazetteer's haversine, in plain floats: numpy's per-call cost was most of the grouping time."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(h, 1.0)))


def _same_place(a: StrikeReport, b: StrikeReport, km: float) -> bool:
    """Within each other's reach, and on the same side of a border: a strike on Avivim in Israel and one on Ayta
    ash-Shab across the line in Lebanon, 6 km apart, are two strikes."""
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    return km <= max(SAME_PLACE_KM, a.uncertainty_km or 0.0, b.uncertainty_km or 0.0)


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


def _open(members: list[StrikeReport]) -> _Open:
    """An event that exists already (previous grouping), ready to take new reports: its first report anchors it."""
    members = sorted(members, key=report_order)
    days = [d for r in members if (d := _day(r)) is not None]
    anchor = members[0]
    return _Open(anchor=anchor, kind=_kind(anchor), members=members, first=min(days, default=None),
                 last=max(days, default=None))  # fmt: skip


class _Grouper:
    """The rule, one report at a time: join the nearest open event this report can be the same strike as, else
    open one. Reports must come in `report_order` for the result not to depend on the input order."""

    def __init__(self, existing: Iterable[_Open] = ()) -> None:
        self.index = _Index()
        self.events: list[_Open] = []
        for event in existing:
            self.events.append(event)
            self.index.register(event)
            if event.first is not None:
                self.index.add(
                    event, sorted({d.toordinal() for r in event.members if (d := _day(r))} - {event.first.toordinal()})
                )

    def place(self, report: StrikeReport) -> None:
        kind, day = _kind(report), _day(report)
        near = [
            (km, e.anchor.report_id, e)
            for e in self.index.near(report, day)
            if e.kind == kind and _same_place(e.anchor, report, km := _km(e.anchor, report)) and _fits_dates(e, day)
        ]
        if near:
            event = min(near, key=lambda found: found[:2])[2]
        else:
            event = _Open(anchor=report, kind=kind, first=day, last=day)
            self.events.append(event)
            self.index.register(event)
        event.members.append(report)
        if day is not None:
            if event.first is None or event.last is None or not event.first <= day <= event.last:
                self.index.add(event, [day.toordinal()])  # the event now also spans this day
            event.first, event.last = min(event.first or day, day), max(event.last or day, day)


@dataclass(frozen=True, slots=True)
class EventUpdate:
    """Every event after an update, and which of them a store must write or delete."""

    events: list[Event]
    changed: frozenset[str]  # event ids created, or whose reports changed
    removed: frozenset[str]  # previous event ids that no longer exist (merged away)


def _finish(
    automatic: list[list[StrikeReport]],
    apart: list[StrikeReport],
    overrides: Sequence[Override],
    previous: dict[str, str],
) -> tuple[dict[str, str], dict[str, list[StrikeReport]]]:
    """Overrides on top of the automatic groups, then names: report_id -> event_id and event_id -> members."""
    groups = {k: sorted(r.report_id for r in members) for k, members in enumerate(automatic)}
    groups.update({len(automatic) + i: [r.report_id] for i, r in enumerate(sorted(apart, key=report_order))})
    groups = apply_overrides(groups, overrides)
    held_apart = kept_apart(overrides)
    closed = {k for k, rids in groups.items() if all(rid in held_apart for rid in rids)}
    names = name_groups(groups, previous, closed)
    assignment = {rid: names[k] for k, rids in groups.items() for rid in rids}
    by_id = {r.report_id: r for members in automatic for r in members}
    by_id.update({r.report_id: r for r in apart})
    members: dict[str, list[StrikeReport]] = {names[k]: [by_id[rid] for rid in rids] for k, rids in groups.items()}
    return assignment, members


def _unique(reports: Iterable[StrikeReport]) -> list[StrikeReport]:
    """One report per id (the last given wins), in the fixed order."""
    return sorted({r.report_id: r for r in reports}.values(), key=report_order)


def group_reports(reports: Iterable[StrikeReport], overrides: Sequence[Override] = ()) -> dict[str, str]:
    """report_id -> event_id for every report, all regrouped; the same reports in any order give the same events.
    A report's own `event_id` (from an earlier grouping) is kept by the event holding most of its old members."""
    assignment, _ = _group_all(_unique(reports), overrides)
    return assignment


def _group_all(
    reports: list[StrikeReport], overrides: Sequence[Override]
) -> tuple[dict[str, str], dict[str, list[StrikeReport]]]:
    """Every report placed by the rule (in the fixed order), except those a split keeps apart; then `_finish`."""
    held_apart = kept_apart(overrides)
    grouper = _Grouper()
    for report in reports:
        if report.report_id not in held_apart:
            grouper.place(report)
    apart = [r for r in reports if r.report_id in held_apart]
    previous = {r.report_id: r.event_id for r in reports if r.event_id}
    return _finish([e.members for e in grouper.events], apart, overrides, previous)


def build_events(reports: Iterable[StrikeReport], overrides: Sequence[Override] = ()) -> list[Event]:
    """Every event of the reports (all regrouped, ids kept as `group_reports` keeps them), in the order of their
    first report."""
    _, members = _group_all(_unique(reports), overrides)
    return _described(members)


def _described(members: dict[str, list[StrikeReport]]) -> list[Event]:
    events = [describe(eid, group) for eid, group in members.items()]
    return sorted(events, key=lambda e: (report_order(min(members[e.event_id], key=report_order)), e.event_id))


def update_events(
    previous: Iterable[StrikeReport], new_reports: Iterable[StrikeReport], overrides: Sequence[Override] = ()
) -> EventUpdate:
    """Add reports to events without regrouping the old ones: `previous` are reports carrying their `event_id`
    (as stored), each new report joins the nearest event it can be the same strike as (an old one or one opened by
    the new reports), else opens one; then the overrides are applied again, so hand corrections hold. The new
    reports in any order give the same result. A previous report without an event id counts as new."""
    new = {r.report_id: r for r in new_reports}
    old = [r for r in _unique(previous) if r.report_id not in new]
    new_list = sorted([*new.values(), *(r for r in old if not r.event_id)], key=report_order)
    old = [r for r in old if r.event_id]
    before: dict[str, list[StrikeReport]] = defaultdict(list)
    for report in old:
        before[report.event_id].append(report)  # type: ignore[index]
    held_apart = kept_apart(overrides)
    closed = {eid for eid, members in before.items() if all(r.report_id in held_apart for r in members)}
    grouper = _Grouper(_open(before[eid]) for eid in sorted(before) if eid not in closed)
    for report in new_list:
        if report.report_id not in held_apart:
            grouper.place(report)
    automatic = [e.members for e in grouper.events] + [before[eid] for eid in sorted(closed)]
    apart = [r for r in new_list if r.report_id in held_apart]
    previous_ids = {r.report_id: r.event_id for r in old if r.event_id}
    _, members = _finish(automatic, apart, overrides, previous_ids)
    was = {eid: sorted(r.report_id for r in group) for eid, group in before.items()}
    changed = {eid for eid, group in members.items() if sorted(r.report_id for r in group) != was.get(eid)}
    events = _described(members)
    return EventUpdate(events, frozenset(changed), frozenset(set(before) - set(members)))


def with_events(reports: Iterable[StrikeReport], events: Iterable[Event]) -> list[StrikeReport]:
    """The reports, each carrying the id of the event it belongs to."""
    of = {rid: e.event_id for e in events for rid in e.properties["report_ids"]}  # type: ignore[union-attr]
    return [replace(r, event_id=of.get(r.report_id)) for r in reports]
