"""The review panel of the selected report: verify, reject, correct any field or move it to another gazetteer
place; and verify or reject many ticked reports at once. Every change goes through the store with the version the
reviewer saw and the reviewer's name: a change made meanwhile by someone else is refused with a message, never
overwritten, and two tabs sending one change record it once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import streamlit as st

from geo.errors import InputError
from geo.model import ACTIONS, CLAIM_TYPES, CLAIMANT_KINDS, StrikeReport
from geo.store import EventStore
from geo.store.base import EDITABLE_FIELDS, place_changes
from webapp.components.candidates import candidates_view, place_label
from webapp.labels import country_label, words
from webapp.messages import flash, md
from webapp.resources import open_gazetteer


def report_text(report: StrikeReport) -> str:
    """The report as plain text (article text is untrusted: it is shown with st.text, never as Markdown)."""
    where = ", ".join(p for p in (report.admin2, report.admin1, country_label(report.country_code)) if p)
    casualties = f"killed {_or_unknown(report.fatalities)}, injured {_or_unknown(report.injured)}"
    return (
        f"{report.place} → {report.place_name or '?'} ({where or 'no area known'}; "
        f"{report.place_id or 'no gazetteer entry'}), {report.lat:.4f}, {report.lon:.4f}\n"
        f"{words(report.action)} ({words(report.claim_type)}) claimed by {report.claimant or 'unknown'} "
        f"[{country_label(report.claimant_country)}], attacker {report.attacker or 'unknown'} "
        f"[{country_label(report.attacker_country)}], {casualties}\n"
        f"date {report.event_date or 'unknown'}, confidence {report.confidence}, status {report.status}\n"
        f"Source: {report.source_title or report.document or '?'} {report.url or ''}"
        + (f"\nNotes: {report.notes}" if report.notes else "")
    )


def _or_unknown(value: object) -> str:
    return "unknown" if value is None else str(value)


def review_panel(store: EventStore, report: StrikeReport, user: str | None) -> None:
    """The report, its review buttons, edit form, move search and history.

    A change is sent with the version the reviewer saw: the one drawn by the previous run, not the one this run
    reads (a click's run reads the store after someone else's change, which would then be overwritten)."""
    rid = report.report_id
    current = store.version(rid)
    version = st.session_state.get(f"seen-{rid}", current)
    st.text(report_text(report))
    if report.evidence:
        evidence = report.evidence
        if report.place and report.place in evidence:
            evidence = evidence.replace(report.place, f"⟦{report.place}⟧", 1)
        st.text(f"Evidence: {evidence}")
    verify, reject = st.columns(2)
    if verify.button("Verify", disabled=report.status == "verified", use_container_width=True, key=f"verify-{rid}"):
        apply_review(store, rid, {"status": "verified"}, version, user)
    if reject.button("Reject", disabled=report.status == "rejected", use_container_width=True, key=f"reject-{rid}"):
        apply_review(store, rid, {"status": "rejected"}, version, user)
    edit_form(store, report, version, user)
    move_panel(store, report, version, user)
    st.session_state[f"seen-{rid}"] = current
    history = store.history(rid)
    if history:
        st.caption("Changes")
        rows = [
            {
                "at": c.at,
                "by": c.user or "",
                "field": c.field,
                "previous": _shown(c.previous),
                "value": _shown(c.value),
            }
            for c in history
        ]
        st.dataframe(rows, hide_index=True)


def edit_form(store: EventStore, report: StrikeReport, version: int, user: str | None) -> None:
    """Every field a reviewer may correct; a field the store does not take is shown but cannot be changed."""
    rid = report.report_id

    def off(field: str) -> bool:
        return field not in EDITABLE_FIELDS

    with st.form(f"edit-{rid}"):
        left, right = st.columns(2)
        values: dict[str, object] = {
            "action": left.selectbox("Action", ACTIONS, index=_at(ACTIONS, report.action), format_func=words),
            "claim_type": right.selectbox(
                "Claim type", CLAIM_TYPES, index=_at(CLAIM_TYPES, report.claim_type), format_func=words
            ),
            "event_date": left.date_input(
                "Event date", value=date.fromisoformat(report.event_date) if report.event_date else None
            ),
            "claimant_kind": right.selectbox(
                "Claimant kind", CLAIMANT_KINDS, index=_at(CLAIMANT_KINDS, report.claimant_kind), format_func=words
            ),
            "claimant": left.text_input("Claimant", value=report.claimant or ""),
            "claimant_country": right.text_input(
                "Claimant country (ISO code)", value=report.claimant_country or "", max_chars=2
            ),
            "attacker": left.text_input("Attacker", value=report.attacker or ""),
            "attacker_country": right.text_input(
                "Attacker country (ISO code)", value=report.attacker_country or "", max_chars=2
            ),
            "target": left.text_input("Target", value=report.target or "", disabled=off("target")),
            "admin1": right.text_input("Province / region", value=report.admin1 or "", disabled=off("admin1")),
            "fatalities": left.number_input(
                "Killed", min_value=0, step=1, value=report.fatalities, disabled=off("fatalities")
            ),
            "injured": right.number_input(
                "Injured", min_value=0, step=1, value=report.injured, disabled=off("injured")
            ),
            "admin2": left.text_input("District", value=report.admin2 or "", disabled=off("admin2")),
            "source_title": right.text_input(
                "Source title", value=report.source_title or "", disabled=off("source_title")
            ),
            "url": st.text_input("Source URL", value=report.url or "", disabled=off("url")),
            "evidence": st.text_area("Evidence", value=report.evidence or "", height=90, disabled=off("evidence")),
            "notes": st.text_area("Notes (yours)", value=report.notes or "", height=70, disabled=off("notes")),
        }
        if st.form_submit_button("Save changes"):
            day = values["event_date"]
            values["event_date"] = day.isoformat() if isinstance(day, date) else None
            current = {f: getattr(report, f) for f in values}
            changes = {f: v for f, v in values.items() if f in EDITABLE_FIELDS and _clean(v) != current[f]}
            if changes:
                apply_review(store, rid, changes, version, user)
            else:
                flash("info", "Nothing was changed.")
                st.rerun()


def _clean(value: object) -> object:
    """A form value as the store keeps it: blank text is nothing, numbers as they are."""
    return (value.strip() or None) if isinstance(value, str) else value


def _at(options: tuple[str, ...], value: str | None) -> int:
    return options.index(value) if value in options else 0


def _shown(value: object) -> str:
    """A recorded value as table text (a column mixes text, numbers and nothing)."""
    return "" if value is None else str(value)


def move_panel(store: EventStore, report: StrikeReport, version: int, user: str | None) -> None:
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
        place, gazetteer = places[choice], open_gazetteer()
        named = replace(place, admin1=gazetteer.admin1_name(place.country_code, place.admin1))
        moved = {**place_changes(named), "admin2": gazetteer.admin2_name(place.id)}  # a move, with its district
        apply_review(store, report.report_id, moved, version, user)


def apply_review(store: EventStore, rid: str, changes: dict, version: int, user: str | None) -> None:
    """Save one review and redraw; a stale or invalid change becomes a message."""
    try:
        store.review(rid, changes, seen_version=version, user=user)
    except InputError as exc:
        flash("error", md(exc))
    else:
        flash("success", "Review saved.")
    st.rerun()


def bulk_panel(store: EventStore, ticked: list[str], user: str | None) -> None:
    """Verify or reject every ticked report at once (each with its own version check)."""
    if len(ticked) < 2:
        return
    st.caption(f"{len(ticked)} reports ticked in the table")
    verify, reject, clear = st.columns(3)
    status = None
    if verify.button(f"Verify {len(ticked)} ticked", key="bulk-verify", use_container_width=True):
        status = "verified"
    if reject.button(f"Reject {len(ticked)} ticked", key="bulk-reject", use_container_width=True):
        status = "rejected"
    if clear.button("Untick all", key="bulk-clear", use_container_width=True):
        st.session_state["ticked"] = []
        st.rerun()
    if status is None:
        return
    done = 0
    for rid in ticked:
        try:
            store.review(rid, {"status": status}, seen_version=store.version(rid), user=user)
            done += 1
        except InputError as exc:
            flash("error", md(exc))
    flash("success", f"{done} report{'' if done == 1 else 's'} {status}.")
    st.session_state["ticked"] = []
    st.rerun()
