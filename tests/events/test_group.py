"""geo.events: reports of one strike from many articles become one event; another day, another place, an
interception or a threat stays apart; any input order gives the same events."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pyogrio
import pytest

from geo.events.group import build_events, group_reports
from geo.frame import reports_to_frame
from geo.io.writers import write_geojson
from geo.model import ACLED_TYPES, PROPERTIES, StrikeReport

ROOT = Path(__file__).resolve().parents[2]
GANJA, GANJA_EAST, BAKU = (40.6828, 46.3606), (40.70, 46.41), (40.4093, 49.8671)


def report(rid: str, at: tuple[float, float], day: str | None = "2020-10-17", **changes) -> StrikeReport:
    action = changes.pop("action", "missile_attack")
    values = {name: None for name in PROPERTIES}
    values.update(
        report_id=rid,
        document=changes.pop("document", rid + ".txt"),
        place="Ganja",
        place_name="Ganja",
        action=action,
        event_type=ACLED_TYPES[action][0],
        sub_event_type=ACLED_TYPES[action][1],
        claim_type="claim",
        event_date=day,
        time_precision=1,
        geo_precision=1,
        uncertainty_km=10.0,
        status="unreviewed",
    )
    values.update(changes)
    return StrikeReport(**values, lat=at[0], lon=at[1])


def groups(reports: list[StrikeReport]) -> set[frozenset[str]]:
    assignment = group_reports(reports)
    by_event: dict[str, set[str]] = {}
    for rid, eid in assignment.items():
        by_event.setdefault(eid, set()).add(rid)
    return {frozenset(members) for members in by_event.values()}


def test_one_strike_told_by_many_stays_one_event_and_other_days_places_and_kinds_stay_apart():
    reports = [
        report("a", GANJA, publisher="AFP"),
        report("b", GANJA_EAST, "2020-10-18", publisher="Trend", claimant_country="AZ"),  # the night, dated next day
        report("c", GANJA, None, publisher="Kompas"),  # undated: joins by place
        report("d", GANJA, "2020-10-11", publisher="Glavcom"),  # six days before: another strike
        report("e", BAKU, publisher="AFP"),  # another city
        report("f", GANJA, action="interception", publisher="AFP"),  # shot down over the city, not the strike
        report("g", GANJA, claim_type="threat", publisher="AFP"),  # nobody's strike
    ]
    assert groups(reports) == {
        frozenset("abc"),
        frozenset("d"),
        frozenset("e"),
        frozenset("f"),
        frozenset("g"),
    }


def test_strikes_a_few_km_apart_across_a_border_are_two_events():
    # Avivim in Israel and Ayta ash-Shab in Lebanon, 6 km apart on the same day
    reports = [
        report("a", (33.0892, 35.4721), place="Avivim", country_code="IL"),
        report("b", (33.0972, 35.3344), place="Ayta ash-Shab", country_code="LB"),
        report("c", (33.0806, 35.4222), place="Maroun al-Ras", country_code="LB"),
    ]
    assert groups(reports) == {frozenset("a"), frozenset("bc")}


def test_any_input_order_gives_the_same_events_and_ids():
    reports = [report(f"r{i}", (GANJA[0] + (i % 3) * 0.5, GANJA[1]), f"2020-10-{10 + i % 4:02d}") for i in range(24)]
    first = group_reports(reports)
    for seed in range(5):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        assert group_reports(shuffled) == first


def test_an_event_holds_every_claim_and_says_whether_it_is_contested_or_corroborated():
    agency = report("a", GANJA, claimant="Azerbaijan's defence ministry", claimant_country="AZ", attacker_country="AM",
                    publisher="Trend", evidence="Armenian forces fired a missile at Ganja.")  # fmt: skip
    denial = report("b", GANJA, claim_type="denial", claimant="Armenia's defence ministry", claimant_country="AM",
                    publisher="Armenpress")  # fmt: skip
    copy = replace(agency, report_id="c", document="copy.txt")  # the same agency's copy on another site
    [event] = build_events([agency, copy])
    assert event.properties["n_sources"] == 1 and event.properties["status"] == "single_source"
    [event] = build_events([agency, copy, replace(agency, report_id="d", publisher="AFP")])
    assert event.properties["status"] == "corroborated" and event.properties["sides_blaming"] == {"AZ": "AM"}
    [event] = build_events([agency, denial])
    props = event.properties
    assert props["status"] == "contested" and props["n_reports"] == 2 and props["report_ids"] == ["a", "b"]
    assert [c["claim_type"] for c in props["claims"]] == ["claim", "denial"]
    assert props["claims"][0]["evidence"] == "Armenian forces fired a missile at Ganja."
    assert (props["place_name"], props["date_start"], props["action"]) == ("Ganja", "2020-10-17", "missile_attack")
    assert props["sub_event_type"] == "Shelling/artillery/missile attack"
    assert set(props) >= {"event_id", "geo_precision", "uncertainty_km", "date_end", "event_type", "sources"}


def test_cli_writes_events_as_geojson_geopackage_and_csv(tmp_path):
    first, second = tmp_path / "a.geojson", tmp_path / "b.geojson"
    write_geojson(reports_to_frame([report("a", GANJA, publisher="AFP")]), first)
    write_geojson(reports_to_frame([report("b", GANJA_EAST, publisher="Trend"), report("e", BAKU)]), second)
    for suffix in (".geojson", ".gpkg", ".csv"):
        out = tmp_path / f"events{suffix}"
        command = [sys.executable, "-m", "geo", "events", str(first), str(second), "-o", str(out)]
        run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        assert run.returncode == 0, run.stderr
    features = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert sorted(f["properties"]["n_reports"] for f in features) == [1, 2]
    layers = {name for name, _ in pyogrio.list_layers(tmp_path / "events.gpkg")}
    assert layers == {"events", "reports"}
    linked = pyogrio.read_dataframe(tmp_path / "events.gpkg", layer="reports")
    assert linked["event_id"].nunique() == 2 and linked["event_id"].notna().all()
    assert "report_ids" in (tmp_path / "events.csv").read_text(encoding="utf-8-sig").splitlines()[0]


def test_cli_refuses_an_unknown_suffix_in_one_line(tmp_path):
    source = tmp_path / "a.geojson"
    write_geojson(reports_to_frame([report("a", GANJA)]), source)
    command = [sys.executable, "-m", "geo", "events", str(source), "-o", str(tmp_path / "events.kml")]
    run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2 and run.stderr.startswith("error:") and ".geojson, .gpkg, .csv" in run.stderr


@pytest.mark.parametrize("day", ["2020-10-16", "2020-10-18"])
def test_a_night_strike_dated_by_evening_or_morning_is_one_event(day):
    assert len(groups([report("a", GANJA), report("b", GANJA, day)])) == 1


def test_extract_can_write_the_events_beside_the_reports(tmp_path, gazetteer):
    article = tmp_path / "a.txt"
    article.write_text("Russian drones hit Kharkiv on Sunday, the governor said.", encoding="utf-8")
    reports, events = tmp_path / "r.geojson", tmp_path / "e.geojson"
    command = [sys.executable, "-m", "geo", "extract", str(article), "-o", str(reports), "--events", str(events)]
    run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    [event] = json.loads(events.read_text(encoding="utf-8"))["features"]
    [feature] = json.loads(reports.read_text(encoding="utf-8"))["features"]
    assert event["properties"]["report_ids"] == [feature["properties"]["report_id"]]
    assert feature["properties"]["event_id"] == event["properties"]["event_id"]  # every report carries its event
