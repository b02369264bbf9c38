"""Concurrent review on both backends: a stale edit is refused with who changed the report and when, the newer
version is there to read, and the audit trail holds every attempt with its user."""

from __future__ import annotations

import threading

import pytest

from geo.errors import InputError
from geo.store import StaleEditError, current_user
from tests.store.test_store import _report


def test_two_analysts_editing_one_report_one_succeeds_one_is_refused_and_both_are_audited(opener):
    opener().add_reports([_report()])
    rid = _report().report_id
    alice, bob = opener(), opener()  # two app servers, two connections
    seen = alice.version(rid)
    assert bob.version(rid) == seen
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def analyst(store, user: str, action: str) -> None:
        barrier.wait()
        try:
            outcomes[user] = store.review(rid, {"action": action}, seen_version=seen, user=user)
        except StaleEditError as exc:
            outcomes[user] = exc

    threads = [
        threading.Thread(target=analyst, args=(alice, "alice", "air_strike")),
        threading.Thread(target=analyst, args=(bob, "bob", "drone_strike")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    refused = [u for u, o in outcomes.items() if isinstance(o, StaleEditError)]
    applied = [u for u, o in outcomes.items() if not isinstance(o, BaseException)]
    assert len(refused) == 1 and len(applied) == 1
    winner, loser = applied[0], refused[0]
    error = outcomes[loser]
    assert isinstance(error, InputError)  # the app's and the CLI's one-line handling applies
    message = str(error)
    assert "\n" not in message and f"changed by {winner} at " in message and "you saw version 0" in message
    assert error.by == winner and error.version == 1 and error.seen_version == 0
    assert error.current == opener().report(rid)  # the newer version, to show at once
    assert opener().report(rid).action == outcomes[winner].action

    entries = opener().audit(rid)
    assert {(e.user, e.outcome) for e in entries} == {(winner, "applied"), (loser, "refused")}
    refusal = next(e for e in entries if e.outcome == "refused")
    assert refusal.detail["seen_version"] == 0 and refusal.detail["version"] == 1
    assert refusal.detail["changes"]["action"] in ("air_strike", "drone_strike")
    # Only the applied review changed the report's history.
    assert {c.user for c in opener().history(rid)} == {winner}


def test_after_reading_the_newer_version_the_edit_goes_through(store):
    store.add_reports([_report()])
    rid = _report().report_id
    store.review(rid, {"claimant": "Hikmet Hajiyev"}, seen_version=0, user="alice")
    with pytest.raises(StaleEditError, match="changed by alice"):
        store.verify(rid, seen_version=0, user="bob")
    assert store.report(rid).status == "edited"
    store.verify(rid, seen_version=store.version(rid), user="bob")
    assert store.report(rid).status == "verified"
    assert [(c.field, c.user, c.version) for c in store.history(rid) if c.field == "status"] == [
        ("status", "alice", 1),
        ("status", "bob", 2),
    ]
    assert [(e.user, e.outcome) for e in store.audit(rid)] == [
        ("alice", "applied"),
        ("bob", "refused"),
        ("bob", "applied"),
    ]
    applied = store.audit(rid)[0].detail
    assert applied["changes"]["claimant"] == ["Kementerian Pertahanan", "Hikmet Hajiyev"]
    assert applied["seen_version"] == 0 and applied["version"] == 1


def test_the_user_comes_from_strikemap_user_else_the_operating_system(store, monkeypatch):
    store.add_reports([_report()])
    rid = _report().report_id
    monkeypatch.setenv("STRIKEMAP_USER", "carol")
    assert current_user() == "carol"
    store.reject(rid)
    monkeypatch.delenv("STRIKEMAP_USER")
    assert current_user()  # the OS user name, never empty
    store.verify(rid, user="dave")
    assert [c.user for c in store.history(rid)] == ["carol", "dave"]


def test_an_analyst_can_correct_evidence_numbers_and_notes(store):
    store.add_reports([_report()])
    rid = _report().report_id
    store.review(rid, {"fatalities": 3, "injured": 12, "notes": "Two outlets disagree on the hour.", "admin2": "Ganja"})
    stored = store.report(rid)
    assert (stored.fatalities, stored.injured, stored.admin2) == (3, 12, "Ganja")
    assert stored.notes == "Two outlets disagree on the hour."
    with pytest.raises(InputError, match="fatalities has the wrong type"):
        store.review(rid, {"fatalities": "three"})
