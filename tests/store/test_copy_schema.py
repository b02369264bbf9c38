"""Moving stores between SQLite and PostGIS losslessly, the schema migrated forward (stores made before versions
were kept still open), and the QGIS-ready views with the contract's columns."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from dataclasses import asdict, replace

import pytest

from geo.cli import main
from geo.errors import InputError
from geo.model import PROPERTIES
from geo.store import SQLiteStore, open_store
from geo.store.sql import EVENT_COLUMNS, TABLES
from geo.store.sqlite import MIGRATIONS
from tests.store.conftest import new_database
from tests.store.test_store import TEXT, _report


def _filled(url: str, n: int = 30) -> None:
    """A store with every kind of row: articles (one imported without text), reviews (one refused), events,
    a merge and a split."""
    store = open_store(url)
    key = store.add_document(TEXT, name="doc-1.txt", url="https://example.org/ä", published="2020-10-05")
    reports = [  # far apart: one event each
        replace(
            _report(f"P{i}", evidence=f'Desa P{i} dibom — "kata" <b>saksi</b> ✓', confidence=i / 7, fatalities=i),
            lat=30 + i * 0.5,
            lon=40 + i / 3,
        )
        for i in range(n)
    ]
    store.add_reports(reports, key)
    store.add_document(None, name="imported.geojson", key="d-imported")
    rid = reports[0].report_id
    store.review(rid, {"action": "air_strike", "uncertainty_km": 2.5}, seen_version=0, user="alice")
    with pytest.raises(InputError):
        store.verify(rid, seen_version=0, user="bob")
    store.regroup(user="alice")
    events = store.events()
    store.merge_events(events[0].event_id, events[1].event_id, user="bob")
    merged = store.report(rid).event_id
    store.split_event(merged, [rid], user="carol")
    store.close()


def _everything(url: str) -> dict[str, list]:
    """Every table's rows, JSON decoded (PostgreSQL's jsonb orders keys its own way), `seq` aside."""
    store = open_store(url)
    json_columns = {"original", "current", "previous", "value", "detail", "properties", "report_ids"}
    try:
        return {
            table: [
                tuple(
                    json.loads(v) if c in json_columns and v is not None else v
                    for c, v in zip(columns, row, strict=True)
                )
                for row in store.table_rows(table)
            ]
            for table, columns in TABLES.items()
        }
    finally:
        store.close()


def test_sqlite_to_postgis_to_sqlite_keeps_every_row_and_property(pg_server, tmp_path):
    first = f"sqlite:///{tmp_path / 'first.sqlite'}"
    _filled(first)
    team = new_database(pg_server)
    back = f"sqlite:///{tmp_path / 'back.sqlite'}"
    assert main(["store", "copy", first, team]) == 0
    assert main(["store", "copy", team, back]) == 0

    original = _everything(first)
    assert all(original[table] for table in TABLES)  # the fixture filled every table
    assert _everything(team) == original
    assert _everything(back) == original
    restored = open_store(back)
    assert restored.reports() == open_store(first).reports()
    assert restored.events() == open_store(first).events()
    assert restored.document_text("d-imported") is None
    # The copy is a working store: reviews continue from the copied versions.
    rid = _report("P0").report_id
    assert restored.verify(rid, seen_version=1, user="dave").status == "verified"


def test_copy_refuses_a_store_that_holds_data_a_missing_source_and_itself(tmp_path, capsys):
    a, b = f"sqlite:///{tmp_path / 'a.sqlite'}", f"sqlite:///{tmp_path / 'b.sqlite'}"
    _filled(a, n=3)
    _filled(b, n=2)
    assert main(["store", "copy", a, b]) == 2
    assert "already holds data" in capsys.readouterr().err
    assert main(["store", "copy", f"sqlite:///{tmp_path / 'missing.sqlite'}", f"sqlite:///{tmp_path / 'c'}"]) == 2
    assert "no event store at" in capsys.readouterr().err
    assert not (tmp_path / "missing.sqlite").exists()
    assert main(["store", "copy", a, a]) == 2
    assert len(open_store(b).reports()) == 2


def test_store_info_prints_the_schema_version_and_counts(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    _filled(url, n=3)
    out = subprocess.run(
        [sys.executable, "-m", "geo", "store", "info", "--db", url], capture_output=True, text=True, check=True
    ).stdout
    assert f"schema_version: {len(MIGRATIONS)}" in out and "reports: 3" in out and "documents: 2" in out


def test_a_store_made_before_schema_versions_opens_with_its_reviews(tmp_path):
    """A file as the first store wrote it (its schema, no schema_version table) is migrated forward, not lost."""
    path = tmp_path / "events.sqlite"
    report = asdict(_report())
    with sqlite3.connect(path) as db:
        for statement in MIGRATIONS[0]:
            db.execute(statement)
        db.execute(
            "INSERT INTO reports VALUES (?, NULL, ?, ?, 1, '2026-01-01T00:00:00.000+00:00')",
            (report["report_id"], json.dumps(report), json.dumps({**report, "status": "verified"})),
        )
        db.execute(
            "INSERT INTO reviews (review_key, report_id, at, field, previous, value) VALUES ('k', ?, 'then', "
            "'status', '\"unreviewed\"', '\"verified\"')",
            (report["report_id"],),
        )
    store = SQLiteStore(path)
    assert store.schema_version() == len(MIGRATIONS)
    assert store.report(report["report_id"]).status == "verified"
    assert [(c.field, c.user) for c in store.history()] == [("status", None)]
    store.review(report["report_id"], {"action": "air_strike"}, seen_version=1, user="alice")
    assert SQLiteStore(path).version(report["report_id"]) == 2


def test_a_store_from_a_newer_strikemap_is_refused_not_damaged(tmp_path):
    path = tmp_path / "events.sqlite"
    SQLiteStore(path)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO schema_version VALUES (99)")
    with pytest.raises(InputError, match="schema version 99, newer than this strikemap"):
        SQLiteStore(path)


def test_the_qgis_views_have_the_contract_columns(store, store_url):
    store.add_reports([_report("Ganja"), _report("Barda")])
    store.review(_report("Ganja").report_id, {"action": "air_strike"})
    store.regroup()
    expected_reports = [*PROPERTIES, "lon", "lat"]
    expected_events = [name for name, _ in EVENT_COLUMNS] + ["lon", "lat"]
    if store_url.startswith("sqlite"):
        with sqlite3.connect(store.path) as db:
            db.row_factory = sqlite3.Row
            rows = db.execute("SELECT * FROM strike_reports ORDER BY place").fetchall()
            events = db.execute("SELECT * FROM strike_events").fetchall()
    else:
        import psycopg
        from psycopg.rows import dict_row

        with psycopg.connect(store_url, row_factory=dict_row) as db:
            rows = db.execute("SELECT *, ST_AsText(geometry) AS wkt FROM strike_reports ORDER BY place").fetchall()
            events = db.execute("SELECT * FROM strike_events").fetchall()
            layers = db.execute(
                "SELECT f_table_name, type, srid FROM geometry_columns WHERE f_table_name LIKE 'strike_%' "
                "ORDER BY f_table_name"
            ).fetchall()
            gist = db.execute("SELECT indexdef FROM pg_indexes WHERE indexname IN ('reports_geom', 'events_geom')")
            assert len([d for (d,) in map(dict.values, gist.fetchall()) if "USING gist (geom)" in d]) == 2
        # QGIS lists views through geometry_columns: both are Point layers in WGS84.
        assert [(r["f_table_name"], r["type"], r["srid"]) for r in layers] == [
            ("strike_events", "POINT", 4326),
            ("strike_reports", "POINT", 4326),
        ]
        assert rows[1]["wkt"] == "POINT(46.36 40.68)"
        expected_reports.append("geometry")
        expected_events.append("geometry")
    assert list(dict(rows[0]))[: len(expected_reports)] == expected_reports
    assert list(dict(events[0])) == expected_events
    ganja = dict(rows[1])
    assert (ganja["place"], ganja["action"], ganja["status"], ganja["confidence"]) == (
        "Ganja",
        "air_strike",
        "edited",
        0.8,
    )
    assert (ganja["lon"], ganja["lat"]) == (46.36, 40.68)
    assert ganja["event_id"] == store.report(_report("Ganja").report_id).event_id
    assert dict(events[0])["n_reports"] == 2


def test_review_merge_and_split_from_the_command_line_with_a_stale_edit_refused(store_url, capsys, monkeypatch):
    store = open_store(store_url)
    store.add_reports([_report("Ganja"), replace(_report("Barda"), lat=40.37, lon=47.13)])
    store.close()
    rid = _report("Ganja").report_id
    monkeypatch.setenv("STRIKEMAP_USER", "alice")
    assert main(["store", "review", rid, "--set", "fatalities=3", "--set", "notes=two outlets", "--db", store_url]) == 0
    assert json.loads(capsys.readouterr().out) == {"report_id": rid, "version": 1, "status": "edited"}
    assert main(["store", "review", rid, "--verify", "--seen-version", "0", "--user", "bob", "--db", store_url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"error: report {rid} was changed by alice at " in err
    assert main(["store", "review", rid, "--set", "fatalities", "--db", store_url]) == 2
    assert "FIELD=VALUE" in capsys.readouterr().err

    assert main(["store", "regroup", "--db", store_url]) == 0
    assert capsys.readouterr().out == "2 events\n"
    store = open_store(store_url)
    events = [e.event_id for e in store.events()]
    store.close()
    assert main(["store", "merge", *events, "--db", store_url, "--user", "carol"]) == 0
    merged = json.loads(capsys.readouterr().out)
    assert merged["n_reports"] == 2
    assert main(["store", "split", merged["event_id"], rid, "--db", store_url]) == 0
    assert [json.loads(line)["report_ids"] for line in capsys.readouterr().out.splitlines()][1] == [rid]
    assert main(["store", "history", "--db", store_url]) == 0
    trail = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(t["user"], t["action"], t["outcome"]) for t in trail] == [
        ("alice", "review", "applied"),
        ("bob", "review", "refused"),
        ("alice", "regroup", "applied"),
        ("carol", "merge_events", "applied"),
        ("alice", "split_event", "applied"),
    ]
