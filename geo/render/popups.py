"""The HTML fragments a map shows (popup, tooltip, legend), built from untrusted article text, always escaped.

Leaflet puts popup, tooltip and layer-control strings into the page with innerHTML, so everything that came from
an article passes through `html.escape` here, and only http(s) URLs become links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import escape
from urllib.parse import urlsplit

from geo.model import StrikeReport
from geo.render.basemap import country_names
from geo.render.symbology import SHAPE_PATHS, action_label

PRECISION_WORDS = {1: "exact place or town", 2: "part of or near a district", 3: "region or province"}
# What the gazetteer entry is says more than the precision code: an oblast is a region, whatever code it came with.
FEATURE_WORDS = {
    "ADM1": "region or province",
    "ADMD": "region or province",
    "RGN": "region",
    "ADM2": "district",
    "ADM3": "district",
    "ADM4": "district",
    "PCLI": "country",
    "PCL": "country",
    "PCLD": "country",
    "PCLS": "country",
    "PCLF": "country",
    "PCLIX": "country",
    "TERR": "territory",
}
TOWN_WORDS = "town or city"
TIME_WORDS = {2: "that week", 3: "that month"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Styles for these fragments and the map's panels; selectors are specific enough to win over leaflet.css.
MAP_CSS = """<style>
div.leaflet-container { background: #cfe2f0; }
div.leaflet-control-layers { font: 12px/1.4 sans-serif; }
.sm-marker { background: none; border: none; }
.sm-marker svg { filter: drop-shadow(0 0 1px rgba(0,0,0,.6)); }
.sm-cluster { background: rgba(70, 70, 70, .25); }
.sm-cluster div { background: rgba(55, 55, 55, .85); color: #fff; font-weight: bold; }
.sm-highlight svg { filter: drop-shadow(0 0 4px #ffea00) drop-shadow(0 0 2px #000); }
.sm-country-label { background: none; border: none; color: #7a6f5a; font: italic 12px sans-serif;
  white-space: nowrap; text-align: center; text-shadow: 0 0 3px #f4f1ea; }
.sm-panel { background: rgba(255,255,255,.93); padding: 6px 8px; border-radius: 4px; font: 12px/1.35 sans-serif;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 260px; }
.sm-legend summary { cursor: pointer; font-weight: bold; }
.sm-legend-head { font-weight: bold; margin: 4px 0 2px; }
.sm-legend-row { display: flex; align-items: center; gap: 4px; }
.sm-legend-row svg { flex: none; }
.sm-n { color: #666; margin-left: auto; padding-left: 6px; }
.sm-attr { color: #777; font-size: 10px; margin-top: 4px; }
.sm-count { font-weight: bold; }
.sm-time input[type=range] { width: 170px; vertical-align: middle; }
.sm-time label { display: block; }
.sm-time button { font: 12px sans-serif; margin-right: 4px; }
.sm-popup { font: 12px/1.4 sans-serif; }
.sm-popup .sm-title { font-weight: bold; font-size: 14px; margin-bottom: 4px; }
.sm-popup .sm-as-written { font-weight: normal; color: #666; font-size: 12px; }
.sm-popup th { text-align: left; vertical-align: top; padding-right: 6px; color: #555; font-weight: normal; }
.sm-popup .sm-evidence { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #bbb; background: #f7f7f7; }
.sm-popup mark { background: #ffe45c; }
.sm-popup .sm-also ul { margin: 2px 0; padding-left: 16px; }
.sm-popup .sm-meta { color: #888; font-size: 10px; margin-top: 4px; }
</style>"""


def iso_date(value: str | None) -> str | None:
    """The date if it is YYYY-MM-DD, else None (the map's time control only plays real dates)."""
    return value if value and _ISO_DATE.match(value) else None


def text_html(value: str) -> str:
    """Article text as page text: escaped, and in its own direction (`dir="auto"`), so an Arabic name or sentence
    runs right to left and a mixed line keeps its order."""
    return f'<span dir="auto">{escape(value)}</span>'


def safe_link(url: str | None, text: str) -> str:
    """An <a> for http(s) URLs; anything else (javascript:, data:, relative) is shown as escaped text."""
    if url:
        parts = urlsplit(url.strip())
        if parts.scheme.lower() in ("http", "https") and parts.netloc:
            href = escape(url.strip(), quote=True)
            return f'<a href="{href}" target="_blank" rel="noopener noreferrer" dir="auto">{escape(text)}</a>'
    return text_html(text)


def highlight_place(sentence: str, names: Sequence[str | None]) -> str:
    """The sentence escaped, with every occurrence of the first name found in it wrapped in <mark>."""
    for name in names:
        if not name or not name.strip():
            continue
        pattern = re.compile(re.escape(name.strip()), re.IGNORECASE)
        if not pattern.search(sentence):
            continue
        out, last = [], 0
        for match in pattern.finditer(sentence):
            out.append(escape(sentence[last : match.start()]))
            out.append(f"<mark>{escape(match.group(0))}</mark>")
            last = match.end()
        out.append(escape(sentence[last:]))
        return "".join(out)
    return escape(sentence)


def precision_label(geo_precision: int | None, uncertainty_km: float | None, feature_code: str | None) -> str:
    """How well the point is known, in words that fit the place: `region or province, ± 84.4 km` for an oblast (never
    `exact place or town`), `town or city, ± 5 km` for a town; empty when nothing is known."""
    code = (feature_code or "").upper()
    if code in FEATURE_WORDS:
        words = FEATURE_WORDS[code]
    elif code.startswith("PPL"):
        words = TOWN_WORDS if (geo_precision or 1) == 1 else PRECISION_WORDS[2]
    else:
        words = PRECISION_WORDS.get(geo_precision or 0, "")
    if uncertainty_km:
        return f"{words}, ± {uncertainty_km:g} km" if words else f"± {uncertainty_km:g} km"
    return words


def country_name(code: str | None) -> str | None:
    """`AM` -> `Armenia`; a code without a name stays as it is."""
    return country_names().get(code, code) if code else None


def _who(name: str | None, *details: str | None) -> str:
    extra = ", ".join(escape(d) for d in details if d)
    text = text_html(name) if name else "<i>not named</i>"
    return f"{text} ({extra})" if extra else text


def _row(label: str, value_html: str) -> str:
    return f"<tr><th>{label}</th><td>{value_html}</td></tr>"


def popup_html(report: StrikeReport, also_here: Sequence[str] = ()) -> str:
    """Everything a reader needs to judge one report, with the place highlighted in the evidence sentence."""
    title = report.place_name or report.place or "unnamed place"
    written = (
        f' <span class="sm-as-written">as written: “{text_html(report.place)}”</span>'
        if report.place and report.place != report.place_name
        else ""
    )
    rows = [_row("Action", escape(action_label(report.action)) + _claim_note(report.claim_type))]
    claimant_side = country_name(report.claimant_country)
    rows.append(_row("Claimant", _who(report.claimant, report.claimant_kind, claimant_side)))
    rows.append(_row("Attacker", _who(report.attacker, country_name(report.attacker_country))))
    if report.target:
        rows.append(_row("Target", text_html(report.target)))
    when = escape(report.event_date) if report.event_date else "<i>unknown</i>"
    if report.time_precision in TIME_WORDS and report.event_date:
        when += f" ({TIME_WORDS[report.time_precision]})"
    rows.append(_row("Event date", when))
    where = precision_label(report.geo_precision, report.uncertainty_km, report.feature_code)
    if where:
        rows.append(_row("Precision", escape(where)))
    source = report.publisher or report.document or report.url or "unknown"
    source_html = safe_link(report.url, source)
    if report.published:
        source_html += f", published {escape(report.published)}"
    rows.append(_row("Source", source_html))
    evidence = ""
    if report.evidence:
        sentence = highlight_place(report.evidence, (report.place, report.place_name))
        evidence = f'<blockquote class="sm-evidence" dir="auto">{sentence}</blockquote>'
    also = ""
    if also_here:
        items = "".join(f'<li dir="auto">{escape(text)}</li>' for text in also_here)
        also = f'<div class="sm-also">Also reported at this place:<ul>{items}</ul></div>'
    status = escape(report.status or "unreviewed")
    confidence = f" · confidence {report.confidence:.2f}" if report.confidence is not None else ""
    return (
        f'<div class="sm-popup"><div class="sm-title">{text_html(title)}{written}</div>'
        f"<table>{''.join(rows)}</table>{evidence}{also}"
        f'<div class="sm-meta">{status}{confidence} · {escape(report.report_id)}</div></div>'
    )


def _claim_note(claim_type: str | None) -> str:
    if claim_type in (None, "claim"):
        return ""
    return f' <span class="sm-claim-type">({escape(claim_type)})</span>'


def tooltip_html(report: StrikeReport) -> str:
    place = report.place_name or report.place or "unnamed place"
    return f"{text_html(place)} · {escape(action_label(report.action))}"


def svg_shape(shape: str, colour: str, *, hollow: bool = False, size: int = 16) -> str:
    """An inline SVG marker: filled for strikes, hollow and dashed for threats, denials and interceptions."""
    fill, dash = ("#ffffff", ' stroke-dasharray="3 2"') if hollow else (colour, "")
    stroke = colour if hollow else "#ffffff"
    return (
        f'<svg width="{size}" height="{size}" viewBox="-1 -1 22 22" aria-hidden="true">'
        f'<path d="{SHAPE_PATHS[shape]}" fill="{fill}" stroke="{stroke}" stroke-width="2"{dash}/></svg>'
    )


def legend_html(
    sides: Iterable[tuple[str, str, int]],
    shapes: Iterable[tuple[str, str]],
    *,
    other_shown: bool,
    uncertainty: bool,
    attribution: str,
    events: bool = False,
) -> str:
    """Plain-HTML legend (branca's legends need d3 from a CDN): (label, colour, count) sides, (label, shape) actions."""
    side_rows = list(sides)
    head = '<div class="sm-legend-head">Claimant side</div>' if side_rows else "<i>No strike reports to show.</i>"
    parts = [f'<details class="sm-legend" open><summary>Legend</summary>{head}']
    for label, colour, count in side_rows:
        parts.append(
            f'<div class="sm-legend-row" data-colour="{escape(colour)}">{svg_shape("circle", colour)} '
            f"{escape(label)} <span class='sm-n'>{count}</span></div>"
        )
    shape_rows = list(shapes)
    if shape_rows:
        parts.append('<div class="sm-legend-head">Action</div>')
        parts.extend(
            f'<div class="sm-legend-row">{svg_shape(shape, "#555555")} {escape(label)}</div>'
            for label, shape in shape_rows
        )
    if other_shown:
        parts.append(
            f'<div class="sm-legend-row">{svg_shape("circle", "#555555", hollow=True)} '
            "threat, denial or interception</div>"
        )
    if uncertainty:
        parts.append(
            '<div class="sm-legend-row"><svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true">'
            '<circle cx="10" cy="10" r="8" fill="#55555522" stroke="#555555" stroke-dasharray="3 2"/></svg> '
            "area the report may mean</div>"
        )
    if events:
        parts.append('<div class="sm-legend-head">Event (one strike, all its claims)</div>')
        parts.append(
            '<div class="sm-legend-row"><svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true">'
            '<circle cx="10" cy="10" r="7" fill="#555555"/></svg> size: independent sources; colour: the one '
            "side claiming it (grey: several)</div>"
        )
        parts.append(
            '<div class="sm-legend-row"><svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true">'
            '<circle cx="10" cy="10" r="5" fill="#555555"/><circle cx="10" cy="10" r="8" fill="none" '
            'stroke="#B2182B" stroke-width="2.5"/></svg> contested: sides disagree or deny</div>'
        )
    parts.append(f'<div class="sm-attr">{escape(attribution)}</div></details>')
    return "".join(parts)
