"""Events kept in the store on both backends: grouped from the stored reports, updated as articles come in, merged
and split by hand with an audit entry, and the hand corrections surviving a regrouping."""

from __future__ import annotations

from dataclasses import replace

import pytest

from geo.errors import InputError
from tests.store.test_store import _report


def _report_at(place: str, lat: float, lon: float, **changes):
    return replace(_report(place, **changes), lat=lat, lon=lon)


@pytest.fixture
def grouped(store):
    """Ganja told by two outlets, and a strike on Barda (about 70 km away) the same day."""
    ganja_afp = _report("Ganja", document="afp.txt", publisher="AFP", report_id="r-ganja-afp")
    ganja_ria = _report("Ganja", document="ria.txt", publisher="RIA", report_id="r-ganja-ria")
    barda = _report_at("Barda", document="afp.txt", publisher="AFP", report_id="r-barda", lat=40.37, lon=47.13)
    store.add_reports([ganja_afp, ganja_ria, barda])
    store.regroup(user="alice")
    return store


def _event_of(store, report_id: str) -> str:
    return store.report(report_id).event_id


def test_regrouping_stores_events_and_every_report_carries_its_event(grouped):
    events = grouped.events()
    assert sorted(e.properties["n_reports"] for e in events) == [1, 2]
    ganja = _event_of(grouped, "r-ganja-afp")
    assert ganja == _event_of(grouped, "r-ganja-ria") != _event_of(grouped, "r-barda")
    assert grouped.event(ganja).properties["n_sources"] == 2
    assert grouped.frame().set_index("report_id").loc["r-barda", "event_id"] == _event_of(grouped, "r-barda")
    assert grouped.audit("*")[-1].action == "regroup"
    with pytest.raises(InputError, match="no event"):
        grouped.event("e-missing")


def test_a_new_article_joins_the_stored_events(grouped):
    ganja = _event_of(grouped, "r-ganja-afp")
    grouped.add_reports([_report("Ganja", document="tass.txt", publisher="TASS", report_id="r-ganja-tass")])
    assert _event_of(grouped, "r-ganja-tass") == ganja
    assert grouped.event(ganja).properties["n_sources"] == 3


def test_merge_and_split_by_hand_are_audited_and_survive_regrouping(grouped):
    ganja, barda = _event_of(grouped, "r-ganja-afp"), _event_of(grouped, "r-barda")
    merged = grouped.merge_events(ganja, barda, user="alice")
    assert sorted(merged.properties["report_ids"]) == ["r-barda", "r-ganja-afp", "r-ganja-ria"]
    assert len(grouped.events()) == 1
    grouped.regroup(user="bob")
    assert len(grouped.events()) == 1  # the merge holds

    stays, new = grouped.split_event(merged.event_id, ["r-ganja-ria"], user="bob")
    assert new.properties["report_ids"] == ["r-ganja-ria"]
    assert sorted(stays.properties["report_ids"]) == ["r-barda", "r-ganja-afp"]
    grouped.regroup()
    assert sorted(sorted(e.properties["report_ids"]) for e in grouped.events()) == [
        ["r-barda", "r-ganja-afp"],
        ["r-ganja-ria"],
    ]
    assert [o.kind for o in grouped.overrides()] == ["merge", "split"]
    trail = [(e.action, e.user) for e in grouped.audit() if e.action in ("merge_events", "split_event")]
    assert trail == [("merge_events", "alice"), ("split_event", "bob")]
    assert grouped.audit(merged.event_id)[-1].detail["report_ids"] == ["r-ganja-ria"]


def test_bad_merges_and_splits_are_refused_and_change_nothing(grouped):
    ganja, barda = _event_of(grouped, "r-ganja-afp"), _event_of(grouped, "r-barda")
    before = grouped.events()
    with pytest.raises(InputError, match="with itself"):
        grouped.merge_events(ganja, ganja)
    with pytest.raises(InputError, match="no event"):
        grouped.merge_events(ganja, "e-missing")
    with pytest.raises(InputError, match="not in event"):
        grouped.split_event(ganja, ["r-barda"])
    with pytest.raises(InputError, match="must leave some"):
        grouped.split_event(ganja, ["r-ganja-afp", "r-ganja-ria"])
    with pytest.raises(InputError, match="must leave some"):
        grouped.split_event(barda, [])
    assert grouped.events() == before
    assert grouped.overrides() == []


def test_a_review_updates_its_event(grouped):
    ganja = _event_of(grouped, "r-ganja-afp")
    grouped.review("r-ganja-ria", {"claim_type": "denial"}, user="alice")
    assert grouped.event(ganja).properties["status"] == "contested"
    assert _event_of(grouped, "r-ganja-ria") == ganja  # a review does not move the report out of its event


def test_reviews_beside_regroupings_neither_deadlock_nor_leave_an_event_stale(opener):
    """Reviews re-describe their report's event while regroupings rewrite every event: with each writer on its
    own connection, nothing fails, and every stored event then says what its reports say."""
    from geo.events.describe import describe

    setup = opener()
    ids = [f"r-ganja-{k}" for k in range(6)]
    setup.add_reports([_report("Ganja", document=f"{rid}.txt", publisher=rid, report_id=rid) for rid in ids])
    setup.regroup()
    errors: list[BaseException] = []

    def work(store, job) -> None:
        try:
            for round_ in range(15):
                job(store, round_)
        except BaseException as exc:
            errors.append(exc)

    def review_even(store, round_):
        store.review(ids[round_ % 3 * 2], {"claimant": f"even {round_}"})

    def review_odd(store, round_):
        store.review(ids[round_ % 3 * 2 + 1], {"claim_type": "denial" if round_ % 2 else "claim"})

    def regroup(store, round_):
        store.regroup()

    import threading

    threads = [threading.Thread(target=work, args=(opener(), job)) for job in (review_even, review_odd, regroup)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    final = opener()
    reports = final.reports()
    for event in final.events():
        members = [r for r in reports if r.report_id in event.properties["report_ids"]]
        assert event == describe(event.event_id, members)
