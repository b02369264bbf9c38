"""The analyst's workbench in-process (AppTest): naming pasted articles, the reviewer on every change, bulk review,
the feed, the charts, the events table and the merge and split an analyst makes by hand."""

from __future__ import annotations

import pytest

from tests.app.apptest_kit import REPORTS, _button, _geojson, _open, _report, _stored, _table, _upload, plain

ARTICLE = "Armenia's defence ministry said Azerbaijani drones struck Stepanakert on Saturday."


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Drones over Stepanakert", "Drones over Stepanakert"),
        ("", "Armenia's defence ministry said Azerbaijani drones struck Stepanakert…"),
    ],
)
def test_a_pasted_article_is_named_by_its_title_or_its_first_words(data, title, name):
    at = _open()
    at.text_input(key="paste_title").input(title)
    at.text_input(key="paste_url").input("https://example.org/a")
    at.text_area(key="paste_text").input(ARTICLE)
    at = _button(at, "Extract reports").click().run()
    assert plain(at.success[0].value).startswith(f"{name}: 1 report found")
    (document,) = _stored(data).documents()
    assert (document.name, document.url) == (name, "https://example.org/a")
    (report,) = _stored(data).reports()
    assert report.source_title == (title or None)
    assert report.url == "https://example.org/a"
    assert list(_table(at)["source"]) == [title or name]


def test_every_change_carries_the_reviewers_name_and_many_reports_are_verified_at_once(data):
    _upload(_open(), ("reports.geojson", _geojson(REPORTS)))
    ganja, stepanakert = REPORTS[0].report_id, REPORTS[1].report_id
    at = _open({"by": "Alice", "sel": ganja})
    form = next(f for f in at.get("form") if f.proto.form.form_id == f"edit-{ganja}")
    next(t for t in form.text_input if t.label == "Attacker").input("Armenian forces")
    next(s for s in form.selectbox if s.label == "Claim type").set_value("accusation")
    next(t for t in form.text_area if t.label == "Notes (yours)").input("seen on video")
    at = next(b for b in form.button if b.label == "Save changes").click().run()
    report = _stored(data).report(ganja)
    assert (report.attacker, report.claim_type, report.notes) == ("Armenian forces", "accusation", "seen on video")
    assert {c.user for c in _stored(data).history(ganja)} == {"Alice"}
    changes = next(df.value for df in at.dataframe if "by" in df.value.columns)
    assert set(changes["by"]) == {"Alice"}

    at.session_state["ticked"] = [ganja, stepanakert]
    at.run()
    at = _button(at, "Reject 2 ticked").click().run()
    assert {_stored(data).report(r).status for r in (ganja, stepanakert)} == {"rejected"}
    assert "2 reports rejected." in [s.value for s in at.success]
    assert len(_table(at)) == 0  # rejected reports are shown nowhere but in their own table
    rejected = next(df.value for df in at.dataframe if "claimant side" in df.value.columns and len(df.value) == 2)
    assert set(rejected["place"]) == {"Ganja", "Stepanakert"}


def test_a_stale_edit_is_refused_with_a_message_and_loses_nothing(data):
    _upload(_open(), ("reports.geojson", _geojson(REPORTS)))
    rid = REPORTS[0].report_id
    first, second = _open({"by": "Alice", "sel": rid}), _open({"by": "Bob", "sel": rid})
    _button(first, "Verify").click().run()
    second = _button(second, "Reject").click().run()  # Bob saw the report before Alice verified it
    assert "was changed by Alice" in plain(second.error[0].value)
    assert _stored(data).report(rid).status == "verified"


def test_the_feed_lists_the_newest_first_with_links_and_selects_on_click(data):
    reports = [
        _report("Ganja", 40.68, 46.36, claimant_country="AZ", event_date="2020-10-04", url="https://example.org/g"),
        _report("Barda", 40.37, 47.13, claimant_country="AZ", event_date="2020-10-28", source_title="Barda hit"),
    ]
    _upload(_open(), ("reports.geojson", _geojson(reports)))
    at = _open()
    items = [m.value for m in at.markdown if "Source:" in m.value]
    assert "Barda" in items[0] and "Ganja" in items[1]  # newest first
    assert "[hand\\-made\\.geojson](https://example.org/g)" in items[1]
    assert "Barda hit" in plain(items[0])
    at = _button(at, "Show on map").click().run()  # the newest one's
    assert at.query_params["sel"] == reports[1].report_id


def test_events_are_listed_and_a_selected_event_shows_its_claims_side_by_side(data):
    claim = _report("Ganja", 40.68, 46.36, claimant_country="AZ", attacker_country="AM", publisher="Baku Wire")
    denial = _report(
        "Ganja", 40.68, 46.36, claimant_country="AM", claim_type="denial", publisher="Yerevan Wire",
        claimant="Armenia's ministry", report_id="r-denial",
    )  # fmt: skip
    elsewhere = _report("Aghdam", 39.99, 46.93, claimant_country="AZ")
    _upload(_open(), ("two.geojson", _geojson([claim, denial, elsewhere])))
    at = _open({"by": "Carol"})
    events = next(df.value for df in at.dataframe if "who blames whom" in df.value.columns)
    assert sorted(events["status"]) == ["contested", "single source"]
    (event,) = [e for e in _stored(data).events() if claim.report_id in e.properties["report_ids"]]
    at = _open({"ev": event.event_id, "by": "Carol"})
    texts = [t.value for t in at.text]
    assert any("Ministry of Defence" in t and "blames Armenia" in t for t in texts)
    assert any("Armenia's ministry" in t and "denial" in t for t in texts)
    assert at.metric[0].value == "2 of 3"

    at.multiselect(key=f"split-{event.event_id}").set_value(["r-denial"]).run()
    at = _button(at, "Split them off").click().run()
    assert "Event split." in [s.value for s in at.success]
    assert len(_stored(data).events()) == 3
    assert _stored(data).audit()[-1].user == "Carol"
