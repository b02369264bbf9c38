"""Events that keep their names and their hand corrections: adding reports, in any order, never renames an event;
adding articles places only the new reports; a user's merge or split survives every regrouping."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from geo.events.group import build_events, group_reports, update_events, with_events
from geo.events.overrides import Override
from tests.events.test_group import BAKU, GANJA, GANJA_EAST, report

MINGACHEVIR = (40.7640, 47.0595)


def _members(events) -> dict[str, frozenset[str]]:
    return {e.event_id: frozenset(e.properties["report_ids"]) for e in events}


def _stored(reports, events):
    """What a store keeps: every report with its event id."""
    return with_events(reports, events)


def test_an_earlier_report_added_later_does_not_rename_the_event():
    first = [report("m", GANJA, publisher="AFP"), report("n", GANJA_EAST, publisher="Trend")]
    [event] = build_events(first)
    earlier = report("a", GANJA, "2020-10-16", publisher="Kompas")  # opens the event in date order, lowest id too
    regrouped = build_events([*_stored(first, [event]), earlier])
    assert _members(regrouped) == {event.event_id: frozenset("amn")}
    update = update_events(_stored(first, [event]), [earlier])
    assert _members(update.events) == {event.event_id: frozenset("amn")}
    assert update.changed == {event.event_id} and update.removed == frozenset()


def test_a_fresh_event_is_named_by_its_lowest_report_id_whatever_the_order():
    reports = [report(rid, GANJA, publisher=rid) for rid in ("q", "b", "k")]
    names = {tuple(e.event_id for e in build_events(random.Random(s).sample(reports, 3))) for s in range(6)}
    assert len(names) == 1
    [event] = build_events(reports)
    assert event.event_id == build_events([reports[1]])[0].event_id  # "b" alone: the same name


def test_adding_articles_places_only_the_new_reports_and_keeps_old_events_as_they_are():
    old = [report("a", GANJA), report("b", GANJA_EAST, "2020-10-18"), report("c", BAKU)]
    events = build_events(old)
    stored = _stored(old, events)
    new = [report("d", GANJA, "2020-10-18"), report("e", MINGACHEVIR), report("f", MINGACHEVIR, "2020-10-18")]
    update = update_events(stored, new)
    after = _members(update.events)
    ganja, baku = (next(e.event_id for e in events if rid in e.properties["report_ids"]) for rid in "ac")
    assert after[ganja] == frozenset("abd") and after[baku] == frozenset("c")
    [mingachevir] = set(after) - {ganja, baku}
    assert after[mingachevir] == frozenset("ef")
    assert update.changed == {ganja, mingachevir} and update.removed == frozenset()
    for seed in range(4):  # the new reports in any order give the same events
        shuffled = random.Random(seed).sample(new, len(new))
        assert _members(update_events(stored, shuffled).events) == after


def test_old_events_are_not_regrouped_when_reports_arrive():
    """Regrouping from scratch reads an earlier night's report with a and moves b away; an update moves no old one."""
    old = [report("a", GANJA), report("b", GANJA, "2020-10-18")]
    events = build_events(old)
    earlier = report("d", GANJA, "2020-10-16")
    assert frozenset("ad") in _members(build_events([*old, earlier])).values()  # what a full regrouping does
    update = update_events(_stored(old, events), [earlier])
    [opened] = set(_members(update.events)) - {events[0].event_id}
    assert _members(update.events) == {events[0].event_id: frozenset("ab"), opened: frozenset("d")}
    assert update.changed == {opened}


def test_a_merge_survives_regrouping_and_updates():
    old = [report("a", GANJA, publisher="AFP"), report("b", BAKU, publisher="Trend")]
    events = build_events(old)
    merge = Override("merge", ("a", "b"))  # the user says Ganja and Baku here are one strike
    [merged] = build_events(_stored(old, events), [merge])
    assert set(merged.properties["report_ids"]) == {"a", "b"}
    assert merged.event_id in {e.event_id for e in events}  # one of the two names is kept
    update = update_events(_stored(old, events), [], [merge])
    assert _members(update.events) == {merged.event_id: frozenset("ab")}
    assert update.removed == {e.event_id for e in events} - {merged.event_id}
    later = update_events(_stored(old, update.events), [report("c", BAKU, publisher="APA")], [merge])
    assert _members(later.events) == {merged.event_id: frozenset("abc")}  # a new Baku report joins the merged event
    assert _members(build_events([*old, report("c", BAKU)], [merge])).keys().__len__() == 1


def test_a_split_survives_regrouping_and_takes_no_automatic_joiners():
    old = [report("a", GANJA, publisher="AFP"), report("b", GANJA, publisher="Trend"), report("c", GANJA_EAST)]
    [event] = build_events(old)
    split = Override("split", ("c",))  # the user says c is another strike
    after = build_events(_stored(old, [event]), [split])
    assert sorted(_members(after).values(), key=len) == [frozenset("c"), frozenset("ab")]
    assert _members(after)[event.event_id] == frozenset("ab")  # the event stays; the split-off report leaves
    update = update_events(_stored(old, after), [report("d", GANJA_EAST)], [split])
    assert frozenset("c") in _members(update.events).values()  # the split-off event took no new report
    assert any(m >= {"a", "b", "d"} for m in _members(update.events).values())
    assert _members(update_events(_stored(old, after), [], [split]).events) == _members(after)  # idempotent


def test_later_overrides_win_over_earlier_ones():
    reports = [report("a", GANJA), report("b", GANJA), report("c", BAKU)]
    overrides = [Override("split", ("b",)), Override("merge", ("b", "c"))]
    assert sorted(map(sorted, _members(build_events(reports, overrides)).values())) == [["a"], ["b", "c"]]
    unknown = [Override("merge", ("zz", "a")), Override("split", ("nope",))]
    assert len(build_events(reports, unknown)) == 2  # ids the reports do not have change nothing


def test_an_override_names_merge_or_split():
    with pytest.raises(ValueError, match=r"merge.*split"):
        Override("join", ("a",))


def test_group_reports_and_build_events_agree():
    reports = [report(f"r{i}", (GANJA[0] + (i % 3) * 0.5, GANJA[1]), f"2020-10-{10 + i % 4:02d}") for i in range(24)]
    overrides = [Override("merge", ("r0", "r1")), Override("split", ("r5",))]
    assignment = group_reports(reports, overrides)
    for event in build_events(reports, overrides):
        assert {assignment[rid] for rid in event.properties["report_ids"]} == {event.event_id}
    stored = [replace(r, event_id=assignment[r.report_id]) for r in reports]
    assert group_reports(stored, overrides) == assignment  # regrouping what is stored changes nothing
