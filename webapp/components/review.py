"""The review panel of the selected report: verify, reject, correct or move it to another gazetteer place. Every
change goes through the store with the version the reviewer saw, so two tabs sending one change record it once."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import streamlit as st

from geo.errors import InputError
from geo.model import ACTIONS, StrikeReport
from geo.store import EventStore
from webapp.components.candidates import candidates_view, place_label
from webapp.messages import flash, md
from webapp.resources import open_gazetteer

if TYPE_CHECKING:
    from gazetteer.place import Place


def review_panel(store: EventStore, report: StrikeReport) -> None:
    """The report as plain text (article text is untrusted), its review buttons, edit form and history."""
    version = store.version(report.report_id)
    rid = report.report_id
    st.text(
        f"{report.place} → {report.place_name or '?'} ({report.place_id or 'no gazetteer entry'}), "
        f"{report.lat:.4f}, {report.lon:.4f}\n"
        f"{report.action} ({report.claim_type}) claimed by {report.claimant or 'unknown'} "
        f"[{report.claimant_country or '?'}], attacker {report.attacker or 'unknown'}, "
        f"date {report.event_date or 'unknown'}, confidence {report.confidence}, status {report.status}\n"
        f"Source: {report.document or '?'} {report.url or ''}"
    )
    if report.evidence:
        evidence = report.evidence
        if report.place and report.place in evidence:
            evidence = evidence.replace(report.place, f"⟦{report.place}⟧", 1)
        st.text(f"Evidence: {evidence}")
    verify, reject = st.columns(2)
    if verify.button("Verify", disabled=report.status == "verified", use_container_width=True):
        apply_review(store, rid, {"status": "verified"}, version)
    if reject.button("Reject", disabled=report.status == "rejected", use_container_width=True):
        apply_review(store, rid, {"status": "rejected"}, version)
    with st.form(f"edit-{rid}"):
        left, right = st.columns(2)
        action = left.selectbox(
            "Action", ACTIONS, index=ACTIONS.index(report.action) if report.action in ACTIONS else 0
        )
        day = right.date_input("Event date", value=date.fromisoformat(report.event_date) if report.event_date else None)
        claimant = left.text_input("Claimant", value=report.claimant or "")
        country = right.text_input("Claimant country (ISO code)", value=report.claimant_country or "", max_chars=2)
        if st.form_submit_button("Save changes"):
            changes = {"action": action, "claimant": claimant, "claimant_country": country}
            changes["event_date"] = day.isoformat() if isinstance(day, date) else None
            apply_review(store, rid, changes, version)
    move_panel(store, report, version)
    history = store.history(rid)
    if history:
        st.caption("Changes")
        rows = [
            {"at": c.at, "field": c.field, "previous": _shown(c.previous), "value": _shown(c.value)} for c in history
        ]
        st.dataframe(rows, hide_index=True)


def _shown(value: object) -> str:
    """A recorded value as table text (a column mixes text, numbers and nothing)."""
    return "" if value is None else str(value)


def move_panel(store: EventStore, report: StrikeReport, version: int) -> None:
    """Gazetteer search for another place; a toggle, not an expander, so nothing is searched until asked."""
    if not st.toggle("Move to another gazetteer place", key=f"move-{report.report_id}"):
        return
    query = st.text_input("Search the gazetteer", value=report.place or "", key=f"move-q-{report.report_id}")
    places = open_gazetteer().candidates(query, limit=8) if query.strip() else []
    if not places:
        st.caption("No candidates.")
        return
    candidates_view(places)
    choice = st.radio(
        "Candidates, best first",
        range(len(places)),
        format_func=lambda i: md(place_label(places[i])),
        key=f"move-c-{report.report_id}",
    )
    if st.button("Move the report here"):
        apply_review(store, report.report_id, {}, version, place=places[choice])


def apply_review(store: EventStore, rid: str, changes: dict, version: int, place: Place | None = None) -> None:
    """Save one review (or a move to `place`) and redraw; a stale or invalid change becomes a message."""
    try:
        if place is not None:
            store.move(rid, place, seen_version=version)
        else:
            store.review(rid, changes, seen_version=version)
    except InputError as exc:
        flash("error", md(exc))
    else:
        flash("success", "Review saved.")
    st.rerun()
