"""What an event knows, from its reports: the GeoJSON contract of `python -m geo events` (issue 16), every property
present and None when unknown; `status` says whether the sides agree."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from geo.model import ACLED_TYPES, StrikeReport


@dataclass(frozen=True, slots=True)
class Event:
    """One strike as the articles tell it (the GeoJSON contract of `python -m geo events`)."""

    event_id: str
    lat: float
    lon: float
    properties: dict[str, object]


def report_order(report: StrikeReport) -> tuple:
    """The fixed order reports are taken in (date, place, id), so that any input order gives the same events."""
    return (report.event_date or "9999", round(report.lat, 3), round(report.lon, 3), report.report_id)


def _source(report: StrikeReport) -> str:
    """An independent source: the publisher (the same agency copy on two sites is one), else the document."""
    return report.publisher or report.document or "unknown"


def describe(event_id_: str, members: list[StrikeReport]) -> Event:
    """What an event knows, from its reports (every contract property present, None when unknown)."""
    members = sorted(members, key=report_order)
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
