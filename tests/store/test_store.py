"""The event store keeps articles, reports and reviews across restarts, once each, even with concurrent writers: the
same tests on SQLite and on PostgreSQL + PostGIS (the `store` and `opener` fixtures, tests/store/conftest.py)."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from gazetteer.place import Place
from geo.errors import InputError
from geo.model import PROPERTIES, StrikeReport, make_report_id
from geo.store import SQLiteStore, open_store
from geo.store.base import document_key

TEXT = "Pasukan menembaki Ganja pada Minggu malam, kata kementerian."


def _report(place: str = "Ganja", **changes) -> StrikeReport:
    base = {name: None for name in PROPERTIES}
    base.update(
        report_id=make_report_id("doc-1", place),
        document="doc-1.txt",
        place=place,
        place_name=place,
        action="shelling",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        claim_type="claim",
        claimant="Kementerian Pertahanan",
        event_date="2020-10-04",
        confidence=0.8,
        status="unreviewed",
    )
    base.update(changes)
    return StrikeReport(**base, lat=40.68, lon=46.36)


def test_default_store_lives_in_the_data_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("STRIKEMAP_DB", raising=False)
    store = open_store()
    assert store.path == tmp_path / "data" / "events.sqlite"
    assert store.path.exists()


def test_strikemap_db_names_the_store_and_an_unknown_database_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_DB", f"sqlite:///{tmp_path / 'team.sqlite'}")
    assert open_store().path == tmp_path / "team.sqlite"
    with pytest.raises(InputError, match="no event store for mysql://"):
        open_store("mysql://db.example/strikes")


def test_reports_survive_reopening_the_store(opener):
    store = opener()
    key = store.add_document(TEXT, name="doc-1.txt", published="2020-10-05", language="id")
    store.add_reports([_report("Ganja"), _report("Mingechavir")], key)
    store.verify(_report("Ganja").report_id)
    store.close()

    reopened = opener()
    assert [r.place for r in reopened.reports()] == ["Ganja", "Mingechavir"]
    assert reopened.report(_report("Ganja").report_id).status == "verified"
    assert reopened.documents()[0].published == "2020-10-05"
    assert reopened.document_text(key) == TEXT


def test_adding_the_same_article_twice_keeps_one_copy_and_its_reviews(store):
    first = store.add_document(TEXT, name="doc-1.txt")
    assert store.add_reports([_report()], first) == 1
    store.reject(_report().report_id)

    again = store.add_document(TEXT, name="copy of doc-1.txt")
    assert again == first == document_key(TEXT)
    assert store.add_reports([_report()], again) == 0
    assert len(store.documents()) == 1
    assert [r.status for r in store.reports()] == ["rejected"]


def test_a_review_records_time_and_previous_value_and_marks_the_report_edited(store):
    store.add_reports([_report()])
    rid = _report().report_id
    updated = store.review(rid, {"action": "air_strike", "claimant": "Hikmet Hajiyev", "event_date": "2020-10-03"})

    assert updated.status == "edited"
    assert updated.action == "air_strike"
    assert updated.sub_event_type == "Air/drone strike"  # the ACLED mapping follows the action
    changes = {c.field: c for c in store.history(rid)}
    assert set(changes) == {"action", "claimant", "event_date", "status", "sub_event_type"}
    assert (changes["action"].previous, changes["action"].value) == ("shelling", "air_strike")
    assert (changes["status"].previous, changes["status"].value) == ("unreviewed", "edited")
    assert changes["claimant"].previous == "Kementerian Pertahanan"
    assert changes["action"].at.startswith("20")
    assert store.report(rid) == updated


def test_verify_after_edit_and_moving_to_another_place(store):
    store.add_reports([_report()])
    rid = _report().report_id
    ganja_ar = Place(id="geonames:1", name="Gyanja", lat=40.0, lon=45.0, feature_code="PPL", country_code="AM")
    moved = store.move(rid, ganja_ar)
    assert (moved.lat, moved.lon, moved.place_id, moved.country_code) == (40.0, 45.0, "geonames:1", "AM")
    assert moved.place == "Ganja"  # the name as written in the text stays
    assert store.verify(rid).status == "verified"
    assert [c.value for c in store.history(rid) if c.field == "status"] == ["edited", "verified"]


def test_a_review_that_changes_nothing_is_not_recorded(store):
    store.add_reports([_report()])
    rid = _report().report_id
    store.review(rid, {"action": "shelling"})
    store.verify(rid)
    store.verify(rid)
    assert store.report(rid).status == "verified"
    assert [(c.field, c.value) for c in store.history(rid)] == [("status", "verified")]


def test_the_same_review_sent_twice_from_the_same_view_is_applied_once(store):
    store.add_reports([_report()])
    rid = _report().report_id
    seen = store.version(rid)
    store.review(rid, {"action": "air_strike"}, seen_version=seen)
    store.review(rid, {"action": "shelling"}, seen_version=seen + 1)
    store.review(rid, {"action": "air_strike"}, seen_version=seen)  # a stale tab resends the first edit
    assert store.report(rid).action == "shelling"
    # A deliberate new edit back to air_strike, from the current view, is applied.
    store.review(rid, {"action": "air_strike"}, seen_version=store.version(rid))
    assert store.report(rid).action == "air_strike"
    assert [c.value for c in store.history(rid) if c.field == "action"] == ["air_strike", "shelling", "air_strike"]


def test_bad_reviews_are_refused_and_change_nothing(store):
    store.add_reports([_report()])
    rid = _report().report_id
    for bad in ({"action": "bombing"}, {"event_date": "4 Oktober"}, {"claimant_country": "Azerbaijan"}, {"text": "x"}):
        with pytest.raises(InputError):
            store.review(rid, bad)
    with pytest.raises(InputError):
        store.verify("r-missing")
    assert store.report(rid) == _report()
    assert store.history() == []


def test_two_writers_at_once_lose_and_duplicate_nothing(opener, store_url):
    opener().add_reports([_report(f"P{i}") for i in range(20)])
    ids = [_report(f"P{i}").report_id for i in range(20)]
    errors: list[BaseException] = []
    tabs_stores = [opener(), opener()]  # each tab has its own connections, as two Streamlit servers would

    def tab(action: str) -> None:
        store = tabs_stores[action == "drone_strike"]
        try:
            for rid in ids:
                store.review(rid, {"action": action}, seen_version=None)
                store.add_reports([_report("Ganja")])
        except BaseException as exc:
            errors.append(exc)

    tabs = [threading.Thread(target=tab, args=(a,)) for a in ("air_strike", "drone_strike")]
    for t in tabs:
        t.start()
    for t in tabs:
        t.join()

    assert errors == []
    store = opener()
    assert len(store.reports()) == 21
    for rid in ids:
        actions = [c for c in store.history(rid) if c.field == "action"]
        # Both edits are recorded, and the second one's previous value is the first one's result.
        assert len(actions) == 2
        assert actions[1].previous == actions[0].value
        assert store.report(rid).action == actions[1].value
    if store_url.startswith("sqlite"):
        with sqlite3.connect(store.path) as db:
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_is_not_a_store_gives_a_clear_error_and_is_left_alone(tmp_path):
    path = tmp_path / "events.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(InputError, match="not a strikemap event store"):
        SQLiteStore(path)
    assert path.read_bytes() == b"not a database at all" * 100


def test_an_exported_geojson_comes_back_with_its_reviews_once(store, tmp_path):
    from geo.frame import reports_to_frame

    exported = reports_to_frame([_report(status="verified"), _report("Barda")]).to_json(drop_id=True).encode()
    assert store.add_geojson(exported, "reports.geojson") == (2, 2)
    assert store.add_geojson(exported, "reports.geojson") == (2, 0)
    assert [(r.place, r.status) for r in store.reports()] == [("Ganja", "verified"), ("Barda", "unreviewed")]
    with pytest.raises(InputError, match="not valid JSON"):
        store.add_geojson(b'{"type": "FeatureCollection", "features": [', "broken.geojson")
    assert len(store.reports()) == 2


def test_a_large_batch_keeps_its_order_and_skips_what_is_stored(store):
    """Ingest-sized batches take the bulk path (PostgreSQL: COPY): order kept, stored ids skipped, counted right."""
    first = [_report(f"P{i}") for i in range(150)]
    assert store.add_reports(first) == 150
    second = [_report(f"P{i}") for i in range(100, 300)]
    assert store.add_reports(second) == 150
    assert [r.place for r in store.reports()] == [f"P{i}" for i in range(300)]


def test_text_postgresql_cannot_hold_is_a_clear_error_that_writes_nothing(pg_server):
    from tests.store.conftest import new_database

    store = open_store(new_database(pg_server))
    with pytest.raises(InputError, match="the database refused the data"):
        store.add_document("Ganja\x00 shelled", name="binary.txt")
    assert store.documents() == []
    store.close()
