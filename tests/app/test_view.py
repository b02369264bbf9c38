"""The app's one view: what the sidebar chose, turned into the frame that the count, the map, the table and the
export all draw. Cases are data: reports in, the places shown out."""

from __future__ import annotations

from datetime import date

import pytest

from geo.events.group import Event
from geo.frame import reports_to_frame
from geo.model import PROPERTIES, StrikeReport, make_report_id
from webapp.view import Choice, make_view


def _report(place: str, **changes) -> StrikeReport:
    base = {name: None for name in PROPERTIES}
    base.update(report_id=make_report_id("view", place), place=place, place_name=place, action="shelling")
    base.update(claim_type="claim", event_date="2020-10-04", confidence=0.8, status="unreviewed")
    base.update(changes)
    return StrikeReport(**base, lat=40.0, lon=46.0)


REPORTS = [
    _report("Ganja", claimant_country="AZ", attacker_country="AM"),
    _report("Barda", claimant_country="AZ", attacker_country="AM", event_date="2020-10-10"),
    _report("Tartar", claimant_country="AM", claim_type="denial"),
    _report("Aghdam", claimant_country="AZ", action="interception"),
    _report("Fuzuli", claimant_country="AM", status="rejected"),
    _report("Shusha", claimant_country="AM", claim_type="threat", event_date=None),
]
FRAME = reports_to_frame(REPORTS)
EVENTS = [
    Event("e-1", 40.0, 46.0, {"event_id": "e-1", "status": "contested", "n_sources": 2,
                              "report_ids": [REPORTS[0].report_id, REPORTS[2].report_id]}),
    Event("e-2", 40.0, 46.0, {"event_id": "e-2", "status": "single_source", "n_sources": 1,
                              "report_ids": [REPORTS[1].report_id]}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("choice", "shown"),
    [
        (Choice(), {"Ganja", "Barda"}),  # never rejected; threats, denials, interceptions only when drawn
        (Choice(show_other=True), {"Ganja", "Barda", "Tartar", "Aghdam", "Shusha"}),
        (Choice(sides=["AM"], show_other=True), {"Tartar", "Shusha"}),
        (Choice(attackers=["AM"]), {"Ganja", "Barda"}),
        (Choice(attackers=["unknown"], show_other=True), {"Tartar", "Aghdam", "Shusha"}),
        (Choice(places=["Barda"]), {"Barda"}),
        (Choice(since=date(2020, 10, 5)), {"Barda"}),  # open-ended: later reports are never cut off
        (Choice(until=date(2020, 10, 5)), {"Ganja"}),
        (Choice(statuses=["rejected"], show_other=True), set()),  # rejected reports are shown nowhere
        (Choice(event_statuses=["contested"]), {"Ganja"}),
        (Choice(min_sources=2, show_other=True), {"Ganja", "Tartar"}),
    ],
)
def test_the_choice_gives_the_shown_reports(choice, shown):
    assert set(make_view(FRAME, choice, EVENTS, None).shown["place"]) == shown


def test_events_listed_are_those_of_the_shown_reports_that_pass_the_event_filters():
    assert [e.event_id for e in make_view(FRAME, Choice(), EVENTS, None).events] == ["e-1", "e-2"]
    assert [e.event_id for e in make_view(FRAME, Choice(places=["Barda"]), EVENTS, None).events] == ["e-2"]
    assert [e.event_id for e in make_view(FRAME, Choice(min_sources=2), EVENTS, None).events] == ["e-1"]


def test_a_selected_event_shows_its_reports_denials_included():
    view = make_view(FRAME, Choice(places=["Barda"]), EVENTS, "e-1")
    assert view.event is EVENTS[0] and view.show_other
    assert set(view.shown["place"]) == {"Ganja", "Tartar"}
    assert make_view(FRAME, Choice(), EVENTS, "e-unknown").event is None


def test_a_markers_tooltip_reads_as_the_browser_reports_its_click():
    from webapp.components.report_map import tooltip_text

    assert tooltip_text('<span dir="auto">Tartar &lt;b&gt;</span> · drone strike') == "Tartar <b> · drone strike"
