"""An event's popup: every claim about one strike side by side (who, what they say, whom they blame, the sentence,
the source), so a reader sees at a glance where the sides agree and where they do not. All article text escaped."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from geo.events.describe import Event
from geo.model import StrikeReport
from geo.render.popups import country_name, highlight_place, precision_label, safe_link, text_html
from geo.render.symbology import action_label, claim_label, claimant_side, side_label

MAX_CLAIMS = 12  # a popup, not a table: the rest are counted, and every claim is in the exports
STATUS_WORDS = {
    "contested": "contested: the sides blame different parties, or a denial stands against a claim",
    "corroborated": "corroborated: two or more independent sources",
    "single_source": "one source",
}

EVENT_CSS = """<style>
.sm-event-popup .sm-event-meta { color: #444; margin-bottom: 6px; }
.sm-event-popup .sm-status-contested { color: #B2182B; font-weight: bold; }
.sm-claims { display: flex; gap: 8px; overflow-x: auto; padding-bottom: 4px; align-items: stretch; }
.sm-claim { flex: 0 0 190px; border: 1px solid #ddd; border-top-width: 4px; border-radius: 3px; padding: 4px 6px;
  background: #fff; }
.sm-claim .sm-claim-side { font-size: 10px; text-transform: uppercase; letter-spacing: .03em; color: #666; }
.sm-claim .sm-claim-who { font-weight: bold; }
.sm-claim .sm-claim-says { margin: 2px 0; }
.sm-claim-denial .sm-claim-says { color: #B2182B; font-weight: bold; }
.sm-claim .sm-evidence { margin: 4px 0; font-size: 11px; }
.sm-claim .sm-claim-source { color: #666; font-size: 11px; overflow-wrap: anywhere; }
.sm-event { background: none; border: none; }
.sm-event svg { filter: drop-shadow(0 0 1px rgba(0,0,0,.6)); }
.sm-event-legend { display: inline-flex; align-items: center; gap: 4px; }
</style>"""


def _claim_card(claim: Mapping[str, object], report: StrikeReport | None, colour: str, side: str) -> str:
    """One claim: from its report when the map has it (attacker, publisher, link), else from the event's claim."""
    claimant = claim.get("claimant")
    kind = claim.get("claimant_kind")
    claim_type = str(claim.get("claim_type") or "claim")
    who = text_html(str(claimant)) if claimant else "<i>claimant not named</i>"
    if kind:
        who += f' <span class="sm-as-written">({escape(str(kind))})</span>'
    says = claim_label(claim_type)
    if claim_type != "denial" and report is not None and report.action:
        says = f"{says}: {action_label(report.action)}"
    attacker = report.attacker if report is not None else None
    attacker_state = country_name(str(claim["attacker_country"])) if claim.get("attacker_country") else None
    if attacker and attacker_state:
        blames = f"{text_html(attacker)} ({escape(attacker_state)})"
    elif attacker or attacker_state:
        blames = text_html(str(attacker or attacker_state))
    else:
        blames = "<i>nobody named</i>"
    evidence = str(claim.get("evidence") or "")
    names = (report.place, report.place_name) if report is not None else ()
    quote = (
        f'<blockquote class="sm-evidence" dir="auto">{highlight_place(evidence, names)}</blockquote>'
        if evidence
        else ""
    )
    document = str(claim.get("document") or "")
    if report is not None and (report.publisher or report.url):
        source = safe_link(report.url, report.publisher or report.url or document)
        if document:
            source += f" · {text_html(document)}"
    else:
        source = text_html(document or "unknown")
    css = "sm-claim sm-claim-" + escape(claim_type)
    return (
        f'<div class="{css}" style="border-top-color: {escape(colour)}">'
        f'<div class="sm-claim-side">{escape(side)}</div>'
        f'<div class="sm-claim-who">{who}</div>'
        f'<div class="sm-claim-says">{escape(says)}</div>'
        f'<div class="sm-claim-blames">blames: {blames}</div>{quote}'
        f'<div class="sm-claim-source">source: {source}</div></div>'
    )


def event_popup_html(
    event: Event, reports: Mapping[str, StrikeReport], colours: Mapping[str, str], names: Mapping[str, str]
) -> str:
    """The event's place, date, sources and status, then its claims side by side, grouped by the side that makes
    them; `reports` (report_id -> report) fills in what the event's claims do not carry."""
    props = event.properties
    claims = sorted(
        (c for c in props.get("claims") or [] if isinstance(c, Mapping)),
        key=lambda c: (claimant_side(c.get("claimant_country"), c.get("claimant_kind")), str(c.get("report_id"))),
    )
    cards = []
    for claim in claims[:MAX_CLAIMS]:
        side = claimant_side(claim.get("claimant_country"), claim.get("claimant_kind"))
        report = reports.get(str(claim.get("report_id")))
        cards.append(_claim_card(claim, report, colours.get(side, "#9E9E9E"), side_label(side, names)))
    more = f'<div class="sm-meta">and {len(claims) - MAX_CLAIMS} more claims</div>' if len(claims) > MAX_CLAIMS else ""
    start, end = props.get("date_start"), props.get("date_end")
    when = escape(str(start)) if start else "date unknown"
    if end and end != start:
        when += f" to {escape(str(end))}"
    n_reports, n_sources = props.get("n_reports") or 0, props.get("n_sources") or 0
    counts = f"{n_reports} report{'s' if n_reports != 1 else ''} from {n_sources} source{'s' if n_sources != 1 else ''}"
    status = str(props.get("status") or "")
    status_html = f'<span class="sm-status-{escape(status)}">{escape(STATUS_WORDS.get(status, status))}</span>'
    members = [reports[rid] for rid in props.get("report_ids") or [] if rid in reports]  # type: ignore[union-attr]
    precise = min(members, key=lambda r: (r.uncertainty_km or 1e9, r.report_id)) if members else None
    where = precision_label(
        props.get("geo_precision"),  # type: ignore[arg-type]
        props.get("uncertainty_km"),  # type: ignore[arg-type]
        precise.feature_code if precise is not None else None,
    )
    place = text_html(str(props.get("place_name") or "unnamed place"))
    title = f"{place} · {escape(action_label(props.get('action')))}"  # type: ignore[arg-type]
    return (
        f'<div class="sm-popup sm-event-popup"><div class="sm-title">{title}</div>'
        f'<div class="sm-event-meta">{when} · {counts}{" · " + escape(where) if where else ""}<br>{status_html}</div>'
        f'<div class="sm-claims">{"".join(cards)}</div>{more}'
        f'<div class="sm-meta">event {escape(event.event_id)}</div></div>'
    )


def event_tooltip_html(event: Event) -> str:
    props = event.properties
    place = str(props.get("place_name") or "unnamed place")
    n = props.get("n_sources") or 0
    status = " · contested" if props.get("status") == "contested" else ""
    return f"{text_html(place)} · {n} source{'s' if n != 1 else ''}{status}"
