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


def test_adding_articles_reads_only_their_neighbourhood_and_gives_the_events_a_whole_update_gives(opener, monkeypatch):
    """Past NEIGHBOURHOOD_MIN stored reports an update reads only the events within reach of the new reports
    (here from the first report on); the events come out as `update_events` over the whole store makes them, with
    wide uncertainties, a merge and a split along the way."""
    import random

    from geo.events.group import Override, build_events, update_events
    from geo.store.sql import SQLStore

    monkeypatch.setattr(SQLStore, "NEIGHBOURHOOD_MIN", 0)
    rng = random.Random(7)

    def report(i: int):
        """Each batch (an article's worth) in its own small area, about 55 km from the last: only the wide
        uncertainties (120 km) reach across, so a neighbourhood too small misses the events they would join."""
        batch = i // 30
        return _report_at(
            f"P{i}",
            lat=40 + 0.3 * batch + rng.random() * 0.1,
            lon=45 + 0.5 * batch + rng.random() * 0.1,
            report_id=f"r-{i:03d}",
            event_date=f"2020-10-0{rng.randint(1, 3)}",
            uncertainty_km=rng.choice([None, 5.0, 30.0, 120.0]),
            publisher=f"outlet-{i % 4}",
        )

    batches = [[report(i) for i in range(k * 30, k * 30 + 30)] for k in range(5)]
    store = opener()
    store.add_reports(batches[0])
    store.regroup()
    # The same steps over the whole store, by the events API itself.
    assigned = {
        r.report_id: e.event_id
        for e in build_events(batches[0])
        for r in batches[0]
        if r.report_id in e.properties["report_ids"]
    }
    reports = {r.report_id: r for r in batches[0]}
    overrides: list[Override] = []

    def whole(new, more=()):
        overrides.extend(more)
        previous = [replace(r, event_id=assigned.get(rid)) for rid, r in reports.items()]
        update = update_events(previous, new, overrides)
        reports.update({r.report_id: r for r in new})
        assigned.update({rid: e.event_id for e in update.events for rid in e.properties["report_ids"]})
        return update.events

    for k, batch in enumerate(batches[1:], start=1):
        store.add_reports(batch)
        expected = whole(batch)
        if k == 2:
            a, b = sorted(store.events(), key=lambda e: -e.properties["n_reports"])[:2]
            store.merge_events(a.event_id, b.event_id)
            expected = whole([], [Override("merge", (*a.properties["report_ids"], *b.properties["report_ids"]))])
            merged = store.event(store.report(a.properties["report_ids"][0]).event_id)
            leaving = merged.properties["report_ids"][:1]
            store.split_event(merged.event_id, leaving)
            expected = whole([], [Override("split", tuple(leaving))])
    got = {e.event_id: e for e in store.events()}
    assert len(got) == len(expected) > 10
    assert got == {e.event_id: e for e in expected}
